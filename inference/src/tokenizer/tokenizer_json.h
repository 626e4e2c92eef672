// Reading a Hugging Face tokenizer.json into a TokenizerSpec. The 11 MB Qwen3 file is parsed with
// nlohmann's SAX interface: model.vocab and model.merges stream straight into the spec, everything else
// (small) is built as a DOM and checked against the pipeline this engine implements.
#pragma once

#include <string>
#include <string_view>

#include "qwendesk/tokenizer.h"

namespace qwendesk::tokenizer {

// Throws Error(CorruptFile) for malformed JSON or fields, Error(Unsupported) for a valid tokenizer.json
// of another kind (not BPE, another normalizer / pre-tokenizer / decoder). Messages start with `origin`.
TokenizerSpec parse_tokenizer_json(std::string_view json_text, const std::string& origin);

}  // namespace qwendesk::tokenizer
