// VulkanBackend: the op interface of backends/backend.h on a Vulkan compute queue (docs/vulkan.md).
//
// Activations and the KV cache are device buffers (VulkanBuffer); every op is recorded into one command stream
// and nothing is submitted until the host needs a result (download), so a decode step is one submission and the
// CPU never waits between ops. Weights are uploaded on first use and stay resident (a bump arena of large device
// buffers, keyed by the WeightMatrix's data pointer). Shaders bind whole buffers and take element offsets as push
// constants, so a DevicePtr can point anywhere without alignment rules.
//
// Weight types without a shader (Q4_1, Q5_1, Q2_K, Q3_K, IQ4_NL) run on an internal CPU
// backend through the host, so any model the engine loads runs; name() says so once it happens.
#include "backends/vulkan/vulkan_backend.h"

#include "qwendesk/errors.h"

#if !defined(QWENDESK_VULKAN_BACKEND)

namespace qwendesk {
bool vulkan_backend_built() { return false; }
std::unique_ptr<Backend> make_vulkan_backend(const VulkanBackendOptions&) {
    throw Error(ErrorKind::Unsupported,
                "this build has no Vulkan backend (configure with the Vulkan headers and glslc installed, "
                "QWENDESK_VULKAN=AUTO or ON)");
}
}  // namespace qwendesk

#else

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "backends/vulkan/vk_device.h"

namespace qwendesk {

namespace {

// The shader suffix of a weight type, or nullptr when no shader decodes it.
const char* shader_suffix(DType t) {
    switch (t) {
    case DType::F32: return "f32";
    case DType::F16: return "f16";
    case DType::BF16: return "bf16";
    case DType::Q8_0: return "q8_0";
    case DType::Q4_0: return "q4_0";
    case DType::Q4_K: return "q4_k";
    case DType::Q5_K: return "q5_k";
    case DType::Q6_K: return "q6_k";
    case DType::Q5_0: return "q5_0";
    case DType::IQ4_XS: return "iq4_xs";
    case DType::F8_E4M3_B128: return "f8_b128";
    case DType::F8_E4M3_B16: return "f8_b16";
    case DType::AWQ4_G128: return "awq_g128";
    case DType::AWQ4_G32: return "awq_g32";
    default: return nullptr;
    }
}

constexpr std::uint32_t kMaxGroups = 65535;  // guaranteed per dispatch axis
constexpr std::uint32_t kMatmulTokens = 8;   // TOK in matmul.comp and matvec_sg.comp
constexpr std::uint32_t kSubgroupRows = 8;   // ROWS in matvec_sg.comp
// Attention is split along the sequence from this many positions on, while fewer than kSplitMaxJobs
// (token, head) pairs would otherwise fill the GPU, into at most about kMaxSplits chunks of >= 256 positions.
constexpr std::uint32_t kSplitMinPositions = 512;
constexpr std::uint64_t kSplitMaxJobs = 1024;
constexpr std::uint32_t kMaxSplits = 32;
constexpr int kMaxHeadDim = 256;             // attention.comp keeps 4 dims per invocation of 64

std::uint32_t checked_u32(std::int64_t v, const char* what) {
    if (v < 0 || v > 0xFFFFFFFFll)
        throw Error(ErrorKind::Unsupported, std::string("Vulkan backend: ") + what + " of " + std::to_string(v) +
                                                " exceeds the 32-bit indexing of the shaders");
    return static_cast<std::uint32_t>(v);
}

class VulkanBackend;

class VulkanBuffer final : public DeviceBuffer {
public:
    VulkanBuffer(const Backend* owner, vk::Device& dev, std::size_t floats)
        : DeviceBuffer(owner, floats), dev_(dev), buffer_(dev.create_buffer(std::max<std::size_t>(floats, 1) * sizeof(float), false)) {}
    ~VulkanBuffer() override {
        // Recorded commands may still use this buffer: run them first.
        try {
            dev_.flush();
        } catch (...) {
        }
        dev_.destroy(buffer_);
    }
    const vk::Buffer& buffer() const { return buffer_; }

private:
    vk::Device& dev_;
    vk::Buffer buffer_;
};

class VulkanBackend final : public Backend {
public:
    explicit VulkanBackend(const VulkanBackendOptions& options) : dev_(options.device), kv_f16_(options.kv_f16) {
        align_ = std::max<VkDeviceSize>(16, dev_.limits().minStorageBufferOffsetAlignment);
    }

