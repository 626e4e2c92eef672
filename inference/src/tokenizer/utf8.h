// UTF-8 helpers the tokenizer needs: decoding code points, lossy repair of invalid bytes (one U+FFFD per
// maximal invalid subpart, as Rust's String::from_utf8_lossy does) and finding where a byte buffer stops
// being complete text (for streaming decode).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace qwendesk::tokenizer {

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 when the bytes there are not one.
// `*maximal_subpart` (if given) receives how many bytes form the longest prefix of a valid sequence (>= 1),
// i.e. how many bytes one U+FFFD replaces.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i, std::size_t* maximal_subpart = nullptr);

// True when s[i..] is a proper prefix of a valid sequence that later bytes could complete.
bool utf8_is_incomplete_tail(std::string_view s, std::size_t i);

bool utf8_is_valid(std::string_view s);

// Replaces every maximal invalid subpart with U+FFFD (like String::from_utf8_lossy).
std::string utf8_lossy(std::string_view s);

// Appends the UTF-8 encoding of a code point (must be a valid scalar value).
void utf8_append(std::string& out, char32_t cp);

// Decodes a well-formed sequence of `len` bytes at s[i] (use utf8_sequence_length first).
char32_t utf8_decode_at(std::string_view s, std::size_t i, std::size_t len);

}  // namespace qwendesk::tokenizer
