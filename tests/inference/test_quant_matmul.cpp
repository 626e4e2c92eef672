// The CPU backend's integer kernels on quantised weights: every instruction set against the portable
// kernels and against a float64 dot product on the exactly dequantised weights.
#include <gtest/gtest.h>

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
