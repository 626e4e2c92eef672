// Prefill tile kernels for quantised weights (AVX-512 VNNI; compiled with the AVX-512 flags). The per-row
// kernels of quant_dot_avx512.cpp spend three float operations (convert, scale, add) on every vpdpbusd,
// because a vpdpbusd there covers two blocks with different scales. Here the weights of 16 rows are first
// repacked, once per call, into a thread-local tile in which each 32-bit lane holds one row:
//   w[block][k] (64 bytes) = bytes 4k..4k+3 of that block in each of the 16 rows, as unsigned 8-bit values.
// A token's four activation bytes are broadcast to all lanes (vpdpbusd's embedded broadcast), so the eight
// vpdpbusd of a 32-weight block accumulate whole block dot products of 16 rows in integer lanes, and the
// scales cost three float operations per 8 vpdpbusd instead of per one. Each weight vector is used by up to
// 8 tokens (one integer and one float accumulator per token), so the tile is read from L1/L2 n_tokens / 8 times.
// - Q8_0: weights stored as w + 128 (unsigned); -128 · sum(x) of the block starts the integer accumulator.
// - Q4_K / Q5_K: weights as they are (0..15 / 0..31); the mins come off as dmin·m × d_x·sum(x) per block.
// - Q6_K: weights as stored (0..63); -32 · sum(x) of each 16-weight half starts that half's accumulator, and
//   the two halves are multiplied by their int8 scales in integer (vpmulld) before the one conversion.
// The repack (loads and shuffles, about as many as the 8 vpdpbusd of one token) costs no memory beyond the
// tile (16 rows × cols bytes + 64 bytes of scales per block, e.g. 52 KB at 3072 columns); nothing is kept
// between calls, so the model's memory does not grow.
#include <immintrin.h>

#include <cstring>
#include <vector>

#include "backends/cpu/avx512_helpers.h"
#include "backends/cpu/quant_matmul.h"

