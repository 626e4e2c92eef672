#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "runtime/sampler.h"

using namespace qwendesk;

namespace {
std::vector<float> logits_of(std::initializer_list<float> v) { return std::vector<float>(v); }
}  // namespace

TEST(Sampler, GreedyTakesTheArgmax) {
    Sampler s(SamplingParams::greedy_decoding());
    auto l = logits_of({0.1f, 3.0f, 2.9f, -1.0f});
    EXPECT_EQ(s.sample(l, {}, {}, 4), 1);
}

TEST(Sampler, SameSeedSameTokens) {
    SamplingParams p = SamplingParams::thinking_preset();
    p.seed = 42;
    Sampler a(p), b(p);
    for (int i = 0; i < 50; ++i) {
        auto la = logits_of({1.0f, 1.1f, 0.9f, 1.05f, 0.2f}), lb = la;
        EXPECT_EQ(a.sample(la, {}, {}, 5), b.sample(lb, {}, {}, 5));
    }
}

TEST(Sampler, TopKOneIsGreedy) {
    SamplingParams p;
    p.top_k = 1;
    p.seed = 1;
    Sampler s(p);
    for (int i = 0; i < 20; ++i) {
        auto l = logits_of({1.0f, 1.2f, 1.1f});
        EXPECT_EQ(s.sample(l, {}, {}, 3), 1);
    }
}

TEST(Sampler, TopPKeepsOnlyTheNucleus) {
    SamplingParams p;
    p.top_k = 0;
    p.top_p = 0.5f;
    p.temperature = 1.0f;
    p.seed = 3;
    Sampler s(p);
    // Token 0 holds ~0.84 of the mass: with top-p 0.5 it is the only candidate.
    for (int i = 0; i < 100; ++i) {
        auto l = logits_of({3.0f, 1.0f, 0.5f, 0.0f});
        EXPECT_EQ(s.sample(l, {}, {}, 4), 0);
    }
}

TEST(Sampler, MinPDropsUnlikelyTokens) {
    SamplingParams p;
    p.top_k = 0;
    p.top_p = 1.0f;
    p.min_p = 0.5f;
    p.temperature = 1.0f;
    p.seed = 5;
    Sampler s(p);
    std::map<int, int> seen;
    for (int i = 0; i < 300; ++i) {
        auto l = logits_of({2.0f, 2.0f - std::log(1.5f), -3.0f});  // probabilities ~0.6, 0.4, tiny
        ++seen[s.sample(l, {}, {}, 3)];
    }
    EXPECT_GT(seen[0], 0);
    EXPECT_GT(seen[1], 0);
    EXPECT_EQ(seen.count(2), 0u);
}

TEST(Sampler, DistributionFollowsTemperature) {
    SamplingParams p;
    p.top_k = 0;
    p.top_p = 1.0f;
    p.temperature = 1.0f;
    p.seed = 11;
    Sampler s(p);
    int ones = 0;
    const int n = 20000;
    for (int i = 0; i < n; ++i) {
        auto l = logits_of({0.0f, std::log(3.0f)});  // P(1) = 0.75
        ones += s.sample(l, {}, {}, 2) == 1;
    }
    EXPECT_NEAR(ones / double(n), 0.75, 0.02);
}

TEST(Sampler, RepetitionAndPresencePenalties) {
    SamplingParams p = SamplingParams::greedy_decoding();
    p.repetition_penalty = 2.0f;
    Sampler s(p);
    auto l = logits_of({2.0f, 1.5f});
    std::vector<std::int32_t> prompt{0};
    EXPECT_EQ(s.sample(l, prompt, {}, 2), 1);  // 2.0 / 2 = 1.0 < 1.5

    SamplingParams q = SamplingParams::greedy_decoding();
    q.presence_penalty = 1.0f;
    Sampler t(q);
    auto m = logits_of({2.0f, 1.5f});
    std::vector<std::int32_t> generated{0};
    EXPECT_EQ(t.sample(m, {}, generated, 2), 1);
}

TEST(Sampler, NeverDrawsIdsPastTheAllowedVocabulary) {
    SamplingParams p;
    p.top_k = 0;
    p.top_p = 1.0f;
    p.seed = 9;
    Sampler s(p);
    for (int i = 0; i < 100; ++i) {
        auto l = logits_of({0.0f, 0.0f, 50.0f});
        EXPECT_LT(s.sample(l, {}, {}, 2), 2);
    }
}
