#include "chat/python_string.h"

#include <utf8proc.h>

#include <algorithm>

#include "qwendesk/errors.h"

namespace qwendesk::jinja::py {

char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    int len = 0;
    char32_t cp = 0;
    if (b0 < 0x80) {
        ++i;
        return b0;
    } else if ((b0 & 0xE0) == 0xC0) {
        len = 2;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        len = 3;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        len = 4;
        cp = b0 & 0x07;
    } else {
        ++i;
        return 0xFFFD0000u | b0;  // a stray byte: its own unit, never a real code point
    }
    if (i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return 0xFFFD0000u | b0;
    }
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD0000u | b0;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += static_cast<std::size_t>(len);
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if ((cp & 0xFFFF0000u) == 0xFFFD0000u) {  // a stray byte kept as is
        out += static_cast<char>(cp & 0xFF);
    } else if (cp < 0x80) {
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

std::size_t length(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++n) next_code_point(s, i);
    return n;
}

std::vector<std::size_t> code_point_offsets(std::string_view s) {
    std::vector<std::size_t> out;
    out.reserve(s.size() + 1);
    for (std::size_t i = 0; i < s.size();) {
        out.push_back(i);
        next_code_point(s, i);
    }
    out.push_back(s.size());
    return out;
}

bool is_space(char32_t cp) {
    switch (cp) {
        case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D:
        case 0x1C: case 0x1D: case 0x1E: case 0x1F: case 0x20:
        case 0x85: case 0xA0: case 0x1680:
        case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
            return true;
        default: return cp >= 0x2000 && cp <= 0x200A;
    }
}

namespace {

std::vector<char32_t> decode(std::string_view s) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) out.push_back(next_code_point(s, i));
    return out;
}

utf8proc_category_t category(char32_t cp) {
    if (cp > 0x10FFFF) return UTF8PROC_CATEGORY_CN;
    return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}

bool is_cased_upper(char32_t cp) { return category(cp) == UTF8PROC_CATEGORY_LU || category(cp) == UTF8PROC_CATEGORY_LT; }
bool is_cased_lower(char32_t cp) { return category(cp) == UTF8PROC_CATEGORY_LL; }

char32_t to_upper(char32_t cp) {
    return cp > 0x10FFFF ? cp : static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cp)));
}
char32_t to_lower(char32_t cp) {
    return cp > 0x10FFFF ? cp : static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
}
char32_t to_title(char32_t cp) {
    return cp > 0x10FFFF ? cp : static_cast<char32_t>(utf8proc_totitle(static_cast<utf8proc_int32_t>(cp)));
}

template <typename F>
std::string map_code_points(std::string_view s, F f) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) append_utf8(out, f(next_code_point(s, i)));
    return out;
}

template <typename Pred>
bool all_nonempty(std::string_view s, Pred p) {
    if (s.empty()) return false;
    for (std::size_t i = 0; i < s.size();)
        if (!p(next_code_point(s, i))) return false;
    return true;
}

}  // namespace

std::string strip(std::string_view s, const std::optional<std::string>& chars, StripSide side) {
    std::vector<char32_t> set;
    if (chars) set = decode(*chars);
    auto strippable = [&](char32_t cp) {
        return chars ? std::find(set.begin(), set.end(), cp) != set.end() : is_space(cp);
    };
    const auto offs = code_point_offsets(s);
    const std::size_t n = offs.size() - 1;
    std::size_t b = 0, e = n;
    auto cp_at = [&](std::size_t k) {
        std::size_t i = offs[k];
        return next_code_point(s, i);
    };
    if (side != StripSide::Right)
        while (b < e && strippable(cp_at(b))) ++b;
    if (side != StripSide::Left)
        while (e > b && strippable(cp_at(e - 1))) --e;
    return std::string(s.substr(offs[b], offs[e] - offs[b]));
}

std::vector<std::string> split(std::string_view s, const std::optional<std::string>& sep, std::int64_t maxsplit) {
    std::vector<std::string> out;
    if (sep) {
        if (sep->empty()) throw Error(ErrorKind::CorruptFile, "str.split(): empty separator");
        std::size_t start = 0;
        while (maxsplit < 0 || static_cast<std::int64_t>(out.size()) < maxsplit) {
            const std::size_t p = s.find(*sep, start);
            if (p == std::string_view::npos) break;
            out.emplace_back(s.substr(start, p - start));
            start = p + sep->size();
        }
        out.emplace_back(s.substr(start));
        return out;
    }
    std::size_t i = 0;
    auto skip_space = [&] {
        while (i < s.size()) {
            std::size_t j = i;
            if (!is_space(next_code_point(s, j))) break;
            i = j;
        }
    };
    skip_space();
    while (i < s.size()) {
        if (maxsplit >= 0 && static_cast<std::int64_t>(out.size()) >= maxsplit) {
            // The rest, with trailing whitespace removed, is the last piece.
            out.push_back(strip(s.substr(i), std::nullopt, StripSide::Right));
            return out;
        }
        const std::size_t start = i;
        while (i < s.size()) {
            std::size_t j = i;
            if (is_space(next_code_point(s, j))) break;
            i = j;
        }
        out.emplace_back(s.substr(start, i - start));
        skip_space();
    }
    return out;
}

