#include "runtime/session.h"

#include <algorithm>

#include "qwendesk/errors.h"

namespace qwendesk {

Session::Session(Qwen3Model& model, int capacity) : model_(model), cache_(model.make_cache(capacity)) {}

int Session::prefill(std::span<const std::int32_t> prompt, std::vector<float>& logits, const std::function<bool()>& cancelled) {
    if (prompt.empty()) throw Error(ErrorKind::InvalidArgument, "the prompt is empty");
    if (static_cast<int>(prompt.size()) > capacity())
        throw Error(ErrorKind::ContextOverflow, "the prompt has " + std::to_string(prompt.size()) +
                                                    " tokens but the context holds " + std::to_string(capacity()));
    std::size_t common = 0;
    while (common < tokens_.size() && common < prompt.size() && tokens_[common] == prompt[common]) ++common;
    // At least the last prompt token is run again: its logits are what the next token is drawn from.
    const std::size_t reused = std::min(common, prompt.size() - 1);
    tokens_.resize(reused);
    for (std::size_t begin = reused; begin < prompt.size(); begin += Qwen3Model::kMaxBatch) {
        if (cancelled && cancelled()) throw Error(ErrorKind::Cancelled, "cancelled during prefill");
        const std::size_t len = std::min<std::size_t>(Qwen3Model::kMaxBatch, prompt.size() - begin);
        auto chunk = prompt.subspan(begin, len);
        model_.forward(cache_, chunk, static_cast<int>(begin), LogitsFor::LastToken, logits);
        tokens_.insert(tokens_.end(), chunk.begin(), chunk.end());
    }
    return static_cast<int>(reused);
}

void Session::append(std::span<const std::int32_t> tokens, std::vector<float>& logits) {
    if (tokens_.size() + tokens.size() > static_cast<std::size_t>(capacity()))
        throw Error(ErrorKind::ContextOverflow, "the context of " + std::to_string(capacity()) + " tokens is full");
    model_.forward(cache_, tokens, static_cast<int>(tokens_.size()), LogitsFor::LastToken, logits);
    tokens_.insert(tokens_.end(), tokens.begin(), tokens.end());
}

}  // namespace qwendesk
