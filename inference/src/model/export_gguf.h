// Writes a loaded model (a Hugging Face checkpoint, possibly quantised on load, or random benchmark weights)
// as a GGUF file with llama.cpp's tensor names and metadata, so the same weights run in both engines.
#pragma once

#include <filesystem>
#include <string>

#include "model/weights.h"

namespace qwendesk {

// `tokenizer` is optional (nullptr: no tokenizer metadata); `chat_template` may be empty.
void export_gguf(const ModelWeights& weights, const TokenizerSpec* tokenizer, const std::string& chat_template,
                 const std::filesystem::path& path);

}  // namespace qwendesk
