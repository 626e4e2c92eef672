// Element types of stored weights. The numeric values of the GGUF types are GGUF's own type ids, so a
// GGUF tensor's type maps to DType with a range check; types that exist only in Hugging Face checkpoints
// (FP8) take ids above GGUF's range.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace qwendesk {

enum class DType : std::uint32_t {
    F32 = 0,
    F16 = 1,
    Q4_0 = 2,
    Q4_1 = 3,
    Q5_0 = 6,
    Q5_1 = 7,
    Q8_0 = 8,
    Q8_1 = 9,
    Q2_K = 10,
    Q3_K = 11,
    Q4_K = 12,
    Q5_K = 13,
    Q6_K = 14,
    Q8_K = 15,
    IQ4_NL = 20,
    IQ4_XS = 23,
    BF16 = 30,
    F8_E4M3 = 1000,  // Hugging Face FP8 checkpoints
    I32 = 1001,      // AWQ packed int4 words
    // Internal types: Hugging Face FP8 / AWQ checkpoints repacked at load (model/hf_quantized.h) into
    // self-contained row-major blocks, so every row machinery (dequantize_row, the CPU kernels) works on them.
    // Layouts: formats/quant/quant_fp8.cpp and quant_awq.cpp.
    F8_E4M3_B128 = 1002,  // 128 e4m3 codes with their block's float32 scale (132 bytes)
    F8_E4M3_B16 = 1003,   // 16 e4m3 codes with their block's float32 scale (20 bytes): in_features % 128 != 0
    AWQ4_G128 = 1004,     // 128 4-bit codes with an fp16 scale and a 4-bit zero (68 bytes): AWQ group 128k
    AWQ4_G32 = 1005,      // 32 4-bit codes with an fp16 scale and a 4-bit zero (20 bytes): AWQ groups of 32k
};

struct DTypeInfo {
    std::string_view name;
    std::size_t block_elements;  // elements per block (1 for plain types)
    std::size_t block_bytes;     // bytes per block
};

// nullopt for an id we do not know.
std::optional<DTypeInfo> dtype_info(DType type);
std::string_view dtype_name(DType type);

// Bytes of a row of `elements` elements, or nullopt when elements is not a multiple of the block size.
std::optional<std::size_t> row_bytes(DType type, std::size_t elements);

}  // namespace qwendesk
