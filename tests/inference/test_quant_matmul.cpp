// The CPU backend's integer kernels on quantised weights: every instruction set against the portable
// kernels and against a float64 dot product on the exactly dequantised weights.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "backends/cpu/quant_matmul.h"
#include "formats/quant/dequantize.h"
#include "formats/quant/quantize.h"

using namespace qwendesk;
using namespace qwendesk::cpu;

namespace {

struct Case {
    DType type;
    QuantDot QuantDotKernels::*kernel;
};

class QuantDotTest : public ::testing::TestWithParam<Case> {};

TEST_P(QuantDotTest, AgreesWithExactDequantisedDot) {
    const Case c = GetParam();
    std::mt19937 rng(1234);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    // Odd block counts (288 = 9 blocks of 32) exercise the single-block tails of the paired SIMD loops.
    const bool k_quant = c.type == DType::Q4_K || c.type == DType::Q5_K || c.type == DType::Q6_K;
    for (std::size_t cols : {256u, 288u, 512u, 1536u}) {
        if (k_quant && cols % 256) continue;
        for (int trial = 0; trial < 20; ++trial) {
            std::vector<float> w(cols), x(cols), w_exact(cols);
            for (auto& v : w) v = normal(rng) * 0.05f;
            for (auto& v : x) v = normal(rng) * (trial % 2 ? 10.0f : 0.1f);
            std::vector<std::uint8_t> row(*row_bytes(c.type, cols));
            quantize_row(c.type, w.data(), row.data(), cols);
            dequantize_row(c.type, row.data(), w_exact.data(), cols);
            double exact = 0, norm = 0;
            for (std::size_t i = 0; i < cols; ++i) {
                exact += static_cast<double>(w_exact[i]) * x[i];
                norm += std::fabs(static_cast<double>(w_exact[i]) * x[i]);
            }
            QuantizedActivations act;
            act.quantize(x.data(), 1, cols);
            float portable = 0;
            (portable_quant_kernels().*c.kernel)(row.data(), act.rows(), 1, cols, &portable);
            // int8 activations: the error is a small fraction of the sum of |terms|.
            EXPECT_NEAR(portable, exact, 0.02 * norm) << "cols " << cols << " trial " << trial;
            if (const QuantDotKernels* simd = avx512_quant_kernels(); simd && &best_quant_kernels() == simd) {
                // 1 token, and 6 tokens (the 4-token kernel plus two single ones) over the same activations.
                float fast[6];
                const QuantizedRow one = act.rows()[0];
                const QuantizedRow six[6] = {one, one, one, one, one, one};
                (simd->*c.kernel)(row.data(), &one, 1, cols, fast);
                EXPECT_NEAR(fast[0], portable, 1e-5 * norm + 1e-6) << "AVX-512 differs from portable, cols " << cols;
                (simd->*c.kernel)(row.data(), six, 6, cols, fast);
                for (float f : fast) EXPECT_NEAR(f, portable, 1e-5 * norm + 1e-6) << "AVX-512 (several tokens), cols " << cols;
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Types, QuantDotTest,
                         ::testing::Values(Case{DType::Q8_0, &QuantDotKernels::q8_0}, Case{DType::Q4_0, &QuantDotKernels::q4_0},
                                           Case{DType::Q4_K, &QuantDotKernels::q4_k}, Case{DType::Q5_K, &QuantDotKernels::q5_k},
                                           Case{DType::Q6_K, &QuantDotKernels::q6_k}),
                         [](const auto& info) { return std::string(dtype_name(info.param.type)); });

// The prefill tile kernels (16 rows × many tokens, quant_gemm_avx512.cpp) against the portable per-row kernels,
// at shapes that are not multiples of the tile: 1..33 rows, 1..17 tokens, one to several super-blocks.
class QuantGemmTest : public ::testing::TestWithParam<Case> {};

TEST_P(QuantGemmTest, AgreesWithPortableKernels) {
    const Case c = GetParam();
    const QuantGemm gemm = best_quant_kernels().gemm_for_type(c.type);
    if (!gemm) GTEST_SKIP() << "no tile kernel for " << dtype_name(c.type) << " on this processor";
    std::mt19937 rng(99);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    const bool k_quant = c.type == DType::Q4_K || c.type == DType::Q5_K || c.type == DType::Q6_K;
    struct Shape {
        int rows;
        std::size_t cols;
    };
    const Shape shapes[] = {{1, 256}, {5, 512}, {16, 256}, {17, 768}, {33, 1024}, {3, 96}, {20, 288}};
    for (const Shape& sh : shapes) {
        if (k_quant && sh.cols % 256) continue;
        const std::size_t rb = *row_bytes(c.type, sh.cols);
        std::vector<std::uint8_t> w(rb * static_cast<std::size_t>(sh.rows));
        std::vector<float> wf(sh.cols);
        for (int r = 0; r < sh.rows; ++r) {
            // Rows of very different magnitudes, so per-row scales differ across the tile's lanes.
            const float mag = 0.01f * static_cast<float>(1 + r % 7);
            for (auto& v : wf) v = normal(rng) * mag;
            quantize_row(c.type, wf.data(), w.data() + rb * static_cast<std::size_t>(r), sh.cols);
        }
        for (int n_tokens = 1; n_tokens <= 17; ++n_tokens) {
            std::vector<float> x(sh.cols * static_cast<std::size_t>(n_tokens));
            for (std::size_t i = 0; i < x.size(); ++i) x[i] = normal(rng) * ((i / sh.cols) % 2 ? 10.0f : 0.1f);
            QuantizedActivations act;
            act.quantize(x.data(), n_tokens, sh.cols, /*int_sums=*/true);
            const std::size_t ldy = static_cast<std::size_t>(sh.rows) + 3;  // a padded stride: untouched columns stay NaN
            std::vector<float> y(ldy * static_cast<std::size_t>(n_tokens), NAN);
            for (int r0 = 0; r0 < sh.rows; r0 += kQuantGemmRows)
                gemm(w.data() + rb * static_cast<std::size_t>(r0), rb, std::min(kQuantGemmRows, sh.rows - r0), act.rows(), n_tokens, sh.cols,
                     y.data() + r0, ldy);
            for (int r = 0; r < sh.rows; ++r)
                for (int t = 0; t < n_tokens; ++t) {
                    float ref = 0;
                    (portable_quant_kernels().*c.kernel)(w.data() + rb * static_cast<std::size_t>(r), act.rows() + t, 1, sh.cols, &ref);
                    // Scale of the terms: the float path's sum of |w x| bounds the rounding differences.
                    std::vector<float> wr(sh.cols);
                    dequantize_row(c.type, w.data() + rb * static_cast<std::size_t>(r), wr.data(), sh.cols);
                    double norm = 0;
                    for (std::size_t i = 0; i < sh.cols; ++i) norm += std::fabs(static_cast<double>(wr[i]) * x[t * sh.cols + i]);
                    EXPECT_NEAR(y[static_cast<std::size_t>(t) * ldy + static_cast<std::size_t>(r)], ref, 1e-5 * norm + 1e-6)
                        << "rows " << sh.rows << " cols " << sh.cols << " tokens " << n_tokens << " row " << r << " token " << t;
                }
            for (int t = 0; t < n_tokens; ++t)
                for (std::size_t r = static_cast<std::size_t>(sh.rows); r < ldy; ++r)
                    EXPECT_TRUE(std::isnan(y[static_cast<std::size_t>(t) * ldy + r])) << "wrote past the rows";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Types, QuantGemmTest,
                         ::testing::Values(Case{DType::Q8_0, &QuantDotKernels::q8_0}, Case{DType::Q4_K, &QuantDotKernels::q4_k},
                                           Case{DType::Q5_K, &QuantDotKernels::q5_k}, Case{DType::Q6_K, &QuantDotKernels::q6_k}),
                         [](const auto& info) { return std::string(dtype_name(info.param.type)); });

TEST(ActivationQuantisation, IntegerSums) {
    std::mt19937 rng(7);
    std::normal_distribution<float> normal(0.0f, 2.0f);
    std::vector<float> x(96 * 3);
    for (auto& v : x) v = normal(rng);
    QuantizedActivations act;
    act.quantize(x.data(), 3, 96, /*int_sums=*/true);
    for (int t = 0; t < 3; ++t) {
        const QuantizedRow& r = act.rows()[t];
        for (int h = 0; h < 6; ++h) {
            int s = 0;
            for (int i = 0; i < 16; ++i) s += r.q[h * 16 + i];
            EXPECT_EQ(r.isum16[h], s);
            EXPECT_FLOAT_EQ(r.dsum16[h], r.d[h / 2] * static_cast<float>(s));
        }
    }
}

TEST(ActivationQuantisation, SimdEqualsPortable) {
    const QuantDotKernels* simd = avx512_quant_kernels();
    if (!simd || &best_quant_kernels() != simd) GTEST_SKIP() << "this processor has no AVX-512 VNNI";
    std::mt19937 rng(5);
    std::normal_distribution<float> normal(0.0f, 3.0f);
    std::vector<float> x(32 * 50);
    for (auto& v : x) v = normal(rng);
    std::fill_n(x.begin() + 64, 32, 0.0f);  // an all-zero block
    x[100] = 1e30f;                         // a block dominated by one value
    std::vector<std::int8_t> qa(x.size()), qb(x.size());
    std::vector<float> da(50), db(50), sa(100), sb(100);
    quantize_blocks_portable(x.data(), 50, qa.data(), da.data(), sa.data());
    simd->quantize_blocks(x.data(), 50, qb.data(), db.data(), sb.data());
    EXPECT_EQ(qa, qb);
    EXPECT_EQ(da, db);
    EXPECT_EQ(sa, sb);
}

TEST(ActivationQuantisation, BlocksRoundTrip) {
    std::vector<float> x(64);
    for (int i = 0; i < 64; ++i) x[i] = std::sin(static_cast<float>(i)) * (i < 32 ? 1.0f : 1000.0f);
    QuantizedActivations act;
    act.quantize(x.data(), 2, 32);  // two tokens of 32
    for (int i = 0; i < 64; ++i) {
        const QuantizedRow& r = act.rows()[i / 32];
        EXPECT_NEAR(r.d[0] * r.q[i % 32], x[i], r.d[0] * 0.5f + 1e-6f);
    }
    const QuantizedRow& r = act.rows()[0];
    int s = 0;
    for (int i = 0; i < 16; ++i) s += r.q[i];
    EXPECT_FLOAT_EQ(r.dsum16[0], r.d[0] * s);
    for (int i = 0; i < 8; ++i) EXPECT_EQ(r.d8[i], r.d[0]);
    std::vector<float> zeros(32, 0.0f);
    act.quantize(zeros.data(), 1, 32);
    EXPECT_EQ(act.rows()[0].d[0], 0.0f);
}

}  // namespace
