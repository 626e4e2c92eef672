// Qwen2's normalizer and pre-tokenizer: NFC, then the split regex
//   (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
// with behaviour Isolated. The regex is hand-coded as a matcher over code points (Oniguruma semantics:
// ordered alternation, greedy quantifiers with backtracking), with Unicode categories from utf8proc.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace qwendesk::tokenizer {

// NFC form of valid UTF-8 text (ASCII text is returned unchanged without calling utf8proc).
std::string nfc_normalize(std::string_view text);

struct Piece {
    std::size_t begin;  // byte offsets into the text
    std::size_t end;
};

// Splits valid UTF-8 text into the pieces the Qwen2 regex produces (matches and, if any, the gaps between
// them), in order, covering the whole text.
std::vector<Piece> qwen2_split(std::string_view text);

}  // namespace qwendesk::tokenizer
