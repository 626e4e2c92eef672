// The CPU reference path against the float64 goldens of the tiny Qwen3 checkpoints (fixtures/models).
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "backends/backend.h"
#include "fixtures.h"
#include "model/load_safetensors_model.h"
#include "model/qwen3_model.h"
#include "runtime/kv_cache.h"

using namespace qwendesk;

namespace {

double relative_l2(const float* ours, const std::vector<double>& golden) {
    double num = 0, den = 0;
    for (std::size_t i = 0; i < golden.size(); ++i) {
        num += (ours[i] - golden[i]) * (ours[i] - golden[i]);
        den += golden[i] * golden[i];
    }
    return std::sqrt(num / den);
}

int argmax(const float* v, int n) { return static_cast<int>(std::max_element(v, v + n) - v); }

class ModelGoldens : public ::testing::TestWithParam<const char*> {};

TEST_P(ModelGoldens, CpuMatchesFloat64Reference) {
    QWENDESK_REQUIRE_FIXTURE(dir, std::string("models/") + GetParam());
    auto weights = load_safetensors_model(dir);
    auto backend = make_cpu_backend(2);
    Qwen3Model model(weights, *backend);
    const int V = model.config().vocab_size;
    auto golden = nlohmann::json::parse(test::read_file(dir / "golden.json"));
    ASSERT_EQ(golden["prompts"].size(), 6u);
    for (const auto& prompt : golden["prompts"]) {
        const auto tokens = prompt["tokens"].get<std::vector<int>>();
        const auto top1 = prompt["top1"].get<std::vector<int>>();
        const auto last = prompt["last_logits"].get<std::vector<double>>();
        const auto greedy = prompt["greedy16"].get<std::vector<int>>();
        SCOPED_TRACE("prompt of " + std::to_string(tokens.size()) + " tokens");
        ASSERT_EQ(last.size(), static_cast<std::size_t>(V));

        KvCache cache = model.make_cache(static_cast<int>(tokens.size() + greedy.size()));
        std::vector<float> logits;
        model.forward(cache, tokens, 0, LogitsFor::AllTokens, logits);
        for (std::size_t t = 0; t < tokens.size(); ++t) EXPECT_EQ(argmax(logits.data() + t * V, V), top1[t]) << "position " << t;
        const double err = relative_l2(logits.data() + (tokens.size() - 1) * V, last);
        EXPECT_LE(err, 1e-4);
        std::printf("  %s, %zu tokens: last-position relative L2 %.2e\n", GetParam(), tokens.size(), err);

        // Greedy continuation, one token at a time through the KV cache.
        std::vector<int> sequence = tokens;
        int next = argmax(logits.data() + (tokens.size() - 1) * V, V);
        std::vector<int> produced;
        for (std::size_t step = 0; step < greedy.size(); ++step) {
            produced.push_back(next);
            sequence.push_back(next);
            const int pos = static_cast<int>(sequence.size()) - 1;
            model.forward(cache, std::span<const int>(&sequence[pos], 1), pos, LogitsFor::LastToken, logits);
            next = argmax(logits.data(), V);
        }
        EXPECT_EQ(produced, greedy);

        // Incremental decode equals recomputing the whole sequence from scratch.
        std::vector<float> incremental = logits, full;
        KvCache fresh = model.make_cache(static_cast<int>(sequence.size()));
        model.forward(fresh, sequence, 0, LogitsFor::LastToken, full);
        double num = 0, den = 0;
        for (int i = 0; i < V; ++i) {
            num += double(incremental[i] - full[i]) * (incremental[i] - full[i]);
            den += double(full[i]) * full[i];
        }
        EXPECT_LE(std::sqrt(num / den), 1e-5) << "KV-cache decode differs from full recomputation";
    }
}

INSTANTIATE_TEST_SUITE_P(TinyModels, ModelGoldens, ::testing::Values("qwen3-tiny-dense", "qwen3-tiny-moe"));

}  // namespace
