#include "backends/cpu/row_convert.h"

#include <cstdint>
#include <cstring>

#include "qwendesk/errors.h"

namespace qwendesk::cpu {

namespace {

float half_to_float(std::uint16_t h) {
    const std::uint32_t sign = static_cast<std::uint32_t>(h & 0x8000u) << 16;
    std::uint32_t exponent = (h >> 10) & 0x1f, mantissa = h & 0x3ffu, bits;
    if (exponent == 0) {
        if (mantissa == 0) {
            bits = sign;
        } else {  // subnormal: normalise
            int e = -1;
            do {
                ++e;
                mantissa <<= 1;
            } while (!(mantissa & 0x400u));
            bits = sign | (static_cast<std::uint32_t>(127 - 15 - e) << 23) | ((mantissa & 0x3ffu) << 13);
        }
    } else if (exponent == 31) {
        bits = sign | 0x7f800000u | (mantissa << 13);
    } else {
        bits = sign | ((exponent + 127 - 15) << 23) | (mantissa << 13);
    }
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

}  // namespace

void convert_row(DType type, const void* row, float* dst, std::size_t n, const SimdKernels& simd) {
    switch (type) {
        case DType::F32: std::memcpy(dst, row, n * sizeof(float)); return;
        case DType::BF16: simd.bf16_to_f32(static_cast<const unsigned short*>(row), dst, n); return;
        case DType::F16: {
            const auto* h = static_cast<const std::uint16_t*>(row);
            for (std::size_t i = 0; i < n; ++i) dst[i] = half_to_float(h[i]);
            return;
        }
        default:
            throw Error(ErrorKind::Unsupported, std::string("the CPU backend cannot read weights of type ") +
                                                    std::string(dtype_name(type)));
    }
}

bool quantized_matmul(const WeightMatrix&, const float*, float*, int, ThreadPool&) { return false; }

}  // namespace qwendesk::cpu
