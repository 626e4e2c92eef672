// CudaBackend: the op interface of backends/backend.h on one CUDA device and one stream (docs/cuda.md).
//
// Activations and the KV cache are cudaMalloc'd DeviceBuffers; every op is queued on the backend's stream and
// only download() waits. Weights are copied to the device on first use and stay resident, keyed by the
// WeightMatrix data pointer with a head/tail fingerprint (as the Vulkan backend does), in a bump arena of
// large allocations. Norm weights, given as host pointers, are made resident the same way. Host arrays of an
// op (token ids, RoPE tables, row indices, weights) go through a staging area on the device; cudaMemcpyAsync
// from pageable memory has copied them before it returns, as backend.h asks.
//
// Weight types without a kernel (Q8_1, Q8_K) run on an internal CPU backend that the engine hands over,
// through the host; name() says so once it happens.
#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstring>
#include <new>
#include <unordered_map>
#include <vector>

#include "cuda_errors.h"
#include "engine_api.h"
#include "kernels.h"

namespace qwendesk::cuda {

namespace {

constexpr std::size_t kArenaBlock = std::size_t(256) << 20;
constexpr std::size_t kAlign = 256;

std::size_t round_up(std::size_t n, std::size_t a) { return (n + a - 1) / a * a; }
std::string mib(std::size_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MiB"; }

class CudaBuffer final : public DeviceBuffer {
public:
    CudaBuffer(const Backend* owner, std::size_t floats, float* data, int device) : DeviceBuffer(owner, floats), data_(data), device_(device) {}
    ~CudaBuffer() override {
        // cudaFree waits for the device; after a lost context it fails, and there is nothing left to free.
        cudaSetDevice(device_);
        cudaFree(data_);
        cudaGetLastError();
    }
    float* data() const { return data_; }

private:
    float* data_;
    int device_;
};

class CudaBackend final : public Backend {
public:
    CudaBackend(const CudaModuleHost& host, int device, bool integer_kernels)
        : host_(host), device_(device), integer_kernels_(integer_kernels) {
        cudaDeviceProp prop{};
        check(cudaGetDeviceProperties(&prop, device_), "cudaGetDeviceProperties");
        device_name_ = prop.name;
        cc_ = prop.major * 10 + prop.minor;
        check(cudaSetDevice(device_), "cudaSetDevice");
        check(cudaStreamCreateWithFlags(&stream_, cudaStreamNonBlocking), "cudaStreamCreate");
    }

    ~CudaBackend() override {
        cudaSetDevice(device_);
        if (!lost_) cudaStreamSynchronize(stream_);
        for (void* p : arena_) cudaFree(p);
        cudaFree(staging_);
        cudaFree(scratch_);
        if (stream_) cudaStreamDestroy(stream_);
        cudaGetLastError();
    }

    std::string name() const override {
        std::string n = "cuda (" + device_name_ + ", sm_" + std::to_string(cc_) + ")";
        if (cpu_) n += " + cpu for some weight types";
        return n;
    }
    int threads() const override { return 1; }

    std::unique_ptr<DeviceBuffer> allocate(std::size_t floats) override {
        enter();
        return std::make_unique<CudaBuffer>(this, floats, static_cast<float*>(device_alloc(std::max<std::size_t>(floats, 1) * sizeof(float), "a buffer")),
                                            device_);
    }

    void upload(DevicePtr dst, const float* src, std::size_t n) override {
        if (n == 0) return;
        float* d = at(dst, n, "upload");
        enter();
        check(cudaMemcpyAsync(d, src, n * sizeof(float), cudaMemcpyHostToDevice, stream_), "upload");
    }

    void download(DevicePtr src, float* dst, std::size_t n) override {
        const float* s = n ? at(src, n, "download") : nullptr;
        enter();
        if (n) check(cudaMemcpyAsync(dst, s, n * sizeof(float), cudaMemcpyDeviceToHost, stream_), "download");
        check(cudaStreamSynchronize(stream_), "download (waiting for the queued ops)");
    }

    void fill_zero(DevicePtr x, std::size_t n) override {
        if (n == 0) return;
        float* d = at(x, n, "fill_zero");
        enter();
        check(cudaMemsetAsync(d, 0, n * sizeof(float), stream_), "fill_zero");
    }

    void matmul(const WeightMatrix& w, DevicePtr x, DevicePtr y, int n_tokens) override {
        if (n_tokens <= 0 || w.rows <= 0) return;
        const std::size_t n = static_cast<std::size_t>(n_tokens);
        if (!has_weight_kernel(w.dtype)) return on_cpu_matmul(w, x, y, n_tokens);
        const float* px = at(x, n * w.cols, "matmul");
        float* py = at(y, n * w.rows, "matmul");
        check_int(w.rows, "rows");
        check_int(w.cols, "columns");
        enter();
        const std::uint8_t* pw = resident(w);
        if (integer_kernels_ && has_integer_kernel(w.dtype) && n_tokens <= 16) {
            void* s = scratch(integer_scratch_bytes(static_cast<int>(w.cols), n_tokens));
            return check(matmul_integer(w.dtype, pw, w.row_bytes, static_cast<int>(w.rows), static_cast<int>(w.cols), px, py, n_tokens, s,
                                        stream_),
                         "matmul (integer kernels)");
        }
        check(matmul_float(w.dtype, pw, w.row_bytes, static_cast<int>(w.rows), static_cast<int>(w.cols), px, py, n_tokens, stream_),
              "matmul");
    }

    void embed(const WeightMatrix& table, std::span<const std::int32_t> ids, DevicePtr out) override {
        for (std::int32_t id : ids)
            if (id < 0 || id >= table.rows)
                throw Error(ErrorKind::InvalidArgument,
                            "token id " + std::to_string(id) + " is outside the model's vocabulary of " + std::to_string(table.rows));
        if (ids.empty()) return;
        const std::size_t n = ids.size();
        float* po = at(out, n * table.cols, "embed");
        if (!has_weight_kernel(table.dtype)) {
            std::vector<float> host(n * table.cols);
            Backend& c = cpu();
            auto tmp = c.allocate(host.size());
            c.embed(table, ids, DevicePtr{tmp.get(), 0});
            c.download(DevicePtr{tmp.get(), 0}, host.data(), host.size());
            return upload(out, host.data(), host.size());
        }
        check_int(table.cols, "embedding width");
        check_int(static_cast<std::int64_t>(n), "tokens");
        enter();
        const std::uint8_t* pt = resident(table);
        auto* pids = static_cast<const std::int32_t*>(stage({{ids.data(), ids.size_bytes()}})[0]);
        check(cuda::embed(table.dtype, pt, table.row_bytes, static_cast<int>(table.cols), pids, static_cast<int>(n), po, stream_), "embed");
    }

    void rms_norm(DevicePtr x, const float* weight, DevicePtr y, std::int64_t rows, int dim, float eps) override {
        if (rows <= 0 || dim <= 0) return;
        const std::size_t n = static_cast<std::size_t>(rows) * dim;
        const float* px = at(x, n, "rms_norm");
        float* py = at(y, n, "rms_norm");
        enter();
        const auto* pw = reinterpret_cast<const float*>(resident(WeightMatrix{DType::F32, 1, dim, reinterpret_cast<const std::uint8_t*>(weight),
                                                                               sizeof(float) * static_cast<std::size_t>(dim)}));
        check(cuda::rms_norm(px, pw, py, rows, dim, eps, stream_), "rms_norm");
    }

    void rope(DevicePtr x, int n_tokens, int n_heads, int head_dim, const float* cos, const float* sin) override {
        if (n_tokens <= 0 || n_heads <= 0 || head_dim < 2) return;
        float* px = at(x, static_cast<std::size_t>(n_tokens) * n_heads * head_dim, "rope");
        enter();
        const std::size_t table = sizeof(float) * static_cast<std::size_t>(n_tokens) * (head_dim / 2);
        const auto p = stage({{cos, table}, {sin, table}});
        check(cuda::rope(px, n_tokens, n_heads, head_dim, static_cast<const float*>(p[0]), static_cast<const float*>(p[1]), stream_), "rope");
    }

    void attention(DevicePtr q, DevicePtr k, DevicePtr v, KvLayerView kv, int start_pos, int n_tokens, const AttentionShape& shape,
                   DevicePtr out) override {
        const int hd = shape.head_dim, nkv = shape.num_kv_heads, nh = shape.num_heads;
        if (start_pos < 0 || start_pos + n_tokens > kv.capacity)
            throw Error(ErrorKind::ContextOverflow, "attention past the KV cache's " + std::to_string(kv.capacity) + " positions");
        if (n_tokens <= 0) return;
        if (kv.type != DType::F32) throw Error(ErrorKind::Internal, "the CUDA backend keeps its KV cache in float32");
        if (hd > kMaxHeadDim || hd <= 0 || nkv <= 0 || nh % nkv != 0)
            throw Error(ErrorKind::Unsupported, "CUDA attention: head_dim " + std::to_string(hd) + " (max " + std::to_string(kMaxHeadDim) +
                                                    "), " + std::to_string(nh) + " heads over " + std::to_string(nkv) + " KV heads");
        const std::size_t n = static_cast<std::size_t>(n_tokens);
        const std::size_t q_elems = n * nh * hd, kv_elems = n * nkv * hd;
        const std::size_t cache = static_cast<std::size_t>(nkv) * kv.capacity * hd;
        const float* pq = at(q, q_elems, "attention");
        float* po = at(out, q_elems, "attention");
        const float* pk = at(k, kv_elems, "attention");
        const float* pv = at(v, kv_elems, "attention");
        float* ck = at(kv.keys, cache, "attention");
        float* cv = at(kv.values, cache, "attention");
        check_int(static_cast<std::int64_t>(n) * nh, "attention jobs");
        enter();
        check(cuda::attention(pq, pk, pv, ck, cv, kv.capacity, start_pos, n_tokens, nh, nkv, hd, po, stream_), "attention");
    }

    void swiglu(DevicePtr gate, DevicePtr up, DevicePtr out, std::int64_t n) override {
        if (n <= 0) return;
        const std::size_t m = static_cast<std::size_t>(n);
        const float* g = at(gate, m, "swiglu");
        const float* u = at(up, m, "swiglu");
        float* o = at(out, m, "swiglu");
        enter();
        check(cuda::swiglu(g, u, o, n, stream_), "swiglu");
    }

    void add(DevicePtr x, DevicePtr y, std::int64_t n) override {
        if (n <= 0) return;
        const std::size_t m = static_cast<std::size_t>(n);
        float* px = at(x, m, "add");
        const float* py = at(y, m, "add");
        enter();
        check(cuda::add(px, py, n, stream_), "add");
    }

    void gather_rows(DevicePtr src, std::span<const std::int32_t> rows, int width, DevicePtr dst) override {
        if (rows.empty() || width <= 0) return;
        float* pd = at(dst, rows.size() * width, "gather_rows");
        check_rows(src, rows, width, "gather_rows");
        check_int(static_cast<std::int64_t>(rows.size()), "rows");
        enter();
        const auto p = stage({{rows.data(), rows.size_bytes()}});
        check(cuda::gather_rows(ptr(src), static_cast<const std::int32_t*>(p[0]), static_cast<int>(rows.size()), width, pd, stream_),
              "gather_rows");
    }

    void scatter_add_rows(DevicePtr dst, DevicePtr src, std::span<const std::int32_t> rows, std::span<const float> weights,
                          int width) override {
        if (rows.size() != weights.size()) throw Error(ErrorKind::Internal, "scatter_add_rows: one weight per row");
        if (rows.empty() || width <= 0) return;
        const float* ps = at(src, rows.size() * width, "scatter_add_rows");
        check_rows(dst, rows, width, "scatter_add_rows");
        check_int(static_cast<std::int64_t>(rows.size()), "rows");
        enter();
        const auto p = stage({{rows.data(), rows.size_bytes()}, {weights.data(), weights.size_bytes()}});
        check(cuda::scatter_add_rows(ptr(dst), ps, static_cast<const std::int32_t*>(p[0]), static_cast<const float*>(p[1]),
                                     static_cast<int>(rows.size()), width, stream_),
              "scatter_add_rows");
    }

private:
    struct Resident {
        const std::uint8_t* device = nullptr;
        std::size_t bytes = 0;
        std::array<std::uint8_t, 32> head{}, tail{};  // catches a new matrix loaded at a freed one's address
    };

    // Every op starts here: a lost context refuses work; the device is made current for this host thread.
    void enter() {
        if (lost_)
            throw Error(ErrorKind::DeviceLost, "the CUDA backend on " + device_name_ + " stopped after an earlier GPU error (" + lost_reason_ +
                                                 "); restart QwenDesk to use the GPU again");
        check(cudaSetDevice(device_), "cudaSetDevice");
    }

    void check(cudaError_t e, const char* what) {
        if (e == cudaSuccess) return;
        if (is_sticky(e)) {
            lost_ = true;
            lost_reason_ = error_text(e) + " during " + what;
            throw Error(ErrorKind::DeviceLost, "the GPU context of the CUDA backend on " + device_name_ + " was lost: " + lost_reason_ +
                                                 ". CUDA cannot recover from this inside a running process: restart QwenDesk "
                                                 "(or choose another backend)");
        }
        cudaGetLastError();  // a non-sticky error is cleared, so the next call does not report it again
        if (e == cudaErrorMemoryAllocation)
            throw Error(ErrorKind::OutOfMemory, "the CUDA device " + device_name_ + " is out of memory (" + what + ")");
        if (e == cudaErrorInsufficientDriver) throw Error(ErrorKind::Unsupported, driver_too_old_text());
        if (e == cudaErrorNoKernelImageForDevice || e == cudaErrorUnsupportedPtxVersion || e == cudaErrorInvalidKernelImage)
            throw Error(ErrorKind::Unsupported, "this CUDA backend has no kernels for " + device_name_ + " (compute capability " +
                                                    std::to_string(cc_ / 10) + "." + std::to_string(cc_ % 10) + "); it was built for " +
                                                    compiled_architectures() + ": " + error_text(e));
        throw Error(ErrorKind::Internal, std::string("CUDA ") + what + " on " + device_name_ + " failed: " + error_text(e));
    }

    void* device_alloc(std::size_t bytes, const char* what) {
        void* p = nullptr;
        const cudaError_t e = cudaMalloc(&p, bytes);
        if (e == cudaErrorMemoryAllocation) {
            cudaGetLastError();
            std::size_t free_bytes = 0, total = 0;
            cudaMemGetInfo(&free_bytes, &total);
            cudaGetLastError();
            throw Error(ErrorKind::OutOfMemory, "the CUDA device " + device_name_ + " is out of memory: " + what + " of " + mib(bytes) +
                                                    " does not fit (" + mib(free_bytes) + " free of " + mib(total) + ")");
        }
        check(e, "cudaMalloc");
        return p;
    }

    void check_int(std::int64_t v, const char* what) const {
        if (v < 0 || v > INT_MAX)
            throw Error(ErrorKind::Unsupported, std::string("CUDA backend: ") + what + " of " + std::to_string(v) +
                                                    " exceeds the kernels' 32-bit indexing");
    }

    float* at(DevicePtr p, std::size_t n, const char* op) const {
        check_device_range(*this, p, n, op);
        return static_cast<CudaBuffer*>(p.buffer)->data() + p.offset;
    }
    static float* ptr(DevicePtr p) { return static_cast<CudaBuffer*>(p.buffer)->data() + p.offset; }

    // Every row index of a gather/scatter lies inside `base`'s buffer.
    void check_rows(DevicePtr base, std::span<const std::int32_t> rows, int width, const char* op) const {
        for (std::int32_t r : rows)
            if (r < 0) throw Error(ErrorKind::Internal, std::string(op) + ": negative row index");
            else at(base + static_cast<std::size_t>(r) * width, static_cast<std::size_t>(width), op);
    }

    // Copies host arrays into the staging area; returns their device addresses. The stream runs the copies
    // after the ops queued before, so reusing the area for the next op is safe.
    std::vector<void*> stage(std::initializer_list<std::pair<const void*, std::size_t>> parts) {
        std::size_t total = 0;
        for (const auto& [p, bytes] : parts) total += round_up(std::max<std::size_t>(bytes, 1), kAlign);
        if (total > staging_bytes_) {
            if (staging_) check(cudaFree(staging_), "cudaFree");  // waits for the ops that still read it
            staging_ = nullptr;
            staging_bytes_ = 0;
            staging_ = device_alloc(std::max<std::size_t>(total * 2, 1 << 20), "a staging buffer");
            staging_bytes_ = std::max<std::size_t>(total * 2, 1 << 20);
        }
        std::vector<void*> out;
        std::size_t offset = 0;
        for (const auto& [p, bytes] : parts) {
            void* d = static_cast<std::uint8_t*>(staging_) + offset;
            if (bytes) check(cudaMemcpyAsync(d, p, bytes, cudaMemcpyHostToDevice, stream_), "copying an op's host arrays");
            out.push_back(d);
            offset += round_up(std::max<std::size_t>(bytes, 1), kAlign);
        }
        return out;
    }

    // Device scratch of at least `bytes` (the integer path's quantised activations).
    void* scratch(std::size_t bytes) {
        if (bytes > scratch_bytes_) {
            if (scratch_) check(cudaFree(scratch_), "cudaFree");
            scratch_ = nullptr;
            scratch_bytes_ = 0;
            scratch_ = device_alloc(bytes * 2, "scratch");
            scratch_bytes_ = bytes * 2;
        }
        return scratch_;
    }

    // The device copy of a weight matrix, uploaded on first use.
    const std::uint8_t* resident(const WeightMatrix& w) {
        const std::size_t bytes = static_cast<std::size_t>(w.rows) * w.row_bytes;
        Resident probe;
        probe.bytes = bytes;
        const std::size_t sample = std::min<std::size_t>(bytes, probe.head.size());
        std::memcpy(probe.head.data(), w.data, sample);
        std::memcpy(probe.tail.data(), w.data + bytes - sample, sample);
        if (auto it = resident_.find(w.data); it != resident_.end()) {
            const Resident& r = it->second;
            if (r.bytes == bytes && r.head == probe.head && r.tail == probe.tail) return r.device;
        }
        const std::size_t padded = round_up(std::max<std::size_t>(bytes, 1), kAlign);
        std::uint8_t* dst;
        if (padded > kArenaBlock / 4) {
            // Large matrices (embeddings, lm_head) get their own allocation.
            dst = static_cast<std::uint8_t*>(device_alloc(padded, "a weight matrix"));
            arena_.push_back(dst);
        } else {
            if (arena_.empty() || arena_used_ + padded > arena_size_) {
                // Large blocks, not one allocation per matrix: a MoE model has tens of thousands of matrices.
                next_block_ = std::min(next_block_ * 2, kArenaBlock);
                arena_.push_back(device_alloc(next_block_, "weights"));
                arena_size_ = next_block_;
                arena_used_ = 0;
                arena_head_ = static_cast<std::uint8_t*>(arena_.back());
            }
            dst = arena_head_ + arena_used_;
            arena_used_ += padded;
        }
        check(cudaMemcpyAsync(dst, w.data, bytes, cudaMemcpyHostToDevice, stream_), "uploading a weight matrix");
        probe.device = dst;
        resident_bytes_ += padded;
        resident_[w.data] = probe;
        return dst;
    }

    Backend& cpu() {
        if (!cpu_) cpu_.reset(host_.make_cpu_backend(0, integer_kernels_ ? 1 : 0));
        return *cpu_;
    }

    // A weight type without a kernel: the CPU backend computes it, the activations cross through the host.
    void on_cpu_matmul(const WeightMatrix& w, DevicePtr x, DevicePtr y, int n_tokens) {
        const std::size_t n = static_cast<std::size_t>(n_tokens);
        std::vector<float> hx(n * w.cols), hy(n * w.rows);
        download(x, hx.data(), hx.size());
        Backend& c = cpu();
        auto bx = upload_new(c, hx.data(), hx.size());
        auto by = c.allocate(hy.size());
        c.matmul(w, DevicePtr{bx.get(), 0}, DevicePtr{by.get(), 0}, n_tokens);
        c.download(DevicePtr{by.get(), 0}, hy.data(), hy.size());
        upload(y, hy.data(), hy.size());
    }

    CudaModuleHost host_;
    int device_;
    bool integer_kernels_;
    std::string device_name_;
    int cc_ = 0;
    cudaStream_t stream_ = nullptr;
    bool lost_ = false;
    std::string lost_reason_;
    std::vector<void*> arena_;
    std::uint8_t* arena_head_ = nullptr;
    std::size_t arena_used_ = 0, arena_size_ = 0, next_block_ = std::size_t(16) << 20, resident_bytes_ = 0;
    std::unordered_map<const std::uint8_t*, Resident> resident_;
    void* staging_ = nullptr;
    std::size_t staging_bytes_ = 0;
    void* scratch_ = nullptr;
    std::size_t scratch_bytes_ = 0;
    std::unique_ptr<Backend> cpu_;
};

}  // namespace

// The module entry's factory (module_entry.cpp) calls this once the device checks passed.
Backend* create_backend(const CudaModuleHost& host, int device, bool integer_kernels) {
    return new CudaBackend(host, device, integer_kernels);
}

}  // namespace qwendesk::cuda