std::vector<std::string> rsplit(std::string_view s, const std::optional<std::string>& sep, std::int64_t maxsplit) {
    if (maxsplit < 0) return split(s, sep, maxsplit);
    std::vector<std::string> out;
    if (sep) {
        if (sep->empty()) throw Error(ErrorKind::CorruptFile, "str.rsplit(): empty separator");
        std::size_t end = s.size();
        while (static_cast<std::int64_t>(out.size()) < maxsplit && end >= sep->size()) {
            const std::size_t p = s.rfind(*sep, end - sep->size());
            if (p == std::string_view::npos) break;
            out.emplace_back(s.substr(p + sep->size(), end - p - sep->size()));
            end = p;
        }
        out.emplace_back(s.substr(0, end));
        std::reverse(out.begin(), out.end());
        return out;
    }
    auto words = split(s, std::nullopt, -1);
    if (static_cast<std::int64_t>(words.size()) <= maxsplit + 1) return words;
    // Keep the last maxsplit words; the head keeps its inner whitespace.
    const auto offs = code_point_offsets(s);
    std::vector<std::string> tail;
    std::size_t k = offs.size() - 1;
    auto cp_at = [&](std::size_t idx) {
        std::size_t i = offs[idx];
        return next_code_point(s, i);
    };
    while (static_cast<std::int64_t>(tail.size()) < maxsplit) {
        while (k > 0 && is_space(cp_at(k - 1))) --k;
        const std::size_t end = k;
        while (k > 0 && !is_space(cp_at(k - 1))) --k;
        tail.emplace_back(s.substr(offs[k], offs[end] - offs[k]));
    }
    out.push_back(strip(s.substr(0, offs[k]), std::nullopt, StripSide::Right));
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) out.push_back(*it);
    return out;
}

std::vector<std::string> splitlines(std::string_view s, bool keepends) {
    std::vector<std::string> out;
    std::size_t start = 0, i = 0;
    while (i < s.size()) {
        const std::size_t at = i;
        const char32_t cp = next_code_point(s, i);
        bool brk = false;
        std::size_t end_of_break = i;
        switch (cp) {
            case '\r':
                brk = true;
                if (i < s.size() && s[i] == '\n') end_of_break = ++i;
                break;
            case '\n': case 0x0B: case 0x0C: case 0x1C: case 0x1D: case 0x1E: case 0x85: case 0x2028: case 0x2029:
                brk = true;
                break;
            default: break;
        }
        if (brk) {
            out.emplace_back(s.substr(start, (keepends ? end_of_break : at) - start));
            start = end_of_break;
        }
    }
    if (start < s.size()) out.emplace_back(s.substr(start));
    return out;
}

std::string replace(std::string_view s, std::string_view old, std::string_view repl, std::int64_t count) {
    std::string out;
    std::int64_t done = 0;
    if (old.empty()) {
        // Python inserts repl before every code point and at the end.
        std::size_t i = 0;
        while (true) {
            if (count < 0 || done < count) {
                out += repl;
                ++done;
            }
            if (i >= s.size()) break;
            const std::size_t b = i;
            next_code_point(s, i);
            out += s.substr(b, i - b);
        }
        return out;
    }
    std::size_t start = 0;
    while (count < 0 || done < count) {
        const std::size_t p = s.find(old, start);
        if (p == std::string_view::npos) break;
        out += s.substr(start, p - start);
        out += repl;
        start = p + old.size();
        ++done;
    }
    out += s.substr(start);
    return out;
}

std::int64_t find(std::string_view s, std::string_view sub, bool reverse) {
    const std::size_t p = reverse ? s.rfind(sub) : s.find(sub);
    if (p == std::string_view::npos) return -1;
    return static_cast<std::int64_t>(length(s.substr(0, p)));
}

std::int64_t count(std::string_view s, std::string_view sub) {
    if (sub.empty()) return static_cast<std::int64_t>(length(s)) + 1;
    std::int64_t n = 0;
    for (std::size_t p = s.find(sub); p != std::string_view::npos; p = s.find(sub, p + sub.size())) ++n;
    return n;
}

std::string upper(std::string_view s) { return map_code_points(s, to_upper); }
std::string lower(std::string_view s) { return map_code_points(s, to_lower); }

std::string title(std::string_view s) {
    bool prev_cased = false;
    return map_code_points(s, [&](char32_t cp) {
        const bool cased = is_cased_upper(cp) || is_cased_lower(cp);
        const char32_t r = cased ? (prev_cased ? to_lower(cp) : to_title(cp)) : cp;
        prev_cased = cased;
        return r;
    });
}

std::string capitalize(std::string_view s) {
    bool first = true;
    return map_code_points(s, [&](char32_t cp) {
        const char32_t r = first ? to_title(cp) : to_lower(cp);
        first = false;
        return r;
    });
}

bool is_digit(std::string_view s) {
    return all_nonempty(s, [](char32_t cp) { return category(cp) == UTF8PROC_CATEGORY_ND; });
}

bool is_alpha(std::string_view s) {
    return all_nonempty(s, [](char32_t cp) {
        const auto c = category(cp);
        return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
               c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO;
    });
}

bool is_alnum(std::string_view s) {
    return all_nonempty(s, [](char32_t cp) {
        const auto c = category(cp);
        return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
               c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_ND ||
               c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_NO;
    });
}

bool is_lower(std::string_view s) {
    bool any = false;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t cp = next_code_point(s, i);
        if (is_cased_upper(cp)) return false;
        if (is_cased_lower(cp)) any = true;
    }
    return any;
}

bool is_upper(std::string_view s) {
    bool any = false;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t cp = next_code_point(s, i);
        if (is_cased_lower(cp)) return false;
        if (is_cased_upper(cp)) any = true;
    }
    return any;
}

bool is_all_space(std::string_view s) { return all_nonempty(s, is_space); }

}  // namespace qwendesk::jinja::py
