// The small ops: rms_norm, rope, swiglu, add, gather_rows, scatter_add_rows. Each matches the CPU backend's
// arithmetic (backends/cpu/cpu_backend.cpp); rms_norm sums squares in float64 like the CPU.
#include <algorithm>

#include "kernels.h"

namespace qwendesk::cuda {

namespace {

constexpr int kThreads = 256;

unsigned blocks_for(std::int64_t n) { return static_cast<unsigned>((n + kThreads - 1) / kThreads); }

// One block per row; a fixed reduction tree, so the result does not depend on timing (y == x gives the same
// values as y != x).
__global__ void __launch_bounds__(kThreads) rms_norm_kernel(const float* x, const float* __restrict__ weight, float* y, int dim,
                                                            float eps) {
    __shared__ double partial[kThreads];
    const float* xr = x + static_cast<std::size_t>(blockIdx.x) * dim;
    float* yr = y + static_cast<std::size_t>(blockIdx.x) * dim;
    double sum = 0;
    for (int i = threadIdx.x; i < dim; i += kThreads) sum += static_cast<double>(xr[i]) * xr[i];
    partial[threadIdx.x] = sum;
    __syncthreads();
    for (int s = kThreads / 2; s > 0; s >>= 1) {
        if (threadIdx.x < s) partial[threadIdx.x] += partial[threadIdx.x + s];
        __syncthreads();
    }
    const float scale = static_cast<float>(1.0 / sqrt(partial[0] / dim + eps));
    for (int i = threadIdx.x; i < dim; i += kThreads) yr[i] = weight[i] * (xr[i] * scale);
}

__global__ void rope_kernel(float* x, int n_tokens, int n_heads, int half, const float* __restrict__ cos, const float* __restrict__ sin) {
    const std::int64_t i = static_cast<std::int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i >= static_cast<std::int64_t>(n_tokens) * n_heads * half) return;
    const int k = static_cast<int>(i % half);
    const std::int64_t th = i / half;  // token * n_heads + head
    const int t = static_cast<int>(th / n_heads);
    float* v = x + th * 2 * half;
    const float c = cos[static_cast<std::size_t>(t) * half + k], s = sin[static_cast<std::size_t>(t) * half + k];
    const float a = v[k], b = v[k + half];
    v[k] = __fsub_rn(__fmul_rn(a, c), __fmul_rn(b, s));
    v[k + half] = __fadd_rn(__fmul_rn(b, c), __fmul_rn(a, s));
}

__global__ void swiglu_kernel(const float* __restrict__ gate, const float* __restrict__ up, float* out, std::int64_t n) {
    const std::int64_t i = static_cast<std::int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i >= n) return;
    const float g = gate[i];
    out[i] = g / (1.0f + expf(-g)) * up[i];
}

__global__ void add_kernel(float* x, const float* y, std::int64_t n) {
    const std::int64_t i = static_cast<std::int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i < n) x[i] += y[i];
}

__global__ void gather_kernel(const float* __restrict__ src, const std::int32_t* __restrict__ rows, int n_rows, int width,
                              float* __restrict__ dst) {
    const std::int64_t i = static_cast<std::int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i >= static_cast<std::int64_t>(n_rows) * width) return;
    const int r = static_cast<int>(i / width), c = static_cast<int>(i % width);
    dst[i] = src[static_cast<std::size_t>(rows[r]) * width + c];
}

// Rows are distinct (backend.h), so no two threads add into one element.
__global__ void scatter_add_kernel(float* dst, const float* __restrict__ src, const std::int32_t* __restrict__ rows,
                                   const float* __restrict__ weights, int n_rows, int width) {
    const std::int64_t i = static_cast<std::int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i >= static_cast<std::int64_t>(n_rows) * width) return;
    const int r = static_cast<int>(i / width), c = static_cast<int>(i % width);
    float* d = dst + static_cast<std::size_t>(rows[r]) * width + c;
    *d = fmaf(weights[r], src[i], *d);
}

}  // namespace

cudaError_t kernel_image_check() {
    cudaFuncAttributes attributes{};
    return cudaFuncGetAttributes(&attributes, add_kernel);
}

cudaError_t rms_norm(const float* x, const float* weight, float* y, std::int64_t rows, int dim, float eps, cudaStream_t stream) {
    // Rows beyond the 2^31 - 1 blocks of one launch go in several launches.
    for (std::int64_t r0 = 0; r0 < rows; r0 += 0x7FFFFFFF) {
        const unsigned n = static_cast<unsigned>(std::min<std::int64_t>(rows - r0, 0x7FFFFFFF));
        const std::size_t off = static_cast<std::size_t>(r0) * dim;
        rms_norm_kernel<<<n, kThreads, 0, stream>>>(x + off, weight, y + off, dim, eps);
    }
    return cudaGetLastError();
}

cudaError_t rope(float* x, int n_tokens, int n_heads, int head_dim, const float* cos, const float* sin, cudaStream_t stream) {
    const std::int64_t pairs = static_cast<std::int64_t>(n_tokens) * n_heads * (head_dim / 2);
    if (pairs > 0) rope_kernel<<<blocks_for(pairs), kThreads, 0, stream>>>(x, n_tokens, n_heads, head_dim / 2, cos, sin);
    return cudaGetLastError();
}

cudaError_t swiglu(const float* gate, const float* up, float* out, std::int64_t n, cudaStream_t stream) {
    swiglu_kernel<<<blocks_for(n), kThreads, 0, stream>>>(gate, up, out, n);
    return cudaGetLastError();
}

cudaError_t add(float* x, const float* y, std::int64_t n, cudaStream_t stream) {
    add_kernel<<<blocks_for(n), kThreads, 0, stream>>>(x, y, n);
    return cudaGetLastError();
}

cudaError_t gather_rows(const float* src, const std::int32_t* rows, int n_rows, int width, float* dst, cudaStream_t stream) {
    gather_kernel<<<blocks_for(static_cast<std::int64_t>(n_rows) * width), kThreads, 0, stream>>>(src, rows, n_rows, width, dst);
    return cudaGetLastError();
}

cudaError_t scatter_add_rows(float* dst, const float* src, const std::int32_t* rows, const float* weights, int n_rows, int width,
                             cudaStream_t stream) {
    scatter_add_kernel<<<blocks_for(static_cast<std::int64_t>(n_rows) * width), kThreads, 0, stream>>>(dst, src, rows, weights, n_rows,
                                                                                                         width);
    return cudaGetLastError();
}

}  // namespace qwendesk::cuda
