#include "tokenizer/byte_level.h"

#include <array>

#include "tokenizer/utf8.h"

namespace qwendesk::tokenizer {

namespace {

struct Tables {
    std::array<char32_t, 256> byte_to_cp{};
    // Every mapped character is below U+0144 (256 + 68).
    static constexpr char32_t kLimit = 0x200;
    std::array<std::int16_t, kLimit> cp_to_byte{};

    Tables() {
        cp_to_byte.fill(-1);
        // Printable Latin-1 bytes keep their own code point; the others are moved to 256, 257, ...
        auto printable = [](int b) { return (b >= 0x21 && b <= 0x7E) || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE); };
        char32_t next = 256;
        for (int b = 0; b < 256; ++b) {
            const char32_t cp = printable(b) ? static_cast<char32_t>(b) : next++;
            byte_to_cp[b] = cp;
            cp_to_byte[cp] = static_cast<std::int16_t>(b);
        }
    }
};

const Tables& tables() {
    static const Tables t;
    return t;
}

}  // namespace

char32_t byte_to_char(std::uint8_t byte) { return tables().byte_to_cp[byte]; }

std::optional<std::uint8_t> char_to_byte(char32_t cp) {
    if (cp >= Tables::kLimit) return std::nullopt;
    const std::int16_t b = tables().cp_to_byte[cp];
    if (b < 0) return std::nullopt;
    return static_cast<std::uint8_t>(b);
}

std::string token_text_to_bytes(std::string_view token_text) {
    std::string out;
    out.reserve(token_text.size());
    for (std::size_t i = 0; i < token_text.size();) {
        const std::size_t len = utf8_sequence_length(token_text, i);
        if (len == 0) return std::string(token_text);
        const auto byte = char_to_byte(utf8_decode_at(token_text, i, len));
        if (!byte) return std::string(token_text);
        out += static_cast<char>(*byte);
        i += len;
    }
    return out;
}

std::string bytes_to_token_text(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char b : bytes) utf8_append(out, byte_to_char(b));
    return out;
}

}  // namespace qwendesk::tokenizer
