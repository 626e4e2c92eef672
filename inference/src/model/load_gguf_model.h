// Loading a Qwen3 or Qwen3-MoE GGUF (as llama.cpp's converter writes them) into ModelWeights: hyper-parameters
// from the metadata, the tokenizer and chat template from the metadata, weights memory-mapped in their stored
// (possibly quantised) types.
#pragma once

#include <filesystem>
#include <memory>

#include "model/weights.h"

namespace qwendesk {

class GgufFile;

std::shared_ptr<ModelWeights> load_gguf_model(const std::filesystem::path& path);

// The parts usable on their own: hyper-parameters and tokenizer of a parsed GGUF.
ModelConfig gguf_model_config(const GgufFile& gguf);
// nullptr when the file carries no tokenizer. Throws Error(Unsupported) for a tokenizer other than
// gpt2-style BPE with the qwen2 pre-tokenizer.
std::shared_ptr<const Tokenizer> gguf_tokenizer(const GgufFile& gguf);

}  // namespace qwendesk