    ~VulkanBackend() override {
        try {
            dev_.flush();
        } catch (...) {
        }
        for (auto& b : arena_) dev_.destroy(b);
    }

    std::string name() const override {
        std::string n = "vulkan (" + dev_.choice().name + ")";
        if (cpu_) n += " + cpu for some weight types";
        return n;
    }
    int threads() const override { return 1; }
    DType kv_cache_type() const override { return kv_f16_ ? DType::F16 : DType::F32; }

    std::unique_ptr<DeviceBuffer> allocate(std::size_t floats) override {
        if (floats * sizeof(float) > dev_.limits().maxStorageBufferRange)
            throw Error(ErrorKind::OutOfMemory, "a buffer of " + std::to_string((floats * sizeof(float)) >> 20) +
                                                    " MiB exceeds Vulkan device '" + dev_.choice().name + "' maxStorageBufferRange");
        return std::make_unique<VulkanBuffer>(this, dev_, floats);
    }

    void upload(DevicePtr dst, const float* src, std::size_t n) override {
        if (n == 0) return;
        const auto d = at(dst, n, "upload");
        const vk::BufferRange staged = dev_.stage(src, n * sizeof(float));
        dev_.copy(staged.buffer, staged.offset, d.buffer, d.offset, n * sizeof(float));
    }

    void download(DevicePtr src, float* dst, std::size_t n) override {
        if (n == 0) {
            dev_.flush();
            return;
        }
        const auto s = at(src, n, "download");
        const vk::Buffer& b = buffer_of(src);
        if (b.mapped) {  // integrated GPUs and lavapipe: read the device buffer in place once the stream ran
            dev_.flush();
            std::memcpy(dst, static_cast<const std::uint8_t*>(b.mapped) + s.offset, n * sizeof(float));
            return;
        }
        const vk::BufferRange target = dev_.stage(nullptr, n * sizeof(float));
        dev_.copy(s.buffer, s.offset, target.buffer, target.offset, n * sizeof(float));
        dev_.flush();
        std::memcpy(dst, dev_.staged(target), n * sizeof(float));
    }

    void prepare(const WeightMatrix& w) override {
        if (w.rows > 0 && shader_suffix(w.dtype)) resident(w);
    }

    void fill_zero(DevicePtr x, std::size_t n) override {
        if (n == 0) return;
        const auto r = at(x, n, "fill_zero");
        dev_.fill_zero(r.buffer, r.offset, n * sizeof(float));
    }

    void matmul(const WeightMatrix& w, DevicePtr x, DevicePtr y, int n_tokens) override {
        if (n_tokens <= 0 || w.rows <= 0) return;
        const std::size_t n = static_cast<std::size_t>(n_tokens);
        const char* suffix = shader_suffix(w.dtype);
        if (!suffix) return on_cpu_matmul(w, x, y, n_tokens);
        at(x, n * w.cols, "matmul");
        at(y, n * w.rows, "matmul");
        const vk::BufferRange wr = resident(w);
        checked_u32(static_cast<std::int64_t>(x.offset + n * w.cols), "activation elements");
        checked_u32(static_cast<std::int64_t>(y.offset + n * w.rows), "activation elements");
        const std::uint32_t push[6] = {checked_u32(w.rows, "rows"), checked_u32(w.cols, "cols"), static_cast<std::uint32_t>(n_tokens),
                                       checked_u32(static_cast<std::int64_t>(w.row_bytes), "row bytes"),
                                       static_cast<std::uint32_t>(x.offset), static_cast<std::uint32_t>(y.offset)};
        // With subgroup arithmetic a workgroup takes kSubgroupRows rows (matvec_sg.comp); otherwise one row.
        const bool sg = dev_.subgroup_arithmetic();
        const std::uint64_t row_groups = sg ? (static_cast<std::uint64_t>(w.rows) + kSubgroupRows - 1) / kSubgroupRows
                                            : static_cast<std::uint64_t>(w.rows);
        const auto [gx, gz] = grid(row_groups);
        const std::uint32_t gy = (static_cast<std::uint32_t>(n_tokens) + kMatmulTokens - 1) / kMatmulTokens;
        dev_.dispatch(dev_.pipeline(std::string(sg ? "matvec_sg_" : "matmul_") + suffix, 3, sizeof push), {wr, whole(x), whole(y)}, push,
                      sizeof push, gx, gy, gz);
    }

