#include "runtime/sampler.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace qwendesk {

Sampler::Sampler(const SamplingParams& params) : params_(params) {
    rng_.seed(params.seed ? *params.seed : std::random_device{}() ^ (static_cast<std::uint64_t>(std::random_device{}()) << 32));
}

double Sampler::uniform() { return static_cast<double>(rng_() >> 11) * 0x1.0p-53; }

std::int32_t Sampler::sample(std::span<float> logits, std::span<const std::int32_t> prompt,
                             std::span<const std::int32_t> generated, int allowed_vocab) {
    const int n = std::min<int>(allowed_vocab, static_cast<int>(logits.size()));
    if (params_.repetition_penalty != 1.0f && params_.repetition_penalty > 0) {
        std::unordered_set<std::int32_t> seen(prompt.begin(), prompt.end());
        seen.insert(generated.begin(), generated.end());
        for (auto id : seen)
            if (id >= 0 && id < n) logits[id] = logits[id] > 0 ? logits[id] / params_.repetition_penalty : logits[id] * params_.repetition_penalty;
    }
    if (params_.presence_penalty != 0.0f) {
        std::unordered_set<std::int32_t> seen(generated.begin(), generated.end());
        for (auto id : seen)
            if (id >= 0 && id < n) logits[id] -= params_.presence_penalty;
    }
    if (params_.greedy || params_.temperature <= 0.0f || params_.top_k == 1)
        return static_cast<std::int32_t>(std::max_element(logits.begin(), logits.begin() + n) - logits.begin());

    // Candidates sorted by logit, cut by top-k first so the sort stays small.
    candidates_.clear();
    candidates_.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        if (std::isfinite(logits[i])) candidates_.emplace_back(logits[i], i);
    if (candidates_.empty()) return 0;
    auto by_logit = [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); };
    std::size_t keep = candidates_.size();
    if (params_.top_k > 0 && static_cast<std::size_t>(params_.top_k) < keep) {
        keep = static_cast<std::size_t>(params_.top_k);
        std::partial_sort(candidates_.begin(), candidates_.begin() + static_cast<std::ptrdiff_t>(keep), candidates_.end(), by_logit);
        candidates_.resize(keep);
    } else {
        std::sort(candidates_.begin(), candidates_.end(), by_logit);
    }
    // Softmax with temperature over what is left.
    const float max_logit = candidates_[0].first;
    std::vector<double> probs(keep);
    double sum = 0;
    for (std::size_t i = 0; i < keep; ++i) sum += probs[i] = std::exp((candidates_[i].first - max_logit) / params_.temperature);
    for (auto& p : probs) p /= sum;
    // top-p: the smallest prefix whose mass reaches top_p (always at least one token).
    if (params_.top_p > 0.0f && params_.top_p < 1.0f) {
        double mass = 0;
        std::size_t cut = 0;
        while (cut < keep) {
            mass += probs[cut++];
            if (mass >= params_.top_p) break;
        }
        keep = cut;
    }
    // min-p: drop tokens whose probability is below min_p times the best one.
    if (params_.min_p > 0.0f) {
        const double floor = probs[0] * params_.min_p;
        std::size_t cut = 1;
        while (cut < keep && probs[cut] >= floor) ++cut;
        keep = cut;
    }
    double total = 0;
    for (std::size_t i = 0; i < keep; ++i) total += probs[i];
    double r = uniform() * total;
    for (std::size_t i = 0; i < keep; ++i) {
        r -= probs[i];
        if (r < 0) return candidates_[i].second;
    }
    return candidates_[keep - 1].second;
}

}  // namespace qwendesk
