// Host-side launchers of the CUDA kernels (one .cu file per purpose). Each queues its kernel(s) on `stream`
// and returns the launch status (cudaGetLastError); the backend (cuda_backend.cpp) checks it. Pointers are
// device pointers; sizes are validated by the backend before a launch.
#pragma once

#include <cuda_runtime_api.h>

#include <cstddef>
#include <cstdint>

#include "formats/dtype.h"

namespace qwendesk::cuda {

// cudaSuccess when this module has a kernel image the current device can run (cudaFuncGetAttributes on one
// kernel); cudaErrorNoKernelImageForDevice when the GPU is not among the compiled architectures.
cudaError_t kernel_image_check();

// Whether matmul/embed have a kernel for the type (the others run on the CPU fallback).
bool has_weight_kernel(DType type);
// Whether the integer (dp4a) mat-vec path exists for the type.
bool has_integer_kernel(DType type);

// y[t][r] = sum_c w[r][c] * x[t][c]: mat-vec kernels for few tokens, a tiled kernel for many. Weights are
// decoded exactly to float32 (dequant.cuh) and accumulated in float32.
cudaError_t matmul_float(DType type, const std::uint8_t* w, std::size_t row_bytes, int rows, int cols, const float* x, float* y,
                         int n_tokens, cudaStream_t stream);

// The integer path: x quantised to int8 per block of 32 (q, d; scratch sized by integer_scratch_bytes), then
// dp4a dot products with the weight blocks (Q8_0, Q4_0).
std::size_t integer_scratch_bytes(int cols, int n_tokens);
cudaError_t matmul_integer(DType type, const std::uint8_t* w, std::size_t row_bytes, int rows, int cols, const float* x, float* y,
                           int n_tokens, void* scratch, cudaStream_t stream);

// out[i] = row ids[i] of the table as float (ids validated by the caller).
cudaError_t embed(DType type, const std::uint8_t* table, std::size_t row_bytes, int cols, const std::int32_t* ids, int n, float* out,
                  cudaStream_t stream);

cudaError_t rms_norm(const float* x, const float* weight, float* y, std::int64_t rows, int dim, float eps, cudaStream_t stream);
cudaError_t rope(float* x, int n_tokens, int n_heads, int head_dim, const float* cos, const float* sin, cudaStream_t stream);
cudaError_t swiglu(const float* gate, const float* up, float* out, std::int64_t n, cudaStream_t stream);
cudaError_t add(float* x, const float* y, std::int64_t n, cudaStream_t stream);
cudaError_t gather_rows(const float* src, const std::int32_t* rows, int n_rows, int width, float* dst, cudaStream_t stream);
cudaError_t scatter_add_rows(float* dst, const float* src, const std::int32_t* rows, const float* weights, int n_rows, int width,
                             cudaStream_t stream);

// Writes k/v [n_tokens][kv_heads][head_dim] into the caches [kv_heads][capacity][head_dim] at start_pos, then
// causal attention of q [n_tokens][heads][head_dim] over positions [0, start_pos + t] into out. head_dim <= 256.
constexpr int kMaxHeadDim = 256;
cudaError_t attention(const float* q, const float* k, const float* v, float* cache_k, float* cache_v, int capacity, int start_pos,
                      int n_tokens, int n_heads, int n_kv_heads, int head_dim, float* out, cudaStream_t stream);

}  // namespace qwendesk::cuda
