#include "formats/dtype.h"

namespace qwendesk {

std::optional<DTypeInfo> dtype_info(DType type) {
    switch (type) {
        case DType::F32: return DTypeInfo{"F32", 1, 4};
        case DType::F16: return DTypeInfo{"F16", 1, 2};
        case DType::BF16: return DTypeInfo{"BF16", 1, 2};
        case DType::Q4_0: return DTypeInfo{"Q4_0", 32, 18};
        case DType::Q4_1: return DTypeInfo{"Q4_1", 32, 20};
        case DType::Q5_0: return DTypeInfo{"Q5_0", 32, 22};
        case DType::Q5_1: return DTypeInfo{"Q5_1", 32, 24};
        case DType::Q8_0: return DTypeInfo{"Q8_0", 32, 34};
        case DType::Q8_1: return DTypeInfo{"Q8_1", 32, 36};
        case DType::Q2_K: return DTypeInfo{"Q2_K", 256, 84};
        case DType::Q3_K: return DTypeInfo{"Q3_K", 256, 110};
        case DType::Q4_K: return DTypeInfo{"Q4_K", 256, 144};
        case DType::Q5_K: return DTypeInfo{"Q5_K", 256, 176};
        case DType::Q6_K: return DTypeInfo{"Q6_K", 256, 210};
        case DType::Q8_K: return DTypeInfo{"Q8_K", 256, 292};
        case DType::IQ4_NL: return DTypeInfo{"IQ4_NL", 32, 18};
        case DType::IQ4_XS: return DTypeInfo{"IQ4_XS", 256, 136};
        case DType::F8_E4M3: return DTypeInfo{"F8_E4M3", 1, 1};
        case DType::I32: return DTypeInfo{"I32", 1, 4};
        case DType::F8_E4M3_B128: return DTypeInfo{"F8_E4M3_B128", 128, 132};
        case DType::F8_E4M3_B16: return DTypeInfo{"F8_E4M3_B16", 16, 20};
        case DType::AWQ4_G128: return DTypeInfo{"AWQ4_G128", 128, 68};
        case DType::AWQ4_G32: return DTypeInfo{"AWQ4_G32", 32, 20};
    }
    return std::nullopt;
}

std::string_view dtype_name(DType type) {
    auto info = dtype_info(type);
    return info ? info->name : std::string_view("unknown");
}

std::optional<std::size_t> row_bytes(DType type, std::size_t elements) {
    auto info = dtype_info(type);
    if (!info || elements % info->block_elements != 0) return std::nullopt;
    return elements / info->block_elements * info->block_bytes;
}

}  // namespace qwendesk