    void embed(const WeightMatrix& table, std::span<const std::int32_t> ids, DevicePtr out) override {
        for (std::int32_t id : ids)
            if (id < 0 || id >= table.rows)
                throw Error(ErrorKind::InvalidArgument,
                            "token id " + std::to_string(id) + " is outside the model's vocabulary of " + std::to_string(table.rows));
        if (ids.empty()) return;
        const std::size_t n = ids.size();
        at(out, n * table.cols, "embed");
        const char* suffix = shader_suffix(table.dtype);
        if (!suffix) {
            std::vector<float> host(n * table.cols);
            auto tmp = cpu().allocate(host.size());
            cpu().embed(table, ids, DevicePtr{tmp.get(), 0});
            cpu().download(DevicePtr{tmp.get(), 0}, host.data(), host.size());
            return upload(out, host.data(), host.size());
        }
        const vk::BufferRange tr = resident(table);
        checked_u32(static_cast<std::int64_t>(out.offset + n * table.cols), "embedding elements");
        const auto ir = dev_.stage(ids.data(), ids.size_bytes());
        const std::uint32_t push[4] = {static_cast<std::uint32_t>(n), checked_u32(table.cols, "cols"),
                                       checked_u32(static_cast<std::int64_t>(table.row_bytes), "row bytes"),
                                       static_cast<std::uint32_t>(out.offset)};
        const auto [gx, gz] = grid(static_cast<std::uint64_t>(n));
        dev_.dispatch(dev_.pipeline(std::string("embed_") + suffix, 3, sizeof push), {tr, ir, whole(out)}, push, sizeof push, gx, 1, gz);
    }

    void rms_norm(DevicePtr x, const float* weight, DevicePtr y, std::int64_t rows, int dim, float eps) override {
        if (rows <= 0 || dim <= 0) return;
        const std::size_t n = static_cast<std::size_t>(rows) * dim;
        at(x, n, "rms_norm");
        at(y, n, "rms_norm");
        checked_u32(static_cast<std::int64_t>(std::max(x.offset, y.offset) + n), "rms_norm elements");
        const vk::BufferRange wr = resident(norm_weight(weight, dim));
        struct {
            std::uint32_t rows, dim;
            float eps;
            std::uint32_t x_off, y_off;
        } push{static_cast<std::uint32_t>(rows), static_cast<std::uint32_t>(dim), eps, static_cast<std::uint32_t>(x.offset),
               static_cast<std::uint32_t>(y.offset)};
        const auto [gx, gz] = grid(static_cast<std::uint64_t>(rows));
        dev_.dispatch(dev_.pipeline("rms_norm", 3, sizeof push), {whole(x), wr, whole(y)}, &push, sizeof push, gx, 1, gz);
    }

    void rope(DevicePtr x, int n_tokens, int n_heads, int head_dim, const float* cos, const float* sin) override {
        if (n_tokens <= 0 || n_heads <= 0 || head_dim < 2) return;
        const int half = head_dim / 2;
        const std::size_t elems = static_cast<std::size_t>(n_tokens) * n_heads * head_dim;
        at(x, elems, "rope");
        checked_u32(static_cast<std::int64_t>(x.offset + elems), "rope elements");
        const std::size_t table = sizeof(float) * static_cast<std::size_t>(n_tokens) * half;
        const std::uint32_t pairs = checked_u32(static_cast<std::int64_t>(n_tokens) * n_heads * half, "rope pairs");
        const auto cr = dev_.stage(cos, table);
        const auto sr = dev_.stage(sin, table);
        const std::uint32_t push[4] = {static_cast<std::uint32_t>(n_tokens), static_cast<std::uint32_t>(n_heads),
                                       static_cast<std::uint32_t>(half), static_cast<std::uint32_t>(x.offset)};
        const auto [gx, gy] = grid((pairs + 63) / 64);
        dev_.dispatch(dev_.pipeline("rope", 3, sizeof push), {whole(x), cr, sr}, push, sizeof push, gx, gy, 1);
    }

