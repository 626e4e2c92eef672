// Legacy ggml block types, 32 elements per block:
//   Q4_0 {f16 d; u8 qs[16]}            x = d * (q - 8)        q in 0..15
//   Q4_1 {f16 d; f16 m; u8 qs[16]}     x = d * q + m          q in 0..15
//   Q5_0 {f16 d; u8 qh[4]; u8 qs[16]}  x = d * (q - 16)       q in 0..31 (bit 4 from qh)
//   Q5_1 {f16 d; f16 m; u8 qh[4]; u8 qs[16]}  x = d * q + m  q in 0..31
//   Q8_0 {f16 d; i8 qs[32]}            x = d * q
// Nibble layout: byte j holds element j in its low nibble and element j + 16 in its high nibble; for the
// 5-bit types bit j of the little-endian word qh is bit 4 of element j (j in 0..31).
// Dequantisation does the float32 operations of ggml's dequantize_row_* in the same order
// (int q converted to float, times d, plus m) so results are bit-identical.
#include <algorithm>
#include <cmath>

#include "formats/quant/half.h"
#include "formats/quant/quant_fit.h"
#include "formats/quant/quant_impl.h"

namespace qwendesk::quant {

namespace {
constexpr int QK = 32;

// Symmetric 4/5-bit: d = max / -half, codes round(x / d) + half clamped to 0..2*half-1.
void quant_sym(const float* x, int half, float& d_out, int* q) {
    const float max = signed_absmax(x, QK);
    const float d = f16_to_f32(f32_to_f16(max / static_cast<float>(-half)));
    const float id = d != 0.0f ? 1.0f / d : 0.0f;
    for (int j = 0; j < QK; ++j) q[j] = clamp_int(round_int(x[j] * id) + half, 0, 2 * half - 1);
    d_out = d;
}

// Affine 4/5-bit: x = d * q + m with m = min, d = (max - min) / levels.
void quant_affine(const float* x, int levels, float& d_out, float& m_out, int* q) {
    float mn = x[0], mx = x[0];
    for (int j = 1; j < QK; ++j) {
        mn = std::min(mn, x[j]);
        mx = std::max(mx, x[j]);
    }
    const float m = f16_to_f32(f32_to_f16(mn));
    const float d = f16_to_f32(f32_to_f16((mx - m) / static_cast<float>(levels)));
    const float id = d != 0.0f ? 1.0f / d : 0.0f;
    for (int j = 0; j < QK; ++j) q[j] = clamp_int(round_int((x[j] - m) * id), 0, levels);
    d_out = d;
    m_out = m;
}

void pack_nibbles(const int* q, u8* qs) {
    for (int j = 0; j < QK / 2; ++j) qs[j] = static_cast<u8>((q[j] & 0xF) | ((q[j + QK / 2] & 0xF) << 4));
}
std::uint32_t pack_high_bits(const int* q) {
    std::uint32_t qh = 0;
    for (int j = 0; j < QK; ++j) qh |= static_cast<std::uint32_t>((q[j] >> 4) & 1) << j;
    return qh;
}
}  // namespace

void dequant_q4_0(const u8* x, float* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += 18, y += QK) {
        const float d = load_f16le(x);
        const u8* qs = x + 2;
        for (int j = 0; j < QK / 2; ++j) {
            const int x0 = (qs[j] & 0x0F) - 8;
            const int x1 = (qs[j] >> 4) - 8;
            y[j] = static_cast<float>(x0) * d;
            y[j + QK / 2] = static_cast<float>(x1) * d;
        }
    }
}

void dequant_q4_1(const u8* x, float* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += 20, y += QK) {
        const float d = load_f16le(x);
        const float m = load_f16le(x + 2);
        const u8* qs = x + 4;
        for (int j = 0; j < QK / 2; ++j) {
            const int x0 = qs[j] & 0x0F;
            const int x1 = qs[j] >> 4;
            const float p0 = static_cast<float>(x0) * d;  // own statement: clang (fp-contract=on) cannot fuse
            const float p1 = static_cast<float>(x1) * d;
            y[j] = p0 + m;
            y[j + QK / 2] = p1 + m;
        }
    }
}

