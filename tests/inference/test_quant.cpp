// Quantised block types: hand-built blocks with expected values worked out element by element from the
// format definitions (see the layout comments in formats/quant/*.cpp), quantise -> dequantise round
// trips with error bounds, fp16/bf16 conversions, and real fixture tensors.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <vector>

#include "fixtures.h"
#include "formats/dtype.h"
#include "formats/gguf.h"
#include "formats/quant/dequantize.h"
#include "formats/quant/half.h"
#include "formats/quant/quantize.h"
#include "qwendesk/errors.h"

using namespace qwendesk;

namespace {

constexpr std::uint16_t kHalfOne = 0x3C00, kHalfHalf = 0x3800, kHalfQuarter = 0x3400, kHalfEighth = 0x3000;
constexpr std::uint16_t kHalfMinusTwo = 0xC000;
constexpr int kIq4Grid[16] = {-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113};

void put16(std::vector<std::uint8_t>& b, std::size_t at, std::uint16_t v) {
    b[at] = static_cast<std::uint8_t>(v);
    b[at + 1] = static_cast<std::uint8_t>(v >> 8);
}

std::vector<float> deq(DType t, const std::vector<std::uint8_t>& block, std::size_t n) {
    std::vector<float> out(n);
    dequantize_row(t, block.data(), out.data(), n);
    return out;
}

// A byte pattern that visits every value of every bit field.
std::uint8_t pattern(int k) { return static_cast<std::uint8_t>((k * 37 + 11) & 0xFF); }

void expect_exact(const std::vector<float>& got, const std::vector<float>& want) {
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t e = 0; e < got.size(); ++e) ASSERT_EQ(got[e], want[e]) << "element " << e;
}

}  // namespace

// ---- fp16 / bf16 -------------------------------------------------------------------------------------

TEST(Half, EveryHalfRoundTripsExactly) {
    for (std::uint32_t h = 0; h < 0x10000; ++h) {
        const float f = f16_to_f32(static_cast<std::uint16_t>(h));
        const bool nan = (h & 0x7C00) == 0x7C00 && (h & 0x3FF) != 0;
        if (nan) {
            ASSERT_TRUE(std::isnan(f)) << h;
            ASSERT_TRUE(std::isnan(f16_to_f32(f32_to_f16(f)))) << h;
        } else {
            ASSERT_EQ(f32_to_f16(f), h) << "half 0x" << std::hex << h;
        }
    }
}

TEST(Half, KnownValues) {
    EXPECT_EQ(f16_to_f32(kHalfOne), 1.0f);
    EXPECT_EQ(f16_to_f32(0xC000), -2.0f);
    EXPECT_EQ(f16_to_f32(0x7BFF), 65504.0f);
    EXPECT_EQ(f16_to_f32(0x0001), std::ldexp(1.0f, -24));  // smallest subnormal
    EXPECT_EQ(f16_to_f32(0x03FF), std::ldexp(1023.0f, -24));
    EXPECT_TRUE(std::isinf(f16_to_f32(0x7C00)));
    EXPECT_EQ(f32_to_f16(65520.0f), 0x7C00);  // rounds up to infinity
    EXPECT_EQ(f32_to_f16(65519.0f), 0x7BFF);
    EXPECT_EQ(f32_to_f16(std::ldexp(1.0f, -25)), 0x0000);  // tie, rounds to even (zero)
    EXPECT_EQ(f32_to_f16(std::ldexp(1.5f, -25)), 0x0001);
    EXPECT_EQ(f32_to_f16(std::ldexp(3.0f, -25)), 0x0002);  // tie between 1 and 2 -> even
    EXPECT_EQ(f32_to_f16(1.0f + std::ldexp(1.0f, -11)), 0x3C00);  // tie -> even
    EXPECT_EQ(f32_to_f16(1.0f + std::ldexp(3.0f, -11)), 0x3C02);  // tie -> even (up)
    EXPECT_EQ(f32_to_f16(-0.0f), 0x8000);
    EXPECT_EQ(f32_to_f16(std::ldexp(1.0f, -14) - std::ldexp(1.0f, -26)), 0x0400);  // rounds up to the smallest normal
}

#if defined(__FLT16_MAX__) && !defined(__clang__)
TEST(Half, MatchesCompilerFloat16) {
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::uint32_t> bits;
    for (int k = 0; k < 2000000; ++k) {
        const float f = std::bit_cast<float>(bits(rng));
        if (std::isnan(f)) continue;
        const _Float16 h = static_cast<_Float16>(f);
        ASSERT_EQ(f32_to_f16(f), std::bit_cast<std::uint16_t>(h)) << std::hexfloat << f;
    }
}
#endif

