// The Vulkan backend against the CPU backend, the reference (docs/vulkan.md): every op on fresh random inputs
// of several shapes (odd sizes included) with NaN-poisoned outputs, every quantised matmul type against the
// CPU float path on exactly dequantised weights, and whole models against the goldens.
//
// Without a Vulkan device the tests are SKIPPED with the reason; QWENDESK_REQUIRE_VULKAN=1 (CI with
// lavapipe) turns that skip into a failure.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <nlohmann/json.hpp>
#include <numeric>
#include <random>

#include "backends/backend.h"
#include "backends/vulkan/vulkan_backend.h"
#include "env.h"
#include "fixtures.h"
#include "host_ops.h"
#include "op_check.h"
#include "reference_run.h"
#include "formats/quant/dequantize.h"
#include "formats/quant/half.h"
#include "formats/quant/quantize.h"
#include "model/load_gguf_model.h"
#include "model/load_safetensors_model.h"
#include "model/qwen3_model.h"
#include "qwendesk/errors.h"
#include "runtime/kv_cache.h"

using namespace qwendesk;
using namespace qwendesk::test;

namespace {

// One backend for the whole suite: device creation and pipeline compilation are paid once.
Backend* vulkan(std::string& reason) {
    static std::unique_ptr<Backend> backend;
    static std::string why;
    static bool tried = false;
    if (!tried) {
        tried = true;
        try {
            // The float32 KV cache: the reference path, checked at the float32 bounds. The F16 cache (the
            // default) has its own tests below.
            VulkanBackendOptions options;
            options.kv_f16 = false;
            backend = make_vulkan_backend(options);
            std::printf("  Vulkan backend: %s\n", backend->name().c_str());
        } catch (const Error& e) {
            why = e.what();
        }
    }
    reason = why;
    return backend.get();
}

bool vulkan_required() {
    const char* v = std::getenv("QWENDESK_REQUIRE_VULKAN");
    return v && *v && std::string(v) != "0";
}

#define QWENDESK_VULKAN_OR_SKIP(var)                                                         \
    std::string var##_reason;                                                                \
    Backend* var##_ptr = vulkan(var##_reason);                                               \
    if (!var##_ptr) {                                                                        \
        if (vulkan_required()) FAIL() << "QWENDESK_REQUIRE_VULKAN is set: " << var##_reason; \
        GTEST_SKIP() << "no Vulkan backend: " << var##_reason;                               \
    }                                                                                        \
    test::HostOps var(*var##_ptr)

test::HostOps cpu() {
    static auto backend = make_cpu_backend(CpuBackendOptions{2, /*integer_kernels=*/false});
    return test::HostOps(*backend);
}

// ---- element-wise ops ----

TEST(VulkanOps, AddAndSwiglu) {
    QWENDESK_VULKAN_OR_SKIP(vk);
    Worst worst{"swiglu"};
    for (std::int64_t n : {1, 3, 63, 64, 65, 1000, 100003}) {
        SCOPED_TRACE("n = " + std::to_string(n));
        auto x = random_vec(n, -4, 4), y = random_vec(n, -4, 4);
        auto a = x, b = x;
        vk.add(a.data(), y.data(), n);
        cpu().add(b.data(), y.data(), n);
        EXPECT_EQ(a, b);  // one float add: exact
        auto ga = poisoned(n), gb = poisoned(n);
        vk.swiglu(x.data(), y.data(), ga.data(), n);
        cpu().swiglu(x.data(), y.data(), gb.data(), n);
        EXPECT_LE(worst(max_rel_error(ga, gb)), 1e-6);
    }
}

TEST(VulkanOps, RmsNorm) {
    QWENDESK_VULKAN_OR_SKIP(vk);
    Worst worst{"rms_norm"};
    const std::pair<std::int64_t, int> shapes[] = {{1, 1}, {3, 32}, {7, 64}, {5, 100}, {2, 1000}, {17, 4097}, {300, 128}};
    for (auto [rows, dim] : shapes) {
        SCOPED_TRACE(std::to_string(rows) + " rows of " + std::to_string(dim));
        auto x = random_vec(rows * dim, -3, 3), w = random_vec(dim, 0.5f, 1.5f);
        auto a = poisoned(x.size()), b = poisoned(x.size());
        vk.rms_norm(x.data(), w.data(), a.data(), rows, dim, 1e-6f);
        cpu().rms_norm(x.data(), w.data(), b.data(), rows, dim, 1e-6f);
        EXPECT_LE(worst(max_rel_error(a, b)), 2e-6);
        auto in_place = x;  // y == x, as the model calls it for q/k norms
        vk.rms_norm(in_place.data(), w.data(), in_place.data(), rows, dim, 1e-6f);
        EXPECT_EQ(in_place, a);
    }
}

TEST(VulkanOps, Rope) {
    QWENDESK_VULKAN_OR_SKIP(vk);
    Worst worst{"rope"};
    const std::array<int, 3> shapes[] = {{1, 1, 2}, {3, 4, 32}, {5, 3, 64}, {2, 2, 128}, {1, 40, 128}, {9, 7, 6}};
    for (auto [n, heads, hd] : shapes) {
        SCOPED_TRACE(std::to_string(n) + " tokens x " + std::to_string(heads) + " heads x " + std::to_string(hd));
        auto x = random_vec(static_cast<std::size_t>(n) * heads * hd, -2, 2);
        auto cs = random_vec(static_cast<std::size_t>(n) * hd / 2), sn = random_vec(static_cast<std::size_t>(n) * hd / 2);
        auto a = x, b = x;
        vk.rope(a.data(), n, heads, hd, cs.data(), sn.data());
        cpu().rope(b.data(), n, heads, hd, cs.data(), sn.data());
        EXPECT_LE(worst(max_rel_error(a, b)), 1e-6);
    }
}

// ---- attention ----

struct AttnCase {
    int heads, kv_heads, head_dim, start_pos, n_tokens;
};

TEST(VulkanOps, Attention) {
    QWENDESK_VULKAN_OR_SKIP(vk);
    Worst worst{"attention"};
    const AttnCase cases[] = {{4, 2, 32, 0, 7},  {4, 2, 32, 5, 1},   {2, 1, 64, 0, 70},  {8, 2, 128, 100, 3},
                              {3, 3, 16, 0, 130}, {1, 1, 256, 10, 2}, {16, 8, 128, 0, 1}, {6, 2, 40, 63, 2},
                              // long contexts, few queries: split along the sequence and merged
                              {8, 2, 128, 1500, 1}, {4, 4, 64, 700, 3}, {2, 1, 256, 2047, 2}, {32, 4, 128, 9000, 1}};
    for (const AttnCase& c : cases) {
        SCOPED_TRACE(std::to_string(c.heads) + "/" + std::to_string(c.kv_heads) + " heads, dim " + std::to_string(c.head_dim) +
                     ", start " + std::to_string(c.start_pos) + ", " + std::to_string(c.n_tokens) + " tokens");
        const int capacity = c.start_pos + c.n_tokens + 3;
        const std::size_t cache = static_cast<std::size_t>(c.kv_heads) * capacity * c.head_dim;
        // Earlier positions hold random keys/values, as if written by previous calls.
        auto keys = random_vec(cache), values = random_vec(cache);
        auto keys2 = keys, values2 = values;
        auto q = random_vec(static_cast<std::size_t>(c.n_tokens) * c.heads * c.head_dim, -2, 2);
        auto k = random_vec(static_cast<std::size_t>(c.n_tokens) * c.kv_heads * c.head_dim, -2, 2);
        auto v = random_vec(k.size());
        auto a = poisoned(q.size()), b = poisoned(q.size());
        const AttentionShape shape{c.heads, c.kv_heads, c.head_dim};
        vk.attention(q.data(), k.data(), v.data(), test::HostKv{keys.data(), values.data(), capacity}, c.start_pos, c.n_tokens, shape,
                     a.data());
        cpu().attention(q.data(), k.data(), v.data(), test::HostKv{keys2.data(), values2.data(), capacity}, c.start_pos, c.n_tokens,
                        shape, b.data());
        // The output averages thousands of random values: its scale shrinks while float32 summation error grows
        // with the number of positions, so the bound grows with the context beyond 2048.
        const double bound = 2e-6 * std::max(1.0, (c.start_pos + c.n_tokens) / 2048.0);
        EXPECT_LE(worst(max_rel_error(a, b)), bound);
        EXPECT_EQ(keys, keys2);
        EXPECT_EQ(values, values2);
    }
}

// The F16 cache: with keys and values that float16 holds exactly, storing them loses nothing, so the output
// must equal the float32 CPU's to the same bound and the cache must read back bit for bit.
TEST(VulkanOps, AttentionWithAnF16Cache) {
    QWENDESK_VULKAN_OR_SKIP(vk_f32);
    auto f16_backend = make_vulkan_backend();
    ASSERT_EQ(f16_backend->kv_cache_type(), DType::F16);
    test::HostOps vk(*f16_backend);
    Worst worst{"attention, F16 cache"};
    auto halves = [](std::vector<float> v) {
        for (float& x : v) x = f16_to_f32(f32_to_f16(x));
        return v;
    };
    const AttnCase cases[] = {{4, 2, 32, 0, 7}, {8, 2, 128, 100, 3}, {16, 8, 128, 0, 1}, {8, 2, 128, 1500, 1}, {2, 1, 256, 600, 2}};
    for (const AttnCase& c : cases) {
        SCOPED_TRACE(std::to_string(c.heads) + "/" + std::to_string(c.kv_heads) + " heads, dim " + std::to_string(c.head_dim) +
                     ", start " + std::to_string(c.start_pos) + ", " + std::to_string(c.n_tokens) + " tokens");
        const int capacity = c.start_pos + c.n_tokens + 3;
        const std::size_t cache = static_cast<std::size_t>(c.kv_heads) * capacity * c.head_dim;
        auto keys = halves(random_vec(cache)), values = halves(random_vec(cache));
        auto keys2 = keys, values2 = values;
        auto q = random_vec(static_cast<std::size_t>(c.n_tokens) * c.heads * c.head_dim, -2, 2);
        auto k = halves(random_vec(static_cast<std::size_t>(c.n_tokens) * c.kv_heads * c.head_dim, -2, 2));
        auto v = halves(random_vec(k.size()));
        auto a = poisoned(q.size()), b = poisoned(q.size());
        const AttentionShape shape{c.heads, c.kv_heads, c.head_dim};
        vk.attention(q.data(), k.data(), v.data(), test::HostKv{keys.data(), values.data(), capacity, DType::F16}, c.start_pos,
                     c.n_tokens, shape, a.data());
        cpu().attention(q.data(), k.data(), v.data(), test::HostKv{keys2.data(), values2.data(), capacity}, c.start_pos, c.n_tokens,
                        shape, b.data());
        EXPECT_LE(worst(max_rel_error(a, b)), 2e-6);
        EXPECT_EQ(keys, keys2);
        EXPECT_EQ(values, values2);
    }
}

TEST(VulkanOps, AttentionPastTheCacheIsAnError) {
    QWENDESK_VULKAN_OR_SKIP(vk);
    std::vector<float> kv(2 * 4 * 8), q(8), out(8);
    try {
        vk.attention(q.data(), q.data(), q.data(), test::HostKv{kv.data(), kv.data(), 4}, 4, 1, AttentionShape{1, 1, 8}, out.data());
        FAIL() << "expected ContextOverflow";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::ContextOverflow);
    }
}

// ---- matmul and embed, per weight type ----

struct MatmulCase {
    DType type;
    std::int64_t rows, cols;
};

void check_matmul(test::HostOps vk, const MatmulCase& c, double tolerance, Worst& worst) {
    SCOPED_TRACE(std::string(dtype_name(c.type)) + " " + std::to_string(c.rows) + "x" + std::to_string(c.cols));
    TestMatrix m = make_matrix(c.type, c.rows, c.cols);
    for (int n : {1, 3, 8, 9, 17}) {
        SCOPED_TRACE(std::to_string(n) + " tokens");
        auto x = random_vec(static_cast<std::size_t>(n) * c.cols);
        auto a = poisoned(static_cast<std::size_t>(n) * c.rows), b = poisoned(a.size());
        vk.matmul(m.w, x.data(), a.data(), n);
        cpu().matmul(m.w_exact, x.data(), b.data(), n);
        EXPECT_LE(worst(max_rel_error(a, b)), tolerance);
    }
}

TEST(VulkanOps, MatmulFloatTypes) {
    QWENDESK_VULKAN_OR_SKIP(vk);
    Worst worst{"matmul F32/F16/BF16"};
    for (DType t : {DType::F32, DType::F16, DType::BF16})
        for (auto [rows, cols] : std::vector<std::pair<int, int>>{{1, 1}, {7, 33}, {64, 64}, {130, 257}, {1000, 96}, {3, 2049}})
            check_matmul(vk, {t, rows, cols}, 1e-5, worst);
}

TEST(VulkanOps, MatmulQuantisedTypesOnExactWeights) {
    QWENDESK_VULKAN_OR_SKIP(vk);
    // Weights decode exactly (EmbedEqualsDequantizeRowExactly); what remains is float32 summation order over
    // rows of up to 2816 terms (measured 1e-5 on lavapipe), so the bound leaves room for other drivers.
    Worst worst{"matmul Q8_0/Q4_0/Q4_K/Q5_K/Q6_K vs CPU float path on dequantised weights"};
    for (DType t : {DType::Q8_0, DType::Q4_0})
        for (auto [rows, cols] : std::vector<std::pair<int, int>>{{1, 32}, {5, 96}, {67, 512}, {129, 2080}}) check_matmul(vk, {t, rows, cols}, 5e-5, worst);
    for (DType t : {DType::Q4_K, DType::Q5_K, DType::Q6_K})
        for (auto [rows, cols] : std::vector<std::pair<int, int>>{{1, 256}, {5, 768}, {67, 512}, {33, 2816}}) check_matmul(vk, {t, rows, cols}, 5e-5, worst);
    check_matmul(vk, {DType::Q5_0, 37, 416}, 5e-5, worst);
    check_matmul(vk, {DType::IQ4_XS, 19, 768}, 5e-5, worst);
}

// Devices without subgroup arithmetic run the one-row-per-workgroup shaders (matmul.comp): the same checks on
// them, forced with QWENDESK_VULKAN_NO_SUBGROUPS.
TEST(VulkanOps, MatmulWithoutSubgroupsToo) {
    QWENDESK_VULKAN_OR_SKIP(vk_default);
    test::set_env("QWENDESK_VULKAN_NO_SUBGROUPS", "1");
    std::unique_ptr<Backend> portable;
    try {
        portable = make_vulkan_backend();
    } catch (...) {
        test::unset_env("QWENDESK_VULKAN_NO_SUBGROUPS");
        throw;
    }
    test::unset_env("QWENDESK_VULKAN_NO_SUBGROUPS");
    Worst worst{"matmul without subgroups (F32/BF16/Q8_0/Q4_K/Q6_K/AWQ) vs CPU float path"};
    test::HostOps vk(*portable);
    for (DType t : {DType::F32, DType::BF16}) check_matmul(vk, {t, 33, 257}, 1e-5, worst);
    for (DType t : {DType::Q8_0, DType::Q4_K, DType::Q6_K, DType::AWQ4_G128}) check_matmul(vk, {t, 21, 512}, 5e-5, worst);
}

// Qwen's FP8 and AWQ checkpoints (issue #11), in the engine's repacked blocks: FP8 with 128- and 16-element
// blocks, AWQ with groups of 128 and 32.
TEST(VulkanOps, MatmulFp8AndAwqOnExactWeights) {
    QWENDESK_VULKAN_OR_SKIP(vk);
    Worst worst{"matmul FP8/AWQ vs CPU float path on dequantised weights"};
    for (auto [rows, cols] : std::vector<std::pair<int, int>>{{1, 128}, {9, 384}, {70, 1024}}) {
        check_matmul(vk, {DType::F8_E4M3_B128, rows, cols}, 5e-5, worst);
        check_matmul(vk, {DType::AWQ4_G128, rows, cols}, 5e-5, worst);
    }
    for (auto [rows, cols] : std::vector<std::pair<int, int>>{{3, 48}, {33, 208}}) check_matmul(vk, {DType::F8_E4M3_B16, rows, cols}, 5e-5, worst);
    for (auto [rows, cols] : std::vector<std::pair<int, int>>{{3, 96}, {33, 224}}) check_matmul(vk, {DType::AWQ4_G32, rows, cols}, 5e-5, worst);
}

TEST(VulkanOps, TypesWithoutAShaderRunOnTheCpu) {
    QWENDESK_VULKAN_OR_SKIP(vk);
    Worst worst{"Q5_1/Q3_K through the internal CPU backend vs CPU float path"};
    for (DType t : {DType::Q5_1, DType::Q3_K}) check_matmul(vk, {t, 9, 256}, 1e-2, worst);
}

// MoE decode on the device: routing (softmax, top-k, renormalisation) against the host's, the routed expert
// products against the CPU's per expert, and the weighted sum.
TEST(VulkanOps, MoeRoutingExpertsAndCombineOnTheDevice) {
    QWENDESK_VULKAN_OR_SKIP(vk);
    Backend& b = vk.backend();
    Worst worst{"moe routed matmul / combine"};
    struct Case {
        int n, experts, k;
        bool norm;
        DType type;
    } cases[] = {{1, 128, 8, true, DType::Q4_K}, {3, 10, 2, false, DType::Q8_0}, {4, 64, 4, true, DType::BF16}};
    for (const Case& c : cases) {
        SCOPED_TRACE(std::to_string(c.k) + " of " + std::to_string(c.experts) + " experts, " + std::to_string(c.n) + " tokens");
        std::vector<TestMatrix> mats;
        std::vector<WeightMatrix> experts;
        for (int e = 0; e < c.experts; ++e) mats.push_back(make_matrix(c.type, 24, 256));
        for (const TestMatrix& m : mats) experts.push_back(m.w);
        if (!b.can_route(experts, c.k)) GTEST_SKIP() << "this device routes on the host (no subgroup arithmetic)";
        const auto logits = random_vec(static_cast<std::size_t>(c.n) * c.experts, -3, 3);
        auto dl = upload_new(b, logits.data(), logits.size());
        const std::size_t pairs = static_cast<std::size_t>(c.n) * c.k;
        auto routing_buf = upload_new(b, poisoned(2 * pairs).data(), 2 * pairs);
        const DevicePtr routing{routing_buf.get(), 0};
        b.moe_route(DevicePtr{dl.get(), 0}, c.n, c.experts, c.k, c.norm, routing);
        std::vector<float> routed(2 * pairs);
        b.download(routing, routed.data(), routed.size());
        for (int t = 0; t < c.n; ++t) {  // the host's routing, as model/qwen3_model.cpp computes it
            const float* l = logits.data() + static_cast<std::size_t>(t) * c.experts;
            const float mx = *std::max_element(l, l + c.experts);
            std::vector<float> p(static_cast<std::size_t>(c.experts));
            float sum = 0;
            for (int e = 0; e < c.experts; ++e) sum += p[e] = std::exp(l[e] - mx);
            for (float& v : p) v /= sum;
            std::vector<int> order(static_cast<std::size_t>(c.experts));
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return p[x] > p[y]; });
            float top = 0;
            for (int j = 0; j < c.k; ++j) top += p[order[j]];
            for (int j = 0; j < c.k; ++j) {
                EXPECT_EQ(routed[t * c.k + j], static_cast<float>(order[j])) << "token " << t << " slot " << j;
                EXPECT_NEAR(routed[pairs + t * c.k + j], c.norm ? p[order[j]] / top : p[order[j]], 1e-6);
            }
        }
        // gate-like (x per token) and down-like (x per slot) products, then the weighted sum.
        for (bool per_slot : {false, true}) {
            const std::size_t x_rows = per_slot ? pairs : static_cast<std::size_t>(c.n);
            const auto x = random_vec(x_rows * 256);
            auto dx = upload_new(b, x.data(), x.size());
            auto dy = upload_new(b, poisoned(pairs * 24).data(), pairs * 24);
            b.matmul_routed(experts, DevicePtr{dx.get(), 0}, per_slot, routing, c.n, c.k, DevicePtr{dy.get(), 0});
            std::vector<float> y(pairs * 24), expected(pairs * 24);
            b.download(DevicePtr{dy.get(), 0}, y.data(), y.size());
            for (std::size_t pr = 0; pr < pairs; ++pr) {
                const int id = static_cast<int>(routed[pr]);
                const std::size_t row = per_slot ? pr : pr / c.k;
                std::vector<float> one(24);
                cpu().matmul(mats[static_cast<std::size_t>(id)].w_exact, x.data() + row * 256, one.data(), 1);
                std::copy(one.begin(), one.end(), expected.begin() + pr * 24);
            }
            EXPECT_LE(worst(max_rel_error(y, expected)), 5e-5);
            auto dout = upload_new(b, poisoned(static_cast<std::size_t>(c.n) * 24).data(), static_cast<std::size_t>(c.n) * 24);
            b.moe_combine(DevicePtr{dy.get(), 0}, routing, c.n, c.k, 24, DevicePtr{dout.get(), 0});
            std::vector<float> out(static_cast<std::size_t>(c.n) * 24), sum(out.size(), 0.0f);
            b.download(DevicePtr{dout.get(), 0}, out.data(), out.size());
            for (int t = 0; t < c.n; ++t)
                for (int j = 0; j < c.k; ++j)
                    for (int col = 0; col < 24; ++col)
                        sum[t * 24 + col] += routed[pairs + t * c.k + j] * y[(t * c.k + j) * 24 + col];
            EXPECT_LE(worst(max_rel_error(out, sum)), 1e-6);
        }
    }
}

