#include "formats/safetensors.h"
#include "platform/paths.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <set>

#include <nlohmann/json.hpp>

#include "qwendesk/errors.h"

namespace qwendesk {

namespace {

constexpr std::uint64_t kMaxHeaderBytes = 100'000'000;  // the format's own limit

[[noreturn]] void corrupt(const std::string& origin, const std::string& what) {
    throw Error(ErrorKind::CorruptFile, origin + ": " + what);
}

std::optional<DType> safetensors_dtype(const std::string& name) {
    if (name == "F32") return DType::F32;
    if (name == "F16") return DType::F16;
    if (name == "BF16") return DType::BF16;
    if (name == "F8_E4M3") return DType::F8_E4M3;
    if (name == "I32") return DType::I32;
    return std::nullopt;
}

}  // namespace

std::vector<TensorView> parse_safetensors(std::span<const std::uint8_t> bytes, const std::string& origin) {
    if (bytes.size() < 8) corrupt(origin, "file of " + std::to_string(bytes.size()) + " bytes is too short for a safetensors header");
    std::uint64_t header_len = 0;
    for (int i = 7; i >= 0; --i) header_len = (header_len << 8) | bytes[static_cast<std::size_t>(i)];
    if (header_len > kMaxHeaderBytes)
        corrupt(origin, "header length " + std::to_string(header_len) + " exceeds the 100 MB limit");
    if (header_len > bytes.size() - 8)
        corrupt(origin, "header length " + std::to_string(header_len) + " runs past the end of the file (" +
                            std::to_string(bytes.size()) + " bytes)");
    const char* header_begin = reinterpret_cast<const char*>(bytes.data() + 8);
    // nlohmann::json keeps the last of duplicate keys silently, so duplicates are caught while parsing.
    std::set<std::string> seen_names;
    std::string duplicate;
    auto on_event = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        if (event == nlohmann::json::parse_event_t::key && depth == 1) {
            const auto& key = parsed.get_ref<const std::string&>();
            if (!seen_names.insert(key).second && duplicate.empty()) duplicate = key;
        }
        return true;
    };
    nlohmann::json header = nlohmann::json::parse(header_begin, header_begin + header_len, on_event, false);
    if (header.is_discarded() || !header.is_object()) corrupt(origin, "header is not a JSON object");
    if (!duplicate.empty()) corrupt(origin, "tensor '" + duplicate + "' is named twice in the header");

    const std::uint8_t* data = bytes.data() + 8 + header_len;
    const std::uint64_t data_size = bytes.size() - 8 - header_len;

    std::vector<TensorView> tensors;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges;
    for (auto it = header.begin(); it != header.end(); ++it) {
        const std::string& name = it.key();
        if (name == "__metadata__") continue;
        const auto& entry = it.value();
        const std::string where = "tensor '" + name + "'";
        if (!entry.is_object()) corrupt(origin, where + " is not an object");
        if (!entry.contains("dtype") || !entry["dtype"].is_string()) corrupt(origin, where + " has no dtype string");
        if (!entry.contains("shape") || !entry["shape"].is_array()) corrupt(origin, where + " has no shape array");
        if (!entry.contains("data_offsets") || !entry["data_offsets"].is_array() || entry["data_offsets"].size() != 2)
            corrupt(origin, where + " has no [begin, end] data_offsets");
        const std::string dtype_text = entry["dtype"].get<std::string>();
        auto dtype = safetensors_dtype(dtype_text);
        if (!dtype) throw Error(ErrorKind::Unsupported, origin + ": " + where + " has dtype " + dtype_text +
                                                            ", which QwenDesk does not read (F32, F16, BF16, F8_E4M3, I32)");
        TensorView view;
        view.name = name;
        view.dtype = *dtype;
        if (entry["shape"].size() > 8) corrupt(origin, where + " has " + std::to_string(entry["shape"].size()) + " dimensions (at most 8)");
        std::uint64_t elements = 1;
        for (const auto& d : entry["shape"]) {
            if (!d.is_number_unsigned()) corrupt(origin, where + " has a shape entry that is not a non-negative integer");
            std::uint64_t dim = d.get<std::uint64_t>();
            if (dim != 0 && elements > std::numeric_limits<std::uint64_t>::max() / 16 / dim)
                corrupt(origin, where + " has a shape whose element count overflows");
            elements *= dim;
            view.shape.push_back(static_cast<std::int64_t>(dim));
        }
        const auto& offsets = entry["data_offsets"];
        if (!offsets[0].is_number_unsigned() || !offsets[1].is_number_unsigned())
            corrupt(origin, where + " has data_offsets that are not non-negative integers");
        std::uint64_t begin = offsets[0].get<std::uint64_t>(), end = offsets[1].get<std::uint64_t>();
        if (begin > end || end > data_size)
            corrupt(origin, where + " has data_offsets [" + std::to_string(begin) + ", " + std::to_string(end) +
                                ") outside the data area of " + std::to_string(data_size) + " bytes");
        std::uint64_t expected = elements * dtype_info(*dtype)->block_bytes;
        if (end - begin != expected)
            corrupt(origin, where + " holds " + std::to_string(end - begin) + " bytes but shape " + view.shape_string() +
                                " × " + dtype_text + " needs " + std::to_string(expected));
        view.data = data + begin;
        view.nbytes = static_cast<std::size_t>(end - begin);
        ranges.emplace_back(begin, end);
        tensors.push_back(std::move(view));
    }
    std::sort(ranges.begin(), ranges.end());
    std::uint64_t covered = 0;
    for (const auto& [b, e] : ranges) {
        if (b != covered)
            corrupt(origin, b < covered ? "tensors overlap at data offset " + std::to_string(b)
                                        : "data bytes [" + std::to_string(covered) + ", " + std::to_string(b) +
                                              ") belong to no tensor (tensors must tile the data area)");
        covered = e;
    }
    if (covered != data_size)
        corrupt(origin, "data bytes [" + std::to_string(covered) + ", " + std::to_string(data_size) +
                            ") belong to no tensor (tensors must tile the data area)");
    return tensors;
}