TEST(BFloat16, Conversions) {
    EXPECT_EQ(f32_to_bf16(1.0f), 0x3F80);
    EXPECT_EQ(bf16_to_f32(0x3F80), 1.0f);
    EXPECT_EQ(bf16_to_f32(0xC0A0), -5.0f);
    EXPECT_EQ(f32_to_bf16(std::bit_cast<float>(0x3F808000u)), 0x3F80);  // tie -> even
    EXPECT_EQ(f32_to_bf16(std::bit_cast<float>(0x3F818000u)), 0x3F82);  // tie -> even (up)
    EXPECT_EQ(f32_to_bf16(std::bit_cast<float>(0x3F808001u)), 0x3F81);
    EXPECT_TRUE(std::isnan(bf16_to_f32(f32_to_bf16(std::nanf("")))));
    EXPECT_TRUE(std::isnan(bf16_to_f32(f32_to_bf16(std::bit_cast<float>(0x7F800001u)))));  // NaN stays NaN
    for (std::uint32_t b = 0; b < 0x10000; ++b) {
        const float f = bf16_to_f32(static_cast<std::uint16_t>(b));
        if (!std::isnan(f)) ASSERT_EQ(f32_to_bf16(f), b);
    }
}

TEST(Dequantize, PlainTypes) {
    std::vector<std::uint8_t> f16 = {0x00, 0x3C, 0x00, 0xC0, 0x01, 0x00};
    expect_exact(deq(DType::F16, f16, 3), {1.0f, -2.0f, std::ldexp(1.0f, -24)});
    std::vector<std::uint8_t> bf16 = {0x80, 0x3F, 0xA0, 0xC0};
    expect_exact(deq(DType::BF16, bf16, 2), {1.0f, -5.0f});
    std::vector<std::uint8_t> f32(8);
    const float v[2] = {3.5f, -0.25f};
    std::memcpy(f32.data(), v, 8);
    expect_exact(deq(DType::F32, f32, 2), {3.5f, -0.25f});
}

// ---- legacy 32-element blocks --------------------------------------------------------------------------

TEST(Dequantize, Q4_0KnownBlock) {
    std::vector<std::uint8_t> b(18);
    put16(b, 0, kHalfHalf);
    for (int j = 0; j < 16; ++j) b[2 + j] = static_cast<std::uint8_t>(j | ((15 - j) << 4));
    std::vector<float> want(32);
    for (int j = 0; j < 16; ++j) {
        want[j] = 0.5f * static_cast<float>(j - 8);
        want[j + 16] = 0.5f * static_cast<float>(15 - j - 8);
    }
    expect_exact(deq(DType::Q4_0, b, 32), want);
}

TEST(Dequantize, Q4_1KnownBlock) {
    std::vector<std::uint8_t> b(20);
    put16(b, 0, kHalfHalf);
    put16(b, 2, kHalfMinusTwo);
    for (int j = 0; j < 16; ++j) b[4 + j] = static_cast<std::uint8_t>(j | ((15 - j) << 4));
    std::vector<float> want(32);
    for (int j = 0; j < 16; ++j) {
        want[j] = 0.5f * static_cast<float>(j) - 2.0f;
        want[j + 16] = 0.5f * static_cast<float>(15 - j) - 2.0f;
    }
    expect_exact(deq(DType::Q4_1, b, 32), want);
}

TEST(Dequantize, Q5_0AndQ5_1KnownBlocks) {
    const std::uint32_t qh = 0xA5C3F00Fu;  // bit e = fifth bit of element e
    std::vector<std::uint8_t> b0(22), b1(24);
    put16(b0, 0, kHalfQuarter);
    put16(b1, 0, kHalfQuarter);
    put16(b1, 2, kHalfOne);
    for (int k = 0; k < 4; ++k) b0[2 + k] = b1[4 + k] = static_cast<std::uint8_t>(qh >> (8 * k));
    for (int j = 0; j < 16; ++j) b0[6 + j] = b1[8 + j] = static_cast<std::uint8_t>(j | ((15 - j) << 4));
    std::vector<float> want0(32), want1(32);
    for (int e = 0; e < 32; ++e) {
        const int low = e < 16 ? e : 15 - (e - 16);
        const int q = low | static_cast<int>(((qh >> e) & 1u) << 4);
        want0[e] = 0.25f * static_cast<float>(q - 16);
        want1[e] = 0.25f * static_cast<float>(q) + 1.0f;
    }
    expect_exact(deq(DType::Q5_0, b0, 32), want0);
    expect_exact(deq(DType::Q5_1, b1, 32), want1);
}