// Embedding rows are the shader's dequantisation itself: bit-identical to dequantize_row.
TEST(VulkanOps, EmbedEqualsDequantizeRowExactly) {
    QWENDESK_VULKAN_OR_SKIP(vk);
    for (DType t : {DType::F32, DType::F16, DType::BF16, DType::Q8_0, DType::Q4_0, DType::Q5_0, DType::Q4_K, DType::Q5_K, DType::Q6_K,
                    DType::IQ4_XS, DType::F8_E4M3_B128, DType::F8_E4M3_B16, DType::AWQ4_G128, DType::AWQ4_G32}) {
        SCOPED_TRACE(std::string(dtype_name(t)));
        const auto block = static_cast<std::int64_t>(dtype_info(t)->block_elements);
        const std::int64_t cols = block >= 128 ? 2 * std::max<std::int64_t>(block, 256) : 96;
        TestMatrix m = make_matrix(t, 37, cols);
        const std::vector<std::int32_t> ids{0, 36, 5, 5, 17};
        auto a = poisoned(ids.size() * cols);
        vk.embed(m.w, ids.data(), static_cast<int>(ids.size()), a.data());
        for (std::size_t i = 0; i < ids.size(); ++i)
            for (std::int64_t c = 0; c < cols; ++c)
                ASSERT_EQ(std::bit_cast<std::uint32_t>(a[i * cols + c]), std::bit_cast<std::uint32_t>(m.exact[ids[i] * cols + c]))
                    << "token " << i << " column " << c;
    }
}