    void attention(DevicePtr q, DevicePtr k, DevicePtr v, KvLayerView kv, int start_pos, int n_tokens, const AttentionShape& shape,
                   DevicePtr out) override {
        const int hd = shape.head_dim, nkv = shape.num_kv_heads, nh = shape.num_heads;
        if (start_pos < 0 || start_pos + n_tokens > kv.capacity)
            throw Error(ErrorKind::ContextOverflow, "attention past the KV cache's " + std::to_string(kv.capacity) + " positions");
        if (n_tokens <= 0) return;
        if (hd > kMaxHeadDim || nkv <= 0 || nh % nkv != 0)
            throw Error(ErrorKind::Unsupported, "Vulkan attention: head_dim " + std::to_string(hd) + " (max " +
                                                    std::to_string(kMaxHeadDim) + "), " + std::to_string(nh) + " heads over " +
                                                    std::to_string(nkv) + " KV heads");
        const bool f16 = kv.type == DType::F16;
        if (!f16 && kv.type != DType::F32) throw Error(ErrorKind::Internal, "Vulkan attention: a KV cache of F32 or F16 expected");
        if (f16 && hd % 2 != 0) throw Error(ErrorKind::Unsupported, "Vulkan attention: an F16 KV cache needs an even head_dim");
        const std::size_t n = static_cast<std::size_t>(n_tokens);
        const std::size_t q_elems = n * nh * hd, kv_elems = n * nkv * hd;
        const std::size_t cache_elems = static_cast<std::size_t>(nkv) * kv.capacity * hd;
        const std::size_t cache = f16 ? (cache_elems + 1) / 2 : cache_elems;  // in 32-bit slots
        const std::uint32_t per_slot = f16 ? 2 : 1;
        at(q, q_elems, "attention");
        at(out, q_elems, "attention");
        at(k, kv_elems, "attention");
        at(v, kv_elems, "attention");
        at(kv.keys, cache, "attention");
        at(kv.values, cache, "attention");
        for (const DevicePtr& p : {q, out, k, v, kv.keys, kv.values})
            checked_u32(static_cast<std::int64_t>(p.offset * per_slot + std::max(cache_elems, q_elems)), "attention elements");
        // The new keys and values go into the cache on the device ...
        struct {
            std::uint32_t n_tokens, n_kv_heads, head_dim, capacity, start_pos, k_off, v_off, kc_off, vc_off;
        } store{static_cast<std::uint32_t>(n_tokens), static_cast<std::uint32_t>(nkv), static_cast<std::uint32_t>(hd),
                static_cast<std::uint32_t>(kv.capacity), static_cast<std::uint32_t>(start_pos), static_cast<std::uint32_t>(k.offset),
                static_cast<std::uint32_t>(v.offset), static_cast<std::uint32_t>(kv.keys.offset),
                static_cast<std::uint32_t>(kv.values.offset)};
        const auto [sx, sy] = grid((kv_elems / per_slot + 63) / 64);
        dev_.dispatch(dev_.pipeline(f16 ? "kv_store_f16" : "kv_store_f32", 4, sizeof store),
                      {whole(k), whole(v), whole(kv.keys), whole(kv.values)}, &store, sizeof store, sx, sy, 1);
        // ... then every new query attends over the cache. Few queries over a long context (decode) would leave
        // most of a GPU idle with one workgroup per (token, head): the positions are split into chunks that run
        // in parallel and attention_combine.comp merges them.
        const std::uint64_t jobs = static_cast<std::uint64_t>(n_tokens) * nh;
        const std::uint32_t positions = static_cast<std::uint32_t>(start_pos + n_tokens);
        std::uint32_t splits = 1, split_len = positions;
        if (positions >= kSplitMinPositions && jobs < kSplitMaxJobs) {
            split_len = std::max<std::uint32_t>(256, (positions / kMaxSplits + 63) / 64 * 64);
            splits = (positions + split_len - 1) / split_len;
        }
        vk::BufferRange part = whole(out);  // unused binding when not split
        if (splits > 1) {
            const std::size_t part_floats = jobs * splits * (hd + 2);
            if (!part_ || part_->floats() < part_floats) {
                part_.reset();
                part_ = allocate(part_floats);
            }
            part = whole(DevicePtr{part_.get(), 0});
        }
        struct {
            std::uint32_t n_tokens, start_pos, n_heads, n_kv_heads, head_dim, capacity;
            float scale;
            std::uint32_t q_off, k_off, v_off, o_off, splits, split_len;
        } push{static_cast<std::uint32_t>(n_tokens), static_cast<std::uint32_t>(start_pos), static_cast<std::uint32_t>(nh),
               static_cast<std::uint32_t>(nkv), static_cast<std::uint32_t>(hd), static_cast<std::uint32_t>(kv.capacity),
               1.0f / std::sqrt(static_cast<float>(hd)), static_cast<std::uint32_t>(q.offset),
               static_cast<std::uint32_t>(kv.keys.offset * per_slot), static_cast<std::uint32_t>(kv.values.offset * per_slot),
               static_cast<std::uint32_t>(out.offset), splits, split_len};
        const auto [gx, gz] = grid(jobs);
        dev_.dispatch(dev_.pipeline(f16 ? "attention_f16" : "attention_f32", 5, sizeof push), {whole(q), whole(kv.keys), whole(kv.values), whole(out), part}, &push,
                      sizeof push, gx, splits, gz);
        if (splits > 1) {
            const std::uint32_t combine[4] = {static_cast<std::uint32_t>(jobs), splits, static_cast<std::uint32_t>(hd),
                                              static_cast<std::uint32_t>(out.offset)};
            dev_.dispatch(dev_.pipeline("attention_combine", 2, sizeof combine), {part, whole(out)}, combine, sizeof combine, gx, 1, gz);
        }
    }

