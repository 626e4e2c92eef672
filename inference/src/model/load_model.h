// Loads a model from whatever the user points at: a Hugging Face folder (or its config.json), or a GGUF file.
#pragma once

#include <filesystem>
#include <memory>

#include "model/weights.h"

namespace qwendesk {

std::shared_ptr<ModelWeights> load_model(const std::filesystem::path& path);

}  // namespace qwendesk