TEST(VulkanOps, EmbedRejectsIdsOutsideTheVocabulary) {
    QWENDESK_VULKAN_OR_SKIP(vk);
    TestMatrix m = make_matrix(DType::F32, 4, 8);
    const std::int32_t ids[] = {1, 4};
    std::vector<float> out(16);
    try {
        vk.embed(m.w, ids, 2, out.data());
        FAIL() << "expected InvalidArgument";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidArgument);
    }
}

TEST(VulkanDevice, ADeviceIndexThatDoesNotExistIsAnError) {
    QWENDESK_VULKAN_OR_SKIP(vk);
    try {
        make_vulkan_backend(VulkanBackendOptions{999});
        FAIL() << "expected InvalidArgument";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidArgument) << e.what();
    }
}

// ---- whole models ----

class VulkanModelGoldens : public ::testing::TestWithParam<const char*> {};

// The float32 path: safetensors (BF16) checkpoints against their float64 goldens, as tight as the CPU.
TEST_P(VulkanModelGoldens, MatchesFloat64Reference) {
    QWENDESK_REQUIRE_FIXTURE(dir, std::string("models/") + GetParam());
    QWENDESK_VULKAN_OR_SKIP(vk);
    Agreement a = run_reference(load_safetensors_model(dir), dir / "golden.json", vk);
    for (double e : a.rel_l2) EXPECT_LE(e, 1e-4);
    EXPECT_EQ(a.top1_equal, a.positions);
    EXPECT_EQ(a.greedy_equal, a.prompts);
    std::printf("  %s on Vulkan: rel L2 max %.2e, top-1 %d/%d, greedy16 %d/%d\n", GetParam(),
                *std::max_element(a.rel_l2.begin(), a.rel_l2.end()), a.top1_equal, a.positions, a.greedy_equal, a.prompts);
}

