// The CPU backend: the reference every other backend is tested against, and the fast path for machines
// without a GPU. Work is split over the thread pool by output rows (matmul) or by (token, head) (attention).
// Its DeviceBuffers are plain host arrays, so each op resolves its pointers and runs at once.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <new>
#include <string_view>
#include <vector>

#include "backends/backend.h"
#include "backends/cpu/bf16_matmul.h"
#include "backends/cpu/quant_matmul.h"
#include "backends/cpu/row_convert.h"
#include "backends/cpu/simd_kernels.h"
#include "platform/thread_pool.h"
#include "qwendesk/errors.h"

namespace qwendesk {

namespace {

class HostBuffer final : public DeviceBuffer {
public:
    HostBuffer(const Backend* owner, std::size_t floats) : DeviceBuffer(owner, floats) {
        try {
            data_.reset(new float[std::max<std::size_t>(floats, 1)]);  // default-initialised: untouched pages stay free
        } catch (const std::bad_alloc&) {
            throw Error(ErrorKind::OutOfMemory, "cannot allocate " + std::to_string((floats * sizeof(float)) >> 20) +
                                                    " MiB of host memory");
        }
    }
    float* data() { return data_.get(); }

private:
    std::unique_ptr<float[]> data_;
};

class CpuBackend final : public Backend {
public:
    explicit CpuBackend(const CpuBackendOptions& options)
        : pool_(options.threads),
          simd_(cpu::best_kernels()),
          integer_kernels_(options.integer_kernels),
          // The BF16 prefill kernel rounds activations to hi + lo bf16 (~1e-5): a fast kernel, so the reference
          // path (integer_kernels off: rows widened to float32 exactly) does not use it.
          bf16_gemm_(options.integer_kernels && cpu::bf16_gemm_available() && std::string_view(simd_.name) == "avx512") {}

    std::string name() const override { return std::string("cpu (") + simd_.name + ")"; }
    int threads() const override { return pool_.size(); }

    std::unique_ptr<DeviceBuffer> allocate(std::size_t floats) override { return std::make_unique<HostBuffer>(this, floats); }
    void upload(DevicePtr dst, const float* src, std::size_t n) override {
        if (n) std::memcpy(at(dst, n, "upload"), src, n * sizeof(float));
    }
    void download(DevicePtr src, float* dst, std::size_t n) override {
        if (n) std::memcpy(dst, at(src, n, "download"), n * sizeof(float));
    }
    void fill_zero(DevicePtr x, std::size_t n) override {
        if (n) std::fill_n(at(x, n, "fill_zero"), n, 0.0f);
    }

    void matmul(const WeightMatrix& w, DevicePtr x, DevicePtr y, int n_tokens) override {
        if (n_tokens <= 0 || w.rows <= 0) return;
        const std::size_t n = static_cast<std::size_t>(n_tokens);
        matmul(w, at(x, n * w.cols, "matmul"), at(y, n * w.rows, "matmul"), n_tokens);
    }
    void embed(const WeightMatrix& table, std::span<const std::int32_t> ids, DevicePtr out) override {
        if (ids.empty()) return;
        embed(table, ids.data(), static_cast<int>(ids.size()), at(out, ids.size() * table.cols, "embed"));
    }
    void rms_norm(DevicePtr x, const float* weight, DevicePtr y, std::int64_t rows, int dim, float eps) override {
        if (rows <= 0 || dim <= 0) return;
        const std::size_t n = static_cast<std::size_t>(rows) * dim;
        rms_norm(at(x, n, "rms_norm"), weight, at(y, n, "rms_norm"), rows, dim, eps);
    }
    void rope(DevicePtr x, int n_tokens, int n_heads, int head_dim, const float* cos, const float* sin) override {
        if (n_tokens <= 0 || n_heads <= 0 || head_dim < 2) return;
        rope(at(x, static_cast<std::size_t>(n_tokens) * n_heads * head_dim, "rope"), n_tokens, n_heads, head_dim, cos, sin);
    }
    void attention(DevicePtr q, DevicePtr k, DevicePtr v, KvLayerView kv, int start_pos, int n_tokens, const AttentionShape& shape,
                   DevicePtr out) override {
        if (start_pos < 0 || start_pos + n_tokens > kv.capacity)
            throw Error(ErrorKind::ContextOverflow, "attention past the KV cache's " + std::to_string(kv.capacity) + " positions");
        if (n_tokens <= 0) return;
        if (kv.type != DType::F32) throw Error(ErrorKind::Internal, "the CPU backend keeps its KV cache in float32");
        const std::size_t n = static_cast<std::size_t>(n_tokens), hd = static_cast<std::size_t>(shape.head_dim);
        const std::size_t cache = static_cast<std::size_t>(shape.num_kv_heads) * kv.capacity * hd;
        attention(at(q, n * shape.num_heads * hd, "attention"), at(k, n * shape.num_kv_heads * hd, "attention"),
                  at(v, n * shape.num_kv_heads * hd, "attention"), at(kv.keys, cache, "attention"), at(kv.values, cache, "attention"),
                  kv.capacity, start_pos, n_tokens, shape, at(out, n * shape.num_heads * hd, "attention"));
    }
    void swiglu(DevicePtr gate, DevicePtr up, DevicePtr out, std::int64_t n) override {
        if (n <= 0) return;
        const std::size_t m = static_cast<std::size_t>(n);
        swiglu(at(gate, m, "swiglu"), at(up, m, "swiglu"), at(out, m, "swiglu"), n);
    }
    void add(DevicePtr x, DevicePtr y, std::int64_t n) override {
        if (n <= 0) return;
        const std::size_t m = static_cast<std::size_t>(n);
        add(at(x, m, "add"), at(y, m, "add"), n);
    }
    void gather_rows(DevicePtr src, std::span<const std::int32_t> rows, int width, DevicePtr dst) override {
        if (rows.empty() || width <= 0) return;
        float* out = at(dst, rows.size() * width, "gather_rows");
        for (std::size_t i = 0; i < rows.size(); ++i)
            std::memcpy(out + i * width, at(src + static_cast<std::size_t>(rows[i]) * width, width, "gather_rows"), sizeof(float) * width);
    }
    void scatter_add_rows(DevicePtr dst, DevicePtr src, std::span<const std::int32_t> rows, std::span<const float> weights,
                          int width) override {
        if (rows.size() != weights.size()) throw Error(ErrorKind::Internal, "scatter_add_rows: one weight per row");
        if (rows.empty() || width <= 0) return;
        const float* in = at(src, rows.size() * width, "scatter_add_rows");
        for (std::size_t i = 0; i < rows.size(); ++i) {
            float* d = at(dst + static_cast<std::size_t>(rows[i]) * width, width, "scatter_add_rows");
            simd_.axpy(weights[i], in + i * width, d, width);
        }
    }

private:
    float* at(DevicePtr p, std::size_t n, const char* op) const {
        check_device_range(*this, p, n, op);
        return static_cast<HostBuffer*>(p.buffer)->data() + p.offset;
    }

