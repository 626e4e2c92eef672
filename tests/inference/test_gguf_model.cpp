// GGUF models through the CPU engine against exact float64 references (fixtures/gguf).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "backends/backend.h"
#include "fixtures.h"
#include "reference_run.h"
#include "formats/gguf.h"
#include "model/export_gguf.h"
#include "model/load_gguf_model.h"
#include "model/load_safetensors_model.h"
#include "model/qwen3_model.h"
#include "model/quantize_model.h"
#include "runtime/kv_cache.h"

using namespace qwendesk;
using qwendesk::test::Agreement;
using qwendesk::test::argmax;
using qwendesk::test::median;

namespace {

Agreement run_reference(const std::filesystem::path& gguf, const std::filesystem::path& reference, Backend& backend,
                        double exact_margin) {
    return test::run_reference(load_gguf_model(gguf), reference, backend, exact_margin);
}

class GgufExact : public ::testing::TestWithParam<const char*> {};

// The float32 path on exactly dequantised weights reproduces the float64 reference.
TEST_P(GgufExact, Float32PathOnExactWeights) {
    const std::string stem = GetParam();
    QWENDESK_REQUIRE_FIXTURE(gguf, "gguf/" + stem + ".gguf");
    QWENDESK_REQUIRE_FIXTURE(reference, "gguf/exact." + stem + ".json");
    auto backend = make_cpu_backend(CpuBackendOptions{2, /*integer_kernels=*/false});
    Agreement a = run_reference(gguf, reference, *backend, /*exact_margin=*/1e-3);
    for (double e : a.rel_l2) EXPECT_LE(e, 1e-4);
    EXPECT_EQ(a.greedy_equal, 6);
    std::printf("  %s float32 path: rel L2 max %.2e, top-1 %d/%d\n", stem.c_str(),
                *std::max_element(a.rel_l2.begin(), a.rel_l2.end()), a.top1_equal, a.positions);
}

// The fast integer kernels (int8 activations) stay within 3e-2 with top-1 agreeing on >= 95% of positions.
TEST_P(GgufExact, FastKernels) {
    const std::string stem = GetParam();
    QWENDESK_REQUIRE_FIXTURE(gguf, "gguf/" + stem + ".gguf");
    QWENDESK_REQUIRE_FIXTURE(reference, "gguf/exact." + stem + ".json");
    auto backend = make_cpu_backend(CpuBackendOptions{2, /*integer_kernels=*/true});
    Agreement a = run_reference(gguf, reference, *backend, /*exact_margin=*/1e9);  // agreement judged overall
    EXPECT_LE(median(a.rel_l2), 3e-2);
    EXPECT_GE(a.top1_equal, 0.95 * a.positions);
    std::printf("  %s fast kernels: rel L2 median %.2e max %.2e, top-1 %d/%d, greedy16 %d/6\n", stem.c_str(), median(a.rel_l2),
                *std::max_element(a.rel_l2.begin(), a.rel_l2.end()), a.top1_equal, a.positions, a.greedy_equal);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, GgufExact,
                         ::testing::Values("qwen3-tiny-dense-bf16", "qwen3-tiny-moe-q8_0", "qwen3-small-dense-q4_k_m"));

// The BF16 GGUF reproduces the safetensors model's goldens as tightly as the safetensors path does.
TEST(GgufModel, Bf16MatchesSafetensorsGoldens) {
    QWENDESK_REQUIRE_FIXTURE(gguf, "gguf/qwen3-tiny-dense-bf16.gguf");
    QWENDESK_REQUIRE_FIXTURE(golden, "models/qwen3-tiny-dense/golden.json");
    auto backend = make_cpu_backend(CpuBackendOptions{2, false});
    Agreement a = run_reference(gguf, golden, *backend, 0.0);
    for (double e : a.rel_l2) EXPECT_LE(e, 1e-4);
    EXPECT_EQ(a.top1_equal, a.positions);
    EXPECT_EQ(a.greedy_equal, 6);
}

TEST(GgufModel, TokenizerFromMetadataMatchesTheReference) {
    QWENDESK_REQUIRE_FIXTURE(vocab, "gguf/qwen3-vocab.gguf");
    QWENDESK_REQUIRE_FIXTURE(cases, "qwen3-tokenizer/encode_cases.json");
    auto file = GgufFile::open(vocab);
    auto tokenizer = gguf_tokenizer(file);
    ASSERT_TRUE(tokenizer);
    auto j = nlohmann::json::parse(test::read_file(cases));
    int checked = 0;
    for (const auto& c : j["cases"]) {
        const auto text = c["text"].get<std::string>();
        EXPECT_EQ(tokenizer->encode(text), c["ids"].get<std::vector<TokenId>>()) << c["name"];
        EXPECT_EQ(tokenizer->decode(c["ids"].get<std::vector<TokenId>>()), c["decoded"].get<std::string>()) << c["name"];
        ++checked;
    }
    EXPECT_EQ(checked, static_cast<int>(j["cases"].size()));
    // The padded rows ([PAD151669]...) name no token.
    EXPECT_EQ(tokenizer->decode({151669, 151935}), "");
}

TEST(GgufModel, ConfigAndChatTemplateFromMetadata) {
    QWENDESK_REQUIRE_FIXTURE(gguf, "gguf/qwen3-tiny-moe-q8_0.gguf");
    auto w = load_gguf_model(gguf);
    EXPECT_TRUE(w->config.is_moe);
    EXPECT_EQ(w->config.head_dim, 32);
    EXPECT_EQ(w->layers[0].expert_gate.size(), static_cast<std::size_t>(w->config.num_experts));
    EXPECT_TRUE(w->tokenizer != nullptr);
}

}  // namespace

