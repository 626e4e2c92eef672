// Runs a model over every prompt of a reference file (fixtures' golden.json and gguf/exact.*.json): the logits
// of every position, then the greedy continuation through the KV cache, and how far they are from the reference.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <span>
#include <vector>

#include "fixtures.h"
#include "model/qwen3_model.h"
#include "runtime/kv_cache.h"

namespace qwendesk::test {

inline int argmax(const float* v, int n) { return static_cast<int>(std::max_element(v, v + n) - v); }

inline double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

struct Agreement {
    std::vector<double> rel_l2;  // per prompt, last position
    int top1_equal = 0, positions = 0, greedy_equal = 0, prompts = 0;
    double max_rel_l2() const { return rel_l2.empty() ? 0 : *std::max_element(rel_l2.begin(), rel_l2.end()); }
};

// Positions whose reference top-1 leads by at least `exact_margin` (where the file records margins) must agree;
// the others are only counted, since a near-tie may flip under quantised arithmetic.
inline Agreement run_reference(Qwen3Model& model, const std::filesystem::path& reference, double exact_margin = 1e9) {
    const int V = model.config().vocab_size;
    auto ref = nlohmann::json::parse(read_file(reference));
    Agreement a;
    for (const auto& prompt : ref["prompts"]) {
        const auto tokens = prompt["tokens"].get<std::vector<int>>();
        const auto top1 = prompt["top1"].get<std::vector<int>>();
        const auto last = prompt["last_logits"].get<std::vector<double>>();
        const auto greedy = prompt["greedy16"].get<std::vector<int>>();
        std::vector<double> margins(tokens.size(), 1.0);
        if (prompt.contains("margins")) margins = prompt["margins"].get<std::vector<double>>();
        KvCache cache = model.make_cache(static_cast<int>(tokens.size() + greedy.size()));
        std::vector<float> logits;
        model.forward(cache, tokens, 0, LogitsFor::AllTokens, logits);
        for (std::size_t t = 0; t < tokens.size(); ++t) {
            const bool equal = argmax(logits.data() + t * V, V) == top1[t];
            a.top1_equal += equal;
            ++a.positions;
            if (margins[t] >= exact_margin) EXPECT_TRUE(equal) << "position " << t << " of a " << tokens.size() << "-token prompt";
        }
        double num = 0, den = 0;
        const float* ours = logits.data() + (tokens.size() - 1) * V;
        for (int i = 0; i < V; ++i) {
            num += (ours[i] - last[i]) * (ours[i] - last[i]);
            den += last[i] * last[i];
        }
        a.rel_l2.push_back(std::sqrt(num / den));
        std::vector<int> seq = tokens, produced;
        int next = argmax(ours, V);
        for (std::size_t s = 0; s < greedy.size(); ++s) {
            produced.push_back(next);
            seq.push_back(next);
            const int pos = static_cast<int>(seq.size()) - 1;
            model.forward(cache, std::span<const int>(&seq[pos], 1), pos, LogitsFor::LastToken, logits);
            next = argmax(logits.data(), V);
        }
        a.greedy_equal += produced == greedy;
        ++a.prompts;
    }
    return a;
}

inline Agreement run_reference(std::shared_ptr<const ModelWeights> weights, const std::filesystem::path& reference, Backend& backend,
                               double exact_margin = 1e9) {
    Qwen3Model model(std::move(weights), backend);
    return run_reference(model, reference, exact_margin);
}

}  // namespace qwendesk::test