    void swiglu(DevicePtr gate, DevicePtr up, DevicePtr out, std::int64_t n) override {
        if (n <= 0) return;
        const std::size_t m = static_cast<std::size_t>(n);
        at(gate, m, "swiglu");
        at(up, m, "swiglu");
        at(out, m, "swiglu");
        checked_u32(static_cast<std::int64_t>(std::max({gate.offset, up.offset, out.offset}) + m), "swiglu elements");
        const std::uint32_t push[4] = {static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(gate.offset),
                                       static_cast<std::uint32_t>(up.offset), static_cast<std::uint32_t>(out.offset)};
        const auto [gx, gy] = grid((m + 63) / 64);
        dev_.dispatch(dev_.pipeline("swiglu", 3, sizeof push), {whole(gate), whole(up), whole(out)}, push, sizeof push, gx, gy, 1);
    }

    void add(DevicePtr x, DevicePtr y, std::int64_t n) override {
        if (n <= 0) return;
        const std::size_t m = static_cast<std::size_t>(n);
        at(x, m, "add");
        at(y, m, "add");
        checked_u32(static_cast<std::int64_t>(std::max(x.offset, y.offset) + m), "add elements");
        const std::uint32_t push[3] = {static_cast<std::uint32_t>(n), static_cast<std::uint32_t>(x.offset),
                                       static_cast<std::uint32_t>(y.offset)};
        const auto [gx, gy] = grid((m + 63) / 64);
        dev_.dispatch(dev_.pipeline("add", 2, sizeof push), {whole(x), whole(y)}, push, sizeof push, gx, gy, 1);
    }

    // ---- MoE on the device (decode) ----
    bool can_route(std::span<const WeightMatrix> experts, int k) const override {
        // matvec_routed.comp needs subgroup arithmetic; moe_route.comp holds 256 probabilities and 16 choices.
        return dev_.subgroup_arithmetic() && !experts.empty() && experts.size() <= 256 && k > 0 && k <= 16 &&
               static_cast<std::size_t>(k) <= experts.size() && shader_suffix(experts.front().dtype) != nullptr;
    }

    void moe_route(DevicePtr logits, int n_tokens, int n_experts, int k, bool norm_topk, DevicePtr routing) override {
        if (n_experts <= 0 || n_experts > 256 || k <= 0 || k > 16 || k > n_experts)
            throw Error(ErrorKind::Internal, "Vulkan moe_route: " + std::to_string(k) + " of " + std::to_string(n_experts) + " experts");
        if (n_tokens <= 0) return;
        const std::size_t n = static_cast<std::size_t>(n_tokens);
        at(logits, n * n_experts, "moe_route");
        at(routing, 2 * n * k, "moe_route");
        const std::uint32_t push[6] = {static_cast<std::uint32_t>(n_tokens), static_cast<std::uint32_t>(n_experts),
                                       static_cast<std::uint32_t>(k), norm_topk ? 1u : 0u, static_cast<std::uint32_t>(logits.offset),
                                       static_cast<std::uint32_t>(routing.offset)};
        const auto [gx, gz] = grid(n);
        dev_.dispatch(dev_.pipeline("moe_route", 2, sizeof push), {whole(logits), whole(routing)}, push, sizeof push, gx, 1, gz);
    }

