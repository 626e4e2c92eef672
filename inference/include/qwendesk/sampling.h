// Sampling settings, with Qwen3's recommended presets for thinking and non-thinking mode.
#pragma once

#include <cstdint>
#include <optional>

namespace qwendesk {

struct SamplingParams {
    bool greedy = false;
    float temperature = 0.6f;
    int top_k = 20;                 // <= 0: off
    float top_p = 0.95f;            // >= 1: off
    float min_p = 0.0f;             // <= 0: off
    float presence_penalty = 0.0f;  // subtracted once from every token already generated
    float repetition_penalty = 1.0f;  // > 1 discourages tokens of the prompt and the answer (Hugging Face's rule)
    std::optional<std::uint64_t> seed;  // nullopt: a fresh seed per request

    // Qwen3's model card: thinking T 0.6, top-p 0.95, top-k 20, min-p 0; non-thinking T 0.7, top-p 0.8, top-k 20.
    static SamplingParams thinking_preset() { return SamplingParams{false, 0.6f, 20, 0.95f, 0.0f, 0.0f, 1.0f, std::nullopt}; }
    static SamplingParams non_thinking_preset() { return SamplingParams{false, 0.7f, 20, 0.8f, 0.0f, 0.0f, 1.0f, std::nullopt}; }
    static SamplingParams greedy_decoding() {
        SamplingParams p;
        p.greedy = true;
        return p;
    }
};

}  // namespace qwendesk
