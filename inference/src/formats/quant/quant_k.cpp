// K-quant super-blocks of 256 elements (ggml's QK_K), little-endian, packed:
//   Q2_K {u8 scales[16]; u8 qs[64]; f16 d; f16 dmin}                 84 bytes, 16 sub-blocks of 16
//   Q3_K {u8 hmask[32]; u8 qs[64]; u8 scales[12]; f16 d}             110 bytes, 16 sub-blocks of 16
//   Q4_K {f16 d; f16 dmin; u8 scales[12]; u8 qs[128]}                144 bytes, 8 sub-blocks of 32
//   Q5_K {f16 d; f16 dmin; u8 scales[12]; u8 qh[32]; u8 qs[128]}     176 bytes, 8 sub-blocks of 32
//   Q6_K {u8 ql[128]; u8 qh[64]; i8 scales[16]; f16 d}               210 bytes, 16 sub-blocks of 16
//   Q8_K {f32 d; i8 qs[256]; i16 bsums[16]}                          292 bytes
// Bit layouts (e = element index in the super-block):
//   2-bit codes (Q2_K, Q3_K low bits): e = 128c + 32j + l (c 0..1, j 0..3, l 0..31) sits in
//     qs[32c + l] at bits 2j..2j+1; Q3_K's third bit is bit (4c + j) of hmask[l], set meaning "+4".
//   4-bit codes (Q4_K, Q5_K low bits): e = 64c + l (l 0..31) in the low nibble of qs[32c + l],
//     e = 64c + 32 + l in its high nibble; Q5_K's fifth bits are bits 2c and 2c+1 of qh[l].
//   Q6_K: e = 128c + 32k + l: low nibble / high nibble of ql[64c + 32(k&1) + l] for k<2 / k>=2,
//     high two bits at bits 2k..2k+1 of qh[32c + l]; stored code q + 32.
//   6-bit scale/min pairs of Q4_K/Q5_K (sub-block i, 12 bytes b): i < 4: scale = b[i] & 63,
//     min = b[i+4] & 63; i >= 4: scale = (b[i+4] & 15) | (b[i-4] >> 6) << 4,
//     min = (b[i+4] >> 4) | (b[i] >> 6) << 4.
//   6-bit scales of Q3_K (sub-block i 0..15): low nibble from b[i % 8] (low nibble for i < 8, high
//     nibble for i >= 8), bits 4..5 from bits 2(i/4).. of b[8 + i % 4]; value = s - 32.
// Dequantisation mirrors ggml's dequantize_row_q*_K float operations and their order exactly.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "formats/quant/half.h"
#include "formats/quant/quant_fit.h"
#include "formats/quant/quant_impl.h"