void dequant_q5_0(const u8* x, float* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += 22, y += QK) {
        const float d = load_f16le(x);
        const std::uint32_t qh = load_u32le(x + 2);
        const u8* qs = x + 6;
        for (int j = 0; j < QK / 2; ++j) {
            const int h0 = static_cast<int>((qh >> j) & 1u) << 4;
            const int h1 = static_cast<int>((qh >> (j + 16)) & 1u) << 4;
            const int x0 = ((qs[j] & 0x0F) | h0) - 16;
            const int x1 = ((qs[j] >> 4) | h1) - 16;
            y[j] = static_cast<float>(x0) * d;
            y[j + QK / 2] = static_cast<float>(x1) * d;
        }
    }
}

void dequant_q5_1(const u8* x, float* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += 24, y += QK) {
        const float d = load_f16le(x);
        const float m = load_f16le(x + 2);
        const std::uint32_t qh = load_u32le(x + 4);
        const u8* qs = x + 8;
        for (int j = 0; j < QK / 2; ++j) {
            const int h0 = static_cast<int>((qh >> j) & 1u) << 4;
            const int h1 = static_cast<int>((qh >> (j + 16)) & 1u) << 4;
            const int x0 = (qs[j] & 0x0F) | h0;
            const int x1 = (qs[j] >> 4) | h1;
            const float p0 = static_cast<float>(x0) * d;
            const float p1 = static_cast<float>(x1) * d;
            y[j] = p0 + m;
            y[j + QK / 2] = p1 + m;
        }
    }
}

void dequant_q8_0(const u8* x, float* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += 34, y += QK) {
        const float d = load_f16le(x);
        for (int j = 0; j < QK; ++j) y[j] = static_cast<float>(static_cast<std::int8_t>(x[2 + j])) * d;
    }
}

void quant_q4_0(const float* x, u8* y, std::size_t nb) {
    int q[QK];
    for (std::size_t i = 0; i < nb; ++i, x += QK, y += 18) {
        float d;
        quant_sym(x, 8, d, q);
        store_f16le(y, d);
        pack_nibbles(q, y + 2);
    }
}

void quant_q4_1(const float* x, u8* y, std::size_t nb) {
    int q[QK];
    for (std::size_t i = 0; i < nb; ++i, x += QK, y += 20) {
        float d, m;
        quant_affine(x, 15, d, m, q);
        store_f16le(y, d);
        store_f16le(y + 2, m);
        pack_nibbles(q, y + 4);
    }
}

void quant_q5_0(const float* x, u8* y, std::size_t nb) {
    int q[QK];
    for (std::size_t i = 0; i < nb; ++i, x += QK, y += 22) {
        float d;
        quant_sym(x, 16, d, q);
        store_f16le(y, d);
        store_u32le(y + 2, pack_high_bits(q));
        pack_nibbles(q, y + 6);
    }
}

void quant_q5_1(const float* x, u8* y, std::size_t nb) {
    int q[QK];
    for (std::size_t i = 0; i < nb; ++i, x += QK, y += 24) {
        float d, m;
        quant_affine(x, 31, d, m, q);
        store_f16le(y, d);
        store_f16le(y + 2, m);
        store_u32le(y + 4, pack_high_bits(q));
        pack_nibbles(q, y + 8);
    }
}

void quant_q8_0(const float* x, u8* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += QK, y += 34) {
        float amax = 0.0f;
        for (int j = 0; j < QK; ++j) amax = std::max(amax, std::fabs(x[j]));
        const float d = f16_to_f32(f32_to_f16(amax / 127.0f));
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        store_f16le(y, d);
        for (int j = 0; j < QK; ++j)
            y[2 + j] = static_cast<u8>(static_cast<std::int8_t>(clamp_int(round_int(x[j] * id), -127, 127)));
    }
}

}  // namespace qwendesk::quant
