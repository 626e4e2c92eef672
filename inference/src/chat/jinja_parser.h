// The AST of the Jinja2 subset and its parser. Expressions follow jinja2's grammar and precedence
// (conditional < or < and < not < comparisons/in < + - < ~ < * / // % < ** < unary < filters/tests <
// postfix). The parser bounds nesting (kMaxExprDepth, kMaxBlockNesting) so neither it, the interpreter
// nor the AST's destructor can exhaust the stack on a hostile template.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chat/jinja_value.h"

namespace qwendesk::jinja {

inline constexpr int kMaxExprDepth = 96;
inline constexpr int kMaxBlockNesting = 64;

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr {
    enum class Kind {
        Literal,  // literal
        Name,     // name
        List,     // args: items
        Tuple,    // args: items
        Dict,     // args: key0, value0, key1, value1, ...
        Attr,     // args[0].name
        Item,     // args[0][args[1]]
        Slice,    // args[0][args[1]:args[2]:args[3]] (each of 1..3 may be null)
        Call,     // args[0](args[1..]), keywords parallel to args[1..] ("" = positional)
        Filter,   // args[0] | name(args[1..])
        Test,     // args[0] is [not] name(args[1..])
        Unary,    // name is "-", "+" or "not"; args[0]
        Binary,   // args[0] name args[1]; name: + - * / // % ** ~ and or
        Compare,  // args[0] ops[0] args[1] ops[1] args[2] ... (chained like Python)
        Cond,     // args[0] if args[1] else args[2] (args[2] may be null)
        BlockValue,  // the captured body of {% filter %} / {% set x | f %}
    };
    Kind kind;
    int line = 0;
    int column = 0;
    int depth = 1;
    Value literal;
    std::string name;
    std::vector<ExprPtr> args;
    std::vector<std::string> keywords;  // Call/Filter/Test keyword names; Compare operators
    bool negated = false;               // Test
};

struct Stmt;
using StmtPtr = std::unique_ptr<Stmt>;
using Body = std::vector<StmtPtr>;

struct Stmt {
    enum class Kind {
        Text,         // text
        Output,       // {{ exprs[0] }}
        If,           // exprs[i] guards bodies[i]; one more body than exprs when there is an else
        For,          // for targets in exprs[0] [if exprs[1]]: bodies[0], else bodies[1]
        Set,          // targets = exprs[0]; attribute set when attr is not empty (targets[0].attr)
        SetBlock,     // targets[0] = captured bodies[0], through exprs[0] (a filter chain) when present
        Macro,        // name(targets = defaults exprs, null where none): bodies[0]
        Break,
        Continue,
        FilterBlock,  // exprs[0] (a filter chain over BlockValue) applied to bodies[0]
        Scope,        // bodies[0] as is ({% generation %})
    };
    Kind kind;
    int line = 0;
    int column = 0;
    std::string text;  // Text; Macro name; Set attribute
    std::vector<ExprPtr> exprs;
    std::vector<Body> bodies;
    std::vector<std::string> targets;
    bool has_filter = false;  // For: exprs[1] is the loop filter
};

struct Template {
    Body body;
};

// Throws qwendesk::Error: CorruptFile for syntax errors, Unsupported for valid Jinja we do not implement
// (include, extends, call blocks, recursive loops...), each naming line and column.
std::unique_ptr<Template> parse_template(std::string_view source);

}  // namespace qwendesk::jinja
