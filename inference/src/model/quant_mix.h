// Which stored type each weight of a model gets when QwenDesk quantises it (random benchmark weights, or a
// BF16 checkpoint quantised on load). The *_K_M mixes follow llama.cpp's rule for its Q4_K_M / Q5_K_M files:
// the output matrix and some attn_v / ffn_down matrices get Q6_K, the rest the base type; routers stay F32.
#pragma once

#include <string>

#include "formats/dtype.h"

namespace qwendesk {

enum class TensorRole { Embedding, Output, AttnQ, AttnK, AttnV, AttnO, FfnGate, FfnUp, FfnDown, Router };

struct QuantMix {
    std::string name;  // as the user wrote it, upper-case: "Q4_K_M", "Q8_0", "BF16", ...
    DType base = DType::BF16;
    bool k_m = false;  // llama.cpp's _M mix

    // The type for one tensor; falls back to a type whose block divides `cols` (Q8_0, else F16).
    DType type_for(TensorRole role, int layer, int n_layers, long long cols) const;
    bool is_quantised() const;
};

// Accepts F32, F16, BF16, Q8_0, Q4_0, Q4_1, Q5_0, Q5_1, Q2_K, Q3_K, Q4_K, Q5_K, Q6_K, IQ4_NL, IQ4_XS, Q4_K_M,
// Q5_K_M, FP8 and AWQ (Qwen's FP8 / AWQ-g128 layouts: embedding and output stay BF16 / F16) (any case). Throws Error(InvalidArgument) naming the accepted names.
QuantMix parse_quant_mix(const std::string& name);

}  // namespace qwendesk
