// Embedding rows: the weight decoders of dequant.cuh themselves, so the output equals dequantize_row bit for bit.
// One thread per unit of 32 elements.
#include "dequant.cuh"
#include "kernels.h"

namespace qwendesk::cuda {

namespace {

template <class D>
__global__ void embed_kernel(const u8* __restrict__ table, std::size_t row_bytes, int cols, const std::int32_t* __restrict__ ids,
                             int n, float* __restrict__ out) {
    const int units = (cols + 31) / 32;
    const std::int64_t i = static_cast<std::int64_t>(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i >= static_cast<std::int64_t>(n) * units) return;
    const int t = static_cast<int>(i / units), u = static_cast<int>(i % units);
    float v[32];
    D::unit(table + static_cast<std::size_t>(ids[t]) * row_bytes, u, cols, v);
    float* o = out + static_cast<std::size_t>(t) * cols + 32 * u;
    const int m = min(32, cols - 32 * u);
    for (int e = 0; e < m; ++e) o[e] = v[e];
}

}  // namespace

cudaError_t embed(DType type, const std::uint8_t* table, std::size_t row_bytes, int cols, const std::int32_t* ids, int n, float* out,
                  cudaStream_t stream) {
    const std::int64_t work = static_cast<std::int64_t>(n) * ((cols + 31) / 32);
    const bool known = with_decoder(type, [&](auto d) {
        embed_kernel<decltype(d)><<<static_cast<unsigned>((work + 127) / 128), 128, 0, stream>>>(table, row_bytes, cols, ids, n, out);
    });
    return known ? cudaGetLastError() : cudaErrorInvalidValue;
}

}  // namespace qwendesk::cuda
