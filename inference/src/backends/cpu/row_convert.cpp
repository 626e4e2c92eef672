#include "backends/cpu/row_convert.h"

#include <cstdint>
#include <cstring>

#include "formats/quant/dequantize.h"
#include "qwendesk/errors.h"

namespace qwendesk::cpu {


void convert_row(DType type, const void* row, float* dst, std::size_t n, const SimdKernels& simd) {
    switch (type) {
        case DType::F32: std::memcpy(dst, row, n * sizeof(float)); return;
        case DType::BF16: simd.bf16_to_f32(static_cast<const unsigned short*>(row), dst, n); return;
        default:
            if (!can_dequantize(type))
                throw Error(ErrorKind::Unsupported, std::string("the CPU backend cannot read weights of type ") +
                                                        std::string(dtype_name(type)));
            dequantize_row(type, row, dst, n);
            return;
    }
}

}  // namespace qwendesk::cpu
