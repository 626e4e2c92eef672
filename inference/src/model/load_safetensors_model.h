// Loading a Hugging Face Qwen3 folder (config.json + safetensors) into ModelWeights, with every tensor's
// presence, dtype and shape checked against the config before use.
#pragma once

#include <filesystem>
#include <memory>

#include "model/weights.h"

namespace qwendesk {

std::shared_ptr<ModelWeights> load_safetensors_model(const std::filesystem::path& folder);

}  // namespace qwendesk
