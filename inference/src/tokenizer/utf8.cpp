#include "tokenizer/utf8.h"

namespace qwendesk::tokenizer {

namespace {

// The accepted range of the second byte for a given lead byte (Unicode Table 3-7); the later
// continuation bytes are always 0x80..0xBF.
struct LeadInfo {
    std::size_t length;  // 0: the byte can never start a sequence
    unsigned char lo, hi;
};

LeadInfo lead_info(unsigned char b) {
    if (b < 0x80) return {1, 0, 0};
    if (b < 0xC2) return {0, 0, 0};
    if (b < 0xE0) return {2, 0x80, 0xBF};
    if (b == 0xE0) return {3, 0xA0, 0xBF};
    if (b == 0xED) return {3, 0x80, 0x9F};
    if (b < 0xF0) return {3, 0x80, 0xBF};
    if (b == 0xF0) return {4, 0x90, 0xBF};
    if (b < 0xF4) return {4, 0x80, 0xBF};
    if (b == 0xF4) return {4, 0x80, 0x8F};
    return {0, 0, 0};
}

// How many bytes from s[i] match a prefix of a valid sequence, and the sequence's full length.
std::size_t matched_prefix(std::string_view s, std::size_t i, std::size_t* full_length) {
    const auto b = static_cast<unsigned char>(s[i]);
    const LeadInfo info = lead_info(b);
    *full_length = info.length;
    if (info.length <= 1) return info.length;
    std::size_t k = 1;
    for (; k < info.length && i + k < s.size(); ++k) {
        const auto c = static_cast<unsigned char>(s[i + k]);
        const unsigned char lo = k == 1 ? info.lo : 0x80;
        const unsigned char hi = k == 1 ? info.hi : 0xBF;
        if (c < lo || c > hi) break;
    }
    return k;
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view s, std::size_t i, std::size_t* maximal_subpart) {
    std::size_t full = 0;
    const std::size_t matched = matched_prefix(s, i, &full);
    if (full != 0 && matched == full) {
        if (maximal_subpart) *maximal_subpart = full;
        return full;
    }
    if (maximal_subpart) *maximal_subpart = matched == 0 ? 1 : matched;
    return 0;
}

bool utf8_is_incomplete_tail(std::string_view s, std::size_t i) {
    std::size_t full = 0;
    const std::size_t matched = matched_prefix(s, i, &full);
    return full > 1 && matched < full && i + matched == s.size();
}

bool utf8_is_valid(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t len = utf8_sequence_length(s, i);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

std::string utf8_lossy(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::size_t subpart = 0;
        const std::size_t len = utf8_sequence_length(s, i, &subpart);
        if (len != 0) {
            out.append(s.data() + i, len);
            i += len;
        } else {
            out += "\xEF\xBF\xBD";
            i += subpart;
        }
    }
    return out;
}

void utf8_append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

char32_t utf8_decode_at(std::string_view s, std::size_t i, std::size_t len) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (len == 1) return b;
    char32_t cp = b & (0xFF >> (len + 1));
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    return cp;
}

}  // namespace qwendesk::tokenizer
