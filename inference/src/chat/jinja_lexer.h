// Tokenizer for the Jinja2 subset, with the environment Hugging Face uses for chat templates:
// trim_blocks (drop the first newline after a block or comment tag), lstrip_blocks (drop spaces and tabs
// before a block or comment tag that starts its line), "-"/"+" whitespace control on every tag,
// {% raw %}, newline normalisation and keep_trailing_newline=False.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace qwendesk::jinja {

enum class TokenType {
    Text,        // literal template text (value)
    VarBegin,    // {{
    VarEnd,      // }}
    BlockBegin,  // {%
    BlockEnd,    // %}
    Name,        // identifier or keyword
    String,      // string literal, unescaped
    Integer,     // digits, underscores removed
    Float,       // float literal, underscores removed
    Operator,    // + - * / // % ** ~ == != < <= > >= = ( ) [ ] { } , . : |
    End,         // end of template
};

struct Token {
    TokenType type;
    std::string value;
    int line = 1;
    int column = 1;
};

// Throws qwendesk::Error(CorruptFile) naming line and column for an unterminated tag, comment or string,
// or a character that cannot start a token.
std::vector<Token> tokenize(std::string_view source);

// "line L, column C" of a token, for messages.
std::string describe_position(int line, int column);

}  // namespace qwendesk::jinja
