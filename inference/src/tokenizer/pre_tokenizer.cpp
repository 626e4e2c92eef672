#include "tokenizer/pre_tokenizer.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "qwendesk/errors.h"
#include "tokenizer/utf8.h"

namespace qwendesk::tokenizer {

namespace {

// Character classes the regex distinguishes. CR and LF are also whitespace.
enum CharClass : std::uint8_t {
    kLetter = 1,      // \p{L}
    kNumber = 2,      // \p{N}
    kSpace = 4,       // \s (Unicode White_Space, as Oniguruma's \s)
    kCrLf = 8,        // [\r\n]
};

bool is_white_space(char32_t cp) {
    switch (cp) {
        case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0x85: case 0xA0:
        case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
            return true;
        default:
            return cp >= 0x2000 && cp <= 0x200A;
    }
}

std::uint8_t classify(char32_t cp) {
    if (cp < 0x80) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return kLetter;
        if (cp >= '0' && cp <= '9') return kNumber;
        if (cp == '\r' || cp == '\n') return kSpace | kCrLf;
        if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D)) return kSpace;
        return 0;
    }
    if (is_white_space(cp)) return kSpace;
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
            return kLetter;
        case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
            return kNumber;
        default:
            return 0;
    }
}

struct Chars {
    std::vector<char32_t> cp;
    std::vector<std::uint8_t> cls;
    std::vector<std::size_t> offset;  // byte offset of each code point, plus one past the end
};

Chars decode(std::string_view text) {
    Chars c;
    c.cp.reserve(text.size());
    c.cls.reserve(text.size());
    c.offset.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = utf8_sequence_length(text, i);
        if (len == 0) throw Error(ErrorKind::Internal, "pre-tokenizer given invalid UTF-8");
        const char32_t cp = utf8_decode_at(text, i, len);
        c.cp.push_back(cp);
        c.cls.push_back(classify(cp));
        c.offset.push_back(i);
        i += len;
    }
    c.offset.push_back(text.size());
    return c;
}

// (?i:'s|'t|'re|'ve|'m|'ll|'d): Oniguruma's case folding also lets 's' match U+017F (long s).
std::size_t match_contraction(const Chars& c, std::size_t i) {
    const std::size_t n = c.cp.size();
    if (c.cp[i] != '\'' || i + 1 >= n) return 0;
    auto lower = [&](std::size_t k) -> char32_t {
        const char32_t ch = c.cp[k];
        if (ch >= 'A' && ch <= 'Z') return ch + 32;
        if (ch == 0x17F) return 's';
        return ch;
    };
    const char32_t a = lower(i + 1);
    if (a == 's' || a == 't' || a == 'm' || a == 'd') return i + 2;
    if (i + 2 < n) {
        const char32_t b = lower(i + 2);
        if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')) return i + 3;
    }
    return 0;
}

// Returns the end (code point index) of the leftmost-alternative match at i; never 0-length.
std::size_t match_at(const Chars& c, std::size_t i) {
    const std::size_t n = c.cp.size();
    const std::uint8_t ci = c.cls[i];
    auto run_end = [&](std::size_t from, std::uint8_t mask) {
        while (from < n && (c.cls[from] & mask)) ++from;
        return from;
    };
    auto is_other = [&](std::size_t k) { return (c.cls[k] & (kLetter | kNumber | kSpace)) == 0; };

    // (?i:'s|'t|'re|'ve|'m|'ll|'d)
    if (const std::size_t e = match_contraction(c, i)) return e;
    // [^\r\n\p{L}\p{N}]?\p{L}+
    if (ci & kLetter) return run_end(i, kLetter);
    if (!(ci & (kCrLf | kNumber)) && i + 1 < n && (c.cls[i + 1] & kLetter)) return run_end(i + 1, kLetter);
    // \p{N}
    if (ci & kNumber) return i + 1;
    // ' '?[^\s\p{L}\p{N}]+[\r\n]*
    {
        std::size_t j = i;
        if (c.cp[j] == ' ') ++j;
        if (j < n && is_other(j)) {
            while (j < n && is_other(j)) ++j;
            return run_end(j, kCrLf);
        }
    }
    // From here cp[i] is whitespace (everything else matched above).
    const std::size_t ws_end = run_end(i, kSpace);
    // \s*[\r\n]+ : the whitespace run up to and including its last CR/LF.
    for (std::size_t k = ws_end; k > i; --k) {
        if (c.cls[k - 1] & kCrLf) return k;
    }
    // \s+(?!\S)
    if (ws_end == n) return ws_end;
    if (ws_end - i >= 2) return ws_end - 1;
    // \s+
    if (ws_end > i) return ws_end;
    return i + 1;  // unreachable for this regex; keeps the split total
}

}  // namespace

std::string nfc_normalize(std::string_view text) {
    bool ascii = true;
    for (char ch : text) {
        if (static_cast<unsigned char>(ch) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) return std::string(text);
    utf8proc_uint8_t* out = nullptr;
    const utf8proc_ssize_t len =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()), static_cast<utf8proc_ssize_t>(text.size()),
                     &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (len < 0) {
        std::free(out);
        if (len == UTF8PROC_ERROR_NOMEM) throw Error(ErrorKind::OutOfMemory, "out of memory normalising text");
        throw Error(ErrorKind::InvalidArgument,
                    std::string("cannot NFC-normalise text: ") + utf8proc_errmsg(len));
    }
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(out, &std::free);
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(len));
}

std::vector<Piece> qwen2_split(std::string_view text) {
    std::vector<Piece> pieces;
    if (text.empty()) return pieces;
    const Chars c = decode(text);
    pieces.reserve(c.cp.size() / 3 + 1);
    const std::size_t n = c.cp.size();
    for (std::size_t i = 0; i < n;) {
        const std::size_t e = match_at(c, i);
        pieces.push_back({c.offset[i], c.offset[e]});
        i = e;
    }
    return pieces;
}

}  // namespace qwendesk::tokenizer
