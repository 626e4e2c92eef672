#include "chat/jinja_lexer.h"

#include <algorithm>
#include <cstring>

#include "chat/python_string.h"
#include "qwendesk/errors.h"

namespace qwendesk::jinja {

std::string describe_position(int line, int column) {
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_name_char(char c) { return is_name_start(c) || is_digit(c); }

class Lexer {
public:
    explicit Lexer(std::string_view raw) {
        src_.reserve(raw.size());
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '\r') {
                src_ += '\n';
                if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
            } else {
                src_ += raw[i];
            }
        }
        if (!src_.empty() && src_.back() == '\n') src_.pop_back();  // keep_trailing_newline=False
        line_starts_.push_back(0);
        for (std::size_t i = 0; i < src_.size(); ++i)
            if (src_[i] == '\n') line_starts_.push_back(i + 1);
    }

    std::vector<Token> run() {
        std::size_t pos = 0;
        bool strip_next = false;  // the previous tag ended with "-"
        while (pos <= src_.size()) {
            if (strip_next) {
                while (pos < src_.size() && is_ws(src_[pos])) ++pos;
                strip_next = false;
            }
            const std::size_t tag = find_tag(pos);
            std::string_view text(src_.data() + pos, (tag == std::string::npos ? src_.size() : tag) - pos);
            if (tag == std::string::npos) {
                emit_text(text, pos);
                break;
            }
            const char kind = src_[tag + 1];  // '{', '%' or '#'
            const char sign = tag + 2 < src_.size() ? src_[tag + 2] : '\0';
            if (sign == '-') {
                std::size_t n = text.size();
                while (n > 0 && is_ws(text[n - 1])) --n;
                text = text.substr(0, n);
            } else if (sign != '+' && kind != '{') {
                // lstrip_blocks: drop the indentation before a block or comment tag that starts its line.
                const std::size_t nl = text.rfind('\n');
                const std::size_t l_pos = nl == std::string_view::npos ? 0 : nl + 1;
                const bool line_starting = l_pos > 0 || pos == 0 || src_[pos - 1] == '\n';
                if (line_starting && l_pos < text.size() &&
                    std::all_of(text.begin() + static_cast<std::ptrdiff_t>(l_pos), text.end(), is_ws))
                    text = text.substr(0, l_pos);
            }
            emit_text(text, pos);
            std::size_t p = tag + 2 + ((sign == '-' || sign == '+') ? 1 : 0);
            if (kind == '#') {
                const std::size_t close = src_.find("#}", p);
                if (close == std::string::npos) fail(tag, "unterminated comment '{#'");
                pos = close + 2;
                if (close > p && src_[close - 1] == '-') strip_next = true;
                else if (!(close > p && src_[close - 1] == '+')) skip_newline(pos);
                continue;
            }
            if (kind == '%' && is_raw_begin(p)) {
                pos = lex_raw(tag, p, strip_next);
                continue;
            }
            pos = lex_tag(tag, p, kind == '%', strip_next);
        }
        tokens_.push_back(Token{TokenType::End, "", position(src_.size()).first, position(src_.size()).second});
        return std::move(tokens_);
    }

private:
    std::pair<int, int> position(std::size_t offset) const {
        auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
        const auto line = static_cast<int>(it - line_starts_.begin());
        const std::size_t start = line_starts_[static_cast<std::size_t>(line - 1)];
        const int col = static_cast<int>(offset - start) + 1;  // bytes, 1-based
        return {line, col};
    }

    [[noreturn]] void fail(std::size_t offset, const std::string& what) const {
        auto [l, c] = position(offset);
        throw Error(ErrorKind::CorruptFile, "chat template " + describe_position(l, c) + ": " + what);
    }

    void push(TokenType type, std::string value, std::size_t offset) {
        auto [l, c] = position(offset);
        tokens_.push_back(Token{type, std::move(value), l, c});
    }

    void emit_text(std::string_view text, std::size_t offset) {
        if (!text.empty()) push(TokenType::Text, std::string(text), offset);
    }

    void skip_newline(std::size_t& pos) const {
        if (pos < src_.size() && src_[pos] == '\n') ++pos;  // trim_blocks
    }

