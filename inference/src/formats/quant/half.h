// IEEE binary16 (F16) and bfloat16 (BF16) conversions, written with integer operations so the results
// do not depend on the compiler, the instruction set or the floating-point environment.
//   * f16 -> f32 and bf16 -> f32 are exact (every half / bfloat value is a float).
//   * f32 -> f16 and f32 -> bf16 round to nearest, ties to even, like the hardware conversions
//     (F16C's vcvtps2ph with rounding mode 0, AVX512-BF16's vcvtneps2bf16) and like ggml's reference code.
//     NaN stays NaN (quiet), overflow gives infinity, tiny values become subnormals or signed zero.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace qwendesk {

inline float f16_to_f32(std::uint16_t h) {
    const std::uint32_t sign = static_cast<std::uint32_t>(h & 0x8000u) << 16;
    const std::uint32_t exp = (h >> 10) & 0x1Fu;
    std::uint32_t mant = h & 0x3FFu;
    std::uint32_t bits;
    if (exp == 0x1F) {  // infinity or NaN: keep the payload, widened
        bits = sign | 0x7F800000u | (mant << 13);
    } else if (exp != 0) {  // normal
        bits = sign | ((exp + (127 - 15)) << 23) | (mant << 13);
    } else if (mant == 0) {  // signed zero
        bits = sign;
    } else {  // subnormal half: normalise (value = mant * 2^-24)
        std::uint32_t e = 127 - 15 + 1;
        while ((mant & 0x400u) == 0) {
            mant <<= 1;
            --e;
        }
        bits = sign | (e << 23) | ((mant & 0x3FFu) << 13);
    }
    return std::bit_cast<float>(bits);
}

inline std::uint16_t f32_to_f16(float f) {
    const std::uint32_t x = std::bit_cast<std::uint32_t>(f);
    const std::uint16_t sign = static_cast<std::uint16_t>((x >> 16) & 0x8000u);
    const std::uint32_t exp = (x >> 23) & 0xFFu;
    const std::uint32_t mant = x & 0x7FFFFFu;
    if (exp == 0xFF) {  // infinity, or NaN (forced quiet so it does not turn into infinity)
        return static_cast<std::uint16_t>(sign | 0x7C00u | (mant ? (0x200u | (mant >> 13)) : 0u));
    }
    const int e = static_cast<int>(exp) - 127 + 15;  // biased half exponent
    if (e >= 0x1F) return static_cast<std::uint16_t>(sign | 0x7C00u);  // overflow -> infinity
    if (e <= 0) {
        // Subnormal half (or zero). The full significand (with the implicit 1) is shifted right by
        // 14 - e; values below half the smallest subnormal round to zero.
        if (e < -10) return sign;
        const std::uint32_t m = mant | 0x800000u;
        const int shift = 14 - e;  // 14..24
        std::uint32_t half_m = m >> shift;
        const std::uint32_t rem = m & ((1u << shift) - 1u);
        const std::uint32_t halfway = 1u << (shift - 1);
        if (rem > halfway || (rem == halfway && (half_m & 1u))) ++half_m;  // may carry into exponent 1: right
        return static_cast<std::uint16_t>(sign | half_m);
    }
    std::uint32_t h = (static_cast<std::uint32_t>(e) << 10) | (mant >> 13);
    const std::uint32_t rem = mant & 0x1FFFu;
    if (rem > 0x1000u || (rem == 0x1000u && (h & 1u))) ++h;  // a carry may round up to infinity: right
    return static_cast<std::uint16_t>(sign | h);
}

inline float bf16_to_f32(std::uint16_t b) { return std::bit_cast<float>(static_cast<std::uint32_t>(b) << 16); }

inline std::uint16_t f32_to_bf16(float f) {
    const std::uint32_t x = std::bit_cast<std::uint32_t>(f);
    if ((x & 0x7FFFFFFFu) > 0x7F800000u) return static_cast<std::uint16_t>((x >> 16) | 0x40u);  // quiet NaN
    const std::uint32_t rounding = 0x7FFFu + ((x >> 16) & 1u);
    return static_cast<std::uint16_t>((x + rounding) >> 16);
}

// Little-endian loads from possibly unaligned bytes (GGUF blocks are packed, tensors may start anywhere).
inline std::uint16_t load_u16le(const std::uint8_t* p) {
    return static_cast<std::uint16_t>(p[0] | (static_cast<std::uint16_t>(p[1]) << 8));
}
inline std::uint32_t load_u32le(const std::uint8_t* p) {
    return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) |
           (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}
inline float load_f16le(const std::uint8_t* p) { return f16_to_f32(load_u16le(p)); }
inline float load_f32le(const std::uint8_t* p) { return std::bit_cast<float>(load_u32le(p)); }

inline void store_u16le(std::uint8_t* p, std::uint16_t v) {
    p[0] = static_cast<std::uint8_t>(v);
    p[1] = static_cast<std::uint8_t>(v >> 8);
}
inline void store_u32le(std::uint8_t* p, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = static_cast<std::uint8_t>(v >> (8 * i));
}
inline void store_f16le(std::uint8_t* p, float v) { store_u16le(p, f32_to_f16(v)); }
inline void store_f32le(std::uint8_t* p, float v) { store_u32le(p, std::bit_cast<std::uint32_t>(v)); }

}  // namespace qwendesk
