// The CPU backend: the reference every other backend is tested against, and the fast path for machines
// without a GPU. Work is split over the thread pool by output rows (matmul) or by (token, head) (attention).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "backends/backend.h"
#include "backends/cpu/quant_matmul.h"
#include "backends/cpu/row_convert.h"
#include "backends/cpu/simd_kernels.h"
#include "platform/thread_pool.h"
#include "qwendesk/errors.h"

namespace qwendesk {

namespace {

class CpuBackend final : public Backend {
public:
    explicit CpuBackend(const CpuBackendOptions& options)
        : pool_(options.threads), simd_(cpu::best_kernels()), integer_kernels_(options.integer_kernels) {}

    std::string name() const override { return std::string("cpu (") + simd_.name + ")"; }
    int threads() const override { return pool_.size(); }

    void matmul(const WeightMatrix& w, const float* x, float* y, int n_tokens) override {
        if (integer_kernels_ && cpu::quantized_matmul(w, x, y, n_tokens, pool_)) return;
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

    void embed(const WeightMatrix& table, const std::int32_t* ids, int n_tokens, float* out) override {
        for (int t = 0; t < n_tokens; ++t) {
            if (ids[t] < 0 || ids[t] >= table.rows)
                throw Error(ErrorKind::InvalidArgument, "token id " + std::to_string(ids[t]) + " is outside the model's vocabulary of " +
                                                            std::to_string(table.rows));
            cpu::convert_row(table.dtype, table.row(ids[t]), out + static_cast<std::size_t>(t) * table.cols,
                             static_cast<std::size_t>(table.cols), simd_);
        }
    }

    void rms_norm(const float* x, const float* weight, float* y, std::int64_t rows, int dim, float eps) override {
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

    void rope(float* x, int n_tokens, int n_heads, int head_dim, const float* cos, const float* sin) override {
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

    void attention(const float* q, const float* k, const float* v, KvLayerView kv, int start_pos, int n_tokens,
                   const AttentionShape& shape, float* out) override {
        const int hd = shape.head_dim, nkv = shape.num_kv_heads, nh = shape.num_heads;
        if (start_pos + n_tokens > kv.capacity)
            throw Error(ErrorKind::ContextOverflow, "attention past the KV cache's " + std::to_string(kv.capacity) + " positions");
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

    void swiglu(const float* gate, const float* up, float* out, std::int64_t n) override {
        for (std::int64_t i = 0; i < n; ++i) {
            const float g = gate[i];
            out[i] = g / (1.0f + std::exp(-g)) * up[i];
        }
    }

    void add(float* x, const float* y, std::int64_t n) override {
        for (std::int64_t i = 0; i < n; ++i) x[i] += y[i];
    }

private:
    ThreadPool pool_;
    const cpu::SimdKernels& simd_;
    bool integer_kernels_;
};

}  // namespace

std::unique_ptr<Backend> make_cpu_backend(const CpuBackendOptions& options) { return std::make_unique<CpuBackend>(options); }

}  // namespace qwendesk