TEST(Dequantize, Q8_0KnownBlock) {
    std::vector<std::uint8_t> b(34);
    put16(b, 0, kHalfEighth);
    for (int j = 0; j < 32; ++j) b[2 + j] = static_cast<std::uint8_t>(static_cast<std::int8_t>(j * 8 - 128));
    b[33] = 127;
    std::vector<float> want(32);
    for (int j = 0; j < 32; ++j) want[j] = 0.125f * static_cast<float>(j == 31 ? 127 : j * 8 - 128);
    expect_exact(deq(DType::Q8_0, b, 32), want);
}

TEST(Dequantize, IQ4_NLKnownBlock) {
    std::vector<std::uint8_t> b(18);
    put16(b, 0, kHalfHalf);
    for (int j = 0; j < 16; ++j) b[2 + j] = static_cast<std::uint8_t>(j | ((15 - j) << 4));
    std::vector<float> want(32);
    for (int j = 0; j < 16; ++j) {
        want[j] = 0.5f * static_cast<float>(kIq4Grid[j]);
        want[j + 16] = 0.5f * static_cast<float>(kIq4Grid[15 - j]);
    }
    expect_exact(deq(DType::IQ4_NL, b, 32), want);
}

// ---- K-quants (256-element super-blocks) ----------------------------------------------------------------

namespace {
// Code of element e in the 2-bit layout: e = 128c + 32j + l -> bits 2j of qs[32c + l].
int two_bit(const std::uint8_t* qs, int e) {
    const int c = e / 128, j = (e % 128) / 32, l = e % 32;
    return (qs[32 * c + l] >> (2 * j)) & 3;
}
// Code of element e in the 4-bit layout: e = 64c + 32h + l -> nibble h of qs[32c + l].
int four_bit(const std::uint8_t* qs, int e) {
    const int c = e / 64, h = (e % 64) / 32, l = e % 32;
    return (qs[32 * c + l] >> (4 * h)) & 0xF;
}
// 6-bit scale/min pairs of Q4_K/Q5_K, packed as the format defines.
void pack_k4_scales(const int* sc, const int* m, std::uint8_t* q) {
    for (int i = 0; i < 4; ++i) {
        q[i] = static_cast<std::uint8_t>((sc[i] & 63) | ((sc[i + 4] >> 4) << 6));
        q[i + 4] = static_cast<std::uint8_t>((m[i] & 63) | ((m[i + 4] >> 4) << 6));
        q[i + 8] = static_cast<std::uint8_t>((sc[i + 4] & 15) | ((m[i + 4] & 15) << 4));
    }
}
}  // namespace

TEST(Dequantize, Q2_KKnownBlock) {
    std::vector<std::uint8_t> b(84);
    for (int i = 0; i < 16; ++i) b[i] = static_cast<std::uint8_t>(i | ((15 - i) << 4));  // scale i, min 15-i
    for (int k = 0; k < 64; ++k) b[16 + k] = pattern(k);
    put16(b, 80, kHalfHalf);
    put16(b, 82, kHalfQuarter);
    std::vector<float> want(256);
    for (int e = 0; e < 256; ++e) {
        const int sub = e / 16;
        want[e] = 0.5f * static_cast<float>(sub) * static_cast<float>(two_bit(&b[16], e)) -
                  0.25f * static_cast<float>(15 - sub);
    }
    expect_exact(deq(DType::Q2_K, b, 256), want);
}

TEST(Dequantize, Q3_KKnownBlock) {
    std::vector<std::uint8_t> b(110);
    for (int k = 0; k < 32; ++k) b[k] = pattern(k + 100);  // hmask
    for (int k = 0; k < 64; ++k) b[32 + k] = pattern(k);
    int s[16];
    for (int i = 0; i < 16; ++i) s[i] = (i * 11 + 3) & 63;  // stored 6-bit scales (value s - 32)
    for (int i = 0; i < 16; ++i) {
        b[96 + i % 8] = static_cast<std::uint8_t>(b[96 + i % 8] | ((s[i] & 15) << (i < 8 ? 0 : 4)));
        b[96 + 8 + i % 4] = static_cast<std::uint8_t>(b[96 + 8 + i % 4] | ((s[i] >> 4) << (2 * (i / 4))));
    }
    put16(b, 108, kHalfHalf);
    std::vector<float> want(256);
    for (int e = 0; e < 256; ++e) {
        const int c = e / 128, j = (e % 128) / 32, l = e % 32;
        const bool high = (b[l] >> (4 * c + j)) & 1;
        const int q = two_bit(&b[32], e) - (high ? 0 : 4);
        want[e] = 0.5f * static_cast<float>(s[e / 16] - 32) * static_cast<float>(q);
    }
    expect_exact(deq(DType::Q3_K, b, 256), want);
}

