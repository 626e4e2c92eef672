#include "formats/gguf_writer.h"

#include <cstring>
#include <fstream>

#include "qwendesk/errors.h"

namespace qwendesk {

namespace {

constexpr std::uint64_t kAlignment = 32;  // GGUF's default general.alignment

void put_u32(std::vector<std::uint8_t>& b, std::uint32_t v) {
    for (int k = 0; k < 4; ++k) b.push_back(static_cast<std::uint8_t>(v >> (8 * k)));
}
void put_u64(std::vector<std::uint8_t>& b, std::uint64_t v) {
    for (int k = 0; k < 8; ++k) b.push_back(static_cast<std::uint8_t>(v >> (8 * k)));
}
void put_str(std::vector<std::uint8_t>& b, const std::string& s) {
    put_u64(b, s.size());
    b.insert(b.end(), s.begin(), s.end());
}

// GGUF value type ids.
constexpr std::uint32_t kU32 = 4, kI32 = 5, kF32 = 6, kBool = 7, kString = 8, kArray = 9;

}  // namespace

void GgufWriter::key(const std::string& k, std::uint32_t type) {
    put_str(kv_, k);
    put_u32(kv_, type);
    ++n_kv_;
}

void GgufWriter::add_u32(const std::string& k, std::uint32_t v) {
    key(k, kU32);
    put_u32(kv_, v);
}

void GgufWriter::add_f32(const std::string& k, float v) {
    key(k, kF32);
    std::uint32_t bits;
    std::memcpy(&bits, &v, 4);
    put_u32(kv_, bits);
}

void GgufWriter::add_bool(const std::string& k, bool v) {
    key(k, kBool);
    kv_.push_back(v ? 1 : 0);
}

void GgufWriter::add_string(const std::string& k, const std::string& v) {
    key(k, kString);
    put_str(kv_, v);
}

void GgufWriter::add_strings(const std::string& k, const std::vector<std::string>& values) {
    key(k, kArray);
    put_u32(kv_, kString);
    put_u64(kv_, values.size());
    for (const auto& v : values) put_str(kv_, v);
}

void GgufWriter::add_i32s(const std::string& k, const std::vector<std::int32_t>& values) {
    key(k, kArray);
    put_u32(kv_, kI32);
    put_u64(kv_, values.size());
    for (auto v : values) put_u32(kv_, static_cast<std::uint32_t>(v));
}

void GgufWriter::add_tensor(const std::string& name, DType type, std::vector<std::uint64_t> ne,
                            std::vector<std::span<const std::uint8_t>> parts) {
    std::uint64_t rows = 1;
    for (std::size_t i = 1; i < ne.size(); ++i) rows *= ne[i];
    const auto row = row_bytes(type, static_cast<std::size_t>(ne.at(0)));
    std::uint64_t nbytes = 0;
    for (const auto& p : parts) nbytes += p.size();
    if (!row || nbytes != rows * *row)
        throw Error(ErrorKind::InvalidArgument, "GGUF tensor '" + name + "': " + std::to_string(nbytes) + " bytes do not match its shape and type " +
                                                    std::string(dtype_name(type)));
    tensors_.push_back(Tensor{name, type, std::move(ne), std::move(parts), nbytes});
}

void GgufWriter::add_tensor_f32(const std::string& name, const std::vector<float>& values) {
    owned_.push_back(values);
    const auto& v = owned_.back();
    add_tensor(name, DType::F32, {v.size()}, {std::span(reinterpret_cast<const std::uint8_t*>(v.data()), v.size() * 4)});
}

void GgufWriter::write(const std::filesystem::path& path) const {
    std::vector<std::uint8_t> header{'G', 'G', 'U', 'F'};
    put_u32(header, 3);
    put_u64(header, tensors_.size());
    put_u64(header, n_kv_);
    header.insert(header.end(), kv_.begin(), kv_.end());
    std::uint64_t offset = 0;
    for (const auto& t : tensors_) {
        put_str(header, t.name);
        put_u32(header, static_cast<std::uint32_t>(t.ne.size()));
        for (auto d : t.ne) put_u64(header, d);
        put_u32(header, static_cast<std::uint32_t>(t.type));
        put_u64(header, offset);
        offset = (offset + t.nbytes + kAlignment - 1) / kAlignment * kAlignment;
    }
    while (header.size() % kAlignment) header.push_back(0);

    auto tmp = path;
    tmp += ".partial";
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(header.data()), static_cast<std::streamsize>(header.size()));
    static const char zeros[kAlignment] = {};
    for (const auto& t : tensors_) {
        for (const auto& p : t.parts) out.write(reinterpret_cast<const char*>(p.data()), static_cast<std::streamsize>(p.size()));
        const std::uint64_t pad = (kAlignment - t.nbytes % kAlignment) % kAlignment;
        out.write(zeros, static_cast<std::streamsize>(pad));
    }
    out.close();
    if (!out) throw Error(ErrorKind::FileNotFound, "cannot write " + tmp.string());
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) throw Error(ErrorKind::FileNotFound, "cannot move " + tmp.string() + " into place: " + ec.message());
}

}  // namespace qwendesk