// The default F16 KV cache: keys and values rounded to float16, arithmetic in float32; the bound for
// F16 arithmetic (1e-2) and top-1 on at least 95% of positions.
TEST_P(VulkanModelGoldens, F16KvCacheWithinTheF16Bound) {
    QWENDESK_REQUIRE_FIXTURE(dir, std::string("models/") + GetParam());
    QWENDESK_VULKAN_OR_SKIP(vk_f32);
    auto f16 = make_vulkan_backend();
    Agreement a = run_reference(load_safetensors_model(dir), dir / "golden.json", *f16);
    for (double e : a.rel_l2) EXPECT_LE(e, 1e-2);
    EXPECT_GE(a.top1_equal, 0.95 * a.positions);
    std::printf("  %s on Vulkan with an F16 KV cache: rel L2 median %.2e max %.2e, top-1 %d/%d, greedy16 %d/%d\n", GetParam(),
                median(a.rel_l2), *std::max_element(a.rel_l2.begin(), a.rel_l2.end()), a.top1_equal, a.positions, a.greedy_equal,
                a.prompts);
}

INSTANTIATE_TEST_SUITE_P(TinyModels, VulkanModelGoldens, ::testing::Values("qwen3-tiny-dense", "qwen3-tiny-moe"));

class VulkanGgufExact : public ::testing::TestWithParam<const char*> {};