namespace qwendesk::quant {

namespace {
constexpr int QK_K = 256;

void pack_scale_min_k4(const int* sc, const int* m, u8* q) {
    std::memset(q, 0, 12);
    for (int j = 0; j < 8; ++j) {
        if (j < 4) {
            q[j] = static_cast<u8>(q[j] | (sc[j] & 63));
            q[j + 4] = static_cast<u8>(q[j + 4] | (m[j] & 63));
        } else {
            q[j + 4] = static_cast<u8>((sc[j] & 0xF) | ((m[j] & 0xF) << 4));
            q[j - 4] = static_cast<u8>(q[j - 4] | ((sc[j] >> 4) << 6));
            q[j] = static_cast<u8>(q[j] | ((m[j] >> 4) << 6));
        }
    }
}

int q3k_scale(const u8* b, int i) {
    const int low = i < 8 ? (b[i % 8] & 0xF) : (b[i % 8] >> 4);
    const int high = (b[8 + i % 4] >> (2 * (i / 4))) & 3;
    return (low | (high << 4)) - 32;
}

// Affine K-quant (Q2_K, Q4_K, Q5_K): per sub-block scale/min fits, the scales and mins themselves
// quantised to `scale_bits` bits against two fp16 super-scales, then the codes re-derived from the
// quantised (dequantiser-exact) scales.
struct AffineK {
    float d, dmin;
    int ls[16], lm[16];
    int q[QK_K];
};

void quant_affine_k(const float* x, int sub, int nmax, int scale_max, AffineK& out) {
    const int nsub = QK_K / sub;
    float scales[16], mins[16];
    float max_scale = 0.0f, max_min = 0.0f;
    for (int i = 0; i < nsub; ++i) {
        fit_affine(x + i * sub, sub, nmax, scales[i], mins[i]);
        max_scale = std::max(max_scale, scales[i]);
        max_min = std::max(max_min, mins[i]);
    }
    out.d = f16_to_f32(f32_to_f16(max_scale / static_cast<float>(scale_max)));
    out.dmin = f16_to_f32(f32_to_f16(max_min / static_cast<float>(scale_max)));
    const float id = out.d > 0.0f ? 1.0f / out.d : 0.0f;
    const float idm = out.dmin > 0.0f ? 1.0f / out.dmin : 0.0f;
    for (int i = 0; i < nsub; ++i) {
        out.ls[i] = clamp_int(round_int(scales[i] * id), 0, scale_max);
        out.lm[i] = clamp_int(round_int(mins[i] * idm), 0, scale_max);
        const float dl = out.d * static_cast<float>(out.ls[i]);
        const float ml = out.dmin * static_cast<float>(out.lm[i]);
        for (int l = 0; l < sub; ++l) {
            const int e = i * sub + l;
            out.q[e] = dl != 0.0f ? clamp_int(round_int((x[e] + ml) / dl), 0, nmax) : 0;
        }
    }
}

// Symmetric K-quant codes for given per-sub-block dequantiser-exact scales.
void requant_symmetric(const float* x, int sub, int nsub, const float* dl, int nmax, int* q) {
    for (int i = 0; i < nsub; ++i)
        for (int l = 0; l < sub; ++l) {
            const int e = i * sub + l;
            q[e] = dl[i] != 0.0f ? clamp_int(round_int(x[e] / dl[i]), -nmax, nmax - 1) : 0;
        }
}

void pack_2bit(const int* q, u8* qs) {  // q already 0..3
    std::memset(qs, 0, 64);
    for (int e = 0; e < QK_K; ++e) {
        const int c = e / 128, j = (e % 128) / 32, l = e % 32;
        qs[32 * c + l] = static_cast<u8>(qs[32 * c + l] | ((q[e] & 3) << (2 * j)));
    }
}
void pack_4bit(const int* q, u8* qs) {  // low nibbles of q
    for (int c = 0; c < 4; ++c)
        for (int l = 0; l < 32; ++l)
            qs[32 * c + l] = static_cast<u8>((q[64 * c + l] & 0xF) | ((q[64 * c + 32 + l] & 0xF) << 4));
}
}  // namespace

void dequant_q2_k(const u8* x, float* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += 84) {
        const u8* scales = x;
        const u8* q = x + 16;
        const float d = load_f16le(x + 80);
        const float min = load_f16le(x + 82);
        int is = 0;
        for (int n = 0; n < QK_K; n += 128) {
            int shift = 0;
            for (int j = 0; j < 4; ++j) {
                int sc = scales[is++];
                float dl = d * static_cast<float>(sc & 0xF);
                float ml = min * static_cast<float>(sc >> 4);
                for (int l = 0; l < 16; ++l) {
                    const float p = dl * static_cast<float>((q[l] >> shift) & 3);
                    *y++ = p - ml;
                }
                sc = scales[is++];
                dl = d * static_cast<float>(sc & 0xF);
                ml = min * static_cast<float>(sc >> 4);
                for (int l = 0; l < 16; ++l) {
                    const float p = dl * static_cast<float>((q[l + 16] >> shift) & 3);
                    *y++ = p - ml;
                }
                shift += 2;
            }
            q += 32;
        }
    }
}

void dequant_q3_k(const u8* x, float* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += 110) {
        const u8* hm = x;
        const u8* q = x + 32;
        const u8* sb = x + 96;
        const float d_all = load_f16le(x + 108);
        int scales[16];
        for (int k = 0; k < 16; ++k) scales[k] = q3k_scale(sb, k);
        int is = 0;
        unsigned m = 1;
        for (int n = 0; n < QK_K; n += 128) {
            int shift = 0;
            for (int j = 0; j < 4; ++j) {
                float dl = d_all * static_cast<float>(scales[is++]);
                for (int l = 0; l < 16; ++l)
                    *y++ = dl * static_cast<float>(((q[l] >> shift) & 3) - ((hm[l] & m) ? 0 : 4));
                dl = d_all * static_cast<float>(scales[is++]);
                for (int l = 0; l < 16; ++l)
                    *y++ = dl * static_cast<float>(((q[l + 16] >> shift) & 3) - ((hm[l + 16] & m) ? 0 : 4));
                shift += 2;
                m <<= 1;
            }
            q += 32;
        }
    }
}

