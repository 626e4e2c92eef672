// Per-family block kernels behind dequantize_row / quantize_row (internal to formats/quant).
// Each function handles `nb` whole blocks; the dispatcher checks n and the type.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace qwendesk::quant {

using u8 = std::uint8_t;

// quant_legacy.cpp: blocks of 32.
void dequant_q4_0(const u8* x, float* y, std::size_t nb);
void dequant_q4_1(const u8* x, float* y, std::size_t nb);
void dequant_q5_0(const u8* x, float* y, std::size_t nb);
void dequant_q5_1(const u8* x, float* y, std::size_t nb);
void dequant_q8_0(const u8* x, float* y, std::size_t nb);
void quant_q4_0(const float* x, u8* y, std::size_t nb);
void quant_q4_1(const float* x, u8* y, std::size_t nb);
void quant_q5_0(const float* x, u8* y, std::size_t nb);
void quant_q5_1(const float* x, u8* y, std::size_t nb);
void quant_q8_0(const float* x, u8* y, std::size_t nb);

// quant_k.cpp: super-blocks of 256.
void dequant_q2_k(const u8* x, float* y, std::size_t nb);
void dequant_q3_k(const u8* x, float* y, std::size_t nb);
void dequant_q4_k(const u8* x, float* y, std::size_t nb);
void dequant_q5_k(const u8* x, float* y, std::size_t nb);
void dequant_q6_k(const u8* x, float* y, std::size_t nb);
void dequant_q8_k(const u8* x, float* y, std::size_t nb);
void quant_q2_k(const float* x, u8* y, std::size_t nb);
void quant_q3_k(const float* x, u8* y, std::size_t nb);
void quant_q4_k(const float* x, u8* y, std::size_t nb);
void quant_q5_k(const float* x, u8* y, std::size_t nb);
void quant_q6_k(const float* x, u8* y, std::size_t nb);
void quant_q8_k(const float* x, u8* y, std::size_t nb);

// quant_iq4.cpp: IQ4_NL (blocks of 32) and IQ4_XS (super-blocks of 256), non-linear 4-bit grid.
void dequant_iq4_nl(const u8* x, float* y, std::size_t nb);
void dequant_iq4_xs(const u8* x, float* y, std::size_t nb);
void quant_iq4_nl(const float* x, u8* y, std::size_t nb);
void quant_iq4_xs(const float* x, u8* y, std::size_t nb);

// quant_fp8.cpp: repacked Hugging Face FP8 (e4m3 codes with a float32 scale per block of 128 / 16).
void dequant_f8_b128(const u8* x, float* y, std::size_t nb);
void dequant_f8_b16(const u8* x, float* y, std::size_t nb);
void quant_f8_b128(const float* x, u8* y, std::size_t nb);
void quant_f8_b16(const float* x, u8* y, std::size_t nb);

// quant_awq.cpp: repacked AutoAWQ 4-bit (fp16 scale and 4-bit zero per block of 128 / 32).
void dequant_awq4_g128(const u8* x, float* y, std::size_t nb);
void dequant_awq4_g32(const u8* x, float* y, std::size_t nb);
void quant_awq4_g128(const float* x, u8* y, std::size_t nb);
void quant_awq4_g32(const float* x, u8* y, std::size_t nb);
// Writes code q (0..15) of element i into an AWQ4 block of 32 or 128 elements (header bytes untouched).
void awq_set_element(u8* block, std::size_t block_elements, std::size_t i, int q);

// Round half away from zero to int, for quantisers (values are clamped by the callers' ranges first
// or are known to be small). Non-finite input gives 0 so quantisers stay memory-safe.
inline int round_int(float v) {
    if (!(std::fabs(v) < 1e9f)) return 0;
    return static_cast<int>(std::lround(v));
}
// The 6-bit scale and min of sub-block j (0..7) of a Q4_K / Q5_K super-block, from its 12 packed bytes.
inline void scale_min_k4(int j, const u8* q, int& sc, int& m) {
    if (j < 4) {
        sc = q[j] & 63;
        m = q[j + 4] & 63;
    } else {
        sc = (q[j + 4] & 0xF) | ((q[j - 4] >> 6) << 4);
        m = (q[j + 4] >> 4) | ((q[j - 0] >> 6) << 4);
    }
}

inline int clamp_int(int v, int lo, int hi) { return v < lo ? lo : (v > hi ? hi : v); }

}  // namespace qwendesk::quant
