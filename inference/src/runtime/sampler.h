// Picks the next token from logits: penalties, then temperature, top-k, top-p and min-p, then a draw from a
// seeded generator whose numbers are the same on every platform (std::uniform_real_distribution is not).
#pragma once

#include <cstdint>
#include <random>
#include <span>
#include <vector>

#include "qwendesk/sampling.h"

namespace qwendesk {

class Sampler {
public:
    explicit Sampler(const SamplingParams& params);

    // `logits` is modified. `prompt` and `generated` feed the penalties. Only ids below `allowed_vocab` are drawn.
    std::int32_t sample(std::span<float> logits, std::span<const std::int32_t> prompt, std::span<const std::int32_t> generated,
                        int allowed_vocab);

private:
    double uniform();

    SamplingParams params_;
    std::mt19937_64 rng_;
    std::vector<std::pair<float, std::int32_t>> candidates_;
};

}  // namespace qwendesk