    void matmul_routed(std::span<const WeightMatrix> experts, DevicePtr x, bool x_per_slot, DevicePtr routing, int n_tokens, int k,
                       DevicePtr y) override {
        if (n_tokens <= 0 || experts.empty()) return;
        const WeightMatrix& w = experts.front();
        const char* suffix = shader_suffix(w.dtype);
        if (!suffix) throw Error(ErrorKind::Internal, "Vulkan: no routed kernel for " + std::string(dtype_name(w.dtype)));
        const std::size_t pairs = static_cast<std::size_t>(n_tokens) * k;
        at(x, (x_per_slot ? pairs : static_cast<std::size_t>(n_tokens)) * w.cols, "matmul_routed");
        at(y, pairs * w.rows, "matmul_routed");
        at(routing, 2 * pairs, "matmul_routed");
        if (pairs > kMaxGroups) throw Error(ErrorKind::Unsupported, "Vulkan: too many routed pairs in one dispatch");
        const ExpertGroup& g = resident_group(experts);
        const std::uint32_t push[9] = {checked_u32(w.rows, "rows"), checked_u32(w.cols, "cols"), static_cast<std::uint32_t>(k),
                                       checked_u32(static_cast<std::int64_t>(w.row_bytes), "row bytes"),
                                       static_cast<std::uint32_t>(x.offset), static_cast<std::uint32_t>(y.offset),
                                       static_cast<std::uint32_t>(routing.offset), x_per_slot ? 1u : 0u,
                                       static_cast<std::uint32_t>(g.stride)};
        const auto [gx, gz] = grid((static_cast<std::uint64_t>(w.rows) + kSubgroupRows - 1) / kSubgroupRows);
        dev_.dispatch(dev_.pipeline(std::string("matvec_routed_") + suffix, 4, sizeof push), {g.range, whole(x), whole(y), whole(routing)},
                      push, sizeof push, gx, static_cast<std::uint32_t>(pairs), gz);
    }

    void moe_combine(DevicePtr y, DevicePtr routing, int n_tokens, int k, int width, DevicePtr out) override {
        if (n_tokens <= 0 || width <= 0) return;
        const std::size_t n = static_cast<std::size_t>(n_tokens);
        at(y, n * k * width, "moe_combine");
        at(routing, 2 * n * k, "moe_combine");
        at(out, n * width, "moe_combine");
        const std::uint32_t push[6] = {static_cast<std::uint32_t>(n_tokens), static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(width),
                                       static_cast<std::uint32_t>(y.offset), static_cast<std::uint32_t>(routing.offset),
                                       static_cast<std::uint32_t>(out.offset)};
        const auto [gx, gy] = grid((n * width + 63) / 64);
        dev_.dispatch(dev_.pipeline("moe_combine", 3, sizeof push), {whole(y), whole(routing), whole(out)}, push, sizeof push, gx, gy, 1);
    }

    void prepare_experts(std::span<const WeightMatrix> experts) override {
        if (!experts.empty() && experts.front().rows > 0 && shader_suffix(experts.front().dtype) && dev_.subgroup_arithmetic())
            resident_group(experts);
        else
            for (const WeightMatrix& w : experts) prepare(w);
    }

    void gather_rows(DevicePtr src, std::span<const std::int32_t> rows, int width, DevicePtr dst) override {
        if (rows.empty() || width <= 0) return;
        const std::size_t m = rows.size();
        at(dst, m * width, "gather_rows");
        check_rows(src, rows, width, "gather_rows");
        checked_u32(static_cast<std::int64_t>(std::max(src.buffer->floats(), dst.offset + m * width)), "gather_rows elements");
        const auto rr = dev_.stage(rows.data(), rows.size_bytes());
        const std::uint32_t push[4] = {static_cast<std::uint32_t>(m), static_cast<std::uint32_t>(width),
                                       static_cast<std::uint32_t>(src.offset), static_cast<std::uint32_t>(dst.offset)};
        const auto [gx, gy] = grid((m * width + 63) / 64);
        dev_.dispatch(dev_.pipeline("gather_rows", 3, sizeof push), {whole(src), rr, whole(dst)}, push, sizeof push, gx, gy, 1);
    }

    void scatter_add_rows(DevicePtr dst, DevicePtr src, std::span<const std::int32_t> rows, std::span<const float> weights,
                          int width) override {
        if (rows.size() != weights.size()) throw Error(ErrorKind::Internal, "scatter_add_rows: one weight per row");
        if (rows.empty() || width <= 0) return;
        const std::size_t m = rows.size();
        at(src, m * width, "scatter_add_rows");
        check_rows(dst, rows, width, "scatter_add_rows");
        checked_u32(static_cast<std::int64_t>(std::max(dst.buffer->floats(), src.offset + m * width)), "scatter_add_rows elements");
        const auto rr = dev_.stage(rows.data(), rows.size_bytes());
        const auto wr = dev_.stage(weights.data(), weights.size_bytes());
        const std::uint32_t push[4] = {static_cast<std::uint32_t>(m), static_cast<std::uint32_t>(width),
                                       static_cast<std::uint32_t>(dst.offset), static_cast<std::uint32_t>(src.offset)};
        const auto [gx, gy] = grid((m * width + 63) / 64);
        dev_.dispatch(dev_.pipeline("scatter_add_rows", 4, sizeof push), {whole(dst), whole(src), rr, wr}, push, sizeof push, gx, gy, 1);
    }

private:
    struct Resident {
        vk::BufferRange range;
        std::size_t bytes = 0;
        std::array<std::uint8_t, 32> head{}, tail{};  // catches a new matrix loaded at a freed one's address
    };

