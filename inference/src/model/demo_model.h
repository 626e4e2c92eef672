// The built-in demo model: a tiny Qwen3 with random weights over Qwen3's real tokenizer, written as an
// ordinary Hugging Face folder so every screen of the app works offline. It produces random text.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace qwendesk {

// Writes config.json, model.safetensors, tokenizer.json (the given text) and README.txt into `folder`.
void write_demo_model(const std::filesystem::path& folder, std::uint64_t seed, const std::string& tokenizer_json);

}  // namespace qwendesk