    void matmul(const WeightMatrix& w, const float* x, float* y, int n_tokens) {
        if (integer_kernels_ && cpu::quantized_matmul(w, x, y, n_tokens, pool_)) return;
        // BF16 prefill: vdpbf16ps on the stored weights with split (hi + lo) activations, float32-accurate.
        if (bf16_gemm_ && w.dtype == DType::BF16 && n_tokens >= cpu::kBf16GemmMinTokens) {
            cpu::bf16_matmul_avx512(w, x, y, n_tokens, pool_);
            return;
        }
        const std::size_t cols = static_cast<std::size_t>(w.cols);
        const std::int64_t row_groups = (w.rows + 3) / 4;
        pool_.parallel_for(row_groups, [&](std::int64_t g_begin, std::int64_t g_end) {
            // Four weight rows are widened to float once and reused for every token of the batch.
            thread_local std::vector<float> rows_f32;
            rows_f32.resize(4 * cols);
            for (std::int64_t g = g_begin; g < g_end; ++g) {
                const std::int64_t r0 = g * 4;
                const int n_rows = static_cast<int>(std::min<std::int64_t>(4, w.rows - r0));
                const float* rows[4];
                for (int i = 0; i < 4; ++i) {
                    float* dst = rows_f32.data() + i * cols;
                    if (i < n_rows) {
                        if (w.dtype == DType::F32 && n_tokens > 0) {
                            rows[i] = reinterpret_cast<const float*>(w.row(r0 + i));
                            continue;
                        }
                        cpu::convert_row(w.dtype, w.row(r0 + i), dst, cols, simd_);
                    } else {
                        std::fill(dst, dst + cols, 0.0f);
                    }
                    rows[i] = dst;
                }
                for (int t = 0; t < n_tokens; ++t) {
                    float out[4];
                    simd_.dot4(rows, x + static_cast<std::size_t>(t) * cols, cols, out);
                    float* yt = y + static_cast<std::size_t>(t) * static_cast<std::size_t>(w.rows) + r0;
                    for (int i = 0; i < n_rows; ++i) yt[i] = out[i];
                }
            }
        });
    }

    void embed(const WeightMatrix& table, const std::int32_t* ids, int n_tokens, float* out) {
        for (int t = 0; t < n_tokens; ++t) {
            if (ids[t] < 0 || ids[t] >= table.rows)
                throw Error(ErrorKind::InvalidArgument, "token id " + std::to_string(ids[t]) + " is outside the model's vocabulary of " +
                                                            std::to_string(table.rows));
            cpu::convert_row(table.dtype, table.row(ids[t]), out + static_cast<std::size_t>(t) * table.cols,
                             static_cast<std::size_t>(table.cols), simd_);
        }
    }

