// The one op interface every compute backend implements. The Qwen3 forward pass (model/qwen3_model.cpp) is
// written only in these ops, so a backend is correct when each op matches the CPU backend, the reference.
//
// Activations and the KV cache live in the backend's own memory (DeviceBuffer): on a GPU they stay on the
// device for a whole forward pass, and the host only sees what it downloads (the logits, the router scores of a
// MoE layer). Ops are queued in order; upload/download are ordered with them and download waits for the
// queue. Weights stay in their stored type (BF16, F16, F32, the quantised GGUF types, FP8/AWQ repacks) in host
// memory owned by ModelWeights; a GPU backend copies each matrix to the device on first use and keeps it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
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

class Backend;

// float32 elements in a backend's memory. Only the backend that allocated a buffer may use it.
class DeviceBuffer {
public:
    virtual ~DeviceBuffer() = default;
    DeviceBuffer(const DeviceBuffer&) = delete;
    DeviceBuffer& operator=(const DeviceBuffer&) = delete;

    std::size_t floats() const { return floats_; }
    const Backend* owner() const { return owner_; }

protected:
    DeviceBuffer(const Backend* owner, std::size_t floats) : owner_(owner), floats_(floats) {}

private:
    const Backend* owner_;
    std::size_t floats_;
};

// A position in a DeviceBuffer, counted in floats; reads like a pointer (`x + t * hidden`).
struct DevicePtr {
    DeviceBuffer* buffer = nullptr;
    std::size_t offset = 0;

    DevicePtr operator+(std::size_t floats) const { return {buffer, offset + floats}; }
};

// Where attention reads and writes keys and values: one layer of the KV cache, each [kv_head][capacity][head_dim]
// elements of `type`: F32, or F16 packed two to a float slot (element e in slot e / 2, low half first).
struct KvLayerView {
    DevicePtr keys;
    DevicePtr values;
    int capacity = 0;
    DType type = DType::F32;
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

    // ---- memory --------------------------------------------------------------------------------------------
    // Contents undefined. Throws Error(OutOfMemory) when the backend's memory is exhausted.
    virtual std::unique_ptr<DeviceBuffer> allocate(std::size_t floats) = 0;
    // dst[0..n) = src[0..n), ordered after the ops queued before it; `src` may be reused on return.
    virtual void upload(DevicePtr dst, const float* src, std::size_t n) = 0;
    // dst[0..n) = src[0..n) once every queued op has run; returns when the data is on the host.
    virtual void download(DevicePtr src, float* dst, std::size_t n) = 0;
    // x[0..n) = 0
    virtual void fill_zero(DevicePtr x, std::size_t n) = 0;
    // The element type this backend keeps its KV cache in (F32 or F16); KvCache allocates accordingly.
    virtual DType kv_cache_type() const { return DType::F32; }
    // Makes a weight matrix resident ahead of its first use (a GPU backend uploads it now), so a model that does
    // not fit fails with Error(OutOfMemory) at load rather than in the middle of a reply. The CPU does nothing.
    virtual void prepare(const WeightMatrix& w) { (void)w; }

    // ---- ops -------------------------------------------------------------------------------------------------
    // Host arrays passed to an op (token ids, RoPE tables, row indices, weights) are copied before it returns.
    // Norm weights are the model's own host vectors; a GPU backend keeps a device copy keyed by their address.

