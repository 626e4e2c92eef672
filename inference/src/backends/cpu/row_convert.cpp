#include "backends/cpu/row_convert.h"

#include <cstdint>
#include <cstring>
#include <string_view>

#include "backends/cpu/cpu_features.h"
#include "formats/quant/dequantize.h"
#include "qwendesk/errors.h"

namespace qwendesk::cpu {

#if QWENDESK_X86_SIMD
void f16_to_f32_avx512(const std::uint8_t* src, float* dst, std::size_t n);  // row_convert_f16_avx512.cpp
#endif

void convert_row(DType type, const void* row, float* dst, std::size_t n, const SimdKernels& simd) {
    switch (type) {
        case DType::F32: std::memcpy(dst, row, n * sizeof(float)); return;
        case DType::BF16: simd.bf16_to_f32(static_cast<const unsigned short*>(row), dst, n); return;
#if QWENDESK_X86_SIMD
        case DType::F16:
            if (cpu_features().avx512 && std::string_view(simd.name) == "avx512") {
                f16_to_f32_avx512(static_cast<const std::uint8_t*>(row), dst, n);
                return;
            }
            break;
#endif
        default: break;
    }
    if (!can_dequantize(type))
        throw Error(ErrorKind::Unsupported, std::string("the CPU backend cannot read weights of type ") + std::string(dtype_name(type)));
    dequantize_row(type, row, dst, n);
}

}  // namespace qwendesk::cpu