TEST(Dequantize, Q4_KKnownBlock) {
    std::vector<std::uint8_t> b(144);
    put16(b, 0, kHalfHalf);
    put16(b, 2, kHalfQuarter);
    int sc[8], m[8];
    for (int i = 0; i < 8; ++i) {
        sc[i] = 5 + 7 * i;  // 5..54: sub-blocks 4..7 use the high bits
        m[i] = 63 - 8 * i;
    }
    pack_k4_scales(sc, m, &b[4]);
    for (int k = 0; k < 128; ++k) b[16 + k] = pattern(k);
    std::vector<float> want(256);
    for (int e = 0; e < 256; ++e)
        want[e] = 0.5f * static_cast<float>(sc[e / 32]) * static_cast<float>(four_bit(&b[16], e)) -
                  0.25f * static_cast<float>(m[e / 32]);
    expect_exact(deq(DType::Q4_K, b, 256), want);
}

TEST(Dequantize, Q5_KKnownBlock) {
    std::vector<std::uint8_t> b(176);
    put16(b, 0, kHalfQuarter);
    put16(b, 2, kHalfHalf);
    int sc[8], m[8];
    for (int i = 0; i < 8; ++i) {
        sc[i] = 63 - 9 * i;
        m[i] = 2 + 8 * i;
    }
    pack_k4_scales(sc, m, &b[4]);
    for (int k = 0; k < 32; ++k) b[16 + k] = pattern(k + 200);  // qh
    for (int k = 0; k < 128; ++k) b[48 + k] = pattern(k);
    std::vector<float> want(256);
    for (int e = 0; e < 256; ++e) {
        const int c = e / 64, h = (e % 64) / 32, l = e % 32;
        const int q = four_bit(&b[48], e) | (((b[16 + l] >> (2 * c + h)) & 1) << 4);
        want[e] = 0.25f * static_cast<float>(sc[e / 32]) * static_cast<float>(q) - 0.5f * static_cast<float>(m[e / 32]);
    }
    expect_exact(deq(DType::Q5_K, b, 256), want);
}

TEST(Dequantize, Q6_KKnownBlock) {
    std::vector<std::uint8_t> b(210);
    for (int k = 0; k < 128; ++k) b[k] = pattern(k);
    for (int k = 0; k < 64; ++k) b[128 + k] = pattern(k + 77);
    int sc[16];
    for (int i = 0; i < 16; ++i) {
        sc[i] = i * 17 - 128;  // -128..127
        b[192 + i] = static_cast<std::uint8_t>(static_cast<std::int8_t>(sc[i]));
    }
    put16(b, 208, kHalfQuarter);
    std::vector<float> want(256);
    for (int e = 0; e < 256; ++e) {
        const int c = e / 128, k = (e % 128) / 32, l = e % 32;
        const int low = (b[64 * c + 32 * (k & 1) + l] >> (k < 2 ? 0 : 4)) & 0xF;
        const int high = (b[128 + 32 * c + l] >> (2 * k)) & 3;
        want[e] = 0.25f * static_cast<float>(sc[e / 16]) * static_cast<float>((low | (high << 4)) - 32);
    }
    expect_exact(deq(DType::Q6_K, b, 256), want);
}

TEST(Dequantize, Q8_KKnownBlock) {
    std::vector<std::uint8_t> b(292);
    const float d = 0.375f;
    std::memcpy(b.data(), &d, 4);
    for (int j = 0; j < 256; ++j) b[4 + j] = static_cast<std::uint8_t>(j);  // int8 j - 256 for j >= 128
    std::vector<float> want(256);
    for (int j = 0; j < 256; ++j) want[j] = 0.375f * static_cast<float>(static_cast<std::int8_t>(j));
    expect_exact(deq(DType::Q8_K, b, 256), want);
}

