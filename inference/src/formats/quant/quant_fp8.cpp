// Fine-grained FP8 weights (Hugging Face `quant_method: fp8`, e4m3 codes with a scale per 128x128 block),
// repacked by model/hf_quantized.cpp into row-major blocks that carry their own scale:
//   F8_E4M3_B128: [float32 scale][128 e4m3 codes]   (132 bytes)
//   F8_E4M3_B16:  [float32 scale][16 e4m3 codes]    (20 bytes; for rows whose length is not a multiple of 128)
// value = e4m3(code) * scale, one float32 multiply: exact, since a 4-bit e4m3 significand times a BF16 (8-bit)
// scale fits float32's 24 bits, so this is bit for bit the checkpoint's `fp8(weight) * weight_scale_inv`.
#include <cmath>
#include <cstring>

#include "formats/quant/e4m3.h"
#include "formats/quant/half.h"
#include "formats/quant/quant_impl.h"

namespace qwendesk {

namespace {

float decode(std::uint8_t code) {
    const int exp = (code >> 3) & 0xF, mant = code & 7;
    if (exp == 0xF && mant == 7) return std::nanf("");
    const float magnitude = exp == 0 ? std::ldexp(static_cast<float>(mant), -9)  // subnormal: m * 2^-9
                                     : std::ldexp(static_cast<float>(8 + mant), exp - 7 - 3);
    return (code & 0x80) ? -magnitude : magnitude;
}

struct Table {
    float v[256];
    Table() {
        for (int c = 0; c < 256; ++c) v[c] = decode(static_cast<std::uint8_t>(c));
    }
};

}  // namespace

const float* e4m3_table() {
    static const Table table;
    return table.v;
}

std::uint8_t f32_to_e4m3(float value) {
    if (std::isnan(value)) return 0x7F;
    const std::uint8_t sign = std::signbit(value) ? 0x80 : 0;
    float a = std::fabs(value);
    if (a >= 448.0f) return sign | 0x7E;
    if (a < 0x1p-6f) {  // subnormal range (the smallest normal is 2^-6): multiples of 2^-9, m = 8 is 2^-6 itself
        const float m = std::nearbyint(a * 512.0f);  // exact scaling; nearbyint rounds ties to even
        return static_cast<std::uint8_t>(sign | static_cast<int>(m));
    }
    int e;
    const float frac = std::frexp(a, &e);                     // a = frac * 2^e, frac in [0.5, 1)
    float m = std::nearbyint((frac * 16.0f - 8.0f));           // 3 mantissa bits, ties to even (exact arithmetic)
    int exp = e - 1 + 7;
    if (m == 8.0f) {
        m = 0;
        ++exp;
    }
    return static_cast<std::uint8_t>(sign | (exp << 3) | static_cast<int>(m));  // exp <= 15 and not 0x7F: a < 448
}

namespace quant {

namespace {

template <std::size_t kBlock>
void dequant_f8(const u8* x, float* y, std::size_t nb) {
    const float* table = e4m3_table();
    for (std::size_t b = 0; b < nb; ++b, x += 4 + kBlock, y += kBlock) {
        const float scale = load_f32le(x);
        for (std::size_t i = 0; i < kBlock; ++i) y[i] = table[x[4 + i]] * scale;
    }
}

// Our own quantiser (random benchmark weights, converting at load): scale = amax / 448 rounded to BF16 like the
// scales Qwen's checkpoints store, codes rounded to nearest even.
template <std::size_t kBlock>
void quant_f8(const float* x, u8* y, std::size_t nb) {
    for (std::size_t b = 0; b < nb; ++b, x += kBlock, y += 4 + kBlock) {
        float amax = 0;
        for (std::size_t i = 0; i < kBlock; ++i) amax = std::fmax(amax, std::fabs(x[i]));
        float scale = std::isfinite(amax) && amax > 0 ? bf16_to_f32(f32_to_bf16(amax / 448.0f)) : 0.0f;
        store_f32le(y, scale);
        for (std::size_t i = 0; i < kBlock; ++i) y[4 + i] = scale > 0 ? f32_to_e4m3(x[i] / scale) : 0;
    }
}

}  // namespace

void dequant_f8_b128(const u8* x, float* y, std::size_t nb) { dequant_f8<128>(x, y, nb); }
void dequant_f8_b16(const u8* x, float* y, std::size_t nb) { dequant_f8<16>(x, y, nb); }
void quant_f8_b128(const float* x, u8* y, std::size_t nb) { quant_f8<128>(x, y, nb); }
void quant_f8_b16(const float* x, u8* y, std::size_t nb) { quant_f8<16>(x, y, nb); }

}  // namespace quant

}  // namespace qwendesk