    std::size_t find_tag(std::size_t from) const {
        for (std::size_t p = src_.find('{', from); p != std::string::npos; p = src_.find('{', p + 1))
            if (p + 1 < src_.size() && (src_[p + 1] == '{' || src_[p + 1] == '%' || src_[p + 1] == '#')) return p;
        return std::string::npos;
    }

    // After "{%" (and its sign): whitespace, "raw", whitespace, ["-"] "%}".
    bool is_raw_begin(std::size_t p) const {
        while (p < src_.size() && is_ws(src_[p])) ++p;
        if (src_.compare(p, 3, "raw") != 0) return false;
        p += 3;
        if (p < src_.size() && is_name_char(src_[p])) return false;
        while (p < src_.size() && is_ws(src_[p])) ++p;
        return src_.compare(p, 2, "%}") == 0 || src_.compare(p, 3, "-%}") == 0;
    }

    std::size_t lex_raw(std::size_t tag, std::size_t p, bool& strip_next) {
        while (is_ws(src_[p])) ++p;
        p += 3;
        while (is_ws(src_[p])) ++p;
        bool strip_inner = false;
        if (src_[p] == '-') {
            strip_inner = true;
            ++p;
        }
        p += 2;
        std::size_t body = p;
        if (strip_inner)
            while (body < src_.size() && is_ws(src_[body])) ++body;
        // Find "{%" [-+] ws "endraw" ws [-+] "%}".
        for (std::size_t q = src_.find("{%", body); q != std::string::npos; q = src_.find("{%", q + 1)) {
            std::size_t r = q + 2;
            char sign = '\0';
            if (r < src_.size() && (src_[r] == '-' || src_[r] == '+')) sign = src_[r++];
            while (r < src_.size() && is_ws(src_[r])) ++r;
            if (src_.compare(r, 6, "endraw") != 0) continue;
            r += 6;
            while (r < src_.size() && is_ws(src_[r])) ++r;
            char end_sign = '\0';
            if (r < src_.size() && (src_[r] == '-' || src_[r] == '+')) end_sign = src_[r++];
            if (src_.compare(r, 2, "%}") != 0) continue;
            std::string_view text(src_.data() + body, q - body);
            if (sign == '-') {
                std::size_t n = text.size();
                while (n > 0 && is_ws(text[n - 1])) --n;
                text = text.substr(0, n);
            } else if (sign != '+') {
                const std::size_t nl = text.rfind('\n');
                const std::size_t l_pos = nl == std::string_view::npos ? 0 : nl + 1;
                if ((l_pos > 0) && std::all_of(text.begin() + static_cast<std::ptrdiff_t>(l_pos), text.end(), is_ws))
                    text = text.substr(0, l_pos);
            }
            emit_text(text, body);
            std::size_t next = r + 2;
            if (end_sign == '-') strip_next = true;
            else if (end_sign != '+') skip_newline(next);
            return next;
        }
        fail(tag, "unterminated '{% raw %}' block (no '{% endraw %}')");
    }

    std::size_t lex_tag(std::size_t tag, std::size_t p, bool block, bool& strip_next) {
        push(block ? TokenType::BlockBegin : TokenType::VarBegin, "", tag);
        const char close = block ? '%' : '}';
        int depth = 0;
        while (true) {
            while (p < src_.size() && is_ws(src_[p])) ++p;
            if (p >= src_.size())
                fail(tag, std::string("unterminated tag '") + (block ? "{%" : "{{") + "' (no closing '" +
                              (block ? "%}" : "}}") + "')");
            if (depth == 0) {
                std::size_t q = p;
                char sign = '\0';
                if (src_[q] == '-' || (block && src_[q] == '+')) sign = src_[q++];
                if (q + 1 < src_.size() && src_[q] == close && src_[q + 1] == '}') {
                    push(block ? TokenType::BlockEnd : TokenType::VarEnd, "", p);
                    std::size_t next = q + 2;
                    if (sign == '-') strip_next = true;
                    else if (block && sign != '+') skip_newline(next);
                    return next;
                }
            }
            const char c = src_[p];
            if (is_name_start(c)) {
                std::size_t q = p;
                while (q < src_.size() && is_name_char(src_[q])) ++q;
                push(TokenType::Name, src_.substr(p, q - p), p);
                p = q;
            } else if (is_digit(c)) {
                p = lex_number(p);
            } else if (c == '\'' || c == '"') {
                p = lex_string(p);
            } else {
                static const char* const kOps[] = {"//", "**", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%",
                                                   "~",  "<",  ">",  "=",  "(",  ")",  "[", "]", "{", "}", ",",
                                                   ".",  ":",  "|"};
                const char* found = nullptr;
                for (const char* op : kOps)
                    if (src_.compare(p, std::strlen(op), op) == 0) {
                        found = op;
                        break;
                    }
                if (!found) fail(p, std::string("unexpected character '") + c + "' in tag");
                const std::string op(found);
                if (op == "(" || op == "[" || op == "{") ++depth;
                if ((op == ")" || op == "]" || op == "}") && depth > 0) --depth;
                push(TokenType::Operator, op, p);
                p += op.size();
            }
        }
    }

