// VulkanBackend: the op interface of backends/backend.h on a Vulkan compute queue (docs/vulkan.md).
//
// First step, correctness before speed: weights are uploaded once and stay resident (a bump arena of large
// device buffers, keyed by the WeightMatrix's data pointer); activations travel per op — copied into
// host-visible buffers, one dispatch submitted and waited for, results copied back — because the op
// interface hands us host float pointers. The KV cache stays the CPU backend's host cache; attention uploads
// the positions it reads. The next step is a device-resident graph: activations and KV cache on the device and
// one recorded command buffer per forward pass.
//
// Weight types without a shader (Q4_1, Q5_0, Q5_1, Q2_K, Q3_K, IQ4_*, FP8/AWQ repacks) run on an internal CPU
// backend, so any model the engine loads runs; name() says so once it happens.
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
#include <mutex>
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
    default: return nullptr;
    }
}

constexpr std::uint32_t kMaxGroups = 65535;  // guaranteed per dispatch axis
constexpr std::uint32_t kMatmulTokens = 8;   // TOK in matmul.comp
constexpr int kMaxHeadDim = 256;             // attention.comp keeps 4 dims per invocation of 64

std::uint32_t checked_u32(std::int64_t v, const char* what) {
    if (v < 0 || v > 0xFFFFFFFFll)
        throw Error(ErrorKind::Unsupported, std::string("Vulkan backend: ") + what + " of " + std::to_string(v) +
                                                " exceeds the 32-bit indexing of the shaders");
    return static_cast<std::uint32_t>(v);
}

class VulkanBackend final : public Backend {
public:
    explicit VulkanBackend(const VulkanBackendOptions& options) : dev_(options.device) {
        align_ = std::max<VkDeviceSize>(16, dev_.limits().minStorageBufferOffsetAlignment);
    }

    ~VulkanBackend() override {
        for (auto& b : arena_) dev_.destroy(b);
        for (auto& b : slots_) dev_.destroy(b);
    }

    std::string name() const override {
        std::string n = "vulkan (" + dev_.choice().name + ")";
        if (cpu_) n += " + cpu for some weight types";
        return n;
    }
    int threads() const override { return 1; }

    void matmul(const WeightMatrix& w, const float* x, float* y, int n_tokens) override {
        if (n_tokens <= 0 || w.rows <= 0) return;
        const char* suffix = shader_suffix(w.dtype);
        if (!suffix) return cpu().matmul(w, x, y, n_tokens);
        std::lock_guard lock(mutex_);
        const vk::BufferRange wr = resident(w);
        const std::size_t xbytes = sizeof(float) * static_cast<std::size_t>(n_tokens) * w.cols;
        const std::size_t ybytes = sizeof(float) * static_cast<std::size_t>(n_tokens) * w.rows;
        const auto xr = put(0, x, xbytes);
        const auto yr = range(1, ybytes);
        const std::uint32_t push[4] = {checked_u32(w.rows, "rows"), checked_u32(w.cols, "cols"),
                                       static_cast<std::uint32_t>(n_tokens), checked_u32(static_cast<std::int64_t>(w.row_bytes), "row bytes")};
        checked_u32(static_cast<std::int64_t>(n_tokens) * std::max(w.rows, w.cols), "activation elements");
        const auto [gx, gz] = grid(static_cast<std::uint64_t>(w.rows));
        const std::uint32_t gy = (static_cast<std::uint32_t>(n_tokens) + kMatmulTokens - 1) / kMatmulTokens;
        dev_.dispatch(dev_.pipeline(std::string("matmul_") + suffix, 3, sizeof push), {wr, xr, yr}, push, sizeof push, gx, gy, gz);
        get(1, y, ybytes);
    }

    void embed(const WeightMatrix& table, const std::int32_t* ids, int n_tokens, float* out) override {
        for (int t = 0; t < n_tokens; ++t)
            if (ids[t] < 0 || ids[t] >= table.rows)
                throw Error(ErrorKind::InvalidArgument, "token id " + std::to_string(ids[t]) +
                                                            " is outside the model's vocabulary of " + std::to_string(table.rows));
        if (n_tokens <= 0) return;
        const char* suffix = shader_suffix(table.dtype);
        if (!suffix) return cpu().embed(table, ids, n_tokens, out);
        std::lock_guard lock(mutex_);
        const vk::BufferRange tr = resident(table);
        const std::size_t obytes = sizeof(float) * static_cast<std::size_t>(n_tokens) * table.cols;
        const auto ir = put(0, ids, sizeof(std::int32_t) * n_tokens);
        const auto orr = range(1, obytes);
        checked_u32(static_cast<std::int64_t>(n_tokens) * table.cols, "embedding elements");
        const std::uint32_t push[3] = {static_cast<std::uint32_t>(n_tokens), checked_u32(table.cols, "cols"),
                                       checked_u32(static_cast<std::int64_t>(table.row_bytes), "row bytes")};
        const auto [gx, gz] = grid(static_cast<std::uint64_t>(n_tokens));
        dev_.dispatch(dev_.pipeline(std::string("embed_") + suffix, 3, sizeof push), {tr, ir, orr}, push, sizeof push, gx, 1, gz);
        get(1, out, obytes);
    }

