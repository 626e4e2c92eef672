// GGUF (v2 and v3, little-endian) reader: metadata key/values and tensor descriptors over a file
// mapping or a caller-owned byte span.
//
// The file is untrusted. Everything is validated once, here, before any of it is used: magic and
// version; tensor and key counts against the bytes left (each entry needs a minimum number of bytes,
// so a huge count fails before anything is allocated); every string and array length against the end
// of the file, with overflow-safe arithmetic; value types; duplicate keys and tensor names;
// general.alignment (a power of two); n_dims 1..4, every dim > 0 and their product; tensor type ids;
// row length a multiple of the type's block; tensor offsets aligned, inside the data section and not
// overlapping. Failures throw qwendesk::Error (CorruptFile, or Unsupported for a valid file we do not
// read: GGUF v1, big-endian, an unknown tensor type) whose message names the file, the field and the
// limit it broke. After construction all accessors are safe; the tensor data pointers stay valid for
// the life of the GgufFile (open) or of the caller's bytes (parse).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "formats/dtype.h"

namespace qwendesk {

class MappedFile;

enum class GgufValueType : std::uint32_t {
    U8 = 0,
    I8 = 1,
    U16 = 2,
    I16 = 3,
    U32 = 4,
    I32 = 5,
    F32 = 6,
    Bool = 7,
    String = 8,
    Array = 9,
    U64 = 10,
    I64 = 11,
    F64 = 12,
};

std::string_view gguf_value_type_name(GgufValueType type);

// One metadata value. Scalars are widened: integers into `i` (signed types and unsigned values up to
// INT64_MAX) and `u` (unsigned types and non-negative signed values), floats into `f`. Strings and
// array elements are views into the file's bytes.
struct GgufValue {
    GgufValueType type = GgufValueType::U8;
    std::uint64_t u = 0;
    std::int64_t i = 0;
    bool is_negative = false;  // an integer below zero (then `u` is meaningless)
    double f = 0.0;
    bool b = false;
    std::string_view str;

    // Arrays (type == Array): element type and count; numeric/bool elements packed little-endian at
    // `elements`, string elements in `strings`.
    GgufValueType element_type = GgufValueType::U8;
    std::uint64_t count = 0;
    const std::uint8_t* elements = nullptr;
    std::vector<std::string_view> strings;

    bool is_integer() const;
};

struct GgufTensor {
    std::string name;
    DType type = DType::F32;
    std::uint32_t n_dims = 0;
    std::array<std::uint64_t, 4> ne{1, 1, 1, 1};  // ggml order: ne[0] = row length (contiguous)
    std::uint64_t offset = 0;                      // from the start of the data section
    const std::uint8_t* data = nullptr;
    std::size_t nbytes = 0;

    std::uint64_t n_elements() const { return ne[0] * ne[1] * ne[2] * ne[3]; }
    std::uint64_t row_length() const { return ne[0]; }
    std::uint64_t n_rows() const { return ne[1] * ne[2] * ne[3]; }
    std::size_t row_bytes() const { return static_cast<std::size_t>(nbytes / n_rows()); }
    const std::uint8_t* row(std::uint64_t r) const { return data + r * row_bytes(); }
};

class GgufFile {
public:
    // Maps and parses a file. Throws Error(FileNotFound) / Error(CorruptFile) / Error(Unsupported).
    static GgufFile open(const std::filesystem::path& path);
    // Parses bytes the caller keeps alive for the life of the result; `display_name` starts messages.
    static GgufFile parse(std::span<const std::uint8_t> bytes, std::string display_name);

    GgufFile(GgufFile&&) noexcept;
    GgufFile& operator=(GgufFile&&) noexcept;
    ~GgufFile();

    const std::string& display_name() const { return name_; }
    std::uint32_t version() const { return version_; }
    std::uint64_t alignment() const { return alignment_; }
    std::uint64_t data_offset() const { return data_offset_; }  // absolute start of the data section
    std::size_t file_size() const { return bytes_.size(); }

    // Metadata, in file order.
    const std::vector<std::pair<std::string, GgufValue>>& metadata() const { return kv_; }
    bool has(std::string_view key) const { return find(key) != nullptr; }
    const GgufValue* find(std::string_view key) const;

    // Typed getters. A missing key or a value of the wrong type or out of range throws
    // Error(CorruptFile) naming the file, key, found type and the expected one. Integer getters accept
    // any integer type whose value fits; get_f32 accepts F32 and F64.
    std::uint32_t get_u32(std::string_view key) const;
    std::uint64_t get_u64(std::string_view key) const;
    std::int32_t get_i32(std::string_view key) const;
    float get_f32(std::string_view key) const;
    bool get_bool(std::string_view key) const;
    std::string_view get_string(std::string_view key) const;
    // Optional forms: nullopt when the key is absent (a present key of the wrong type still throws).
    std::optional<std::uint32_t> find_u32(std::string_view key) const;
    std::optional<float> find_f32(std::string_view key) const;
    std::optional<bool> find_bool(std::string_view key) const;
    std::optional<std::string_view> find_string(std::string_view key) const;

    // Arrays. get_array_i32 accepts any integer element type whose values fit in int32;
    // get_array_f32 accepts F32 and F64 elements.
    const std::vector<std::string_view>& get_array_strings(std::string_view key) const;
    std::vector<std::int32_t> get_array_i32(std::string_view key) const;
    std::vector<float> get_array_f32(std::string_view key) const;
    std::uint64_t get_array_size(std::string_view key) const;

    // Tensors, in file order.
    const std::vector<GgufTensor>& tensors() const { return tensors_; }
    const GgufTensor* find_tensor(std::string_view name) const;
    // Throws Error(CorruptFile) naming the file and tensor when absent.
    const GgufTensor& tensor(std::string_view name) const;

private:
    GgufFile();
    void parse_all();
    const GgufValue& require(std::string_view key) const;
    [[noreturn]] void fail_type(std::string_view key, const GgufValue& v, std::string_view expected) const;

    std::unique_ptr<MappedFile> file_;
    std::span<const std::uint8_t> bytes_;
    std::string name_;
    std::uint32_t version_ = 0;
    std::uint64_t alignment_ = 32;
    std::uint64_t data_offset_ = 0;
    std::vector<std::pair<std::string, GgufValue>> kv_;
    std::unordered_map<std::string, std::size_t> kv_index_;
    std::vector<GgufTensor> tensors_;
    std::unordered_map<std::string, std::size_t> tensor_index_;
};

}  // namespace qwendesk