namespace {

// A Hugging Face checkpoint exported as GGUF computes exactly what the checkpoint computes.
class GgufExport : public ::testing::TestWithParam<const char*> {};

TEST_P(GgufExport, RoundTripsThroughOurOwnLoader) {
    QWENDESK_REQUIRE_FIXTURE(dir, std::string("models/") + GetParam());
    auto original = load_safetensors_model(dir);
    const auto path = std::filesystem::temp_directory_path() / (std::string("qwendesk-export-") + GetParam() + ".gguf");
    export_gguf(*original, nullptr, "", path);
    {
        auto exported = load_gguf_model(path);
        auto backend = make_cpu_backend(CpuBackendOptions{1, false});
        Qwen3Model a(original, *backend), b(exported, *backend);
        const std::vector<int> tokens{1, 5, 9, 200, 7, 1000, 3};
        KvCache ca = a.make_cache(16), cb = b.make_cache(16);
        std::vector<float> la, lb;
        a.forward(ca, tokens, 0, LogitsFor::AllTokens, la);
        b.forward(cb, tokens, 0, LogitsFor::AllTokens, lb);
        EXPECT_EQ(la, lb);
        EXPECT_EQ(exported->config.is_moe, original->config.is_moe);
    }  // the mapping is released before the file is removed (Windows refuses to delete a mapped file)
    std::filesystem::remove(path);
}

INSTANTIATE_TEST_SUITE_P(TinyModels, GgufExport, ::testing::Values("qwen3-tiny-dense", "qwen3-tiny-moe"));

}  // namespace

namespace {

// Quantise on load: a BF16 checkpoint loaded as Q8_0 stays close to its float64 goldens.
TEST(QuantiseOnLoad, Bf16CheckpointAsQ8_0) {
    QWENDESK_REQUIRE_FIXTURE(dir, "models/qwen3-tiny-dense");
    auto original = load_safetensors_model(dir);
    auto q8 = quantize_weights(original, parse_quant_mix("Q8_0"), 1);
    EXPECT_EQ(q8->layers[0].q.dtype, DType::Q8_0);
    EXPECT_EQ(q8->embed.dtype, DType::Q8_0);
    EXPECT_LT(q8->weight_bytes(), original->weight_bytes());
    auto backend = make_cpu_backend(CpuBackendOptions{1, true});
    Agreement a = test::run_reference(q8, dir / "golden.json", *backend);
    EXPECT_LE(median(a.rel_l2), 3e-2);
    EXPECT_GE(a.top1_equal, 0.95 * a.positions);
    std::printf("  tiny-dense quantised on load to Q8_0: rel L2 median %.2e, top-1 %d/%d\n", median(a.rel_l2), a.top1_equal, a.positions);
}

}  // namespace
