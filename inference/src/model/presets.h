// Qwen3 shapes for benchmarks and the demo model, and random weights at those shapes built in memory, so a
// benchmark needs no download.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "model/quant_mix.h"
#include "model/weights.h"

namespace qwendesk {

// "qwen3-0.6b", "qwen3-1.7b", "qwen3-4b", "qwen3-8b", "qwen3-14b", "qwen3-32b", "qwen3-30b-a3b", "qwen3-235b-a22b",
// and "demo" (a tiny model over Qwen3's real 151,936-token vocabulary). Throws Error(InvalidArgument).
ModelConfig preset_config(const std::string& name);
std::vector<std::string> preset_names();

// Random weights (deterministic for a seed) at the config's shapes, stored as the mix says.
// Throws Error(OutOfMemory) when they would not fit in memory.
std::shared_ptr<ModelWeights> random_weights(const ModelConfig& config, const QuantMix& mix, std::uint64_t seed);

// Bytes the weights of `config` take when stored as `mix` (exact for the mix's rules).
std::uint64_t weight_bytes(const ModelConfig& config, const QuantMix& mix);

}  // namespace qwendesk