TEST(Dequantize, IQ4_XSKnownBlock) {
    std::vector<std::uint8_t> b(136);
    put16(b, 0, kHalfQuarter);
    int ls[8];
    std::uint16_t scales_h = 0;
    for (int ib = 0; ib < 8; ++ib) {
        ls[ib] = (ib * 23 + 5) & 63;
        b[4 + ib / 2] = static_cast<std::uint8_t>(b[4 + ib / 2] | ((ls[ib] & 15) << (4 * (ib % 2))));
        scales_h = static_cast<std::uint16_t>(scales_h | ((ls[ib] >> 4) << (2 * ib)));
    }
    put16(b, 2, scales_h);
    for (int k = 0; k < 128; ++k) b[8 + k] = pattern(k);
    std::vector<float> want(256);
    for (int e = 0; e < 256; ++e) {
        const int ib = e / 32, j = e % 32;
        const int code = (b[8 + 16 * ib + j % 16] >> (j < 16 ? 0 : 4)) & 0xF;
        want[e] = 0.25f * static_cast<float>(ls[ib] - 32) * static_cast<float>(kIq4Grid[code]);
    }
    expect_exact(deq(DType::IQ4_XS, b, 256), want);
}

TEST(Dequantize, RejectsBadCountsAndTypes) {
    std::vector<std::uint8_t> b(64);
    float out[64];
    EXPECT_THROW(dequantize_row(DType::Q4_0, b.data(), out, 33), Error);
    EXPECT_THROW(dequantize_row(DType::Q8_1, b.data(), out, 32), Error);
    EXPECT_THROW(dequantize_row(DType::F8_E4M3, b.data(), out, 4), Error);
    EXPECT_THROW(dequantize_row(static_cast<DType>(99), b.data(), out, 4), Error);
    EXPECT_THROW(quantize_row(DType::Q4_K, out, b.data(), 32), Error);
    try {
        dequantize_row(DType::Q8_1, b.data(), out, 32);
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Unsupported);
    }
}

// ---- quantise -> dequantise round trips -----------------------------------------------------------------

namespace {
struct RoundTripCase {
    DType type;
    double max_rel_rms;  // ||deq(q(x)) - x|| / ||x|| for Gaussian x
};

std::vector<float> gaussian(std::size_t n, unsigned seed, float scale) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> dist(0.0f, scale);
    std::vector<float> x(n);
    for (float& v : x) v = dist(rng);
    return x;
}

double rel_rms(const std::vector<float>& x, const std::vector<float>& y) {
    double num = 0, den = 0;
    for (std::size_t k = 0; k < x.size(); ++k) {
        num += (static_cast<double>(y[k]) - x[k]) * (static_cast<double>(y[k]) - x[k]);
        den += static_cast<double>(x[k]) * x[k];
    }
    return std::sqrt(num / den);
}
}  // namespace

class QuantRoundTrip : public ::testing::TestWithParam<RoundTripCase> {};

TEST_P(QuantRoundTrip, ErrorWithinBound) {
    const auto [type, bound] = GetParam();
    const std::size_t n = 256 * 16;
    for (const float scale : {0.02f, 1.0f, 300.0f}) {
        const auto x = gaussian(n, 1234, scale);
        std::vector<std::uint8_t> q(*row_bytes(type, n));
        quantize_row(type, x.data(), q.data(), n);
        std::vector<float> y(n);
        dequantize_row(type, q.data(), y.data(), n);
        const double err = rel_rms(x, y);
        EXPECT_LT(err, bound) << dtype_name(type) << " scale " << scale;
        RecordProperty(std::string(dtype_name(type)) + "_rel_rms", std::to_string(err));
        if (scale == 1.0f) std::printf("  %-7s rel rms error %.5f (bound %.3f)\n", std::string(dtype_name(type)).c_str(), err, bound);
    }
    // Zeros stay zeros (no 0/0), and a constant row stays close.
    std::vector<float> zeros(n, 0.0f), y(n, 1.0f);
    std::vector<std::uint8_t> q(*row_bytes(type, n));
    quantize_row(type, zeros.data(), q.data(), n);
    dequantize_row(type, q.data(), y.data(), n);
    for (float v : y) ASSERT_EQ(v, 0.0f) << dtype_name(type);
    // Non-finite input must not crash (the values are unspecified).
    auto x = gaussian(n, 99, 1.0f);
    x[3] = INFINITY;
    x[300] = NAN;
    quantize_row(type, x.data(), q.data(), n);
    dequantize_row(type, q.data(), y.data(), n);
}

