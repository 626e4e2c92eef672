// Attention: kv_store writes the new keys/values into the layer's cache ([kv_head][capacity][head_dim]), then
// one block of 128 threads per (token, head) runs causal attention with an online softmax over chunks of 128
// positions: each thread scores one position of the chunk (q from shared memory), the chunk's max and sum come
// from warp shuffles and a shared-memory step, and each thread accumulates 2 output dimensions (head_dim <=
// 256), rescaled as the running max grows. GQA: head h reads KV head h / (heads / kv_heads).
// A tiled flash-attention kernel for long prefills is future work (docs/cuda.md).
#include "kernels.h"

namespace qwendesk::cuda {

namespace {

constexpr int kThreads = 128, kWarps = kThreads / 32;

__global__ void kv_store(const float* __restrict__ k, const float* __restrict__ v, float* cache_k, float* cache_v, int n_tokens,
                         int n_kv_heads, int head_dim, int capacity, int start_pos) {
    const std::int64_t i = static_cast<std::int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i >= static_cast<std::int64_t>(n_tokens) * n_kv_heads * head_dim) return;
    const int d = static_cast<int>(i % head_dim);
    const std::int64_t th = i / head_dim;
    const int h = static_cast<int>(th % n_kv_heads), t = static_cast<int>(th / n_kv_heads);
    const std::size_t dst = (static_cast<std::size_t>(h) * capacity + start_pos + t) * head_dim + d;
    cache_k[dst] = k[i];
    cache_v[dst] = v[i];
}

__device__ float block_max(float v, float* red) {
#pragma unroll
    for (int o = 16; o > 0; o >>= 1) v = fmaxf(v, __shfl_xor_sync(0xffffffffu, v, o));
    if (threadIdx.x % 32 == 0) red[threadIdx.x / 32] = v;
    __syncthreads();
    float r = red[0];
#pragma unroll
    for (int w = 1; w < kWarps; ++w) r = fmaxf(r, red[w]);
    __syncthreads();
    return r;
}

__device__ float block_sum(float v, float* red) {
#pragma unroll
    for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o);
    if (threadIdx.x % 32 == 0) red[threadIdx.x / 32] = v;
    __syncthreads();
    float r = red[0];
#pragma unroll
    for (int w = 1; w < kWarps; ++w) r += red[w];
    __syncthreads();
    return r;
}

__global__ void __launch_bounds__(kThreads) attention_kernel(const float* __restrict__ q, const float* __restrict__ keys,
                                                             const float* __restrict__ values, float* __restrict__ out, int n_heads,
                                                             int n_kv_heads, int head_dim, int capacity, int start_pos, float scale) {
    __shared__ float qv[kMaxHeadDim];
    __shared__ float prob[kThreads];
    __shared__ float red[kWarps];
    const int job = blockIdx.x;  // token * n_heads + head
    const int t = job / n_heads, h = job % n_heads;
    const int kvh = h / (n_heads / n_kv_heads);
    const int n_pos = start_pos + t + 1;
    const int lid = threadIdx.x;
    const float* qh = q + static_cast<std::size_t>(job) * head_dim;
    for (int d = lid; d < head_dim; d += kThreads) qv[d] = qh[d];
    __syncthreads();
    const float* kb = keys + static_cast<std::size_t>(kvh) * capacity * head_dim;
    const float* vb = values + static_cast<std::size_t>(kvh) * capacity * head_dim;
    float m = -INFINITY, l = 0.0f;
    float acc[2] = {0.0f, 0.0f};
    for (int p0 = 0; p0 < n_pos; p0 += kThreads) {
        const int p = p0 + lid;
        float s = -INFINITY;
        if (p < n_pos) {
            const float* kr = kb + static_cast<std::size_t>(p) * head_dim;
            float dot = 0.0f;
            for (int d = 0; d < head_dim; ++d) dot += qv[d] * kr[d];
            s = dot * scale;
        }
        const float m_new = fmaxf(m, block_max(s, red));
        const float alpha = expf(m - m_new);  // 0 on the first chunk (m = -inf)
        const float e = p < n_pos ? expf(s - m_new) : 0.0f;
        prob[lid] = e;
        l = l * alpha + block_sum(e, red);  // block_sum's barriers also publish prob[]
        const int n_chunk = min(kThreads, n_pos - p0);
#pragma unroll
        for (int i = 0; i < 2; ++i) {
            const int d = lid + kThreads * i;
            if (d >= head_dim) break;
            float a = acc[i] * alpha;
            for (int j = 0; j < n_chunk; ++j) a += prob[j] * vb[static_cast<std::size_t>(p0 + j) * head_dim + d];
            acc[i] = a;
        }
        m = m_new;
        __syncthreads();  // prob[] is rewritten by the next chunk
    }
    const float inv = 1.0f / l;
    float* o = out + static_cast<std::size_t>(job) * head_dim;
#pragma unroll
    for (int i = 0; i < 2; ++i) {
        const int d = lid + kThreads * i;
        if (d < head_dim) o[d] = acc[i] * inv;
    }
}

}  // namespace

cudaError_t attention(const float* q, const float* k, const float* v, float* cache_k, float* cache_v, int capacity, int start_pos,
                      int n_tokens, int n_heads, int n_kv_heads, int head_dim, float* out, cudaStream_t stream) {
    const std::int64_t kv_elems = static_cast<std::int64_t>(n_tokens) * n_kv_heads * head_dim;
    kv_store<<<static_cast<unsigned>((kv_elems + 255) / 256), 256, 0, stream>>>(k, v, cache_k, cache_v, n_tokens, n_kv_heads, head_dim,
                                                                                 capacity, start_pos);
    const float scale = 1.0f / sqrtf(static_cast<float>(head_dim));
    attention_kernel<<<static_cast<unsigned>(static_cast<std::int64_t>(n_tokens) * n_heads), kThreads, 0, stream>>>(
        q, cache_k, cache_v, out, n_heads, n_kv_heads, head_dim, capacity, start_pos, scale);
    return cudaGetLastError();
}

}  // namespace qwendesk::cuda
