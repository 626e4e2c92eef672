// GGUF parsing. The whole untrusted-input surface of the format is in this file: a Cursor that never
// reads past the end, counts checked against the bytes left before anything is reserved, and tensor
// descriptors validated as a set (alignment, bounds, overlap) before a GgufFile is handed out.
#include "formats/gguf.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>
#include <numeric>
#include <utility>

#include "formats/quant/half.h"
#include "platform/mapped_file.h"
#include "qwendesk/errors.h"

namespace qwendesk {

namespace {

constexpr std::uint64_t kHeaderBytes = 24;  // magic, version, tensor count, kv count
// Smallest possible encodings, used to bound counts by the bytes that are left:
constexpr std::uint64_t kMinKvBytes = 8 + 1 + 4 + 1;          // key length, 1-byte key, type, 1-byte value
constexpr std::uint64_t kMinTensorInfoBytes = 8 + 4 + 8 + 4 + 8;  // name length, n_dims, 1 dim, type, offset
constexpr std::uint32_t kMaxDims = 4;

std::string quote_name(std::string_view s) {
    // Names come from the file: show at most 96 bytes and escape control bytes.
    std::string out = "'";
    std::size_t n = std::min<std::size_t>(s.size(), 96);
    for (std::size_t k = 0; k < n; ++k) {
        const unsigned char c = static_cast<unsigned char>(s[k]);
        if (c < 0x20 || c == 0x7F) {
            static const char* hex = "0123456789abcdef";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    if (s.size() > n) out += "...";
    return out + "'";
}

std::uint64_t scalar_size(GgufValueType t) {
    switch (t) {
        case GgufValueType::U8:
        case GgufValueType::I8:
        case GgufValueType::Bool: return 1;
        case GgufValueType::U16:
        case GgufValueType::I16: return 2;
        case GgufValueType::U32:
        case GgufValueType::I32:
        case GgufValueType::F32: return 4;
        case GgufValueType::U64:
        case GgufValueType::I64:
        case GgufValueType::F64: return 8;
        default: return 0;  // string, array, unknown
    }
}

bool known_value_type(std::uint32_t t) { return t <= static_cast<std::uint32_t>(GgufValueType::F64); }

std::uint64_t load_u64le(const std::uint8_t* p) {
    return static_cast<std::uint64_t>(load_u32le(p)) | (static_cast<std::uint64_t>(load_u32le(p + 4)) << 32);
}

// Reads scalar element `idx` of a packed numeric array or a scalar at p into v.
void decode_scalar(GgufValueType t, const std::uint8_t* p, GgufValue& v) {
    v.type = t;
    auto set_signed = [&](std::int64_t x) {
        v.i = x;
        v.is_negative = x < 0;
        v.u = x < 0 ? 0 : static_cast<std::uint64_t>(x);
    };
    auto set_unsigned = [&](std::uint64_t x) {
        v.u = x;
        v.is_negative = false;
        v.i = x > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())
                  ? std::numeric_limits<std::int64_t>::max()
                  : static_cast<std::int64_t>(x);
    };
    switch (t) {
        case GgufValueType::U8: set_unsigned(p[0]); break;
        case GgufValueType::I8: set_signed(static_cast<std::int8_t>(p[0])); break;
        case GgufValueType::U16: set_unsigned(load_u16le(p)); break;
        case GgufValueType::I16: set_signed(static_cast<std::int16_t>(load_u16le(p))); break;
        case GgufValueType::U32: set_unsigned(load_u32le(p)); break;
        case GgufValueType::I32: set_signed(static_cast<std::int32_t>(load_u32le(p))); break;
        case GgufValueType::U64: set_unsigned(load_u64le(p)); break;
        case GgufValueType::I64: set_signed(static_cast<std::int64_t>(load_u64le(p))); break;
        case GgufValueType::F32: v.f = load_f32le(p); break;
        case GgufValueType::F64: v.f = std::bit_cast<double>(load_u64le(p)); break;
        case GgufValueType::Bool: v.b = p[0] != 0; break;
        default: break;
    }
}

bool is_integer_type(GgufValueType t) {
    switch (t) {
        case GgufValueType::U8:
        case GgufValueType::I8:
        case GgufValueType::U16:
        case GgufValueType::I16:
        case GgufValueType::U32:
        case GgufValueType::I32:
        case GgufValueType::U64:
        case GgufValueType::I64: return true;
        default: return false;
    }
}

// Bounds-checked little-endian reader over the file bytes.
class Cursor {
public:
    Cursor(std::span<const std::uint8_t> bytes, const std::string& name) : bytes_(bytes), name_(name) {}

    std::uint64_t pos() const { return pos_; }
    std::uint64_t left() const { return bytes_.size() - pos_; }

    [[noreturn]] void fail(const std::string& what) const {
        throw Error(ErrorKind::CorruptFile, name_ + ": " + what);
    }

    const std::uint8_t* take(std::uint64_t n, const std::string& what) {
        if (n > left())
            fail(what + " needs " + std::to_string(n) + " bytes at offset " + std::to_string(pos_) +
                 " but the file ends at " + std::to_string(bytes_.size()));
        const std::uint8_t* p = bytes_.data() + pos_;
        pos_ += n;
        return p;
    }
    std::uint32_t u32(const std::string& what) { return load_u32le(take(4, what)); }
    std::uint64_t u64(const std::string& what) { return load_u64le(take(8, what)); }

    std::string_view string(const std::string& what) {
        const std::uint64_t len = u64(what + " length");
        if (len > left())
            fail(what + " length " + std::to_string(len) + " at offset " + std::to_string(pos_ - 8) +
                 " runs past the end of the file (" + std::to_string(left()) + " bytes left)");
        const std::uint8_t* p = take(len, what);
        return {reinterpret_cast<const char*>(p), static_cast<std::size_t>(len)};
    }

private:
    std::span<const std::uint8_t> bytes_;
    const std::string& name_;
    std::uint64_t pos_ = 0;
};

void read_value(Cursor& c, std::uint32_t type_id, const std::string& what, GgufValue& v) {
    if (!known_value_type(type_id))
        c.fail(what + " has unknown value type " + std::to_string(type_id) + " (0..12 expected)");
    const auto type = static_cast<GgufValueType>(type_id);
    v.type = type;
    if (type == GgufValueType::String) {
        v.str = c.string(what);
        return;
    }
    if (type != GgufValueType::Array) {
        decode_scalar(type, c.take(scalar_size(type), what), v);
        return;
    }
    const std::uint32_t elem_id = c.u32(what + " element type");
    if (!known_value_type(elem_id))
        c.fail(what + " is an array of unknown value type " + std::to_string(elem_id) + " (0..12 expected)");
    const auto elem = static_cast<GgufValueType>(elem_id);
    if (elem == GgufValueType::Array)
        throw Error(ErrorKind::Unsupported, "array of arrays in " + what + " is not supported");
    const std::uint64_t count = c.u64(what + " array length");
    v.element_type = elem;
    v.count = count;
    if (elem == GgufValueType::String) {
        if (count > c.left() / 8)  // every string needs at least its 8-byte length
            c.fail(what + " array of " + std::to_string(count) + " strings cannot fit in the " +
                   std::to_string(c.left()) + " bytes left");
        v.strings.reserve(static_cast<std::size_t>(count));
        for (std::uint64_t k = 0; k < count; ++k) v.strings.push_back(c.string(what + " element " + std::to_string(k)));
        return;
    }
    const std::uint64_t size = scalar_size(elem);
    if (count > c.left() / size)
        c.fail(what + " array of " + std::to_string(count) + " x " + std::to_string(size) + "-byte " +
               std::string(gguf_value_type_name(elem)) + " runs past the end of the file (" +
               std::to_string(c.left()) + " bytes left)");
    v.elements = c.take(count * size, what);
}

bool mul_overflows(std::uint64_t a, std::uint64_t b, std::uint64_t& out) {
    if (a != 0 && b > std::numeric_limits<std::uint64_t>::max() / a) return true;
    out = a * b;
    return false;
}

}  // namespace

std::string_view gguf_value_type_name(GgufValueType type) {
    switch (type) {
        case GgufValueType::U8: return "u8";
        case GgufValueType::I8: return "i8";
        case GgufValueType::U16: return "u16";
        case GgufValueType::I16: return "i16";
        case GgufValueType::U32: return "u32";
        case GgufValueType::I32: return "i32";
        case GgufValueType::F32: return "f32";
        case GgufValueType::Bool: return "bool";
        case GgufValueType::String: return "string";
        case GgufValueType::Array: return "array";
        case GgufValueType::U64: return "u64";
        case GgufValueType::I64: return "i64";
        case GgufValueType::F64: return "f64";
    }
    return "unknown";
}

bool GgufValue::is_integer() const { return is_integer_type(type); }

GgufFile::GgufFile() = default;
GgufFile::GgufFile(GgufFile&&) noexcept = default;
GgufFile& GgufFile::operator=(GgufFile&&) noexcept = default;
GgufFile::~GgufFile() = default;

GgufFile GgufFile::open(const std::filesystem::path& path) {
    GgufFile g;
    g.file_ = std::make_unique<MappedFile>(path);
    g.bytes_ = g.file_->bytes();
    g.name_ = path.string();
    g.parse_all();
    return g;
}

GgufFile GgufFile::parse(std::span<const std::uint8_t> bytes, std::string display_name) {
    GgufFile g;
    g.bytes_ = bytes;
    g.name_ = std::move(display_name);
    g.parse_all();
    return g;
}

void GgufFile::parse_all() {
    Cursor c(bytes_, name_);
    const std::uint64_t size = bytes_.size();
    if (size < 4 || std::memcmp(bytes_.data(), "GGUF", 4) != 0)
        c.fail("not a GGUF file (the first 4 bytes are not \"GGUF\")");
    if (size < kHeaderBytes)
        c.fail("file is " + std::to_string(size) + " bytes, shorter than the " + std::to_string(kHeaderBytes) +
               "-byte GGUF header");
    c.take(4, "magic");
    version_ = c.u32("version");
    if (version_ == 1)
        throw Error(ErrorKind::Unsupported, name_ + ": GGUF version 1 is not supported (versions 2 and 3 are)");
    if (version_ != 0 && (version_ & 0xFFFFu) == 0)
        throw Error(ErrorKind::Unsupported, name_ + ": big-endian GGUF (version field " + std::to_string(version_) +
                                                ") is not supported");
    if (version_ != 2 && version_ != 3)
        throw Error(ErrorKind::Unsupported,
                    name_ + ": GGUF version " + std::to_string(version_) + " is not supported (2 or 3 expected)");
    const std::uint64_t n_tensors = c.u64("tensor count");
    const std::uint64_t n_kv = c.u64("metadata key/value count");
    if (n_kv > c.left() / kMinKvBytes)
        c.fail("metadata key/value count " + std::to_string(n_kv) + " cannot fit in the " + std::to_string(c.left()) +
               " bytes after the header (each needs at least " + std::to_string(kMinKvBytes) + ")");
    if (n_tensors > c.left() / kMinTensorInfoBytes)
        c.fail("tensor count " + std::to_string(n_tensors) + " cannot fit in the " + std::to_string(c.left()) +
               " bytes after the header (each tensor descriptor needs at least " +
               std::to_string(kMinTensorInfoBytes) + ")");

    // Metadata.
    for (std::uint64_t k = 0; k < n_kv; ++k) {
        const std::string_view key = c.string("metadata key #" + std::to_string(k));
        if (key.empty()) c.fail("metadata key #" + std::to_string(k) + " is empty");
        const std::string what = "metadata key " + quote_name(key);
        const std::uint32_t type_id = c.u32(what + " value type");
        GgufValue v;
        read_value(c, type_id, what, v);
        auto [it, inserted] = kv_index_.emplace(std::string(key), kv_.size());
        if (!inserted) c.fail("metadata key " + quote_name(key) + " appears twice");
        kv_.emplace_back(std::string(key), std::move(v));
    }

    if (const GgufValue* a = find("general.alignment")) {
        if (!a->is_integer() || a->is_negative || a->u == 0 || a->u > (1ull << 30) || (a->u & (a->u - 1)) != 0)
            c.fail("general.alignment must be a power of two up to 2^30, got " +
                   (a->is_integer() ? (a->is_negative ? std::to_string(a->i) : std::to_string(a->u))
                                    : "a " + std::string(gguf_value_type_name(a->type))));
        alignment_ = a->u;
    }

    // Tensor descriptors.
    if (n_tensors > c.left() / kMinTensorInfoBytes)
        c.fail("tensor count " + std::to_string(n_tensors) + " cannot fit in the " + std::to_string(c.left()) +
               " bytes after the metadata (each tensor descriptor needs at least " +
               std::to_string(kMinTensorInfoBytes) + ")");
    tensors_.reserve(static_cast<std::size_t>(n_tensors));
    for (std::uint64_t k = 0; k < n_tensors; ++k) {
        const std::string_view name = c.string("tensor #" + std::to_string(k) + " name");
        if (name.empty()) c.fail("tensor #" + std::to_string(k) + " has an empty name");
        const std::string what = "tensor " + quote_name(name);
        GgufTensor t;
        t.name = std::string(name);
        t.n_dims = c.u32(what + " n_dims");
        if (t.n_dims < 1 || t.n_dims > kMaxDims)
            c.fail(what + " has n_dims " + std::to_string(t.n_dims) + " (1.." + std::to_string(kMaxDims) + " allowed)");
        std::uint64_t elements = 1;
        for (std::uint32_t d = 0; d < t.n_dims; ++d) {
            t.ne[d] = c.u64(what + " dim " + std::to_string(d));
            if (t.ne[d] == 0) c.fail(what + " has dim " + std::to_string(d) + " = 0");
            if (mul_overflows(elements, t.ne[d], elements) ||
                elements > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                c.fail(what + " has " + std::to_string(t.n_dims) + " dims whose product overflows 2^63");
        }
        const std::uint32_t type_id = c.u32(what + " type");
        t.offset = c.u64(what + " offset");
        // Our DType ids >= 1000 are not GGUF types.
        const auto info = type_id < 1000 ? dtype_info(static_cast<DType>(type_id)) : std::nullopt;
        if (!info)
            throw Error(ErrorKind::Unsupported,
                        name_ + ": " + what + " has tensor type id " + std::to_string(type_id) + ", which is not supported");
        t.type = static_cast<DType>(type_id);
        if (t.ne[0] % info->block_elements != 0)
            c.fail(what + " row length " + std::to_string(t.ne[0]) + " is not a multiple of " +
                   std::string(info->name) + "'s block of " + std::to_string(info->block_elements));
        std::uint64_t nbytes = 0;
        if (mul_overflows(elements / info->block_elements, info->block_bytes, nbytes) ||
            nbytes > std::numeric_limits<std::size_t>::max())
            c.fail(what + " byte size overflows");
        t.nbytes = static_cast<std::size_t>(nbytes);
        auto [it, inserted] = tensor_index_.emplace(t.name, tensors_.size());
        if (!inserted) c.fail(what + " appears twice");
        tensors_.push_back(std::move(t));
    }

    // Data section: starts at the next multiple of the alignment (the padding may be missing in a
    // file without tensors).
    const std::uint64_t end_of_infos = c.pos();
    data_offset_ = (end_of_infos + alignment_ - 1) / alignment_ * alignment_;  // no overflow: pos < 2^63
    if (tensors_.empty()) return;
    if (data_offset_ > size)
        c.fail("data section would start at offset " + std::to_string(data_offset_) + " (aligned to " +
               std::to_string(alignment_) + "), past the end of the file (" + std::to_string(size) + " bytes)");
    const std::uint64_t data_size = size - data_offset_;
    for (GgufTensor& t : tensors_) {
        const std::string what = "tensor " + quote_name(t.name);
        if (t.offset % alignment_ != 0)
            c.fail(what + ": offset " + std::to_string(t.offset) + " is not a multiple of the alignment " +
                   std::to_string(alignment_));
        if (t.offset > data_size || t.nbytes > data_size - t.offset)
            c.fail(what + ": offset " + std::to_string(t.offset) + " + " + std::to_string(t.nbytes) +
                   " bytes runs past the end of the file (" + std::to_string(size) +
                   " bytes, data section starts at " + std::to_string(data_offset_) + ")");
        t.data = bytes_.data() + data_offset_ + t.offset;
    }
    std::vector<std::size_t> order(tensors_.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return tensors_[a].offset < tensors_[b].offset; });
    for (std::size_t k = 1; k < order.size(); ++k) {
        const GgufTensor& prev = tensors_[order[k - 1]];
        const GgufTensor& cur = tensors_[order[k]];
        if (prev.offset + prev.nbytes > cur.offset)
            c.fail("tensor " + quote_name(cur.name) + " at offset " + std::to_string(cur.offset) + " overlaps tensor " +
                   quote_name(prev.name) + " (offset " + std::to_string(prev.offset) + " + " +
                   std::to_string(prev.nbytes) + " bytes)");
    }
}

const GgufValue* GgufFile::find(std::string_view key) const {
    auto it = kv_index_.find(std::string(key));
    return it == kv_index_.end() ? nullptr : &kv_[it->second].second;
}

const GgufValue& GgufFile::require(std::string_view key) const {
    const GgufValue* v = find(key);
    if (!v) throw Error(ErrorKind::CorruptFile, name_ + ": metadata key " + quote_name(key) + " is missing");
    return *v;
}

void GgufFile::fail_type(std::string_view key, const GgufValue& v, std::string_view expected) const {
    std::string found(gguf_value_type_name(v.type));
    if (v.type == GgufValueType::Array) found += " of " + std::string(gguf_value_type_name(v.element_type));
    if (v.is_integer()) found += " " + (v.is_negative ? std::to_string(v.i) : std::to_string(v.u));
    throw Error(ErrorKind::CorruptFile,
                name_ + ": metadata key " + quote_name(key) + " is " + found + ", expected " + std::string(expected));
}

std::uint64_t GgufFile::get_u64(std::string_view key) const {
    const GgufValue& v = require(key);
    if (!v.is_integer() || v.is_negative) fail_type(key, v, "a non-negative integer");
    return v.u;
}

std::uint32_t GgufFile::get_u32(std::string_view key) const {
    const GgufValue& v = require(key);
    if (!v.is_integer() || v.is_negative || v.u > std::numeric_limits<std::uint32_t>::max())
        fail_type(key, v, "an integer in 0..4294967295");
    return static_cast<std::uint32_t>(v.u);
}

std::int32_t GgufFile::get_i32(std::string_view key) const {
    const GgufValue& v = require(key);
    if (!v.is_integer() || (!v.is_negative && v.u > static_cast<std::uint64_t>(std::numeric_limits<std::int32_t>::max())) ||
        (v.is_negative && v.i < std::numeric_limits<std::int32_t>::min()))
        fail_type(key, v, "an integer in -2147483648..2147483647");
    return static_cast<std::int32_t>(v.i);
}

float GgufFile::get_f32(std::string_view key) const {
    const GgufValue& v = require(key);
    if (v.type != GgufValueType::F32 && v.type != GgufValueType::F64) fail_type(key, v, "f32 or f64");
    return static_cast<float>(v.f);
}

bool GgufFile::get_bool(std::string_view key) const {
    const GgufValue& v = require(key);
    if (v.type != GgufValueType::Bool) fail_type(key, v, "bool");
    return v.b;
}

std::string_view GgufFile::get_string(std::string_view key) const {
    const GgufValue& v = require(key);
    if (v.type != GgufValueType::String) fail_type(key, v, "string");
    return v.str;
}

std::optional<std::uint32_t> GgufFile::find_u32(std::string_view key) const {
    if (!has(key)) return std::nullopt;
    return get_u32(key);
}
std::optional<float> GgufFile::find_f32(std::string_view key) const {
    if (!has(key)) return std::nullopt;
    return get_f32(key);
}
std::optional<bool> GgufFile::find_bool(std::string_view key) const {
    if (!has(key)) return std::nullopt;
    return get_bool(key);
}
std::optional<std::string_view> GgufFile::find_string(std::string_view key) const {
    if (!has(key)) return std::nullopt;
    return get_string(key);
}

const std::vector<std::string_view>& GgufFile::get_array_strings(std::string_view key) const {
    const GgufValue& v = require(key);
    if (v.type != GgufValueType::Array || v.element_type != GgufValueType::String)
        fail_type(key, v, "an array of strings");
    return v.strings;
}

std::uint64_t GgufFile::get_array_size(std::string_view key) const {
    const GgufValue& v = require(key);
    if (v.type != GgufValueType::Array) fail_type(key, v, "an array");
    return v.count;
}

std::vector<std::int32_t> GgufFile::get_array_i32(std::string_view key) const {
    const GgufValue& v = require(key);
    if (v.type != GgufValueType::Array || !is_integer_type(v.element_type))
        fail_type(key, v, "an array of integers");
    const std::uint64_t size = scalar_size(v.element_type);
    std::vector<std::int32_t> out(static_cast<std::size_t>(v.count));
    for (std::uint64_t k = 0; k < v.count; ++k) {
        GgufValue e;
        decode_scalar(v.element_type, v.elements + k * size, e);
        if (e.i < std::numeric_limits<std::int32_t>::min() || e.i > std::numeric_limits<std::int32_t>::max())
            throw Error(ErrorKind::CorruptFile, name_ + ": metadata key " + quote_name(key) + " element " +
                                                    std::to_string(k) + " (" + std::to_string(e.i) +
                                                    ") does not fit in int32");
        out[static_cast<std::size_t>(k)] = static_cast<std::int32_t>(e.i);
    }
    return out;
}

std::vector<float> GgufFile::get_array_f32(std::string_view key) const {
    const GgufValue& v = require(key);
    if (v.type != GgufValueType::Array ||
        (v.element_type != GgufValueType::F32 && v.element_type != GgufValueType::F64))
        fail_type(key, v, "an array of f32 or f64");
    const std::uint64_t size = scalar_size(v.element_type);
    std::vector<float> out(static_cast<std::size_t>(v.count));
    for (std::uint64_t k = 0; k < v.count; ++k) {
        GgufValue e;
        decode_scalar(v.element_type, v.elements + k * size, e);
        out[static_cast<std::size_t>(k)] = static_cast<float>(e.f);
    }
    return out;
}

const GgufTensor* GgufFile::find_tensor(std::string_view name) const {
    auto it = tensor_index_.find(std::string(name));
    return it == tensor_index_.end() ? nullptr : &tensors_[it->second];
}

const GgufTensor& GgufFile::tensor(std::string_view name) const {
    const GgufTensor* t = find_tensor(name);
    if (!t) throw Error(ErrorKind::CorruptFile, name_ + ": tensor " + quote_name(name) + " is missing");
    return *t;
}

}  // namespace qwendesk