    std::size_t lex_number(std::size_t p) {
        const std::size_t start = p;
        auto digits = [&] {
            while (p < src_.size() && (is_digit(src_[p]) || (src_[p] == '_' && p + 1 < src_.size() && is_digit(src_[p + 1]))))
                ++p;
        };
        digits();
        bool is_float = false;
        const bool after_dot = !tokens_.empty() && tokens_.back().type == TokenType::Operator && tokens_.back().value == ".";
        if (!after_dot && p + 1 < src_.size() && src_[p] == '.' && is_digit(src_[p + 1])) {
            is_float = true;
            ++p;
            digits();
        }
        if (!after_dot && p < src_.size() && (src_[p] == 'e' || src_[p] == 'E')) {
            std::size_t q = p + 1;
            if (q < src_.size() && (src_[q] == '+' || src_[q] == '-')) ++q;
            if (q < src_.size() && is_digit(src_[q])) {
                is_float = true;
                p = q;
                digits();
            }
        }
        std::string text;
        for (std::size_t i = start; i < p; ++i)
            if (src_[i] != '_') text += src_[i];
        push(is_float ? TokenType::Float : TokenType::Integer, text, start);
        return p;
    }

    static int hex_value(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    std::size_t lex_string(std::size_t p) {
        const std::size_t start = p;
        const char quote = src_[p++];
        std::string out;
        while (true) {
            if (p >= src_.size()) fail(start, "unterminated string literal");
            const char c = src_[p];
            if (c == quote) {
                ++p;
                break;
            }
            if (c != '\\') {
                out += c;
                ++p;
                continue;
            }
            if (p + 1 >= src_.size()) fail(start, "unterminated string literal");
            const char e = src_[p + 1];
            p += 2;
            switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'v': out += '\v'; break;
                case 'a': out += '\a'; break;
                case '\\': out += '\\'; break;
                case '\'': out += '\''; break;
                case '"': out += '"'; break;
                case '\n': break;  // line continuation
                case 'x':
                case 'u':
                case 'U': {
                    const int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    char32_t cp = 0;
                    for (int k = 0; k < n; ++k) {
                        const int h = p < src_.size() ? hex_value(src_[p]) : -1;
                        if (h < 0) fail(p, std::string("truncated \\") + e + " escape in string literal");
                        cp = cp * 16 + static_cast<char32_t>(h);
                        ++p;
                    }
                    if (cp > 0x10FFFF) fail(p, "escape beyond U+10FFFF in string literal");
                    py::append_utf8(out, cp);
                    break;
                }
                default:
                    if (e >= '0' && e <= '7') {
                        char32_t cp = static_cast<char32_t>(e - '0');
                        for (int k = 0; k < 2 && p < src_.size() && src_[p] >= '0' && src_[p] <= '7'; ++k)
                            cp = cp * 8 + static_cast<char32_t>(src_[p++] - '0');
                        py::append_utf8(out, cp);
                    } else {
                        out += '\\';  // Python keeps unknown escapes as written
                        out += e;
                    }
            }
        }
        push(TokenType::String, std::move(out), start);
        return p;
    }

    std::string src_;
    std::vector<std::size_t> line_starts_;
    std::vector<Token> tokens_;
};

}  // namespace

std::vector<Token> tokenize(std::string_view source) { return Lexer(source).run(); }

}  // namespace qwendesk::jinja
