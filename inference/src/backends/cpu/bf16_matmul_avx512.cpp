// The BF16 prefill kernel of bf16_matmul.h (compiled with the AVX-512 flags, -mavx512bf16 included).
// A register tile of 4 weight rows × 4 tokens: per 32 columns, 4 weight loads and 8 activation loads (hi and
// lo parts of 4 tokens) feed 32 vdpbf16ps into 16 float32 accumulators. Tokens go in chunks of 64 so that a
// chunk's split activations stay in L2 while every row group of the matrix passes over them.
#include <immintrin.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "backends/cpu/bf16_matmul.h"

namespace qwendesk::cpu {

namespace {

constexpr int kRows = 4, kTokens = 4, kChunk = 64;

inline __m512bh load_bh(const std::uint16_t* p) { return (__m512bh)_mm512_loadu_si512(p); }
inline __m512bh load_bh(const std::uint16_t* p, __mmask32 m) { return (__m512bh)_mm512_maskz_loadu_epi16(m, p); }

}  // namespace

// Splits n floats into bf16 hi = round(x) and lo = round(x - hi); n_padded - n zeros after them.
void bf16_split_avx512(const float* x, std::size_t n, std::size_t n_padded, std::uint16_t* hi, std::uint16_t* lo) {
    for (std::size_t i = 0; i < n_padded; i += 16) {
        const __mmask16 m = i + 16 <= n ? static_cast<__mmask16>(0xFFFF) : i < n ? static_cast<__mmask16>((1u << (n - i)) - 1) : 0;
        const __m512 v = _mm512_maskz_loadu_ps(m, x + i);
        const __m256bh h = _mm512_cvtneps_pbh(v);
        const __m512 hf = _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32((__m256i)h), 16));
        const __m256bh l = _mm512_cvtneps_pbh(_mm512_sub_ps(v, hf));
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(hi + i), (__m256i)h);
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(lo + i), (__m256i)l);
    }
}

namespace {

// out[r][t] = dot(w[r], hi[t] + lo[t]) over cols columns (activations zero-padded to a multiple of 32).
void tile(const std::uint16_t* const w[kRows], const std::uint16_t* const hi[kTokens], const std::uint16_t* const lo[kTokens],
          std::size_t cols, float out[kRows][kTokens]) {
    __m512 acc[kRows][kTokens];
    for (int r = 0; r < kRows; ++r)
        for (int t = 0; t < kTokens; ++t) acc[r][t] = _mm512_setzero_ps();
    auto step = [&](std::size_t i, const __m512bh wv[kRows]) {
#pragma GCC unroll 4
        for (int t = 0; t < kTokens; ++t) {
            const __m512bh h = load_bh(hi[t] + i), l = load_bh(lo[t] + i);
#pragma GCC unroll 4
            for (int r = 0; r < kRows; ++r) {
                acc[r][t] = _mm512_dpbf16_ps(acc[r][t], wv[r], h);
                acc[r][t] = _mm512_dpbf16_ps(acc[r][t], wv[r], l);
            }
        }
    };
    std::size_t i = 0;
    for (; i + 32 <= cols; i += 32) {
        __m512bh wv[kRows];
#pragma GCC unroll 4
        for (int r = 0; r < kRows; ++r) wv[r] = load_bh(w[r] + i);
        step(i, wv);
    }
    if (i < cols) {  // the last partial 32 columns: masked weight loads (zeros beyond the row)
        const __mmask32 m = static_cast<__mmask32>((1ull << (cols - i)) - 1);
        __m512bh wv[kRows];
        for (int r = 0; r < kRows; ++r) wv[r] = load_bh(w[r] + i, m);
        step(i, wv);
    }
    for (int r = 0; r < kRows; ++r)
        for (int t = 0; t < kTokens; ++t) out[r][t] = _mm512_reduce_add_ps(acc[r][t]);
}

}  // namespace

void bf16_matmul_avx512(const WeightMatrix& w, const float* x, float* y, int n_tokens, ThreadPool& pool) {
    const std::size_t cols = static_cast<std::size_t>(w.cols), padded = (cols + 31) / 32 * 32;
    thread_local std::vector<std::uint16_t> hi, lo;
    hi.resize(padded * static_cast<std::size_t>(n_tokens));
    lo.resize(hi.size());
    for (int t = 0; t < n_tokens; ++t)
        bf16_split_avx512(x + static_cast<std::size_t>(t) * cols, cols, padded, hi.data() + static_cast<std::size_t>(t) * padded,
              lo.data() + static_cast<std::size_t>(t) * padded);
    // Plain pointers: inside the lambda, hi and lo would name the worker thread's own (empty) thread_local copies.
    const std::uint16_t* const hi_all = hi.data();
    const std::uint16_t* const lo_all = lo.data();
    const std::int64_t groups = (w.rows + kRows - 1) / kRows;
    for (int c0 = 0; c0 < n_tokens; c0 += kChunk) {
        const int c1 = std::min(n_tokens, c0 + kChunk);
        pool.parallel_for(groups, [&](std::int64_t g_begin, std::int64_t g_end) {
            for (std::int64_t g = g_begin; g < g_end; ++g) {
                const std::int64_t r0 = g * kRows;
                const int n_rows = static_cast<int>(std::min<std::int64_t>(kRows, w.rows - r0));
                const std::uint16_t* wr[kRows];
                for (int r = 0; r < kRows; ++r)  // rows past the end repeat the last one; their results are dropped
                    wr[r] = reinterpret_cast<const std::uint16_t*>(w.row(r0 + std::min(r, n_rows - 1)));
                for (int t0 = c0; t0 < c1; t0 += kTokens) {
                    const int n_tok = std::min(kTokens, c1 - t0);
                    const std::uint16_t *h[kTokens], *l[kTokens];
                    for (int t = 0; t < kTokens; ++t) {
                        const std::size_t tt = static_cast<std::size_t>(t0 + std::min(t, n_tok - 1));
                        h[t] = hi_all + tt * padded;
                        l[t] = lo_all + tt * padded;
                    }
                    float out[kRows][kTokens];
                    tile(wr, h, l, cols, out);
                    for (int t = 0; t < n_tok; ++t) {
                        float* yt = y + static_cast<std::size_t>(t0 + t) * static_cast<std::size_t>(w.rows) + static_cast<std::size_t>(r0);
                        for (int r = 0; r < n_rows; ++r) yt[r] = out[r][t];
                    }
                }
            }
        });
    }
}

}  // namespace qwendesk::cpu
