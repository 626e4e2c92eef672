// The integer path for few tokens: activations quantised to int8 in blocks of 32 exactly as the CPU backend
// does it (backends/cpu/quant_matmul.cpp: d = amax / 127, q = nearbyint(x * 127 / amax)), then one warp per
// output row, one weight block per lane and step, 32-element dot products with __dp4a, scaled once per block.
// Types: Q8_0 and Q4_0 (Q4_K/Q5_K/Q6_K and the rest use the float path; docs/cuda.md).
#include "dequant.cuh"
#include "kernels.h"

namespace qwendesk::cuda {

namespace {

constexpr int kWarps = 4;
constexpr int kMaxTokens = 8;

// One warp per block of 32 activations: q, d and d * sum(q).
__global__ void quantize_blocks(const float* __restrict__ x, int total_blocks, signed char* __restrict__ q, float* __restrict__ d,
                                float* __restrict__ dsum) {
    const int b = blockIdx.x * kWarps + threadIdx.x / 32, lane = threadIdx.x % 32;
    if (b >= total_blocks) return;
    const float v = x[static_cast<std::size_t>(b) * 32 + lane];
    float amax = fabsf(v);
#pragma unroll
    for (int o = 16; o > 0; o >>= 1) amax = fmaxf(amax, __shfl_xor_sync(0xffffffffu, amax, o));
    const float scale = __fdiv_rn(amax, 127.0f), inv = amax > 0.0f ? __fdiv_rn(127.0f, amax) : 0.0f;
    const int qi = __float2int_rn(__fmul_rn(v, inv));
    q[static_cast<std::size_t>(b) * 32 + lane] = static_cast<signed char>(qi);
    int s = qi;
#pragma unroll
    for (int o = 16; o > 0; o >>= 1) s += __shfl_xor_sync(0xffffffffu, s, o);
    if (lane == 0) {
        d[b] = scale;
        dsum[b] = scale * static_cast<float>(s);
    }
}

__device__ __forceinline__ int pack4(const u8* p) {  // 4 bytes from a 2-aligned address
    const unsigned short* h = reinterpret_cast<const unsigned short*>(p);
    return static_cast<int>(static_cast<unsigned>(h[0]) | (static_cast<unsigned>(h[1]) << 16));
}

template <DType T, int NT>
__global__ void __launch_bounds__(32 * kWarps) matvec_dp4a(const u8* __restrict__ w, std::size_t row_bytes, int rows, int cols,
                                                           const signed char* __restrict__ xq, const float* __restrict__ xd,
                                                           const float* __restrict__ xdsum, float* __restrict__ y, int n_tokens) {
    const int row = blockIdx.x * kWarps + threadIdx.x / 32, lane = threadIdx.x % 32;
    if (row >= rows) return;
    const u8* wr = w + static_cast<std::size_t>(row) * row_bytes;
    const int blocks = cols / 32;
    float acc[NT];
#pragma unroll
    for (int t = 0; t < NT; ++t) acc[t] = 0.0f;
    for (int b = lane; b < blocks; b += 32) {
        int wq[8];  // the block's 32 weight codes as 8 words of 4 int8
        float dw;
        if constexpr (T == DType::Q8_0) {
            const u8* blk = wr + 34 * b;
            dw = f16_at(blk);
#pragma unroll
            for (int i = 0; i < 8; ++i) wq[i] = pack4(blk + 2 + 4 * i);
        } else {  // Q4_0: words 0-3 the low nibbles (elements 0-15), 4-7 the high nibbles (16-31)
            const u8* blk = wr + 18 * b;
            dw = f16_at(blk);
#pragma unroll
            for (int i = 0; i < 4; ++i) {
                const int v = pack4(blk + 2 + 4 * i);
                wq[i] = v & 0x0F0F0F0F;
                wq[i + 4] = (v >> 4) & 0x0F0F0F0F;
            }
        }
#pragma unroll
        for (int t = 0; t < NT; ++t) {
            if (t >= n_tokens) break;
            const std::size_t xb = static_cast<std::size_t>(t) * blocks + b;
            const int4* xv = reinterpret_cast<const int4*>(xq + xb * 32);
            const int4 x0 = xv[0], x1 = xv[1];
            int s = 0;
            s = __dp4a(wq[0], x0.x, s);
            s = __dp4a(wq[1], x0.y, s);
            s = __dp4a(wq[2], x0.z, s);
            s = __dp4a(wq[3], x0.w, s);
            s = __dp4a(wq[4], x1.x, s);
            s = __dp4a(wq[5], x1.y, s);
            s = __dp4a(wq[6], x1.z, s);
            s = __dp4a(wq[7], x1.w, s);
            if constexpr (T == DType::Q8_0) acc[t] += dw * xd[xb] * static_cast<float>(s);
            else acc[t] += dw * xd[xb] * static_cast<float>(s) - 8.0f * dw * xdsum[xb];
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

std::size_t align256(std::size_t n) { return (n + 255) / 256 * 256; }

template <DType T>
void launch(const u8* w, std::size_t row_bytes, int rows, int cols, const signed char* q, const float* d, const float* dsum, float* y,
            int n, cudaStream_t s) {
    const dim3 grid((rows + kWarps - 1) / kWarps), block(32 * kWarps);
    if (n == 1) matvec_dp4a<T, 1><<<grid, block, 0, s>>>(w, row_bytes, rows, cols, q, d, dsum, y, n);
    else if (n <= 4) matvec_dp4a<T, 4><<<grid, block, 0, s>>>(w, row_bytes, rows, cols, q, d, dsum, y, n);
    else matvec_dp4a<T, 8><<<grid, block, 0, s>>>(w, row_bytes, rows, cols, q, d, dsum, y, n);
}

}  // namespace

bool has_integer_kernel(DType type) { return type == DType::Q8_0 || type == DType::Q4_0; }

std::size_t integer_scratch_bytes(int cols, int n_tokens) {
    const std::size_t blocks = static_cast<std::size_t>(cols / 32) * static_cast<std::size_t>(n_tokens);
    return align256(blocks * 32) + 2 * align256(blocks * sizeof(float));
}

cudaError_t matmul_integer(DType type, const std::uint8_t* w, std::size_t row_bytes, int rows, int cols, const float* x, float* y,
                           int n_tokens, void* scratch, cudaStream_t stream) {
    if (!has_integer_kernel(type) || cols % 32 != 0) return cudaErrorInvalidValue;
    const std::size_t blocks = static_cast<std::size_t>(cols / 32) * static_cast<std::size_t>(n_tokens);
    auto* q = static_cast<signed char*>(scratch);
    auto* d = reinterpret_cast<float*>(static_cast<u8*>(scratch) + align256(blocks * 32));
    auto* dsum = reinterpret_cast<float*>(reinterpret_cast<u8*>(d) + align256(blocks * sizeof(float)));
    quantize_blocks<<<static_cast<unsigned>((blocks + kWarps - 1) / kWarps), 32 * kWarps, 0, stream>>>(x, static_cast<int>(blocks), q, d,
                                                                                                         dsum);
    const int per_token = cols / 32;
    for (int t0 = 0; t0 < n_tokens; t0 += kMaxTokens) {
        const int n = min(kMaxTokens, n_tokens - t0);
        const std::size_t b0 = static_cast<std::size_t>(t0) * per_token;
        float* yt = y + static_cast<std::size_t>(t0) * rows;
        if (type == DType::Q8_0) launch<DType::Q8_0>(w, row_bytes, rows, cols, q + b0 * 32, d + b0, dsum + b0, yt, n, stream);
        else launch<DType::Q4_0>(w, row_bytes, rows, cols, q + b0 * 32, d + b0, dsum + b0, yt, n, stream);
    }
    return cudaGetLastError();
}

}  // namespace qwendesk::cuda
