// Helpers for op-by-op tests of a backend against the CPU reference: random inputs, NaN-poisoned outputs, the
// relative error measure, and weight matrices of any type with their exact float32 dequantisation.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

#include "backends/backend.h"
#include "formats/dtype.h"
#include "formats/quant/dequantize.h"
#include "formats/quant/half.h"
#include "formats/quant/quantize.h"

namespace qwendesk::test {

inline std::mt19937& rng() {
    static std::mt19937 g(20240607);
    return g;
}

inline std::vector<float> random_vec(std::size_t n, float lo = -1.0f, float hi = 1.0f) {
    std::uniform_real_distribution<float> d(lo, hi);
    std::vector<float> v(n);
    for (auto& x : v) x = d(rng());
    return v;
}

// The worst error an op test saw, printed at its end so the measured margins are on record.
struct Worst {
    const char* what;
    double value = 0;
    ~Worst() { std::printf("  %s: worst max-abs error / max |reference| = %.2e\n", what, value); }
    double operator()(double e) { return value = std::max(value, e), e; }
};

inline std::vector<float> poisoned(std::size_t n) { return std::vector<float>(n, std::numeric_limits<float>::quiet_NaN()); }

// max |a - b| / max(max |b|, tiny); NaN anywhere in a counts as infinitely wrong.
inline double max_rel_error(const std::vector<float>& a, const std::vector<float>& b) {
    EXPECT_EQ(a.size(), b.size());
    double diff = 0, scale = 1e-30;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
        if (!std::isfinite(a[i])) return std::numeric_limits<double>::infinity();
        diff = std::max(diff, std::abs(static_cast<double>(a[i]) - b[i]));
        scale = std::max(scale, std::abs(static_cast<double>(b[i])));
    }
    return diff / scale;
}

// A weight matrix in `type` made from random floats, with its exact float32 dequantisation.
struct TestMatrix {
    std::vector<std::uint8_t> bytes;
    std::vector<float> exact;  // dequantised, [rows][cols]
    WeightMatrix w;
    WeightMatrix w_exact;      // F32 view of `exact`
};

inline TestMatrix make_matrix(DType type, std::int64_t rows, std::int64_t cols) {
    TestMatrix m;
    const std::size_t rb = *row_bytes(type, static_cast<std::size_t>(cols));
    m.bytes.resize(rb * rows + 1);  // +1: a kernel's padding to whole words must not matter
    std::vector<float> src = random_vec(static_cast<std::size_t>(rows * cols));
    for (std::int64_t r = 0; r < rows; ++r) {
        std::uint8_t* dst = m.bytes.data() + r * rb;
        const float* s = src.data() + r * cols;
        if (type == DType::F32) std::memcpy(dst, s, rb);
        else if (type == DType::F16)
            for (std::int64_t c = 0; c < cols; ++c) store_u16le(dst + 2 * c, f32_to_f16(s[c]));
        else if (type == DType::BF16)
            for (std::int64_t c = 0; c < cols; ++c) store_u16le(dst + 2 * c, f32_to_bf16(s[c]));
        else quantize_row(type, s, dst, static_cast<std::size_t>(cols));
    }
    m.exact.resize(static_cast<std::size_t>(rows * cols));
    for (std::int64_t r = 0; r < rows; ++r)
        dequantize_row(type, m.bytes.data() + r * rb, m.exact.data() + r * cols, static_cast<std::size_t>(cols));
    m.w = WeightMatrix{type, rows, cols, m.bytes.data(), rb};
    m.w_exact = WeightMatrix{DType::F32, rows, cols, reinterpret_cast<const std::uint8_t*>(m.exact.data()), sizeof(float) * cols};
    return m;
}

}  // namespace qwendesk::test
