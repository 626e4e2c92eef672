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
    for (std::size_t cols : {256u, 512u, 1536u}) {
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
            std::vector<ActBlock> act(cols / 32);
            quantize_activations(x.data(), cols, act.data());
            const float portable = (portable_quant_kernels().*c.kernel)(row.data(), act.data(), cols);
            // int8 activations: the error is a small fraction of the sum of |terms|.
            EXPECT_NEAR(portable, exact, 0.02 * norm) << "cols " << cols << " trial " << trial;
            if (const QuantDotKernels* simd = avx512_quant_kernels(); simd && &best_quant_kernels() == simd) {
                const float fast = (simd->*c.kernel)(row.data(), act.data(), cols);
                EXPECT_NEAR(fast, portable, 1e-5 * norm + 1e-6) << "AVX-512 differs from portable, cols " << cols;
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Types, QuantDotTest,
                         ::testing::Values(Case{DType::Q8_0, &QuantDotKernels::q8_0}, Case{DType::Q4_0, &QuantDotKernels::q4_0},
                                           Case{DType::Q4_K, &QuantDotKernels::q4_k}, Case{DType::Q5_K, &QuantDotKernels::q5_k},
                                           Case{DType::Q6_K, &QuantDotKernels::q6_k}),
                         [](const auto& info) { return std::string(dtype_name(info.param.type)); });

TEST(ActivationQuantisation, BlocksRoundTrip) {
    std::vector<float> x(64);
    for (int i = 0; i < 64; ++i) x[i] = std::sin(static_cast<float>(i)) * (i < 32 ? 1.0f : 1000.0f);
    std::vector<ActBlock> a(2);
    quantize_activations(x.data(), 64, a.data());
    for (int i = 0; i < 64; ++i) EXPECT_NEAR(a[i / 32].d * a[i / 32].q[i % 32], x[i], a[i / 32].d * 0.5f + 1e-6f);
    int s = 0;
    for (int i = 0; i < 16; ++i) s += a[0].q[i];
    EXPECT_EQ(a[0].sum16[0], s);
    std::vector<float> zeros(32, 0.0f);
    quantize_activations(zeros.data(), 32, a.data());
    EXPECT_EQ(a[0].d, 0.0f);
}

}  // namespace