void dequant_q4_k(const u8* x, float* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += 144) {
        const float d = load_f16le(x);
        const float min = load_f16le(x + 2);
        const u8* scales = x + 4;
        const u8* q = x + 16;
        int is = 0;
        for (int j = 0; j < QK_K; j += 64) {
            int sc, m;
            scale_min_k4(is + 0, scales, sc, m);
            const float d1 = d * static_cast<float>(sc);
            const float m1 = min * static_cast<float>(m);
            scale_min_k4(is + 1, scales, sc, m);
            const float d2 = d * static_cast<float>(sc);
            const float m2 = min * static_cast<float>(m);
            for (int l = 0; l < 32; ++l) {
                const float p = d1 * static_cast<float>(q[l] & 0xF);
                *y++ = p - m1;
            }
            for (int l = 0; l < 32; ++l) {
                const float p = d2 * static_cast<float>(q[l] >> 4);
                *y++ = p - m2;
            }
            q += 32;
            is += 2;
        }
    }
}

void dequant_q5_k(const u8* x, float* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += 176) {
        const float d = load_f16le(x);
        const float min = load_f16le(x + 2);
        const u8* scales = x + 4;
        const u8* qh = x + 16;
        const u8* ql = x + 48;
        int is = 0;
        unsigned u1 = 1, u2 = 2;
        for (int j = 0; j < QK_K; j += 64) {
            int sc, m;
            scale_min_k4(is + 0, scales, sc, m);
            const float d1 = d * static_cast<float>(sc);
            const float m1 = min * static_cast<float>(m);
            scale_min_k4(is + 1, scales, sc, m);
            const float d2 = d * static_cast<float>(sc);
            const float m2 = min * static_cast<float>(m);
            for (int l = 0; l < 32; ++l) {
                const float p = d1 * static_cast<float>((ql[l] & 0xF) + ((qh[l] & u1) ? 16 : 0));
                *y++ = p - m1;
            }
            for (int l = 0; l < 32; ++l) {
                const float p = d2 * static_cast<float>((ql[l] >> 4) + ((qh[l] & u2) ? 16 : 0));
                *y++ = p - m2;
            }
            ql += 32;
            is += 2;
            u1 <<= 2;
            u2 <<= 2;
        }
    }
}

void dequant_q6_k(const u8* x, float* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += 210) {
        const float d = load_f16le(x + 208);
        const u8* ql = x;
        const u8* qh = x + 128;
        const u8* scb = x + 192;
        for (int n = 0; n < QK_K; n += 128) {
            const std::int8_t* sc = reinterpret_cast<const std::int8_t*>(scb);
            for (int l = 0; l < 32; ++l) {
                const int is = l / 16;
                const int q1 = ((ql[l + 0] & 0xF) | (((qh[l] >> 0) & 3) << 4)) - 32;
                const int q2 = ((ql[l + 32] & 0xF) | (((qh[l] >> 2) & 3) << 4)) - 32;
                const int q3 = ((ql[l + 0] >> 4) | (((qh[l] >> 4) & 3) << 4)) - 32;
                const int q4 = ((ql[l + 32] >> 4) | (((qh[l] >> 6) & 3) << 4)) - 32;
                y[l + 0] = d * static_cast<float>(sc[is + 0]) * static_cast<float>(q1);
                y[l + 32] = d * static_cast<float>(sc[is + 2]) * static_cast<float>(q2);
                y[l + 64] = d * static_cast<float>(sc[is + 4]) * static_cast<float>(q3);
                y[l + 96] = d * static_cast<float>(sc[is + 6]) * static_cast<float>(q4);
            }
            y += 128;
            ql += 64;
            qh += 32;
            scb += 8;
        }
    }
}

void dequant_q8_k(const u8* x, float* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += 292) {
        const float d = load_f32le(x);
        for (int j = 0; j < QK_K; ++j) *y++ = d * static_cast<float>(static_cast<std::int8_t>(x[4 + j]));
    }
}

void quant_q2_k(const float* x, u8* y, std::size_t nb) {
    AffineK k;
    for (std::size_t i = 0; i < nb; ++i, x += QK_K, y += 84) {
        quant_affine_k(x, 16, 3, 15, k);
        for (int s = 0; s < 16; ++s) y[s] = static_cast<u8>(k.ls[s] | (k.lm[s] << 4));
        pack_2bit(k.q, y + 16);
        store_f16le(y + 80, k.d);
        store_f16le(y + 82, k.dmin);
    }
}

