// The one op interface every compute backend implements. The Qwen3 forward pass (model/qwen3_forward.cpp) is
// written only in these ops, so a backend is correct when each op matches the CPU backend, the reference.
// Activations are float32 rows; weights stay in their stored type (BF16, F16, F32, and the quantised GGUF
// types) and each backend computes with them in place.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "formats/dtype.h"

namespace qwendesk {

// A weight matrix [rows = outputs][cols = inputs], rows contiguous in its stored type.
struct WeightMatrix {
    DType dtype = DType::F32;
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    const std::uint8_t* data = nullptr;
    std::size_t row_bytes = 0;

    const std::uint8_t* row(std::int64_t r) const { return data + static_cast<std::size_t>(r) * row_bytes; }
};

// Where attention reads and writes keys and values: one layer of the KV cache.
struct KvLayerView {
    float* keys = nullptr;    // [kv_head][capacity][head_dim]
    float* values = nullptr;  // [kv_head][capacity][head_dim]
    int capacity = 0;
};

struct AttentionShape {
    int num_heads = 0;
    int num_kv_heads = 0;
    int head_dim = 0;
};

class Backend {
public:
    virtual ~Backend() = default;
    virtual std::string name() const = 0;
    virtual int threads() const = 0;

    // y[t][r] = sum_c w[r][c] * x[t][c] for t < n_tokens; x is [n_tokens][w.cols], y is [n_tokens][w.rows].
    virtual void matmul(const WeightMatrix& w, const float* x, float* y, int n_tokens) = 0;
    // Copies embedding rows: out[t] = table[ids[t]] as float.
    virtual void embed(const WeightMatrix& table, const std::int32_t* ids, int n_tokens, float* out) = 0;
    // y[r] = x[r] / rms(x[r]) * weight, for `rows` rows of `dim` (y may equal x).
    virtual void rms_norm(const float* x, const float* weight, float* y, std::int64_t rows, int dim, float eps) = 0;
    // Rotates heads in place, "rotate_half" layout: element i pairs with i + head_dim/2. cos/sin are
    // [n_tokens][head_dim/2]; x is [n_tokens][n_heads][head_dim].
    virtual void rope(float* x, int n_tokens, int n_heads, int head_dim, const float* cos, const float* sin) = 0;
    // Writes k/v of n_tokens new positions (starting at start_pos) into the cache, then computes causal
    // attention for their queries over positions [0, start_pos + t]. q and out are [n_tokens][heads][head_dim];
    // k and v are [n_tokens][kv_heads][head_dim].
    virtual void attention(const float* q, const float* k, const float* v, KvLayerView kv, int start_pos, int n_tokens,
                           const AttentionShape& shape, float* out) = 0;
    // out[i] = silu(gate[i]) * up[i]
    virtual void swiglu(const float* gate, const float* up, float* out, std::int64_t n) = 0;
    // x[i] += y[i]
    virtual void add(float* x, const float* y, std::int64_t n) = 0;
};

struct CpuBackendOptions {
    int threads = 0;  // 0: all hardware threads
    // Quantised weights: true computes with integer dot products on int8-quantised activations (fast);
    // false widens each weight row to float32 exactly (the reference the fast path is tested against).
    bool integer_kernels = true;
};

std::unique_ptr<Backend> make_cpu_backend(const CpuBackendOptions& options);
inline std::unique_ptr<Backend> make_cpu_backend(int threads) { return make_cpu_backend(CpuBackendOptions{threads, true}); }

}  // namespace qwendesk
