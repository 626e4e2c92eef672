// Backend ops on host vectors, for op-by-op tests of a backend against the CPU reference: each call uploads its
// inputs and its outputs' current contents (tests poison outputs with NaN, so an element an op forgets to write
// shows up), runs the op, and downloads the outputs.
#pragma once

#include <cstring>
#include <span>
#include <vector>

#include "backends/backend.h"
#include "formats/quant/half.h"

namespace qwendesk::test {

// One layer of a KV cache in host memory, [kv_head][capacity][head_dim] each, as float32; with type F16 the
// backend's cache holds them as float16 (converted on the way in and out).
struct HostKv {
    float* keys;
    float* values;
    int capacity;
    DType type = DType::F32;
};

class HostOps {
public:
    explicit HostOps(Backend& backend) : b_(backend) {}
    Backend& backend() const { return b_; }
    operator Backend&() const { return b_; }

    void add(float* x, const float* y, std::int64_t n) {
        auto bx = in(x, n), by = in(y, n);
        b_.add(p(bx), p(by), n);
        out(bx, x, n);
    }
    void swiglu(const float* gate, const float* up, float* o, std::int64_t n) {
        auto bg = in(gate, n), bu = in(up, n), bo = in(o, n);
        b_.swiglu(p(bg), p(bu), p(bo), n);
        out(bo, o, n);
    }
    // y == x runs in place on one buffer, as the model calls it for the q/k norms.
    void rms_norm(const float* x, const float* weight, float* y, std::int64_t rows, int dim, float eps) {
        const std::size_t n = static_cast<std::size_t>(rows) * dim;
        auto bx = in(x, n);
        if (x == y) {
            b_.rms_norm(p(bx), weight, p(bx), rows, dim, eps);
            return out(bx, y, n);
        }
        auto by = in(y, n);
        b_.rms_norm(p(bx), weight, p(by), rows, dim, eps);
        out(by, y, n);
    }
    void rope(float* x, int n_tokens, int n_heads, int head_dim, const float* cos, const float* sin) {
        const std::size_t n = static_cast<std::size_t>(n_tokens) * n_heads * head_dim;
        auto bx = in(x, n);
        b_.rope(p(bx), n_tokens, n_heads, head_dim, cos, sin);
        out(bx, x, n);
    }
    void attention(const float* q, const float* k, const float* v, HostKv kv, int start_pos, int n_tokens, const AttentionShape& s,
                   float* o) {
        const std::size_t nq = static_cast<std::size_t>(n_tokens) * s.num_heads * s.head_dim;
        const std::size_t nk = static_cast<std::size_t>(n_tokens) * s.num_kv_heads * s.head_dim;
        const std::size_t cache = static_cast<std::size_t>(s.num_kv_heads) * kv.capacity * s.head_dim;
        auto bq = in(q, nq), bk = in(k, nk), bv = in(v, nk), bo = in(o, nq);
        if (kv.type == DType::F16) {
            auto keys = in_f16(kv.keys, cache), values = in_f16(kv.values, cache);
            b_.attention(p(bq), p(bk), p(bv), KvLayerView{p(keys), p(values), kv.capacity, DType::F16}, start_pos, n_tokens, s, p(bo));
            out(bo, o, nq);
            out_f16(keys, kv.keys, cache);
            out_f16(values, kv.values, cache);
            return;
        }
        auto keys = in(kv.keys, cache), values = in(kv.values, cache);
        b_.attention(p(bq), p(bk), p(bv), KvLayerView{p(keys), p(values), kv.capacity}, start_pos, n_tokens, s, p(bo));
        out(bo, o, nq);
        out(keys, kv.keys, cache);
        out(values, kv.values, cache);
    }
    void matmul(const WeightMatrix& w, const float* x, float* y, int n_tokens) {
        const std::size_t nx = static_cast<std::size_t>(n_tokens) * w.cols, ny = static_cast<std::size_t>(n_tokens) * w.rows;
        auto bx = in(x, nx), by = in(y, ny);
        b_.matmul(w, p(bx), p(by), n_tokens);
        out(by, y, ny);
    }
    void embed(const WeightMatrix& table, const std::int32_t* ids, int n_tokens, float* o) {
        const std::size_t n = static_cast<std::size_t>(n_tokens) * table.cols;
        auto bo = in(o, n);
        b_.embed(table, std::span<const std::int32_t>(ids, static_cast<std::size_t>(n_tokens)), p(bo));
        out(bo, o, n);
    }
    void gather_rows(const float* src, std::size_t src_rows, std::span<const std::int32_t> rows, int width, float* dst) {
        auto bs = in(src, src_rows * width), bd = in(dst, rows.size() * width);
        b_.gather_rows(p(bs), rows, width, p(bd));
        out(bd, dst, rows.size() * width);
    }
    void scatter_add_rows(float* dst, std::size_t dst_rows, const float* src, std::span<const std::int32_t> rows,
                          std::span<const float> weights, int width) {
        auto bd = in(dst, dst_rows * width), bs = in(src, rows.size() * width);
        b_.scatter_add_rows(p(bd), p(bs), rows, weights, width);
        out(bd, dst, dst_rows * width);
    }

private:
    std::unique_ptr<DeviceBuffer> in(const float* host, std::size_t n) { return upload_new(b_, host, n); }
    void out(const std::unique_ptr<DeviceBuffer>& buffer, float* host, std::size_t n) { b_.download(p(buffer), host, n); }
    static DevicePtr p(const std::unique_ptr<DeviceBuffer>& buffer) { return DevicePtr{buffer.get(), 0}; }
    // n float32 values as n float16 packed two to a 32-bit slot (low half first), and back.
    std::unique_ptr<DeviceBuffer> in_f16(const float* host, std::size_t n) {
        std::vector<std::uint32_t> packed((n + 1) / 2, 0);
        for (std::size_t i = 0; i < n; ++i) packed[i / 2] |= static_cast<std::uint32_t>(f32_to_f16(host[i])) << (16 * (i % 2));
        return upload_new(b_, reinterpret_cast<const float*>(packed.data()), packed.size());
    }
    void out_f16(const std::unique_ptr<DeviceBuffer>& buffer, float* host, std::size_t n) {
        std::vector<std::uint32_t> packed((n + 1) / 2);
        b_.download(p(buffer), reinterpret_cast<float*>(packed.data()), packed.size());
        for (std::size_t i = 0; i < n; ++i) host[i] = f16_to_f32(static_cast<std::uint16_t>(packed[i / 2] >> (16 * (i % 2))));
    }

    Backend& b_;
};

}  // namespace qwendesk::test
