#include "model/quant_mix.h"

#include <cctype>

#include "qwendesk/errors.h"

namespace qwendesk {

namespace {

// llama.cpp's use_more_bits: the first and last eighth of the layers, and every third layer between.
bool use_more_bits(int layer, int n_layers) {
    return layer < n_layers / 8 || layer >= 7 * n_layers / 8 || (layer - n_layers / 8) % 3 == 2;
}

}  // namespace

bool QuantMix::is_quantised() const { return base != DType::F32 && base != DType::F16 && base != DType::BF16; }

DType QuantMix::type_for(TensorRole role, int layer, int n_layers, long long cols) const {
    if (role == TensorRole::Router) return DType::F32;
    // Qwen's FP8 and AWQ checkpoints keep the embedding and the output matrix in their float type.
    if ((base == DType::F8_E4M3_B128 || base == DType::AWQ4_G128) && (role == TensorRole::Embedding || role == TensorRole::Output))
        return base == DType::AWQ4_G128 ? DType::F16 : DType::BF16;
    DType type = base;
    if (k_m) {
        if (role == TensorRole::Output) type = DType::Q6_K;
        if ((role == TensorRole::AttnV || role == TensorRole::FfnDown) && use_more_bits(layer, n_layers)) type = DType::Q6_K;
    }
    if (row_bytes(type, static_cast<std::size_t>(cols))) return type;
    if (row_bytes(DType::Q8_0, static_cast<std::size_t>(cols))) return DType::Q8_0;
    return DType::F16;
}

QuantMix parse_quant_mix(const std::string& name) {
    std::string upper;
    for (char c : name) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    QuantMix mix;
    mix.name = upper;
    if (upper == "Q4_K_M" || upper == "Q5_K_M") {
        mix.base = upper == "Q4_K_M" ? DType::Q4_K : DType::Q5_K;
        mix.k_m = true;
        return mix;
    }
    if (upper == "FP8" || upper == "AWQ") {  // the layouts of Qwen's official FP8 / AWQ (group 128) checkpoints
        mix.base = upper == "FP8" ? DType::F8_E4M3_B128 : DType::AWQ4_G128;
        return mix;
    }
    static const DType kPlain[] = {DType::F32,  DType::F16,  DType::BF16, DType::Q8_0, DType::Q4_0,   DType::Q4_1,  DType::Q5_0,
                                   DType::Q5_1, DType::Q2_K, DType::Q3_K, DType::Q4_K, DType::Q5_K,   DType::Q6_K,  DType::IQ4_NL,
                                   DType::IQ4_XS};
    for (DType t : kPlain)
        if (upper == dtype_name(t)) {
            mix.base = t;
            return mix;
        }
    throw Error(ErrorKind::InvalidArgument, "unknown weight type '" + name +
                                                "' (F32, F16, BF16, Q8_0, Q4_0, Q4_1, Q5_0, Q5_1, Q2_K, Q3_K, Q4_K, Q5_K, Q6_K, "
                                                "IQ4_NL, IQ4_XS, Q4_K_M, Q5_K_M, FP8, AWQ)");
}

}  // namespace qwendesk
