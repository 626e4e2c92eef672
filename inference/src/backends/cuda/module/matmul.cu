// Matrix products on weights decoded exactly to float32 (the reference path of the CUDA backend):
//  * few tokens (decode): one warp per output row; each lane decodes every 32nd unit of 32 weights once and
//    applies it to up to 8 tokens, then a warp-shuffle tree sums the lanes.
//  * many tokens (prefill): 64 rows x 32 tokens per block of 256 threads; a 64 x 32 weight tile is decoded into
//    shared memory once per step of 32 columns and reused by all 32 tokens.
// Accumulation is float32 (FMA); tensor-core products are future work (docs/cuda.md).
#include "dequant.cuh"
#include "kernels.h"

namespace qwendesk::cuda {

namespace {

constexpr int kWarpsPerBlock = 4;
constexpr int kMaxVecTokens = 8;

template <class D, int NT>
__global__ void __launch_bounds__(32 * kWarpsPerBlock) matvec_units(const u8* __restrict__ w, std::size_t row_bytes, int rows,
                                                                     int cols, const float* __restrict__ x, float* __restrict__ y,
                                                                     int n_tokens) {
    const int row = blockIdx.x * kWarpsPerBlock + threadIdx.x / 32;
    const int lane = threadIdx.x % 32;
    if (row >= rows) return;  // whole warps leave together
    const u8* wr = w + static_cast<std::size_t>(row) * row_bytes;
    const int units = (cols + 31) / 32;
    float acc[NT];
#pragma unroll
    for (int t = 0; t < NT; ++t) acc[t] = 0.0f;
    float wv[32];
    for (int u = lane; u < units; u += 32) {
        D::unit(wr, u, cols, wv);
        const int n = min(32, cols - 32 * u);
#pragma unroll
        for (int t = 0; t < NT; ++t) {
            if (t >= n_tokens) break;
            const float* xt = x + static_cast<std::size_t>(t) * cols + 32 * u;
            float s = 0.0f;
            if (n == 32) {
#pragma unroll
                for (int e = 0; e < 32; ++e) s += wv[e] * xt[e];
            } else {
                for (int e = 0; e < n; ++e) s += wv[e] * xt[e];
            }
            acc[t] += s;
        }
    }
#pragma unroll
    for (int t = 0; t < NT; ++t) {
        float v = acc[t];
#pragma unroll
        for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o);
        if (lane == 0 && t < n_tokens) y[static_cast<std::size_t>(t) * rows + row] = v;
    }
}

// Float weights: lanes read consecutive elements (coalesced), no unit structure needed.
template <class D, int NT>
__global__ void __launch_bounds__(32 * kWarpsPerBlock) matvec_elements(const u8* __restrict__ w, std::size_t row_bytes, int rows,
                                                                        int cols, const float* __restrict__ x, float* __restrict__ y,
                                                                        int n_tokens) {
    const int row = blockIdx.x * kWarpsPerBlock + threadIdx.x / 32;
    const int lane = threadIdx.x % 32;
    if (row >= rows) return;
    const u8* wr = w + static_cast<std::size_t>(row) * row_bytes;
    float acc[NT];
#pragma unroll
    for (int t = 0; t < NT; ++t) acc[t] = 0.0f;
    for (int c = lane; c < cols; c += 32) {
        const float wv = D::at(wr, c);
#pragma unroll
        for (int t = 0; t < NT; ++t)
            if (t < n_tokens) acc[t] += wv * x[static_cast<std::size_t>(t) * cols + c];
    }
#pragma unroll
    for (int t = 0; t < NT; ++t) {
        float v = acc[t];
#pragma unroll
        for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o);
        if (lane == 0 && t < n_tokens) y[static_cast<std::size_t>(t) * rows + row] = v;
    }
}

constexpr int kTileRows = 64, kTileTokens = 32, kTileK = 32;