    // Splits `groups` workgroups over two axes of at most 65535.
    static std::pair<std::uint32_t, std::uint32_t> grid(std::uint64_t groups) {
        const std::uint32_t a = static_cast<std::uint32_t>(std::min<std::uint64_t>(std::max<std::uint64_t>(groups, 1), kMaxGroups));
        const std::uint64_t b = (groups + a - 1) / a;
        if (b > kMaxGroups) throw Error(ErrorKind::Unsupported, "Vulkan dispatch of " + std::to_string(groups) + " workgroups");
        return {a, static_cast<std::uint32_t>(std::max<std::uint64_t>(b, 1))};
    }

    Backend& cpu() {
        if (!cpu_) cpu_ = make_cpu_backend(CpuBackendOptions{0, true});
        return *cpu_;
    }

    // The device copy of a weight matrix, uploaded on first use.
    vk::BufferRange resident(const WeightMatrix& w) {
        const std::size_t bytes = static_cast<std::size_t>(w.rows) * w.row_bytes;
        Resident probe;
        probe.bytes = bytes;
        const std::size_t sample = std::min<std::size_t>(bytes, probe.head.size());
        std::memcpy(probe.head.data(), w.data, sample);
        std::memcpy(probe.tail.data(), w.data + bytes - sample, sample);
        if (auto it = resident_.find(w.data); it != resident_.end()) {
            const Resident& r = it->second;
            if (r.bytes == bytes && r.head == probe.head && r.tail == probe.tail) return r.range;
        }
        const VkDeviceSize padded = (bytes + 3) & ~VkDeviceSize(3);  // shaders read whole 32-bit words
        const vk::BufferRange range = arena_alloc(padded);
        dev_.upload(arena_buffer(range.buffer), range.offset, w.data, bytes);
        probe.range = range;
        resident_[w.data] = probe;
        return probe.range;
    }

    // Whether the device copy registered for w's address still holds w (not a freed model's matrix at that address).
    bool still_resident(const WeightMatrix& w) const {
        const auto it = resident_.find(w.data);
        if (it == resident_.end()) return false;
        const std::size_t bytes = static_cast<std::size_t>(w.rows) * w.row_bytes;
        const Resident& r = it->second;
        const std::size_t sample = std::min<std::size_t>(bytes, r.head.size());
        return r.bytes == bytes && std::memcmp(r.head.data(), w.data, sample) == 0 &&
               std::memcmp(r.tail.data(), w.data + bytes - sample, sample) == 0;
    }

    // `bytes` of the weight arena: large blocks, not one allocation per matrix (a MoE model has tens of
    // thousands of matrices and drivers allow about 4096 allocations); a request larger than a block gets its own.
    vk::BufferRange arena_alloc(VkDeviceSize bytes) {
        if (bytes > dev_.limits().maxStorageBufferRange)
            throw Error(ErrorKind::Unsupported, "a " + std::to_string(bytes >> 20) + " MiB weight block exceeds Vulkan device '" +
                                                    dev_.choice().name + "' maxStorageBufferRange of " +
                                                    std::to_string(dev_.limits().maxStorageBufferRange >> 20) + " MiB");
        VkDeviceSize offset = (arena_used_ + align_ - 1) / align_ * align_;
        if (arena_.empty() || offset + bytes > arena_.back().size) {
            next_block_ = std::min<VkDeviceSize>(next_block_ * 2, VkDeviceSize(256) << 20);
            arena_.push_back(dev_.create_buffer(std::max(bytes, next_block_), false));
            offset = 0;
        }
        arena_used_ = offset + bytes;
        resident_bytes_ += bytes;
        return {arena_.back().buffer, offset, bytes};
    }
    const vk::Buffer& arena_buffer(VkBuffer b) const {
        for (const vk::Buffer& a : arena_)
            if (a.buffer == b) return a;
        throw Error(ErrorKind::Internal, "Vulkan: not an arena buffer");
    }

