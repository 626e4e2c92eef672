// The Qwen3 forward pass (dense and MoE), written as a list of backend ops so it reads like the model
// card: embed -> per layer [RMSNorm -> q/k/v -> q/k RMSNorm -> RoPE -> attention -> o -> residual ->
// RMSNorm -> SwiGLU FFN or routed experts -> residual] -> RMSNorm -> lm_head.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "backends/backend.h"
#include "model/rope.h"
#include "model/weights.h"
#include "runtime/kv_cache.h"

namespace qwendesk {

enum class LogitsFor { LastToken, AllTokens };

class Qwen3Model {
public:
    Qwen3Model(std::shared_ptr<const ModelWeights> weights, Backend& backend);

    const ModelConfig& config() const { return weights_->config; }
    const ModelWeights& weights() const { return *weights_; }
    Backend& backend() { return backend_; }

    // Runs `tokens` at positions [start_pos, start_pos + n) and stores their keys and values in `cache`.
    // `logits` receives [1 or n][vocab] floats. Long inputs are processed in chunks of max_batch tokens.
    void forward(KvCache& cache, std::span<const std::int32_t> tokens, int start_pos, LogitsFor which,
                 std::vector<float>& logits);

    static constexpr int kMaxBatch = 256;

private:
    void forward_chunk(KvCache& cache, std::span<const std::int32_t> tokens, int start_pos);
    void attention_block(const LayerWeights& L, KvLayerView kv, int start_pos, int n);
    void dense_ffn(const LayerWeights& L, int n);
    void moe_ffn(const LayerWeights& L, int n);

    std::shared_ptr<const ModelWeights> weights_;
    Backend& backend_;
    RopeTable rope_;
    // Scratch, sized for the current chunk.
    std::vector<float> x_, xn_, q_, k_, v_, attn_, proj_, gate_, up_, cos_, sin_;
    std::vector<float> router_, expert_in_, expert_out_;
};

}  // namespace qwendesk
