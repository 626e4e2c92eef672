// One conversation's state on a model: the tokens its KV cache holds. A new prompt reuses the longest common
// prefix with what the cache already holds, so the next turn of a chat prefills only what is new.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "model/qwen3_model.h"
#include "runtime/kv_cache.h"

namespace qwendesk {

class Session {
public:
    Session(Qwen3Model& model, int capacity);

    int capacity() const { return cache_.capacity(); }
    const std::vector<std::int32_t>& tokens() const { return tokens_; }

    // Makes the cache hold exactly `prompt` and leaves the last position's logits in `logits`. Returns how
    // many tokens were reused. `cancelled` is polled between chunks; when it returns true the cache keeps
    // what was computed and Error(Cancelled) is thrown.
    int prefill(std::span<const std::int32_t> prompt, std::vector<float>& logits, const std::function<bool()>& cancelled);
    // Appends tokens (one when decoding, several when the engine injects text) and returns the last logits.
    void append(std::span<const std::int32_t> tokens, std::vector<float>& logits);
    void clear() { tokens_.clear(); }

private:
    Qwen3Model& model_;
    KvCache cache_;
    std::vector<std::int32_t> tokens_;
};

}  // namespace qwendesk
