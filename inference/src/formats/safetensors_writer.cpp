#include "formats/safetensors_writer.h"

#include <fstream>

#include <nlohmann/json.hpp>

#include "qwendesk/errors.h"

namespace qwendesk {

namespace {
const char* safetensors_name(DType t) {
    switch (t) {
        case DType::F32: return "F32";
        case DType::F16: return "F16";
        case DType::BF16: return "BF16";
        case DType::F8_E4M3: return "F8_E4M3";
        case DType::I32: return "I32";
        default: throw Error(ErrorKind::Unsupported, "safetensors cannot hold " + std::string(dtype_name(t)));
    }
}
}  // namespace

std::vector<std::uint8_t> serialize_safetensors(const std::vector<TensorToWrite>& tensors) {
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    header["__metadata__"] = {{"format", "pt"}};
    std::size_t offset = 0;
    for (const auto& t : tensors) {
        header[t.name] = {{"dtype", safetensors_name(t.dtype)}, {"shape", t.shape}, {"data_offsets", {offset, offset + t.bytes.size()}}};
        offset += t.bytes.size();
    }
    std::string text = header.dump();
    while ((8 + text.size()) % 8 != 0) text += ' ';  // align the data area as the reference writer does
    std::vector<std::uint8_t> out(8 + text.size() + offset);
    const std::uint64_t n = text.size();
    for (int i = 0; i < 8; ++i) out[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(n >> (8 * i));
    std::copy(text.begin(), text.end(), out.begin() + 8);
    std::size_t at = 8 + text.size();
    for (const auto& t : tensors) {
        std::copy(t.bytes.begin(), t.bytes.end(), out.begin() + static_cast<std::ptrdiff_t>(at));
        at += t.bytes.size();
    }
    return out;
}

void write_safetensors(const std::filesystem::path& path, const std::vector<TensorToWrite>& tensors) {
    const auto bytes = serialize_safetensors(tensors);
    auto tmp = path;
    tmp += ".partial";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        if (!out) throw Error(ErrorKind::FileNotFound, "cannot write " + tmp.string());
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) throw Error(ErrorKind::FileNotFound, "cannot move " + tmp.string() + " into place: " + ec.message());
}

}  // namespace qwendesk