// GGUF models against the float64 reference on exactly dequantised weights (fixtures/gguf/exact.*.json).
// The shaders dequantise exactly and accumulate in float32, so the Vulkan path is the float path: the
// issue's bound for quantised kernels (median 3e-2, top-1 >= 95%) is asserted, and the float path's 1e-4 too.
TEST_P(VulkanGgufExact, QuantisedWeightsAgainstExactReference) {
    const std::string stem = GetParam();
    QWENDESK_REQUIRE_FIXTURE(gguf, "gguf/" + stem + ".gguf");
    QWENDESK_REQUIRE_FIXTURE(reference, "gguf/exact." + stem + ".json");
    QWENDESK_VULKAN_OR_SKIP(vk);
    Agreement a = run_reference(load_gguf_model(gguf), reference, vk);
    EXPECT_LE(median(a.rel_l2), 3e-2);
    EXPECT_GE(a.top1_equal, 0.95 * a.positions);
    for (double e : a.rel_l2) EXPECT_LE(e, 1e-4);
    std::printf("  %s on Vulkan: rel L2 median %.2e max %.2e, top-1 %d/%d, greedy16 %d/%d\n", stem.c_str(), median(a.rel_l2),
                *std::max_element(a.rel_l2.begin(), a.rel_l2.end()), a.top1_equal, a.positions, a.greedy_equal, a.prompts);
}