template <class D>
__global__ void __launch_bounds__(256) matmul_tiled(const u8* __restrict__ w, std::size_t row_bytes, int rows, int cols,
                                                    const float* __restrict__ x, float* __restrict__ y, int n_tokens) {
    __shared__ float ws[kTileRows][kTileK + 1];
    __shared__ float xs[kTileTokens][kTileK + 1];
    const int tid = threadIdx.x;
    const int r0 = blockIdx.x * kTileRows, t0 = blockIdx.y * kTileTokens;
    const int tr = tid % 16, tt = tid / 16;  // this thread: rows r0 + 4 tr + i, tokens t0 + 2 tt + j
    float acc[4][2] = {};
    const int units = (cols + kTileK - 1) / kTileK;
    for (int u = 0; u < units; ++u) {
        if (tid < kTileRows) {
            float wv[32];
            if (r0 + tid < rows) D::unit(w + static_cast<std::size_t>(r0 + tid) * row_bytes, u, cols, wv);
            else
                for (int e = 0; e < 32; ++e) wv[e] = 0.0f;
#pragma unroll
            for (int e = 0; e < 32; ++e) ws[tid][e] = wv[e];
        }
        for (int i = tid; i < kTileTokens * kTileK; i += 256) {
            const int t = i / kTileK, e = i % kTileK, c = u * kTileK + e;
            xs[t][e] = t0 + t < n_tokens && c < cols ? x[static_cast<std::size_t>(t0 + t) * cols + c] : 0.0f;
        }
        __syncthreads();
#pragma unroll 8
        for (int e = 0; e < kTileK; ++e) {
            float a[4], b[2];
#pragma unroll
            for (int i = 0; i < 4; ++i) a[i] = ws[4 * tr + i][e];
#pragma unroll
            for (int j = 0; j < 2; ++j) b[j] = xs[2 * tt + j][e];
#pragma unroll
            for (int i = 0; i < 4; ++i)
#pragma unroll
                for (int j = 0; j < 2; ++j) acc[i][j] += a[i] * b[j];
        }
        __syncthreads();
    }
#pragma unroll
    for (int i = 0; i < 4; ++i)
#pragma unroll
        for (int j = 0; j < 2; ++j) {
            const int r = r0 + 4 * tr + i, t = t0 + 2 * tt + j;
            if (r < rows && t < n_tokens) y[static_cast<std::size_t>(t) * rows + r] = acc[i][j];
        }
}

template <class D>
constexpr bool kFloatType = false;
template <>
constexpr bool kFloatType<Decoder<DType::F32>> = true;
template <>
constexpr bool kFloatType<Decoder<DType::F16>> = true;
template <>
constexpr bool kFloatType<Decoder<DType::BF16>> = true;

template <class D>
void launch_matvec(const u8* w, std::size_t row_bytes, int rows, int cols, const float* x, float* y, int n, cudaStream_t s) {
    const dim3 grid((rows + kWarpsPerBlock - 1) / kWarpsPerBlock), block(32 * kWarpsPerBlock);
    auto go = [&](auto kernel) { kernel<<<grid, block, 0, s>>>(w, row_bytes, rows, cols, x, y, n); };
    if constexpr (kFloatType<D>) {
        if (n == 1) go(matvec_elements<D, 1>);
        else if (n <= 2) go(matvec_elements<D, 2>);
        else if (n <= 4) go(matvec_elements<D, 4>);
        else go(matvec_elements<D, 8>);
    } else {
        if (n == 1) go(matvec_units<D, 1>);
        else if (n <= 2) go(matvec_units<D, 2>);
        else if (n <= 4) go(matvec_units<D, 4>);
        else go(matvec_units<D, 8>);
    }
}

}  // namespace

bool has_weight_kernel(DType type) {
    return with_decoder(type, [](auto) {});
}

cudaError_t matmul_float(DType type, const std::uint8_t* w, std::size_t row_bytes, int rows, int cols, const float* x, float* y,
                         int n_tokens, cudaStream_t stream) {
    const bool known = with_decoder(type, [&](auto d) {
        using D = decltype(d);
        if (n_tokens <= 2 * kMaxVecTokens) {
            // Up to 16 tokens: mat-vec passes of at most 8 tokens re-read the weights at most twice.
            for (int t0 = 0; t0 < n_tokens; t0 += kMaxVecTokens)
                launch_matvec<D>(w, row_bytes, rows, cols, x + static_cast<std::size_t>(t0) * cols, y + static_cast<std::size_t>(t0) * rows,
                                 min(kMaxVecTokens, n_tokens - t0), stream);
        } else {
            const dim3 grid((rows + kTileRows - 1) / kTileRows, (n_tokens + kTileTokens - 1) / kTileTokens);
            matmul_tiled<D><<<grid, 256, 0, stream>>>(w, row_bytes, rows, cols, x, y, n_tokens);
        }
    });
    return known ? cudaGetLastError() : cudaErrorInvalidValue;
}

}  // namespace qwendesk::cuda