    void rms_norm(const float* x, const float* weight, float* y, std::int64_t rows, int dim, float eps) override {
        if (rows <= 0 || dim <= 0) return;
        std::lock_guard lock(mutex_);
        const std::size_t bytes = sizeof(float) * static_cast<std::size_t>(rows) * dim;
        checked_u32(rows * dim, "rms_norm elements");
        const auto xr = put(0, x, bytes);
        const auto wr = put(1, weight, sizeof(float) * dim);
        const auto yr = range(2, bytes);
        struct {
            std::uint32_t rows, dim;
            float eps;
        } push{static_cast<std::uint32_t>(rows), static_cast<std::uint32_t>(dim), eps};
        const auto [gx, gz] = grid(static_cast<std::uint64_t>(rows));
        dev_.dispatch(dev_.pipeline("rms_norm", 3, sizeof push), {xr, wr, yr}, &push, sizeof push, gx, 1, gz);
        get(2, y, bytes);
    }

    void rope(float* x, int n_tokens, int n_heads, int head_dim, const float* cos, const float* sin) override {
        if (n_tokens <= 0 || n_heads <= 0 || head_dim < 2) return;
        std::lock_guard lock(mutex_);
        const int half = head_dim / 2;
        const std::size_t bytes = sizeof(float) * static_cast<std::size_t>(n_tokens) * n_heads * head_dim;
        const std::size_t table = sizeof(float) * static_cast<std::size_t>(n_tokens) * half;
        const std::uint32_t n = checked_u32(static_cast<std::int64_t>(n_tokens) * n_heads * half, "rope pairs");
        const auto xr = put(0, x, bytes);
        const auto cr = put(1, cos, table);
        const auto sr = put(2, sin, table);
        const std::uint32_t push[3] = {static_cast<std::uint32_t>(n_tokens), static_cast<std::uint32_t>(n_heads),
                                       static_cast<std::uint32_t>(half)};
        const auto [gx, gy] = grid((n + 63) / 64);
        dev_.dispatch(dev_.pipeline("rope", 3, sizeof push), {xr, cr, sr}, push, sizeof push, gx, gy, 1);
        get(0, x, bytes);
    }

    void attention(const float* q, const float* k, const float* v, KvLayerView kv, int start_pos, int n_tokens,
                   const AttentionShape& shape, float* out) override {
        const int hd = shape.head_dim, nkv = shape.num_kv_heads, nh = shape.num_heads;
        if (start_pos + n_tokens > kv.capacity)
            throw Error(ErrorKind::ContextOverflow, "attention past the KV cache's " + std::to_string(kv.capacity) + " positions");
        if (n_tokens <= 0) return;
        if (hd > kMaxHeadDim || nkv <= 0 || nh % nkv != 0)
            throw Error(ErrorKind::Unsupported, "Vulkan attention: head_dim " + std::to_string(hd) + " (max " +
                                                    std::to_string(kMaxHeadDim) + "), " + std::to_string(nh) + " heads over " +
                                                    std::to_string(nkv) + " KV heads");
        // The new keys and values go into the host cache exactly as the CPU backend writes them.
        for (int t = 0; t < n_tokens; ++t)
            for (int h = 0; h < nkv; ++h) {
                const std::size_t dst = (static_cast<std::size_t>(h) * kv.capacity + start_pos + t) * hd;
                const std::size_t src = (static_cast<std::size_t>(t) * nkv + h) * hd;
                std::memcpy(kv.keys + dst, k + src, sizeof(float) * hd);
                std::memcpy(kv.values + dst, v + src, sizeof(float) * hd);
            }
        std::lock_guard lock(mutex_);
        const int kv_len = start_pos + n_tokens;
        const std::size_t head_bytes = sizeof(float) * static_cast<std::size_t>(kv_len) * hd;
        const std::size_t kv_bytes = head_bytes * nkv;
        const std::size_t q_bytes = sizeof(float) * static_cast<std::size_t>(n_tokens) * nh * hd;
        checked_u32(static_cast<std::int64_t>(kv_len) * hd * nkv, "KV cache elements");
        const auto qr = put(0, q, q_bytes);
        const auto kr = range(1, kv_bytes);
        const auto vr = range(2, kv_bytes);
        for (int h = 0; h < nkv; ++h) {
            const std::size_t src = static_cast<std::size_t>(h) * kv.capacity * hd;
            std::memcpy(static_cast<std::uint8_t*>(slots_[1].mapped) + h * head_bytes, kv.keys + src, head_bytes);
            std::memcpy(static_cast<std::uint8_t*>(slots_[2].mapped) + h * head_bytes, kv.values + src, head_bytes);
        }
        const auto orr = range(3, q_bytes);
        struct {
            std::uint32_t n_tokens, start_pos, n_heads, n_kv_heads, head_dim, kv_len;
            float scale;
        } push{static_cast<std::uint32_t>(n_tokens), static_cast<std::uint32_t>(start_pos), static_cast<std::uint32_t>(nh),
               static_cast<std::uint32_t>(nkv), static_cast<std::uint32_t>(hd), static_cast<std::uint32_t>(kv_len),
               1.0f / std::sqrt(static_cast<float>(hd))};
        const auto [gx, gz] = grid(static_cast<std::uint64_t>(n_tokens) * nh);
        dev_.dispatch(dev_.pipeline("attention", 4, sizeof push), {qr, kr, vr, orr}, &push, sizeof push, gx, 1, gz);
        get(3, out, q_bytes);
    }

