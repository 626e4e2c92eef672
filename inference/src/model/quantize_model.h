// Quantise on load: converts the matrices of a loaded model (say a BF16 Hugging Face checkpoint) to a
// quantised mix such as Q8_0 or Q4_K_M, so a model that would not fit in memory as BF16 does.
#pragma once

#include <memory>

#include "model/quant_mix.h"
#include "model/weights.h"

namespace qwendesk {

// Matrices already in their target type are shared, not copied. Throws Error(OutOfMemory).
std::shared_ptr<ModelWeights> quantize_weights(const std::shared_ptr<const ModelWeights>& source, const QuantMix& mix, int threads = 0);

}  // namespace qwendesk