    void rms_norm(const float* x, const float* weight, float* y, std::int64_t rows, int dim, float eps) {
        auto body = [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t r = begin; r < end; ++r) {
                const float* xr = x + r * dim;
                float* yr = y + r * dim;
                double sum = 0;  // float64 sum of squares: cheap here and removes one source of drift
                for (int i = 0; i < dim; ++i) sum += static_cast<double>(xr[i]) * xr[i];
                const float scale = static_cast<float>(1.0 / std::sqrt(sum / dim + eps));
                for (int i = 0; i < dim; ++i) yr[i] = weight[i] * (xr[i] * scale);
            }
        };
        if (rows * dim < 65536) body(0, rows);
        else pool_.parallel_for(rows, body);
    }

    void rope(float* x, int n_tokens, int n_heads, int head_dim, const float* cos, const float* sin) {
        const int half = head_dim / 2;
        for (int t = 0; t < n_tokens; ++t) {
            const float* c = cos + static_cast<std::size_t>(t) * half;
            const float* s = sin + static_cast<std::size_t>(t) * half;
            for (int h = 0; h < n_heads; ++h) {
                float* v = x + (static_cast<std::size_t>(t) * n_heads + h) * head_dim;
                for (int i = 0; i < half; ++i) {
                    const float a = v[i], b = v[i + half];
                    v[i] = a * c[i] - b * s[i];
                    v[i + half] = b * c[i] + a * s[i];
                }
            }
        }
    }

    void attention(const float* q, const float* k, const float* v, float* cache_keys, float* cache_values, int capacity,
                   int start_pos, int n_tokens, const AttentionShape& shape, float* out) {
        const int hd = shape.head_dim, nkv = shape.num_kv_heads, nh = shape.num_heads;
        struct {
            float* keys;
            float* values;
            int capacity;
        } kv{cache_keys, cache_values, capacity};
        for (int t = 0; t < n_tokens; ++t)
            for (int h = 0; h < nkv; ++h) {
                const std::size_t dst = (static_cast<std::size_t>(h) * kv.capacity + start_pos + t) * hd;
                const std::size_t src = (static_cast<std::size_t>(t) * nkv + h) * hd;
                std::memcpy(kv.keys + dst, k + src, sizeof(float) * hd);
                std::memcpy(kv.values + dst, v + src, sizeof(float) * hd);
            }
        const int group = nh / nkv;
        const float scale = 1.0f / std::sqrt(static_cast<float>(hd));
        pool_.parallel_for(static_cast<std::int64_t>(n_tokens) * nh, [&](std::int64_t begin, std::int64_t end) {
            thread_local std::vector<float> scores;
            for (std::int64_t job = begin; job < end; ++job) {
                const int t = static_cast<int>(job / nh), h = static_cast<int>(job % nh);
                const int kvh = h / group;
                const int n_pos = start_pos + t + 1;
                scores.resize(static_cast<std::size_t>(n_pos));
                const float* qv = q + (static_cast<std::size_t>(t) * nh + h) * hd;
                const float* keys = kv.keys + static_cast<std::size_t>(kvh) * kv.capacity * hd;
                const float* values = kv.values + static_cast<std::size_t>(kvh) * kv.capacity * hd;
                float max_score = -INFINITY;
                for (int p = 0; p < n_pos; ++p) {
                    scores[p] = simd_.dot(qv, keys + static_cast<std::size_t>(p) * hd, hd) * scale;
                    max_score = std::max(max_score, scores[p]);
                }
                float sum = 0;
                for (int p = 0; p < n_pos; ++p) {
                    scores[p] = std::exp(scores[p] - max_score);
                    sum += scores[p];
                }
                float* o = out + (static_cast<std::size_t>(t) * nh + h) * hd;
                std::fill(o, o + hd, 0.0f);
                const float inv = 1.0f / sum;
                for (int p = 0; p < n_pos; ++p) simd_.axpy(scores[p] * inv, values + static_cast<std::size_t>(p) * hd, o, hd);
            }
        });
    }

    void swiglu(const float* gate, const float* up, float* out, std::int64_t n) {
        for (std::int64_t i = 0; i < n; ++i) {
            const float g = gate[i];
            out[i] = g / (1.0f + std::exp(-g)) * up[i];
        }
    }

    void add(float* x, const float* y, std::int64_t n) {
        for (std::int64_t i = 0; i < n; ++i) x[i] += y[i];
    }

    ThreadPool pool_;
    const cpu::SimdKernels& simd_;
    bool integer_kernels_;
    bool bf16_gemm_;
};

}  // namespace

std::unique_ptr<Backend> make_cpu_backend(const CpuBackendOptions& options) { return std::make_unique<CpuBackend>(options); }

}  // namespace qwendesk