    // The experts of one projection back to back, `stride` bytes apart, so matvec_routed.comp can index them by
    // id; each is also registered on its own, so the host-routed path (prefill) finds it without a second copy.
    struct ExpertGroup {
        vk::BufferRange range;
        VkDeviceSize stride = 0;
        std::size_t count = 0;
    };
    const ExpertGroup& resident_group(std::span<const WeightMatrix> experts) {
        const WeightMatrix& first = experts.front();
        if (auto it = groups_.find(first.data);
            it != groups_.end() && it->second.count == experts.size() && still_resident(first) && still_resident(experts.back()))
            return it->second;
        for (const WeightMatrix& w : experts)
            if (w.dtype != first.dtype || w.rows != first.rows || w.cols != first.cols || w.row_bytes != first.row_bytes)
                throw Error(ErrorKind::Internal, "Vulkan: the experts of one projection differ in type or shape");
        const std::size_t bytes = static_cast<std::size_t>(first.rows) * first.row_bytes;
        ExpertGroup g;
        g.stride = (bytes + 3) & ~VkDeviceSize(3);
        g.count = experts.size();
        checked_u32(static_cast<std::int64_t>(g.stride * g.count), "expert group bytes");
        g.range = arena_alloc(g.stride * g.count);
        const vk::Buffer& buffer = arena_buffer(g.range.buffer);
        for (std::size_t e = 0; e < experts.size(); ++e) {
            const WeightMatrix& w = experts[e];
            dev_.upload(buffer, g.range.offset + e * g.stride, w.data, bytes);
            Resident r;
            r.bytes = bytes;
            const std::size_t sample = std::min<std::size_t>(bytes, r.head.size());
            std::memcpy(r.head.data(), w.data, sample);
            std::memcpy(r.tail.data(), w.data + bytes - sample, sample);
            r.range = {g.range.buffer, g.range.offset + e * g.stride, g.stride};
            resident_[w.data] = r;
        }
        return groups_[first.data] = g;
    }

    // Norm weights (host float vectors) as the F32 matrices resident() keeps; the model prepares them the same way.
    static WeightMatrix norm_weight(const float* weight, int dim) {
        return WeightMatrix{DType::F32, 1, dim, reinterpret_cast<const std::uint8_t*>(weight), sizeof(float) * static_cast<std::size_t>(dim)};
    }

    // Validates a pointer of this backend and returns the byte range it starts (to its buffer's end).
    vk::BufferRange at(DevicePtr p, std::size_t n, const char* op) const {
        check_device_range(*this, p, n, op);
        const vk::Buffer& b = buffer_of(p);
        return {b.buffer, p.offset * sizeof(float), b.size - p.offset * sizeof(float)};
    }
    static const vk::Buffer& buffer_of(DevicePtr p) { return static_cast<VulkanBuffer*>(p.buffer)->buffer(); }
    // The whole buffer of p: shaders index with p.offset (a push constant), so no offset alignment applies.
    static vk::BufferRange whole(DevicePtr p) {
        const vk::Buffer& b = buffer_of(p);
        return {b.buffer, 0, b.size};
    }
    // Every row index of a gather/scatter lies inside `base`'s buffer.
    void check_rows(DevicePtr base, std::span<const std::int32_t> rows, int width, const char* op) const {
        for (std::int32_t r : rows)
            if (r < 0) throw Error(ErrorKind::Internal, std::string(op) + ": negative row index");
            else at(base + static_cast<std::size_t>(r) * width, static_cast<std::size_t>(width), op);
    }

    // A weight type without a shader: the CPU backend computes it, the activations cross through the host.
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

    vk::Device dev_;
    VkDeviceSize align_ = 16;
    std::vector<vk::Buffer> arena_;
    VkDeviceSize arena_used_ = 0;
    VkDeviceSize next_block_ = VkDeviceSize(16) << 20;
    VkDeviceSize resident_bytes_ = 0;
    std::unordered_map<const std::uint8_t*, Resident> resident_;
    std::unique_ptr<Backend> cpu_;
    std::unique_ptr<DeviceBuffer> part_;  // attention splits' partial results
    std::unordered_map<const std::uint8_t*, ExpertGroup> groups_;  // keyed by the first expert's data
    bool kv_f16_;
};

}  // namespace

bool vulkan_backend_built() { return true; }

std::unique_ptr<Backend> make_vulkan_backend(const VulkanBackendOptions& options) { return std::make_unique<VulkanBackend>(options); }

}  // namespace qwendesk

#endif  // QWENDESK_VULKAN_BACKEND
