// dequantize_row / quantize_row: checks the type and the element count, then hands whole blocks to
// the family kernels (quant_legacy.cpp, quant_k.cpp, quant_iq4.cpp,
// quant_fp8.cpp, quant_awq.cpp).
#include <cstring>
#include <string>

#include "formats/quant/dequantize.h"
#include "formats/quant/half.h"
#include "formats/quant/quant_impl.h"
#include "formats/quant/quantize.h"
#include "qwendesk/errors.h"

namespace qwendesk {

namespace {
using DequantFn = void (*)(const std::uint8_t*, float*, std::size_t);
using QuantFn = void (*)(const float*, std::uint8_t*, std::size_t);

void dequant_f32(const std::uint8_t* x, float* y, std::size_t n) { std::memcpy(y, x, n * sizeof(float)); }
void dequant_f16(const std::uint8_t* x, float* y, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) y[i] = load_f16le(x + 2 * i);
}
void dequant_bf16(const std::uint8_t* x, float* y, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) y[i] = bf16_to_f32(load_u16le(x + 2 * i));
}
void quant_f32(const float* x, std::uint8_t* y, std::size_t n) { std::memcpy(y, x, n * sizeof(float)); }
void quant_f16(const float* x, std::uint8_t* y, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) store_u16le(y + 2 * i, f32_to_f16(x[i]));
}
void quant_bf16(const float* x, std::uint8_t* y, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) store_u16le(y + 2 * i, f32_to_bf16(x[i]));
}

DequantFn dequant_fn(DType type) {
    using namespace quant;
    switch (type) {
        case DType::F32: return dequant_f32;
        case DType::F16: return dequant_f16;
        case DType::BF16: return dequant_bf16;
        case DType::Q4_0: return dequant_q4_0;
        case DType::Q4_1: return dequant_q4_1;
        case DType::Q5_0: return dequant_q5_0;
        case DType::Q5_1: return dequant_q5_1;
        case DType::Q8_0: return dequant_q8_0;
        case DType::Q2_K: return dequant_q2_k;
        case DType::Q3_K: return dequant_q3_k;
        case DType::Q4_K: return dequant_q4_k;
        case DType::Q5_K: return dequant_q5_k;
        case DType::Q6_K: return dequant_q6_k;
        case DType::Q8_K: return dequant_q8_k;
        case DType::IQ4_NL: return dequant_iq4_nl;
        case DType::IQ4_XS: return dequant_iq4_xs;
        case DType::F8_E4M3_B128: return dequant_f8_b128;
        case DType::F8_E4M3_B16: return dequant_f8_b16;
        case DType::AWQ4_G128: return dequant_awq4_g128;
        case DType::AWQ4_G32: return dequant_awq4_g32;
        default: return nullptr;
    }
}

QuantFn quant_fn(DType type) {
    using namespace quant;
    switch (type) {
        case DType::F32: return quant_f32;
        case DType::F16: return quant_f16;
        case DType::BF16: return quant_bf16;
        case DType::Q4_0: return quant_q4_0;
        case DType::Q4_1: return quant_q4_1;
        case DType::Q5_0: return quant_q5_0;
        case DType::Q5_1: return quant_q5_1;
        case DType::Q8_0: return quant_q8_0;
        case DType::Q2_K: return quant_q2_k;
        case DType::Q3_K: return quant_q3_k;
        case DType::Q4_K: return quant_q4_k;
        case DType::Q5_K: return quant_q5_k;
        case DType::Q6_K: return quant_q6_k;
        case DType::Q8_K: return quant_q8_k;
        case DType::IQ4_NL: return quant_iq4_nl;
        case DType::IQ4_XS: return quant_iq4_xs;
        case DType::F8_E4M3_B128: return quant_f8_b128;
        case DType::F8_E4M3_B16: return quant_f8_b16;
        case DType::AWQ4_G128: return quant_awq4_g128;
        case DType::AWQ4_G32: return quant_awq4_g32;
        default: return nullptr;
    }
}

// Number of blocks in n elements; throws when n is not a whole number of blocks.
std::size_t block_count(DType type, std::size_t n, const char* what) {
    const auto info = dtype_info(type);
    if (!info) throw Error(ErrorKind::Unsupported, std::string(what) + ": unknown type id " +
                                                        std::to_string(static_cast<std::uint32_t>(type)));
    if (n % info->block_elements != 0)
        throw Error(ErrorKind::InvalidArgument, std::string(what) + ": " + std::to_string(n) + " elements is not a multiple of " +
                                                    std::string(info->name) + "'s block of " +
                                                    std::to_string(info->block_elements));
    return n / info->block_elements;
}
}  // namespace

bool can_dequantize(DType type) { return dequant_fn(type) != nullptr; }
bool can_quantize(DType type) { return quant_fn(type) != nullptr; }

void dequantize_row(DType type, const void* src, float* dst, std::size_t n) {
    const DequantFn fn = dequant_fn(type);
    if (!fn) throw Error(ErrorKind::Unsupported, "dequantize: type " + std::string(dtype_name(type)) + " (id " +
                                                      std::to_string(static_cast<std::uint32_t>(type)) +
                                                      ") is not supported");
    const std::size_t nb = block_count(type, n, "dequantize");
    if (n == 0) return;
    fn(static_cast<const std::uint8_t*>(src), dst, nb);
}

void quantize_row(DType type, const float* src, void* dst, std::size_t n) {
    const QuantFn fn = quant_fn(type);
    if (!fn) throw Error(ErrorKind::Unsupported, "quantize: type " + std::string(dtype_name(type)) + " (id " +
                                                      std::to_string(static_cast<std::uint32_t>(type)) +
                                                      ") is not supported");
    const std::size_t nb = block_count(type, n, "quantize");
    if (n == 0) return;
    fn(src, static_cast<std::uint8_t*>(dst), nb);
}

}  // namespace qwendesk
