// The AVX512-BF16 prefill kernel (split hi + lo activations) against a float64 product on the same bf16 weights,
// at shapes that are not multiples of its 4-row × 4-token tile or of 32 columns.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <vector>

#include "backends/cpu/bf16_matmul.h"
#include "platform/thread_pool.h"

using namespace qwendesk;
using namespace qwendesk::cpu;

namespace {

std::uint16_t to_bf16(float f) {  // round to nearest even
    std::uint32_t u;
    std::memcpy(&u, &f, 4);
    return static_cast<std::uint16_t>((u + 0x7FFF + ((u >> 16) & 1)) >> 16);
}

float from_bf16(std::uint16_t h) {
    const std::uint32_t u = static_cast<std::uint32_t>(h) << 16;
    float f;
    std::memcpy(&f, &u, 4);
    return f;
}

TEST(Bf16Gemm, AgreesWithFloat64) {
    if (!bf16_gemm_available()) GTEST_SKIP() << "this processor has no AVX512-BF16";
    ThreadPool pool(2);
    std::mt19937 rng(42);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    struct Shape {
        int rows;
        std::size_t cols;
    };
    double worst = 0, sum_sq_err = 0, sum_sq_ref = 0;
    for (const Shape sh : {Shape{1, 32}, Shape{3, 200}, Shape{5, 1024}, Shape{13, 96}, Shape{64, 1000}, Shape{7, 17}}) {
        std::vector<std::uint16_t> w(static_cast<std::size_t>(sh.rows) * sh.cols);
        for (auto& v : w) v = to_bf16(normal(rng) * 0.05f);
        const WeightMatrix wm{DType::BF16, sh.rows, static_cast<std::int64_t>(sh.cols), reinterpret_cast<const std::uint8_t*>(w.data()),
                              sh.cols * 2};
        for (int n_tokens : {4, 5, 7, 8, 13, 17, 70}) {
            std::vector<float> x(sh.cols * static_cast<std::size_t>(n_tokens));
            for (std::size_t i = 0; i < x.size(); ++i) x[i] = normal(rng) * ((i / sh.cols) % 2 ? 30.0f : 0.3f);
            std::vector<float> y(static_cast<std::size_t>(sh.rows) * n_tokens, NAN);
            bf16_matmul_avx512(wm, x.data(), y.data(), n_tokens, pool);
            for (int t = 0; t < n_tokens; ++t)
                for (int r = 0; r < sh.rows; ++r) {
                    double exact = 0, norm = 0;
                    for (std::size_t i = 0; i < sh.cols; ++i) {
                        const double p = static_cast<double>(from_bf16(w[r * sh.cols + i])) * x[t * sh.cols + i];
                        exact += p;
                        norm += std::fabs(p);
                    }
                    const double got = y[static_cast<std::size_t>(t) * sh.rows + r];
                    ASSERT_FALSE(std::isnan(got)) << "rows " << sh.rows << " cols " << sh.cols << " tokens " << n_tokens;
                    // hi + lo leaves at most 2^-16 |x| of each activation (two bf16 roundings of 8 significant bits);
                    // float32 accumulation adds ~1e-7 × norm. Typical errors are far below this bound (see below).
                    EXPECT_NEAR(got, exact, (std::ldexp(1.0, -16) + 1e-6) * norm) << "rows " << sh.rows << " cols " << sh.cols << " tokens " << n_tokens;
                    worst = std::max(worst, std::fabs(got - exact) / norm);
                    sum_sq_err += (got - exact) * (got - exact);
                    sum_sq_ref += exact * exact;
                }
        }
    }
    const double rel_l2 = std::sqrt(sum_sq_err / sum_sq_ref);
    EXPECT_LE(rel_l2, 5e-6);
    std::printf("  bf16 hi+lo: worst |err| / sum|w x| %.2e, relative L2 %.2e\n", worst, rel_l2);
}

}  // namespace
