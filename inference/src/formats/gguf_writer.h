// Writes GGUF v3 files (metadata, tensor descriptors, aligned data) as llama.cpp reads them. Tensor bytes are
// streamed from the caller's buffers at write time, so an exported 8B model is never copied in memory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "formats/dtype.h"

namespace qwendesk {

class GgufWriter {
public:
    void add_u32(const std::string& key, std::uint32_t value);
    void add_f32(const std::string& key, float value);
    void add_bool(const std::string& key, bool value);
    void add_string(const std::string& key, const std::string& value);
    void add_strings(const std::string& key, const std::vector<std::string>& values);
    void add_i32s(const std::string& key, const std::vector<std::int32_t>& values);

    // `ne` in ggml order (ne[0] = row length). The tensor's bytes are `parts` concatenated; they must stay
    // valid until write(). Throws Error(InvalidArgument) when the bytes do not match ne × type.
    void add_tensor(const std::string& name, DType type, std::vector<std::uint64_t> ne, std::vector<std::span<const std::uint8_t>> parts);
    // The same, for data the writer keeps (small tensors such as norms).
    void add_tensor_f32(const std::string& name, const std::vector<float>& values);

    // Writes to a temporary name and renames it into place. Throws Error on I/O failure.
    void write(const std::filesystem::path& path) const;

private:
    struct Tensor {
        std::string name;
        DType type;
        std::vector<std::uint64_t> ne;
        std::vector<std::span<const std::uint8_t>> parts;
        std::uint64_t nbytes;
    };
    void key(const std::string& k, std::uint32_t type);

    std::vector<std::uint8_t> kv_;
    std::uint64_t n_kv_ = 0;
    std::vector<Tensor> tensors_;
    std::vector<std::vector<float>> owned_;
};

}  // namespace qwendesk