// Qwen's FP8 and AWQ checkpoints (fixtures/hf-quantized) against their float64 goldens on exactly dequantised
// weights: the shaders decode them exactly, so the float path's bounds hold (1e-4, every top-1).
class VulkanHfQuantized : public ::testing::TestWithParam<const char*> {};

TEST_P(VulkanHfQuantized, MatchesFloat64Reference) {
    QWENDESK_REQUIRE_FIXTURE(dir, std::string("hf-quantized/") + GetParam());
    QWENDESK_VULKAN_OR_SKIP(vk);
    Agreement a = run_reference(load_safetensors_model(dir), dir / "golden.json", vk);
    for (double e : a.rel_l2) EXPECT_LE(e, 1e-4);
    EXPECT_EQ(a.top1_equal, a.positions);
    std::printf("  %s on Vulkan: rel L2 max %.2e, top-1 %d/%d, greedy16 %d/%d\n", GetParam(),
                *std::max_element(a.rel_l2.begin(), a.rel_l2.end()), a.top1_equal, a.positions, a.greedy_equal, a.prompts);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, VulkanHfQuantized, ::testing::Values("qwen3-small-fp8", "qwen3-tiny-moe-fp8", "qwen3-small-awq"));

INSTANTIATE_TEST_SUITE_P(Fixtures, VulkanGgufExact,
                         ::testing::Values("qwen3-tiny-dense-bf16", "qwen3-tiny-moe-q8_0", "qwen3-small-dense-q4_k_m"));

}  // namespace