SafetensorsCheckpoint::SafetensorsCheckpoint(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec)) {
        folder_ = path.parent_path();
        add_file(path);
        return;
    }
    if (!std::filesystem::is_directory(path, ec))
        throw Error(ErrorKind::FileNotFound, path_to_utf8(path) + " is neither a model folder nor a .safetensors file");
    folder_ = path;
    const auto index_path = path / "model.safetensors.index.json";
    const auto single_path = path / "model.safetensors";
    if (std::filesystem::exists(index_path, ec)) {
        auto index = nlohmann::json::parse(read_text_file(index_path), nullptr, false);
        const std::string origin = path_to_utf8(index_path);
        if (index.is_discarded() || !index.is_object() || !index.contains("weight_map") || !index["weight_map"].is_object())
            throw Error(ErrorKind::CorruptFile, origin + ": expected a JSON object with a \"weight_map\" object");
        std::set<std::string> shards;
        for (auto it = index["weight_map"].begin(); it != index["weight_map"].end(); ++it) {
            if (!it.value().is_string())
                throw Error(ErrorKind::CorruptFile, origin + ": weight_map entry '" + it.key() + "' is not a file name");
            shards.insert(it.value().get<std::string>());
        }
        for (const auto& shard : shards) {
            // A shard must be a plain file name inside the model folder: no separators, no "..", not absolute.
            std::filesystem::path shard_path(reinterpret_cast<const char8_t*>(shard.c_str()));
            if (shard.empty() || shard_path.has_root_path() || shard_path.has_parent_path() || shard == "." ||
                shard == ".." || shard.find('\\') != std::string::npos || shard.find('/') != std::string::npos)
                throw Error(ErrorKind::CorruptFile, origin + ": shard name '" + shard + "' leaves the model folder");
            add_file(path / shard_path);
        }
        for (auto it = index["weight_map"].begin(); it != index["weight_map"].end(); ++it) {
            auto t = tensors_.find(it.key());
            if (t == tensors_.end())
                throw Error(ErrorKind::CorruptFile, origin + ": tensor '" + it.key() + "' is listed in " +
                                                        it.value().get<std::string>() + " but that shard does not hold it");
        }
    } else if (std::filesystem::exists(single_path, ec)) {
        add_file(single_path);
    } else {
        throw Error(ErrorKind::FileNotFound, path_to_utf8(path) + " holds neither model.safetensors nor model.safetensors.index.json");
    }
}

void SafetensorsCheckpoint::add_file(const std::filesystem::path& file) {
    auto mapped = std::make_unique<MappedFile>(file);
    const std::string origin = path_to_utf8(file);
    for (auto& view : parse_safetensors(mapped->bytes(), origin)) {
        if (tensors_.count(view.name))
            throw Error(ErrorKind::CorruptFile, origin + ": tensor '" + view.name + "' appears in more than one file");
        std::string name = view.name;
        tensors_.emplace(std::move(name), std::move(view));
    }
    files_.push_back(std::move(mapped));
}

const TensorView* SafetensorsCheckpoint::find(const std::string& name) const {
    auto it = tensors_.find(name);
    return it == tensors_.end() ? nullptr : &it->second;
}

const TensorView& SafetensorsCheckpoint::get(const std::string& name) const {
    if (auto* t = find(name)) return *t;
    throw Error(ErrorKind::CorruptFile, "model in " + path_to_utf8(folder_) + " has no tensor '" + name + "'");
}

}  // namespace qwendesk
