// AutoAWQ GEMM weights (Hugging Face `quant_method: awq`, 4 bits, zero point), repacked by
// model/hf_quantized.cpp from AutoAWQ's input-major int32 words into row-major blocks (one row per output):
//   AWQ4_G128: [fp16 scale][u8 zero][u8 0][64 bytes]: byte 32j+i holds element 64j+i (low nibble) and
//              element 64j+32+i (high nibble), j = 0, 1 -- the Q4_K nibble order, so 64 bytes are two
//              pairs of int8-activation blocks of 32 for the SIMD kernels. (68 bytes, 4.25 bits per weight)
//   AWQ4_G32:  [fp16 scale][u8 zero][u8 0][16 bytes]: byte i holds element i (low) and element 16+i (high),
//              the Q4_0 order. (20 bytes) For group sizes that are a multiple of 32 but not of 128.
// A group larger than the block (group 256 in G128 blocks, group 64 in G32 blocks) repeats its scale and zero.
// value = (q - zero) * scale: exactly AutoAWQ's `(q - z) * s` in float32 (q - z is a small integer and the
// product of it with an fp16 scale is exact, so no rounding happens at all).
#include <algorithm>
#include <cmath>

#include "formats/quant/half.h"
#include "formats/quant/quant_impl.h"

namespace qwendesk::quant {

namespace {

// Position of element i (0..kBlock) of a block: byte and nibble shift.
template <std::size_t kBlock>
inline void place(std::size_t i, std::size_t& byte, int& shift) {
    if constexpr (kBlock == 32) {
        byte = i % 16;
        shift = i < 16 ? 0 : 4;
    } else {
        byte = 32 * (i / 64) + i % 32;
        shift = (i % 64) < 32 ? 0 : 4;
    }
}

template <std::size_t kBlock>
void dequant_awq(const u8* x, float* y, std::size_t nb) {
    for (std::size_t b = 0; b < nb; ++b, x += 4 + kBlock / 2, y += kBlock) {
        const float scale = load_f16le(x);
        const int zero = x[2] & 0xF;
        for (std::size_t i = 0; i < kBlock; ++i) {
            std::size_t byte;
            int shift;
            place<kBlock>(i, byte, shift);
            const int q = (x[4 + byte] >> shift) & 0xF;
            y[i] = static_cast<float>(q - zero) * scale;
        }
    }
}

// AutoAWQ's pseudo_quantize_tensor (zero point): scale = (max - min) / 15, zero = -round(min / scale).
template <std::size_t kBlock>
void quant_awq(const float* x, u8* y, std::size_t nb) {
    for (std::size_t b = 0; b < nb; ++b, x += kBlock, y += 4 + kBlock / 2) {
        float mn = x[0], mx = x[0];
        for (std::size_t i = 1; i < kBlock; ++i) {
            mn = std::fmin(mn, x[i]);
            mx = std::fmax(mx, x[i]);
        }
        float range = mx - mn;
        if (!std::isfinite(range) || range < 1e-5f) range = 1e-5f;
        const std::uint16_t scale_bits = f32_to_f16(range / 15.0f);
        const float scale = f16_to_f32(scale_bits);
        const int zero = scale > 0 ? clamp_int(-round_int(mn / scale), 0, 15) : 0;
        store_u16le(y, scale_bits);
        y[2] = static_cast<u8>(zero);
        y[3] = 0;
        std::fill(y + 4, y + 4 + kBlock / 2, u8{0});
        for (std::size_t i = 0; i < kBlock; ++i) {
            const int q = scale > 0 ? clamp_int(round_int(x[i] / scale) + zero, 0, 15) : zero;
            std::size_t byte;
            int shift;
            place<kBlock>(i, byte, shift);
            y[4 + byte] |= static_cast<u8>(q << shift);
        }
    }
}

}  // namespace

void dequant_awq4_g128(const u8* x, float* y, std::size_t nb) { dequant_awq<128>(x, y, nb); }
void dequant_awq4_g32(const u8* x, float* y, std::size_t nb) { dequant_awq<32>(x, y, nb); }
void quant_awq4_g128(const float* x, u8* y, std::size_t nb) { quant_awq<128>(x, y, nb); }
void quant_awq4_g32(const float* x, u8* y, std::size_t nb) { quant_awq<32>(x, y, nb); }

void awq_set_element(u8* block, std::size_t block_elements, std::size_t i, int q) {
    std::size_t byte;
    int shift;
    if (block_elements == 32) place<32>(i, byte, shift);
    else place<128>(i, byte, shift);
    block[4 + byte] = static_cast<u8>((block[4 + byte] & ~(0xF << shift)) | ((q & 0xF) << shift));
}

}  // namespace qwendesk::quant