    // y[t][r] = sum_c w[r][c] * x[t][c] for t < n_tokens; x is [n_tokens][w.cols], y is [n_tokens][w.rows].
    virtual void matmul(const WeightMatrix& w, DevicePtr x, DevicePtr y, int n_tokens) = 0;
    // out[t] = table[ids[t]] as float. Throws Error(InvalidArgument) for an id outside the table.
    virtual void embed(const WeightMatrix& table, std::span<const std::int32_t> ids, DevicePtr out) = 0;
    // y[r] = x[r] / rms(x[r]) * weight, for `rows` rows of `dim` (y may equal x).
    virtual void rms_norm(DevicePtr x, const float* weight, DevicePtr y, std::int64_t rows, int dim, float eps) = 0;
    // Rotates heads in place, "rotate_half" layout: element i pairs with i + head_dim/2. cos/sin are
    // [n_tokens][head_dim/2] host tables; x is [n_tokens][n_heads][head_dim].
    virtual void rope(DevicePtr x, int n_tokens, int n_heads, int head_dim, const float* cos, const float* sin) = 0;
    // Writes k/v of n_tokens new positions (starting at start_pos) into the cache, then computes causal
    // attention for their queries over positions [0, start_pos + t]. q and out are [n_tokens][heads][head_dim];
    // k and v are [n_tokens][kv_heads][head_dim].
    virtual void attention(DevicePtr q, DevicePtr k, DevicePtr v, KvLayerView kv, int start_pos, int n_tokens,
                           const AttentionShape& shape, DevicePtr out) = 0;
    // out[i] = silu(gate[i]) * up[i]
    virtual void swiglu(DevicePtr gate, DevicePtr up, DevicePtr out, std::int64_t n) = 0;
    // x[i] += y[i]
    virtual void add(DevicePtr x, DevicePtr y, std::int64_t n) = 0;
    // dst[i] = src[rows[i]] for rows of `width` floats (MoE: the tokens routed to one expert).
    virtual void gather_rows(DevicePtr src, std::span<const std::int32_t> rows, int width, DevicePtr dst) = 0;
    // dst[rows[i]] += weights[i] * src[i] (MoE: an expert's outputs back into the tokens' residual). `rows`
    // holds no index twice.
    virtual void scatter_add_rows(DevicePtr dst, DevicePtr src, std::span<const std::int32_t> rows,
                                  std::span<const float> weights, int width) = 0;

    // ---- MoE routing on the device (optional) ------------------------------------------------------------
    // For decoding, a GPU backend can route without a round trip to the host. `routing` is [n_tokens][k] expert
    // ids (as exact floats) followed by [n_tokens][k] weights. The three ops below are called only when
    // can_route() is true for the layer's experts; otherwise the model routes on the host.
    virtual bool can_route(std::span<const WeightMatrix> experts, int k) const {
        (void)experts, (void)k;
        return false;
    }
    // Softmax over each token's `n_experts` router logits, the k largest (ties to the lower index, in descending
    // order), renormalised to sum 1 when norm_topk.
    virtual void moe_route(DevicePtr logits, int n_tokens, int n_experts, int k, bool norm_topk, DevicePtr routing);
    // y[t * k + j] = experts[id(t, j)] x_row, where x_row is x[t] (x_per_slot false: [n_tokens][cols]) or
    // x[t * k + j] (x_per_slot true); y is [n_tokens * k][rows].
    virtual void matmul_routed(std::span<const WeightMatrix> experts, DevicePtr x, bool x_per_slot, DevicePtr routing, int n_tokens,
                               int k, DevicePtr y);
    // out[t] = sum_j weight(t, j) * y[t * k + j], rows of `width`.
    virtual void moe_combine(DevicePtr y, DevicePtr routing, int n_tokens, int k, int width, DevicePtr out);
    // Weights that are used together as one routed group (a MoE layer's gate, up or down experts): a GPU backend
    // keeps them contiguous. Default: each prepared alone.
    virtual void prepare_experts(std::span<const WeightMatrix> experts) {
        for (const WeightMatrix& w : experts) prepare(w);
    }
};

struct CpuBackendOptions {
    int threads = 0;  // 0: all hardware threads
    // Quantised weights: true computes with integer dot products on int8-quantised activations (fast);
    // false widens each weight row to float32 exactly (the reference the fast path is tested against).
    bool integer_kernels = true;
};

std::unique_ptr<Backend> make_cpu_backend(const CpuBackendOptions& options);
inline std::unique_ptr<Backend> make_cpu_backend(int threads) { return make_cpu_backend(CpuBackendOptions{threads, true}); }

// A buffer of `n` floats on `backend` holding `values` (tests, and the host side of a backend split).
std::unique_ptr<DeviceBuffer> upload_new(Backend& backend, const float* values, std::size_t n);

// Throws Error(Internal) unless `p` points into a buffer of `backend` with `n` floats from there: the check every
// backend makes before touching memory, so a pointer from the other side of a backend split is caught.
void check_device_range(const Backend& backend, DevicePtr p, std::size_t n, const char* op);

}  // namespace qwendesk
