// Files QwenDesk carries inside its binaries, so the app and qwendesk-cli work offline with no data folder.
#pragma once

#include <memory>
#include <string>

#include "qwendesk/tokenizer.h"

namespace qwendesk::resources {

// The text of Qwen3's tokenizer.json (decompressed on first use).
const std::string& qwen3_tokenizer_json();

// The bundled tokenizer, built once and shared.
std::shared_ptr<const Tokenizer> qwen3_tokenizer();

}  // namespace qwendesk::resources
