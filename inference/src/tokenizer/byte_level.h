// GPT-2's byte-level mapping: every byte 0..255 is shown as one printable Unicode character, so that
// token texts in tokenizer.json / GGUF are printable strings ("Ġ" is the space byte 0x20).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace qwendesk::tokenizer {

// The character (code point) that stands for a byte.
char32_t byte_to_char(std::uint8_t byte);

// The byte a character stands for, or nullopt when the character is not in the table.
std::optional<std::uint8_t> char_to_byte(char32_t cp);

// Token text (byte-level form) -> raw bytes, as the Hugging Face ByteLevel decoder does it: when every
// character is in the table the bytes they stand for, otherwise the text's own UTF-8 bytes.
std::string token_text_to_bytes(std::string_view token_text);

// Raw bytes -> token text (byte-level form).
std::string bytes_to_token_text(std::string_view bytes);

}  // namespace qwendesk::tokenizer
