// Builds small GGUF files in memory for tests and the fuzz seed corpus: valid ones, and broken ones
// through the override fields (counts, version, magic, raw tensor descriptors).
#pragma once

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace qwendesk::test {

class GgufBuilder {
public:
    std::uint32_t version = 3;
    std::string magic = "GGUF";
    std::optional<std::uint64_t> tensor_count_override, kv_count_override;
    std::uint64_t alignment = 32;  // used for layout; write general.alignment yourself to change the file's

    // Metadata, appended in order.
    void kv_raw(const std::string& key, std::uint32_t type, const std::vector<std::uint8_t>& value) {
        str(kv_, key);
        u32(kv_, type);
        kv_.insert(kv_.end(), value.begin(), value.end());
        ++n_kv_;
    }
    void kv_u32(const std::string& key, std::uint32_t v) { kv_raw(key, 4, le(v, 4)); }
    void kv_i32(const std::string& key, std::int32_t v) { kv_raw(key, 5, le(static_cast<std::uint32_t>(v), 4)); }
    void kv_u64(const std::string& key, std::uint64_t v) { kv_raw(key, 10, le(v, 8)); }
    void kv_f32(const std::string& key, float v) {
        std::uint32_t b;
        std::memcpy(&b, &v, 4);
        kv_raw(key, 6, le(b, 4));
    }
    void kv_bool(const std::string& key, bool v) { kv_raw(key, 7, {static_cast<std::uint8_t>(v)}); }
    void kv_string(const std::string& key, const std::string& v) {
        std::vector<std::uint8_t> b;
        str(b, v);
        kv_raw(key, 8, b);
    }
    void kv_array_strings(const std::string& key, const std::vector<std::string>& v) {
        std::vector<std::uint8_t> b;
        u32(b, 8);
        u64(b, v.size());
        for (const auto& s : v) str(b, s);
        kv_raw(key, 9, b);
    }
    void kv_array_i32(const std::string& key, const std::vector<std::int32_t>& v) {
        std::vector<std::uint8_t> b;
        u32(b, 5);
        u64(b, v.size());
        for (auto x : v) u32(b, static_cast<std::uint32_t>(x));
        kv_raw(key, 9, b);
    }
    void kv_array_f32(const std::string& key, const std::vector<float>& v) {
        std::vector<std::uint8_t> b;
        u32(b, 6);
        u64(b, v.size());
        for (float x : v) {
            std::uint32_t bits;
            std::memcpy(&bits, &x, 4);
            u32(b, bits);
        }
        kv_raw(key, 9, b);
    }

    // A tensor; offset defaults to the next aligned free position, nbytes to zero-filled data of
    // `data_bytes` (the caller knows the type's size).
    struct Tensor {
        std::string name;
        std::vector<std::uint64_t> dims;
        std::uint32_t type;
        std::optional<std::uint64_t> offset;
        std::uint64_t data_bytes;
    };
    void tensor(const std::string& name, std::vector<std::uint64_t> dims, std::uint32_t type, std::uint64_t data_bytes,
                std::optional<std::uint64_t> offset = std::nullopt) {
        tensors_.push_back({name, std::move(dims), type, offset, data_bytes});
    }

    std::vector<std::uint8_t> build() const {
        std::vector<std::uint8_t> out(magic.begin(), magic.end());
        u32(out, version);
        u64(out, tensor_count_override.value_or(tensors_.size()));
        u64(out, kv_count_override.value_or(n_kv_));
        out.insert(out.end(), kv_.begin(), kv_.end());
        std::uint64_t next = 0, data_end = 0;
        std::vector<std::uint64_t> offsets;
        for (const Tensor& t : tensors_) {
            std::uint64_t off = t.offset.value_or((next + alignment - 1) / alignment * alignment);
            offsets.push_back(off);
            next = off + t.data_bytes;
            if (next < (1u << 24)) data_end = std::max(data_end, next);  // absurd offsets get no data
            str(out, t.name);
            u32(out, static_cast<std::uint32_t>(t.dims.size()));
            for (auto d : t.dims) u64(out, d);
            u32(out, t.type);
            u64(out, off);
        }
        if (tensors_.empty()) return out;
        while (out.size() % alignment) out.push_back(0);
        const std::size_t data_start = out.size();
        out.resize(data_start + data_end, 0);
        // Deterministic, valid-looking data: small fp16-ish bytes.
        for (std::size_t k = data_start; k < out.size(); ++k) out[k] = static_cast<std::uint8_t>((k * 131 + 7) & 0x3F);
        return out;
    }

    static std::vector<std::uint8_t> le(std::uint64_t v, int n) {
        std::vector<std::uint8_t> b(n);
        for (int k = 0; k < n; ++k) b[k] = static_cast<std::uint8_t>(v >> (8 * k));
        return b;
    }
    static void u32(std::vector<std::uint8_t>& b, std::uint32_t v) {
        for (int k = 0; k < 4; ++k) b.push_back(static_cast<std::uint8_t>(v >> (8 * k)));
    }
    static void u64(std::vector<std::uint8_t>& b, std::uint64_t v) {
        for (int k = 0; k < 8; ++k) b.push_back(static_cast<std::uint8_t>(v >> (8 * k)));
    }
    static void str(std::vector<std::uint8_t>& b, const std::string& s) {
        u64(b, s.size());
        b.insert(b.end(), s.begin(), s.end());
    }

private:
    std::vector<std::uint8_t> kv_;
    std::uint64_t n_kv_ = 0;
    std::vector<Tensor> tensors_;
};

}  // namespace qwendesk::test
