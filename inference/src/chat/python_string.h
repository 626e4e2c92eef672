// Python str semantics over UTF-8 std::string: lengths, indices and slices count code points; strip, split,
// replace, case mapping and whitespace follow CPython (e.g. '\n  x  \n'.strip('\n') removes only newlines).
// Invalid UTF-8 bytes count as one code point each and are kept as they are.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qwendesk::jinja::py {

// Decodes the code point at s[i], advancing i (at least one byte).
char32_t next_code_point(std::string_view s, std::size_t& i);
void append_utf8(std::string& out, char32_t cp);

std::size_t length(std::string_view s);
// Byte offsets of each code point's start, plus s.size() at the end.
std::vector<std::size_t> code_point_offsets(std::string_view s);

bool is_space(char32_t cp);  // str.isspace()

enum class StripSide { Both, Left, Right };
// chars = nullopt: Python whitespace; otherwise the set of code points in *chars.
std::string strip(std::string_view s, const std::optional<std::string>& chars, StripSide side);

// sep = nullopt: runs of whitespace, dropping empty pieces. Throws qwendesk::Error on an empty separator.
std::vector<std::string> split(std::string_view s, const std::optional<std::string>& sep, std::int64_t maxsplit);
std::vector<std::string> rsplit(std::string_view s, const std::optional<std::string>& sep, std::int64_t maxsplit);
std::vector<std::string> splitlines(std::string_view s, bool keepends = false);

std::string replace(std::string_view s, std::string_view old, std::string_view repl, std::int64_t count);
std::int64_t find(std::string_view s, std::string_view sub, bool reverse);  // code point index or -1
std::int64_t count(std::string_view s, std::string_view sub);

std::string upper(std::string_view s);
std::string lower(std::string_view s);
std::string title(std::string_view s);
std::string capitalize(std::string_view s);

bool is_digit(std::string_view s);
bool is_alpha(std::string_view s);
bool is_alnum(std::string_view s);
bool is_lower(std::string_view s);
bool is_upper(std::string_view s);
bool is_all_space(std::string_view s);

}  // namespace qwendesk::jinja::py