INSTANTIATE_TEST_SUITE_P(
    AllTypes, QuantRoundTrip,
    ::testing::Values(RoundTripCase{DType::F16, 0.001}, RoundTripCase{DType::BF16, 0.004},
                      RoundTripCase{DType::Q8_0, 0.008}, RoundTripCase{DType::Q8_K, 0.012},
                      RoundTripCase{DType::Q6_K, 0.035}, RoundTripCase{DType::Q5_0, 0.07},
                      RoundTripCase{DType::Q5_1, 0.07}, RoundTripCase{DType::Q5_K, 0.06},
                      RoundTripCase{DType::Q4_0, 0.14}, RoundTripCase{DType::Q4_1, 0.14},
                      RoundTripCase{DType::Q4_K, 0.12}, RoundTripCase{DType::IQ4_NL, 0.12},
                      RoundTripCase{DType::IQ4_XS, 0.12}, RoundTripCase{DType::Q3_K, 0.25},
                      RoundTripCase{DType::Q2_K, 0.45}),
    [](const ::testing::TestParamInfo<RoundTripCase>& info) { return std::string(dtype_name(info.param.type)); });

TEST(Quantize, Q8_0ExactOnItsOwnGrid) {
    // Values already on a Q8_0 grid (d a power of two) come back exactly.
    std::vector<float> x(64);
    for (int k = 0; k < 64; ++k) x[k] = 0.0625f * static_cast<float>((k * 29) % 255 - 127);
    x[0] = 0.0625f * 127;  // the block max defines d = 1/16 exactly
    x[32] = -0.0625f * 127;
    std::vector<std::uint8_t> q(68);
    quantize_row(DType::Q8_0, x.data(), q.data(), 64);
    expect_exact(deq(DType::Q8_0, q, 64), x);
}

// ---- real fixture tensors -------------------------------------------------------------------------------

TEST(DequantizeFixture, EveryTensorIsFiniteAndSane) {
    QWENDESK_REQUIRE_FIXTURE(dir, "gguf");
    for (const char* file : {"qwen3-tiny-dense-bf16.gguf", "qwen3-tiny-moe-q8_0.gguf", "qwen3-small-dense-q4_k_m.gguf"}) {
        const GgufFile g = GgufFile::open(dir / file);
        ASSERT_FALSE(g.tensors().empty());
        for (const GgufTensor& t : g.tensors()) {
            ASSERT_TRUE(can_dequantize(t.type)) << file << " " << t.name;
            std::vector<float> row(t.row_length());
            double max_abs = 0, sum_abs = 0;
            for (std::uint64_t r = 0; r < t.n_rows(); ++r) {
                dequantize_row(t.type, t.row(r), row.data(), row.size());
                for (float v : row) {
                    ASSERT_TRUE(std::isfinite(v)) << file << " " << t.name << " row " << r;
                    max_abs = std::max(max_abs, static_cast<double>(std::fabs(v)));
                    sum_abs += std::fabs(v);
                }
            }
            const double mean_abs = sum_abs / static_cast<double>(t.n_elements());
            EXPECT_GT(mean_abs, 1e-4) << file << " " << t.name;
            EXPECT_LT(max_abs, 50.0) << file << " " << t.name;
        }
    }
}

TEST(DequantizeFixture, RequantisingQ8_0IsStable) {
    // Q8_0 rows from llama-quantize, dequantised and quantised again by us, give the same floats back:
    // our quantiser picks the same scale (max |x| / 127) and the same codes on an existing Q8_0 grid.
    QWENDESK_REQUIRE_FIXTURE(dir, "gguf/qwen3-tiny-moe-q8_0.gguf");
    const GgufFile g = GgufFile::open(dir);
    const GgufTensor& t = g.tensor("token_embd.weight");
    ASSERT_EQ(t.type, DType::Q8_0);
    std::vector<float> a(t.row_length()), b(t.row_length());
    std::vector<std::uint8_t> q(t.row_bytes());
    std::size_t differing = 0;
    for (std::uint64_t r = 0; r < t.n_rows(); ++r) {
        dequantize_row(DType::Q8_0, t.row(r), a.data(), a.size());
        quantize_row(DType::Q8_0, a.data(), q.data(), a.size());
        dequantize_row(DType::Q8_0, q.data(), b.data(), b.size());
        for (std::size_t k = 0; k < a.size(); ++k) differing += std::fabs(a[k] - b[k]) > 1e-6f * std::fabs(a[k]) + 1e-12f;
    }
    EXPECT_EQ(differing, 0u);
}