    void swiglu(const float* gate, const float* up, float* out, std::int64_t n) override {
        if (n <= 0) return;
        std::lock_guard lock(mutex_);
        const std::uint32_t n32 = checked_u32(n, "swiglu elements");
        const std::size_t bytes = sizeof(float) * static_cast<std::size_t>(n);
        const auto gr = put(0, gate, bytes);
        const auto ur = put(1, up, bytes);
        const auto orr = range(2, bytes);
        const auto [gx, gy] = grid((static_cast<std::uint64_t>(n32) + 63) / 64);
        dev_.dispatch(dev_.pipeline("swiglu", 3, sizeof n32), {gr, ur, orr}, &n32, sizeof n32, gx, gy, 1);
        get(2, out, bytes);
    }

    void add(float* x, const float* y, std::int64_t n) override {
        if (n <= 0) return;
        std::lock_guard lock(mutex_);
        const std::uint32_t n32 = checked_u32(n, "add elements");
        const std::size_t bytes = sizeof(float) * static_cast<std::size_t>(n);
        const auto xr = put(0, x, bytes);
        const auto yr = put(1, y, bytes);
        const auto [gx, gy] = grid((static_cast<std::uint64_t>(n32) + 63) / 64);
        dev_.dispatch(dev_.pipeline("add", 2, sizeof n32), {xr, yr}, &n32, sizeof n32, gx, gy, 1);
        get(0, x, bytes);
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
        std::lock_guard lock(mutex_);
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
        if (bytes > dev_.limits().maxStorageBufferRange)
            throw Error(ErrorKind::Unsupported, "a " + std::to_string(bytes >> 20) + " MiB weight matrix exceeds Vulkan device '" +
                                                    dev_.choice().name + "' maxStorageBufferRange of " +
                                                    std::to_string(dev_.limits().maxStorageBufferRange >> 20) + " MiB");
        const VkDeviceSize padded = (bytes + 3) & ~VkDeviceSize(3);  // shaders read whole 32-bit words
        VkDeviceSize offset = (arena_used_ + align_ - 1) / align_ * align_;
        if (arena_.empty() || offset + padded > arena_.back().size) {
            // Large blocks, not one allocation per matrix: a MoE model has tens of thousands of matrices and
            // drivers allow about 4096 allocations.
            next_block_ = std::min<VkDeviceSize>(next_block_ * 2, VkDeviceSize(256) << 20);
            arena_.push_back(dev_.create_buffer(std::max(padded, next_block_), false));
            offset = 0;
        }
        dev_.upload(arena_.back(), offset, w.data, bytes);
        arena_used_ = offset + padded;
        resident_bytes_ += padded;
        probe.range = {arena_.back().buffer, offset, padded};
        resident_[w.data] = probe;
        return probe.range;
    }

    // Host-visible activation buffers, grown on demand (slot i is the i-th buffer of an op).
    vk::BufferRange range(int slot, std::size_t bytes) {
        vk::Buffer& b = slots_[slot];
        const VkDeviceSize need = std::max<VkDeviceSize>((bytes + 3) & ~std::size_t(3), 4);
        if (b.size < need) {
            dev_.destroy(b);
            b = dev_.create_buffer(std::max<VkDeviceSize>(need, need + need / 2), true);
        }
        return {b.buffer, 0, need};
    }
    vk::BufferRange put(int slot, const void* src, std::size_t bytes) {
        auto r = range(slot, bytes);
        std::memcpy(slots_[slot].mapped, src, bytes);
        return r;
    }
    void get(int slot, void* dst, std::size_t bytes) { std::memcpy(dst, slots_[slot].mapped, bytes); }

    vk::Device dev_;
    std::recursive_mutex mutex_;
    VkDeviceSize align_ = 16;
    std::vector<vk::Buffer> arena_;
    VkDeviceSize arena_used_ = 0;
    VkDeviceSize next_block_ = VkDeviceSize(16) << 20;
    VkDeviceSize resident_bytes_ = 0;
    std::unordered_map<const std::uint8_t*, Resident> resident_;
    std::array<vk::Buffer, 4> slots_{};
    std::unique_ptr<Backend> cpu_;
};

}  // namespace

bool vulkan_backend_built() { return true; }

std::unique_ptr<Backend> make_vulkan_backend(const VulkanBackendOptions& options) { return std::make_unique<VulkanBackend>(options); }

}  // namespace qwendesk

#endif  // QWENDESK_VULKAN_BACKEND