namespace qwendesk::cpu {

namespace {

using u8 = std::uint8_t;
using avx512::load32;

enum class Kind { Q8_0, Q4_K, Q5_K, Q6_K };

struct alignas(64) Vec {
    std::int32_t v[16];
};

// The repacked 16 rows: w [blocks][8], scale [blocks] (float lanes), aux [blocks] (Q4_K/Q5_K: dmin·m as float
// lanes), sc [blocks][2] (Q6_K: int8 scales of the two halves as int32 lanes).
struct Tile {
    std::vector<Vec> w, scale, aux, sc;
    void resize(std::size_t blocks, Kind kind) {
        w.resize(blocks * 8);
        scale.resize(blocks);
        if (kind == Kind::Q4_K || kind == Kind::Q5_K) aux.resize(blocks);
        if (kind == Kind::Q6_K) sc.resize(blocks * 2);
    }
};

inline void put(Vec& dst, __m512i v) { _mm512_store_si512(dst.v, v); }
inline void put(Vec& dst, __m512 v) { _mm512_store_ps(reinterpret_cast<float*>(dst.v), v); }
inline __m512i geti(const Vec& v) { return _mm512_load_si512(v.v); }
inline __m512 getf(const Vec& v) { return _mm512_load_ps(reinterpret_cast<const float*>(v.v)); }

// Reads from the 16 rows of a tile (rows past n_rows read as zero).
struct TileRows {
    const u8* base;
    std::size_t row_bytes;
    __mmask16 mask;
    // Asks for bytes [offset, offset + bytes) of every row ahead of use: the repack touches 16 rows' weights for
    // the first time, and without this it waits on memory at every block.
    void prefetch(std::size_t offset, std::size_t bytes) const {
        for (int i = 0; i < 16 && (mask >> i) & 1; ++i)
            for (std::size_t b = 0; b < bytes; b += 64)
                _mm_prefetch(reinterpret_cast<const char*>(base + static_cast<std::size_t>(i) * row_bytes + offset + b), _MM_HINT_T0);
    }
    // The fp16 value at base + offset of each row, as floats (scalar loads: cheaper than a gather).
    __m512 halves(std::size_t offset) const {
        alignas(32) std::uint16_t h[16] = {};
        for (int i = 0; i < 16 && (mask >> i) & 1; ++i) std::memcpy(&h[i], base + static_cast<std::size_t>(i) * row_bytes + offset, 2);
        return _mm512_cvtph_ps(_mm256_load_si256(reinterpret_cast<const __m256i*>(h)));
    }
    // 32 bytes at base + offset from each row, transposed: out[k] holds bytes 4k..4k+3 of row i in lane i.
    // Loads and shuffles (an 8 × 8 transpose of 32-bit values in each 256-bit half) are several times cheaper
    // than eight gathers.
    void transpose(std::size_t offset, __m512i out[8]) const {
        __m512i r[8];
        if (mask == 0xFFFF) {  // plain loads: masked ones are much slower on some processors (Zen 4)
            for (int i = 0; i < 8; ++i)
                r[i] = _mm512_inserti64x4(_mm512_castsi256_si512(load32(base + offset + static_cast<std::size_t>(i) * row_bytes)),
                                          load32(base + offset + static_cast<std::size_t>(i + 8) * row_bytes), 1);
        } else {
            for (int i = 0; i < 8; ++i) {
                const u8* lo = base + offset + static_cast<std::size_t>(i) * row_bytes;
                const u8* hi = base + offset + static_cast<std::size_t>(i + 8) * row_bytes;
                const __m256i a = _mm256_maskz_loadu_epi32(static_cast<__mmask8>((mask >> i) & 1 ? 0xFF : 0), lo);
                const __m256i b = _mm256_maskz_loadu_epi32(static_cast<__mmask8>((mask >> (i + 8)) & 1 ? 0xFF : 0), hi);
                r[i] = _mm512_inserti64x4(_mm512_castsi256_si512(a), b, 1);
            }
        }
        __m512i t[8], u[8];
        for (int i = 0; i < 4; ++i) {
            t[2 * i] = _mm512_unpacklo_epi32(r[2 * i], r[2 * i + 1]);      // elements 0,1 | 4,5 of rows 2i, 2i+1
            t[2 * i + 1] = _mm512_unpackhi_epi32(r[2 * i], r[2 * i + 1]);  // elements 2,3 | 6,7
        }
        for (int i = 0; i < 2; ++i) {  // rows 4i..4i+3
            u[4 * i + 0] = _mm512_unpacklo_epi64(t[4 * i], t[4 * i + 2]);      // element 0 | 4
            u[4 * i + 1] = _mm512_unpackhi_epi64(t[4 * i], t[4 * i + 2]);      // element 1 | 5
            u[4 * i + 2] = _mm512_unpacklo_epi64(t[4 * i + 1], t[4 * i + 3]);  // element 2 | 6
            u[4 * i + 3] = _mm512_unpackhi_epi64(t[4 * i + 1], t[4 * i + 3]);  // element 3 | 7
        }
        // u[e] (rows 0-3, 8-11) and u[4 + e] (rows 4-7, 12-15) hold element e in 128-bit lanes 0 and 2, e + 4 in 1 and 3.
        const __m512i first = _mm512_setr_epi64(0, 1, 8, 9, 4, 5, 12, 13), second = _mm512_setr_epi64(2, 3, 10, 11, 6, 7, 14, 15);
        for (int e = 0; e < 4; ++e) {
            out[e] = _mm512_permutex2var_epi64(u[e], first, u[4 + e]);
            out[e + 4] = _mm512_permutex2var_epi64(u[e], second, u[4 + e]);
        }
    }
};

inline __m512 half_lo(__m512i v) { return _mm512_cvtph_ps(_mm512_cvtepi32_epi16(v)); }
inline __m512 half_hi(__m512i v) { return _mm512_cvtph_ps(_mm512_cvtepi32_epi16(_mm512_srli_epi32(v, 16))); }

template <Kind K>
void repack(Tile& tile, const TileRows& g, std::size_t cols) {
    const __m512i nib = _mm512_set1_epi32(0x0F0F0F0F);
    if constexpr (K == Kind::Q8_0) {
        const __m512i flip = _mm512_set1_epi32(static_cast<int>(0x80808080u));
        for (std::size_t b = 0; b < cols / 32; ++b) {
            if (b % 2 == 0 && (b + 16) * 34 < g.row_bytes) g.prefetch((b + 16) * 34, 64);  // ~ 8 cache lines ahead
            put(tile.scale[b], g.halves(b * 34));
            __m512i q[8];
            g.transpose(b * 34 + 2, q);
            for (int k = 0; k < 8; ++k) put(tile.w[b * 8 + k], _mm512_xor_si512(q[k], flip));
        }
    } else if constexpr (K == Kind::Q4_K || K == Kind::Q5_K) {
        constexpr std::size_t kBytes = K == Kind::Q5_K ? 176 : 144, kQs = K == Kind::Q5_K ? 48 : 16;
        const __m512i low6 = _mm512_set1_epi32(0x3f3f3f3f), top2 = _mm512_set1_epi32(0x03030303), ones = _mm512_set1_epi32(0x01010101);
        const __m512i byte = _mm512_set1_epi32(0xFF);
        for (std::size_t sb = 0; sb < cols / 256; ++sb) {
            const std::size_t off = sb * kBytes, b0 = sb * 8;
            if ((sb + 4) * kBytes < g.row_bytes) g.prefetch((sb + 4) * kBytes, kBytes);
            __m512i head[8];  // d and dmin, then the 12 scale bytes (the rest: qh or qs, transposed again below)
            g.transpose(off, head);
            const __m512 d = half_lo(head[0]), dmin = half_hi(head[0]);
            // The 12 scale bytes unpacked lane-wise, as unpack_scale_min_k4 does for one row.
            const __m512i s0 = head[1], s1 = head[2], s2 = head[3];
            const __m512i scales_lo = _mm512_and_si512(s0, low6), mins_lo = _mm512_and_si512(s1, low6);
            const __m512i scales_hi =
                _mm512_or_si512(_mm512_and_si512(s2, nib), _mm512_slli_epi32(_mm512_and_si512(_mm512_srli_epi32(s0, 6), top2), 4));
            const __m512i mins_hi = _mm512_or_si512(_mm512_and_si512(_mm512_srli_epi32(s2, 4), nib),
                                                    _mm512_slli_epi32(_mm512_and_si512(_mm512_srli_epi32(s1, 6), top2), 4));
            for (int j = 0; j < 8; ++j) {
                const __m512i sc = _mm512_and_si512(_mm512_srli_epi32(j < 4 ? scales_lo : scales_hi, 8 * (j % 4)), byte);
                const __m512i m = _mm512_and_si512(_mm512_srli_epi32(j < 4 ? mins_lo : mins_hi, 8 * (j % 4)), byte);
                put(tile.scale[b0 + j], _mm512_mul_ps(d, _mm512_cvtepi32_ps(sc)));
                put(tile.aux[b0 + j], _mm512_mul_ps(dmin, _mm512_cvtepi32_ps(m)));
            }
            __m512i qh[8];
            if constexpr (K == Kind::Q5_K) g.transpose(off + 16, qh);
            for (int j = 0; j < 4; ++j) {
                __m512i qs[8];
                g.transpose(off + kQs + 32 * j, qs);
                for (int k = 0; k < 8; ++k) {
                    const __m512i q = qs[k];
                    __m512i lo = _mm512_and_si512(q, nib), hi = _mm512_and_si512(_mm512_srli_epi32(q, 4), nib);
                    if constexpr (K == Kind::Q5_K) {
                        lo = _mm512_or_si512(lo, _mm512_slli_epi32(_mm512_and_si512(_mm512_srli_epi32(qh[k], 2 * j), ones), 4));
                        hi = _mm512_or_si512(hi, _mm512_slli_epi32(_mm512_and_si512(_mm512_srli_epi32(qh[k], 2 * j + 1), ones), 4));
                    }
                    put(tile.w[(b0 + 2 * j) * 8 + k], lo);
                    put(tile.w[(b0 + 2 * j + 1) * 8 + k], hi);
                }
            }
        }
    } else {  // Q6_K
        const __m512i two = _mm512_set1_epi32(0x03030303);
        for (std::size_t sb = 0; sb < cols / 256; ++sb) {
            const std::size_t off = sb * 210, b0 = sb * 8;
            if ((sb + 4) * 210 < g.row_bytes) g.prefetch((sb + 4) * 210, 210);
            const __m512 d = g.halves(off + 208);
            __m512i tail[8];  // bytes 176-207: the end of qh, then the 16 scales
            g.transpose(off + 176, tail);
            const __m512i* s = tail + 4;
            for (int i = 0; i < 16; ++i)  // scale i: byte i % 4 of s[i / 4], sign-extended
                put(tile.sc[b0 * 2 + i], _mm512_srai_epi32(_mm512_slli_epi32(s[i / 4], 24 - 8 * (i % 4)), 24));
            for (int b = 0; b < 8; ++b) put(tile.scale[b0 + b], d);
            for (int n = 0; n < 2; ++n) {
                __m512i l0s[8], l1s[8], hs[8];
                g.transpose(off + 64 * n, l0s);
                g.transpose(off + 64 * n + 32, l1s);
                g.transpose(off + 128 + 32 * n, hs);
                for (int k = 0; k < 8; ++k) {
                    const __m512i l0 = l0s[k], l1 = l1s[k], h = hs[k];
                    auto high = [&](int shift) { return _mm512_slli_epi32(_mm512_and_si512(_mm512_srli_epi32(h, shift), two), 4); };
                    const std::size_t b = b0 + 4 * n;
                    put(tile.w[(b + 0) * 8 + k], _mm512_or_si512(_mm512_and_si512(l0, nib), high(0)));
                    put(tile.w[(b + 1) * 8 + k], _mm512_or_si512(_mm512_and_si512(l1, nib), high(2)));
                    put(tile.w[(b + 2) * 8 + k], _mm512_or_si512(_mm512_and_si512(_mm512_srli_epi32(l0, 4), nib), high(4)));
                    put(tile.w[(b + 3) * 8 + k], _mm512_or_si512(_mm512_and_si512(_mm512_srli_epi32(l1, 4), nib), high(6)));
                }
            }
        }
    }
}

inline __m512i bcast4(const std::int8_t* p) {
    std::int32_t v;
    std::memcpy(&v, p, 4);
    return _mm512_set1_epi32(v);
}

// T tokens against the whole tile: out[t] = the 16 rows' dot products with act[t].
template <Kind K, int T>
void tile_tokens(const Tile& tile, std::size_t blocks, const QuantizedRow* act, __m512 out[T]) {
    __m512 acc[T];
#pragma GCC unroll 8
    for (int t = 0; t < T; ++t) acc[t] = _mm512_setzero_ps();
    for (std::size_t b = 0; b < blocks; ++b) {
        const Vec* w = &tile.w[b * 8];
        __m512i lo[T], hi[T];  // Q6_K: the two 16-weight halves; otherwise only lo
#pragma GCC unroll 8
        for (int t = 0; t < T; ++t) {
            const std::int32_t* s = act[t].isum16 + 2 * b;
            if constexpr (K == Kind::Q8_0) lo[t] = _mm512_set1_epi32(-128 * (s[0] + s[1]));
            else if constexpr (K == Kind::Q6_K) {
                lo[t] = _mm512_set1_epi32(-32 * s[0]);
                hi[t] = _mm512_set1_epi32(-32 * s[1]);
            } else lo[t] = _mm512_setzero_si512();
        }
#pragma GCC unroll 8
        for (int k = 0; k < 8; ++k) {
            const __m512i wk = geti(w[k]);
#pragma GCC unroll 8
            for (int t = 0; t < T; ++t) {
                const __m512i x = bcast4(act[t].q + 32 * b + 4 * k);
                if (K == Kind::Q6_K && k >= 4) hi[t] = _mm512_dpbusd_epi32(hi[t], wk, x);
                else lo[t] = _mm512_dpbusd_epi32(lo[t], wk, x);
            }
        }
        const __m512 scale = getf(tile.scale[b]);
        if constexpr (K == Kind::Q6_K) {
            const __m512i s0 = geti(tile.sc[2 * b]), s1 = geti(tile.sc[2 * b + 1]);
#pragma GCC unroll 8
            for (int t = 0; t < T; ++t) lo[t] = _mm512_add_epi32(_mm512_mullo_epi32(lo[t], s0), _mm512_mullo_epi32(hi[t], s1));
        }
#pragma GCC unroll 8
        for (int t = 0; t < T; ++t) {
            const __m512 v = _mm512_mul_ps(_mm512_cvtepi32_ps(lo[t]), _mm512_set1_ps(act[t].d[b]));
            acc[t] = _mm512_fmadd_ps(v, scale, acc[t]);
        }
        if constexpr (K == Kind::Q4_K || K == Kind::Q5_K) {
            const __m512 mins = getf(tile.aux[b]);
#pragma GCC unroll 8
            for (int t = 0; t < T; ++t) acc[t] = _mm512_fnmadd_ps(mins, _mm512_set1_ps(act[t].dsum[b]), acc[t]);
        }
    }
#pragma GCC unroll 8
    for (int t = 0; t < T; ++t) out[t] = acc[t];
}

template <Kind K, int T>
void tokens_to_y(const Tile& tile, std::size_t blocks, const QuantizedRow* act, __mmask16 mask, float* y, std::size_t ldy) {
    __m512 out[T];
    tile_tokens<K, T>(tile, blocks, act, out);
    for (int t = 0; t < T; ++t) _mm512_mask_storeu_ps(y + static_cast<std::size_t>(t) * ldy, mask, out[t]);
}

template <Kind K>
void gemm(const u8* rows, std::size_t row_bytes, int n_rows, const QuantizedRow* act, int n_tokens, std::size_t cols, float* y,
          std::size_t ldy) {
    thread_local Tile tile;
    const std::size_t blocks = cols / 32;
    tile.resize(blocks, K);
    const __mmask16 mask = static_cast<__mmask16>(n_rows >= 16 ? 0xFFFFu : (1u << n_rows) - 1);
    const TileRows g{rows, row_bytes, mask};
    repack<K>(tile, g, cols);
    int t = 0;
    for (; t + 8 <= n_tokens; t += 8) tokens_to_y<K, 8>(tile, blocks, act + t, mask, y + t * ldy, ldy);
    if (n_tokens - t >= 4) {
        tokens_to_y<K, 4>(tile, blocks, act + t, mask, y + t * ldy, ldy);
        t += 4;
    }
    if (n_tokens - t >= 2) {
        tokens_to_y<K, 2>(tile, blocks, act + t, mask, y + t * ldy, ldy);
        t += 2;
    }
    if (n_tokens - t >= 1) tokens_to_y<K, 1>(tile, blocks, act + t, mask, y + t * ldy, ldy);
}

}  // namespace

QuantGemm avx512_quant_gemm(DType type) {
    switch (type) {
        case DType::Q8_0: return gemm<Kind::Q8_0>;
        case DType::Q4_K: return gemm<Kind::Q4_K>;
        case DType::Q5_K: return gemm<Kind::Q5_K>;
        case DType::Q6_K: return gemm<Kind::Q6_K>;
        default: return nullptr;
    }
}

}  // namespace qwendesk::cpu