void quant_q3_k(const float* x, u8* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += QK_K, y += 110) {
        float scales[16];
        for (int s = 0; s < 16; ++s) scales[s] = fit_symmetric(x + 16 * s, 16, 4);
        const float max = signed_absmax(scales, 16);
        const float d = max != 0.0f ? f16_to_f32(f32_to_f16(max / -32.0f)) : 0.0f;
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        int ls[16];
        float dl[16];
        for (int s = 0; s < 16; ++s) {
            ls[s] = clamp_int(round_int(scales[s] * id), -32, 31);
            dl[s] = d * static_cast<float>(ls[s]);
        }
        int q[QK_K];
        requant_symmetric(x, 16, 16, dl, 4, q);
        u8* hm = y;
        std::memset(hm, 0, 32);
        int low[QK_K];
        for (int e = 0; e < QK_K; ++e) {
            const int code = q[e] + 4;  // 0..7
            low[e] = code & 3;
            if (code & 4) {
                const int c = e / 128, j = (e % 128) / 32, l = e % 32;
                hm[l] = static_cast<u8>(hm[l] | (1u << (4 * c + j)));
            }
        }
        pack_2bit(low, y + 32);
        u8* sb = y + 96;
        std::memset(sb, 0, 12);
        for (int s = 0; s < 16; ++s) {
            const int v = ls[s] + 32;  // 0..63
            sb[s % 8] = static_cast<u8>(sb[s % 8] | ((v & 0xF) << (s < 8 ? 0 : 4)));
            sb[8 + s % 4] = static_cast<u8>(sb[8 + s % 4] | ((v >> 4) << (2 * (s / 4))));
        }
        store_f16le(y + 108, d);
    }
}

void quant_q4_k(const float* x, u8* y, std::size_t nb) {
    AffineK k;
    for (std::size_t i = 0; i < nb; ++i, x += QK_K, y += 144) {
        quant_affine_k(x, 32, 15, 63, k);
        store_f16le(y, k.d);
        store_f16le(y + 2, k.dmin);
        pack_scale_min_k4(k.ls, k.lm, y + 4);
        pack_4bit(k.q, y + 16);
    }
}

void quant_q5_k(const float* x, u8* y, std::size_t nb) {
    AffineK k;
    for (std::size_t i = 0; i < nb; ++i, x += QK_K, y += 176) {
        quant_affine_k(x, 32, 31, 63, k);
        store_f16le(y, k.d);
        store_f16le(y + 2, k.dmin);
        pack_scale_min_k4(k.ls, k.lm, y + 4);
        u8* qh = y + 16;
        std::memset(qh, 0, 32);
        for (int e = 0; e < QK_K; ++e) {
            if (k.q[e] & 16) {
                const int c = e / 64, half = (e % 64) / 32, l = e % 32;
                qh[l] = static_cast<u8>(qh[l] | (1u << (2 * c + half)));
            }
        }
        pack_4bit(k.q, y + 48);
    }
}

void quant_q6_k(const float* x, u8* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += QK_K, y += 210) {
        float scales[16];
        for (int s = 0; s < 16; ++s) scales[s] = fit_symmetric(x + 16 * s, 16, 32);
        const float max = signed_absmax(scales, 16);
        const float iscale = max != 0.0f ? -128.0f / max : 0.0f;
        const float d = iscale != 0.0f ? f16_to_f32(f32_to_f16(1.0f / iscale)) : 0.0f;
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        int ls[16];
        float dl[16];
        for (int s = 0; s < 16; ++s) {
            ls[s] = clamp_int(round_int(scales[s] * id), -128, 127);
            dl[s] = d * static_cast<float>(ls[s]);
        }
        int q[QK_K];
        requant_symmetric(x, 16, 16, dl, 32, q);
        u8* ql = y;
        u8* qh = y + 128;
        std::memset(ql, 0, 128);
        std::memset(qh, 0, 64);
        for (int e = 0; e < QK_K; ++e) {
            const int code = q[e] + 32;  // 0..63
            const int c = e / 128, k = (e % 128) / 32, l = e % 32;
            u8& lo = ql[64 * c + 32 * (k & 1) + l];
            lo = static_cast<u8>(lo | ((code & 0xF) << (k < 2 ? 0 : 4)));
            qh[32 * c + l] = static_cast<u8>(qh[32 * c + l] | ((code >> 4) << (2 * k)));
        }
        for (int s = 0; s < 16; ++s) y[192 + s] = static_cast<u8>(static_cast<std::int8_t>(ls[s]));
        store_f16le(y + 208, d);
    }
}

void quant_q8_k(const float* x, u8* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += QK_K, y += 292) {
        const float max = signed_absmax(x, QK_K);
        std::memset(y, 0, 292);
        if (max == 0.0f || !std::isfinite(max)) continue;  // d = 0, all codes 0
        const float iscale = -127.0f / max;
        int sums[16] = {};
        for (int j = 0; j < QK_K; ++j) {
            const int v = clamp_int(round_int(iscale * x[j]), -128, 127);
            y[4 + j] = static_cast<u8>(static_cast<std::int8_t>(v));
            sums[j / 16] += v;
        }
        store_f32le(y, 1.0f / iscale);
        for (int s = 0; s < 16; ++s) store_u16le(y + 260 + 2 * s, static_cast<std::uint16_t>(static_cast<std::int16_t>(sums[s])));
    }
}

}  // namespace qwendesk::quant
