// Writes a safetensors file (header + tile of tensors), for the demo model and for tests that need files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "formats/dtype.h"

namespace qwendesk {

struct TensorToWrite {
    std::string name;
    DType dtype;  // F32, F16, BF16, F8_E4M3 or I32
    std::vector<std::int64_t> shape;
    std::vector<std::uint8_t> bytes;
};

// Throws Error on I/O failure. The file is written to a temporary name first and renamed into place.
void write_safetensors(const std::filesystem::path& path, const std::vector<TensorToWrite>& tensors);

// The bytes write_safetensors would write (header and data), for tests that corrupt them.
std::vector<std::uint8_t> serialize_safetensors(const std::vector<TensorToWrite>& tensors);

}  // namespace qwendesk
