#include "chat/jinja_parser.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <initializer_list>

#include "chat/jinja_lexer.h"
#include "qwendesk/errors.h"

namespace qwendesk::jinja {

namespace {

constexpr int kMaxParseRecursion = 96;

class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

    std::unique_ptr<Template> run() {
        auto t = std::make_unique<Template>();
        std::string found;
        t->body = parse_body({}, found);
        return t;
    }

private:
    // ---- token helpers ----
    const Token& cur() const { return tokens_[pos_]; }
    const Token& peek(std::size_t n = 1) const { return tokens_[std::min(pos_ + n, tokens_.size() - 1)]; }
    void advance() {
        if (pos_ + 1 < tokens_.size()) ++pos_;
    }
    bool is_op(const char* op) const { return cur().type == TokenType::Operator && cur().value == op; }
    bool is_name(const char* n) const { return cur().type == TokenType::Name && cur().value == n; }
    bool accept_op(const char* op) {
        if (!is_op(op)) return false;
        advance();
        return true;
    }
    bool accept_name(const char* n) {
        if (!is_name(n)) return false;
        advance();
        return true;
    }

    static std::string describe(const Token& t) {
        switch (t.type) {
            case TokenType::Text: return "template text";
            case TokenType::VarBegin: return "'{{'";
            case TokenType::VarEnd: return "'}}'";
            case TokenType::BlockBegin: return "'{%'";
            case TokenType::BlockEnd: return "'%}'";
            case TokenType::Name: return "'" + t.value + "'";
            case TokenType::String: return "a string";
            case TokenType::Integer:
            case TokenType::Float: return "number " + t.value;
            case TokenType::Operator: return "'" + t.value + "'";
            case TokenType::End: return "end of template";
        }
        return "token";
    }

    [[noreturn]] void fail_at(const Token& t, const std::string& msg, ErrorKind kind = ErrorKind::CorruptFile) const {
        throw Error(kind, "chat template " + describe_position(t.line, t.column) + ": " + msg);
    }
    [[noreturn]] void unexpected(const std::string& expected) const {
        fail_at(cur(), "expected " + expected + ", found " + describe(cur()));
    }
    void expect_op(const char* op) {
        if (!accept_op(op)) unexpected(std::string("'") + op + "'");
    }
    void expect_block_end() {
        if (cur().type != TokenType::BlockEnd) unexpected("'%}'");
        advance();
    }
    std::string expect_name() {
        if (cur().type != TokenType::Name) unexpected("a name");
        std::string n = cur().value;
        advance();
        return n;
    }

    struct RecursionGuard {
        Parser& p;
        explicit RecursionGuard(Parser& parser) : p(parser) {
            if (++p.recursion_ > kMaxParseRecursion)
                p.fail_at(p.cur(), "expression nested too deeply (limit " + std::to_string(kMaxParseRecursion) + ")",
                          ErrorKind::Unsupported);
        }
        ~RecursionGuard() { --p.recursion_; }
    };

    ExprPtr node(Expr::Kind kind, const Token& at) {
        auto e = std::make_unique<Expr>();
        e->kind = kind;
        e->line = at.line;
        e->column = at.column;
        return e;
    }
    // Sets depth from the children and enforces kMaxExprDepth.
    ExprPtr finish(ExprPtr e) {
        int d = 0;
        for (const auto& a : e->args)
            if (a) d = std::max(d, a->depth);
        e->depth = d + 1;
        if (e->depth > kMaxExprDepth)
            throw Error(ErrorKind::Unsupported, "chat template " + describe_position(e->line, e->column) +
                                                    ": expression nested too deeply (limit " +
                                                    std::to_string(kMaxExprDepth) + ")");
        return e;
    }
    ExprPtr binary(Expr::Kind kind, const std::string& op, ExprPtr l, ExprPtr r, const Token& at) {
        auto e = node(kind, at);
        e->name = op;
        e->args.push_back(std::move(l));
        e->args.push_back(std::move(r));
        return finish(std::move(e));
    }

    // ---- statements ----
    Body parse_body(const std::vector<std::string>& end_tags, std::string& found) {
        Body body;
        while (true) {
            const Token& t = cur();
            switch (t.type) {
                case TokenType::End:
                    if (!end_tags.empty()) {
                        std::string list;
                        for (const auto& e : end_tags) list += (list.empty() ? "'" : " or '") + e + "'";
                        fail_at(t, "unexpected end of template, expected " + list + " to close the block opened at " +
                                       describe_position(open_line_.back(), open_col_.back()));
                    }
                    return body;
                case TokenType::Text: {
                    auto s = std::make_unique<Stmt>();
                    s->kind = Stmt::Kind::Text;
                    s->line = t.line;
                    s->column = t.column;
                    s->text = t.value;
                    body.push_back(std::move(s));
                    advance();
                    break;
                }
                case TokenType::VarBegin: {
                    auto s = std::make_unique<Stmt>();
                    s->kind = Stmt::Kind::Output;
                    s->line = t.line;
                    s->column = t.column;
                    advance();
                    s->exprs.push_back(parse_tuple());
                    if (cur().type != TokenType::VarEnd) unexpected("'}}'");
                    advance();
                    body.push_back(std::move(s));
                    break;
                }
                case TokenType::BlockBegin: {
                    const Token& name = peek();
                    if (name.type != TokenType::Name) {
                        advance();
                        unexpected("a statement name");
                    }
                    if (std::find(end_tags.begin(), end_tags.end(), name.value) != end_tags.end()) {
                        found = name.value;
                        advance();  // '{%'
                        advance();  // the end tag's name; the caller parses what follows
                        return body;
                    }
                    body.push_back(parse_statement());
                    break;
                }
                default: unexpected("template text or a tag");
            }
        }
    }

    Body parse_nested(const std::vector<std::string>& end_tags, std::string& found, const Token& opened) {
        if (static_cast<int>(open_line_.size()) >= kMaxBlockNesting)
            fail_at(opened, "blocks nested too deeply (limit " + std::to_string(kMaxBlockNesting) + ")",
                    ErrorKind::Unsupported);
        open_line_.push_back(opened.line);
        open_col_.push_back(opened.column);
        Body b = parse_body(end_tags, found);
        open_line_.pop_back();
        open_col_.pop_back();
        return b;
    }

    StmtPtr parse_statement() {
        const Token begin = cur();
        advance();  // {%
        const Token name_tok = cur();
        const std::string name = name_tok.value;
        advance();
        auto s = std::make_unique<Stmt>();
        s->line = begin.line;
        s->column = begin.column;
        std::string found;
        if (name == "if") {
            s->kind = Stmt::Kind::If;
            s->exprs.push_back(parse_expression(true));
            expect_block_end();
            while (true) {
                s->bodies.push_back(parse_nested({"elif", "else", "endif"}, found, begin));
                if (found == "elif") {
                    s->exprs.push_back(parse_expression(true));
                    expect_block_end();
                } else if (found == "else") {
                    expect_block_end();
                    s->bodies.push_back(parse_nested({"endif"}, found, begin));
                    expect_block_end();
                    break;
                } else {
                    expect_block_end();
                    break;
                }
            }
        } else if (name == "for") {
            s->kind = Stmt::Kind::For;
            do {
                if (is_op("(")) fail_at(cur(), "parenthesised loop targets are not supported", ErrorKind::Unsupported);
                s->targets.push_back(expect_name());
            } while (accept_op(","));
            if (!accept_name("in")) unexpected("'in'");
            s->exprs.push_back(parse_tuple(false));
            if (accept_name("if")) {
                s->has_filter = true;
                s->exprs.push_back(parse_expression(true));
            }
            if (is_name("recursive")) fail_at(cur(), "recursive loops are not supported", ErrorKind::Unsupported);
            expect_block_end();
            ++loop_depth_;
            s->bodies.push_back(parse_nested({"else", "endfor"}, found, begin));
            --loop_depth_;
            if (found == "else") {
                expect_block_end();
                s->bodies.push_back(parse_nested({"endfor"}, found, begin));
            } else {
                s->bodies.emplace_back();
            }
            expect_block_end();
        } else if (name == "set") {
            std::string first = expect_name();
            s->targets.push_back(first);
            if (accept_op(".")) {
                s->text = expect_name();
            } else {
                while (accept_op(",")) s->targets.push_back(expect_name());
            }
            if (accept_op("=")) {
                s->kind = Stmt::Kind::Set;
                s->exprs.push_back(parse_tuple());
                expect_block_end();
            } else {
                if (!s->text.empty() || s->targets.size() != 1) unexpected("'='");
                s->kind = Stmt::Kind::SetBlock;
                if (is_op("|")) {
                    auto placeholder = node(Expr::Kind::BlockValue, cur());
                    s->exprs.push_back(parse_filter_expr(finish(std::move(placeholder)), true));
                }
                expect_block_end();
                s->bodies.push_back(parse_nested({"endset"}, found, begin));
                expect_block_end();
            }
        } else if (name == "macro") {
            s->kind = Stmt::Kind::Macro;
            s->text = expect_name();
            expect_op("(");
            while (!is_op(")")) {
                s->targets.push_back(expect_name());
                if (accept_op("=")) s->exprs.push_back(parse_expression(true));
                else s->exprs.push_back(nullptr);
                if (!accept_op(",")) break;
            }
            expect_op(")");
            expect_block_end();
            const int saved = loop_depth_;
            loop_depth_ = 0;
            s->bodies.push_back(parse_nested({"endmacro"}, found, begin));
            loop_depth_ = saved;
            if (cur().type == TokenType::Name) advance();  // {% endmacro name %}
            expect_block_end();
        } else if (name == "break" || name == "continue") {
            if (loop_depth_ == 0) fail_at(name_tok, "'" + name + "' outside a loop");
            s->kind = name == "break" ? Stmt::Kind::Break : Stmt::Kind::Continue;
            expect_block_end();
        } else if (name == "filter") {
            s->kind = Stmt::Kind::FilterBlock;
            auto placeholder = finish(node(Expr::Kind::BlockValue, cur()));
            if (cur().type != TokenType::Name) unexpected("a filter name");
            s->exprs.push_back(parse_filter_chain(std::move(placeholder)));
            expect_block_end();
            s->bodies.push_back(parse_nested({"endfilter"}, found, begin));
            expect_block_end();
        } else if (name == "generation") {
            s->kind = Stmt::Kind::Scope;
            expect_block_end();
            s->bodies.push_back(parse_nested({"endgeneration"}, found, begin));
            expect_block_end();
        } else if (name == "elif" || name == "else" || name.rfind("end", 0) == 0) {
            fail_at(name_tok, "unexpected '" + name + "'" +
                                  (open_line_.empty() ? std::string(" with no open block")
                                                      : " inside the block opened at " +
                                                            describe_position(open_line_.back(), open_col_.back())));
        } else if (name == "include" || name == "import" || name == "from" || name == "extends" || name == "block" ||
                   name == "call" || name == "with" || name == "autoescape" || name == "do" || name == "trans") {
            fail_at(name_tok, "the '" + name + "' tag is not supported", ErrorKind::Unsupported);
        } else {
            fail_at(name_tok, "unknown tag '" + name + "'");
        }
        return s;
    }

    // ---- expressions ----
    // A comma-separated list becomes a tuple (as in jinja2's parse_tuple).
    ExprPtr parse_tuple(bool allow_cond = true) {
        const Token at = cur();
        ExprPtr first = parse_expression(allow_cond);
        if (!is_op(",")) return first;
        auto t = node(Expr::Kind::Tuple, at);
        t->args.push_back(std::move(first));
        while (accept_op(",")) {
            if (at_tuple_end()) break;
            t->args.push_back(parse_expression(allow_cond));
        }
        return finish(std::move(t));
    }
    bool at_tuple_end() const {
        const auto ty = cur().type;
        return ty == TokenType::VarEnd || ty == TokenType::BlockEnd || ty == TokenType::End || is_op(")") ||
               is_op("]") || is_name("if") || is_name("in");
    }

    ExprPtr parse_expression(bool allow_cond) {
        RecursionGuard guard(*this);
        ExprPtr e = parse_or();
        while (allow_cond && is_name("if")) {
            const Token at = cur();
            advance();
            ExprPtr cond = parse_or();
            ExprPtr other;
            if (accept_name("else")) other = parse_expression(true);
            auto c = node(Expr::Kind::Cond, at);
            c->args.push_back(std::move(e));
            c->args.push_back(std::move(cond));
            c->args.push_back(std::move(other));
            e = finish(std::move(c));
        }
        return e;
    }

    ExprPtr parse_or() {
        ExprPtr l = parse_and();
        while (is_name("or")) {
            const Token at = cur();
            advance();
            l = binary(Expr::Kind::Binary, "or", std::move(l), parse_and(), at);
        }
        return l;
    }

    ExprPtr parse_and() {
        ExprPtr l = parse_not();
        while (is_name("and")) {
            const Token at = cur();
            advance();
            l = binary(Expr::Kind::Binary, "and", std::move(l), parse_not(), at);
        }
        return l;
    }

    ExprPtr parse_not() {
        RecursionGuard guard(*this);
        if (is_name("not")) {
            const Token at = cur();
            advance();
            auto n = node(Expr::Kind::Unary, at);
            n->name = "not";
            n->args.push_back(parse_not());
            return finish(std::move(n));
        }
        return parse_compare();
    }

    ExprPtr parse_compare() {
        const Token at = cur();
        ExprPtr first = parse_math1();
        ExprPtr cmp;
        while (true) {
            std::string op;
            if (cur().type == TokenType::Operator &&
                (cur().value == "==" || cur().value == "!=" || cur().value == "<" || cur().value == "<=" ||
                 cur().value == ">" || cur().value == ">=")) {
                op = cur().value;
                advance();
            } else if (is_name("in")) {
                op = "in";
                advance();
            } else if (is_name("not") && peek().type == TokenType::Name && peek().value == "in") {
                op = "not in";
                advance();
                advance();
            } else {
                break;
            }
            if (!cmp) {
                cmp = node(Expr::Kind::Compare, at);
                cmp->args.push_back(std::move(first));
            }
            cmp->keywords.push_back(op);
            cmp->args.push_back(parse_math1());
        }
        return cmp ? finish(std::move(cmp)) : std::move(first);
    }

    ExprPtr parse_math1() {
        ExprPtr l = parse_concat();
        while (is_op("+") || is_op("-")) {
            const Token at = cur();
            advance();
            l = binary(Expr::Kind::Binary, at.value, std::move(l), parse_concat(), at);
        }
        return l;
    }

    ExprPtr parse_concat() {
        ExprPtr l = parse_math2();
        while (is_op("~")) {
            const Token at = cur();
            advance();
            l = binary(Expr::Kind::Binary, "~", std::move(l), parse_math2(), at);
        }
        return l;
    }

    ExprPtr parse_math2() {
        ExprPtr l = parse_pow();
        while (is_op("*") || is_op("/") || is_op("//") || is_op("%")) {
            const Token at = cur();
            advance();
            l = binary(Expr::Kind::Binary, at.value, std::move(l), parse_pow(), at);
        }
        return l;
    }

    ExprPtr parse_pow() {
        ExprPtr l = parse_unary(true);
        while (is_op("**")) {
            const Token at = cur();
            advance();
            l = binary(Expr::Kind::Binary, "**", std::move(l), parse_unary(true), at);
        }
        return l;
    }

    ExprPtr parse_unary(bool with_filter) {
        RecursionGuard guard(*this);
        ExprPtr e;
        if (is_op("-") || is_op("+")) {
            const Token at = cur();
            advance();
            e = node(Expr::Kind::Unary, at);
            e->name = at.value;
            e->args.push_back(parse_unary(false));
            e = finish(std::move(e));
        } else {
            e = parse_primary();
        }
        e = parse_postfix(std::move(e));
        if (with_filter) e = parse_filter_expr(std::move(e), false);
        return e;
    }

    ExprPtr parse_primary() {
        const Token t = cur();
        switch (t.type) {
            case TokenType::Name: {
                advance();
                auto e = node(Expr::Kind::Literal, t);
                if (t.value == "true" || t.value == "True") e->literal = Value::boolean(true);
                else if (t.value == "false" || t.value == "False") e->literal = Value::boolean(false);
                else if (t.value == "none" || t.value == "None") e->literal = Value::none();
                else {
                    e->kind = Expr::Kind::Name;
                    e->name = t.value;
                }
                return finish(std::move(e));
            }
            case TokenType::String: {
                std::string s;
                while (cur().type == TokenType::String) {  // adjacent literals concatenate
                    s += cur().value;
                    advance();
                }
                auto e = node(Expr::Kind::Literal, t);
                e->literal = Value::string(std::move(s));
                return finish(std::move(e));
            }
            case TokenType::Integer: {
                advance();
                auto e = node(Expr::Kind::Literal, t);
                std::int64_t v = 0;
                auto [p, ec] = std::from_chars(t.value.data(), t.value.data() + t.value.size(), v);
                if (ec != std::errc() || p != t.value.data() + t.value.size())
                    fail_at(t, "integer literal " + t.value + " is too large", ErrorKind::Unsupported);
                e->literal = Value::integer(v);
                return finish(std::move(e));
            }
            case TokenType::Float: {
                advance();
                auto e = node(Expr::Kind::Literal, t);
                e->literal = Value::floating(std::strtod(t.value.c_str(), nullptr));
                return finish(std::move(e));
            }
            case TokenType::Operator:
                if (t.value == "(") {
                    advance();
                    if (accept_op(")")) {
                        auto e = node(Expr::Kind::Tuple, t);
                        return finish(std::move(e));
                    }
                    ExprPtr first = parse_expression(true);
                    if (accept_op(")")) return first;
                    auto tup = node(Expr::Kind::Tuple, t);
                    tup->args.push_back(std::move(first));
                    while (accept_op(",")) {
                        if (is_op(")")) break;
                        tup->args.push_back(parse_expression(true));
                    }
                    expect_op(")");
                    return finish(std::move(tup));
                }
                if (t.value == "[") {
                    advance();
                    auto e = node(Expr::Kind::List, t);
                    while (!is_op("]")) {
                        e->args.push_back(parse_expression(true));
                        if (!accept_op(",")) break;
                    }
                    expect_op("]");
                    return finish(std::move(e));
                }
                if (t.value == "{") {
                    advance();
                    auto e = node(Expr::Kind::Dict, t);
                    while (!is_op("}")) {
                        e->args.push_back(parse_expression(true));
                        expect_op(":");
                        e->args.push_back(parse_expression(true));
                        if (!accept_op(",")) break;
                    }
                    expect_op("}");
                    return finish(std::move(e));
                }
                break;
            default: break;
        }
        unexpected("an expression");
    }

    ExprPtr parse_postfix(ExprPtr e) {
        while (true) {
            const Token at = cur();
            if (accept_op(".")) {
                if (cur().type == TokenType::Name) {
                    auto a = node(Expr::Kind::Attr, at);
                    a->name = cur().value;
                    advance();
                    a->args.push_back(std::move(e));
                    e = finish(std::move(a));
                } else if (cur().type == TokenType::Integer) {
                    auto idx = node(Expr::Kind::Literal, cur());
                    std::int64_t v = 0;
                    std::from_chars(cur().value.data(), cur().value.data() + cur().value.size(), v);
                    idx->literal = Value::integer(v);
                    advance();
                    auto it = node(Expr::Kind::Item, at);
                    it->args.push_back(std::move(e));
                    it->args.push_back(finish(std::move(idx)));
                    e = finish(std::move(it));
                } else {
                    unexpected("an attribute name");
                }
            } else if (accept_op("[")) {
                e = parse_subscript(std::move(e), at);
            } else if (is_op("(")) {
                e = parse_call(std::move(e), Expr::Kind::Call, at);
            } else {
                return e;
            }
        }
    }

    ExprPtr parse_subscript(ExprPtr target, const Token& at) {
        ExprPtr parts[3];
        bool is_slice = false;
        int idx = 0;
        while (true) {
            if (is_op("]")) break;
            if (accept_op(":")) {
                is_slice = true;
                if (++idx > 2) unexpected("']'");
                continue;
            }
            if (parts[idx]) unexpected("':' or ']'");
            parts[idx] = is_slice ? parse_expression(true) : parse_tuple();
        }
        expect_op("]");
        if (!is_slice) {
            if (!parts[0]) fail_at(at, "empty subscript");
            auto e = node(Expr::Kind::Item, at);
            e->args.push_back(std::move(target));
            e->args.push_back(std::move(parts[0]));
            return finish(std::move(e));
        }
        auto e = node(Expr::Kind::Slice, at);
        e->args.push_back(std::move(target));
        for (auto& p : parts) e->args.push_back(std::move(p));
        return finish(std::move(e));
    }

    // Parses "(args)" into e (Call, Filter or Test): args[0] is the target.
    ExprPtr parse_call(ExprPtr target, Expr::Kind kind, const Token& at, std::string name = {}, bool negated = false) {
        auto e = node(kind, at);
        e->name = std::move(name);
        e->negated = negated;
        e->args.push_back(std::move(target));
        if (accept_op("(")) {
            while (!is_op(")")) {
                if (is_op("*") || is_op("**")) fail_at(cur(), "*args and **kwargs are not supported", ErrorKind::Unsupported);
                if (cur().type == TokenType::Name && peek().type == TokenType::Operator && peek().value == "=") {
                    e->keywords.push_back(cur().value);
                    advance();
                    advance();
                } else {
                    if (std::any_of(e->keywords.begin(), e->keywords.end(), [](const std::string& k) { return !k.empty(); }))
                        fail_at(cur(), "positional argument after a keyword argument");
                    e->keywords.emplace_back();
                }
                e->args.push_back(parse_expression(true));
                if (!accept_op(",")) break;
            }
            expect_op(")");
        }
        return finish(std::move(e));
    }

    std::string dotted_name() {
        std::string n = expect_name();
        while (is_op(".") && peek().type == TokenType::Name) {
            advance();
            n += "." + cur().value;
            advance();
        }
        return n;
    }

    // One or more "name(args)" separated by '|', applied to target (the {% filter %} tag).
    ExprPtr parse_filter_chain(ExprPtr target) {
        do {
            const Token at = cur();
            std::string n = dotted_name();
            target = parse_call(std::move(target), Expr::Kind::Filter, at, n);
        } while (accept_op("|"));
        return target;
    }

    ExprPtr parse_filter_expr(ExprPtr e, bool filters_only) {
        while (true) {
            const Token at = cur();
            if (accept_op("|")) {
                const Token name_at = cur();
                std::string n = dotted_name();
                e = parse_call(std::move(e), Expr::Kind::Filter, name_at, n);
            } else if (!filters_only && is_name("is")) {
                advance();
                const bool negated = accept_name("not");
                const Token name_at = cur();
                std::string n = dotted_name();
                if (is_op("(")) {
                    e = parse_call(std::move(e), Expr::Kind::Test, name_at, n, negated);
                } else {
                    auto t = node(Expr::Kind::Test, name_at);
                    t->name = n;
                    t->negated = negated;
                    t->args.push_back(std::move(e));
                    const auto ty = cur().type;
                    const bool arg_follows =
                        ((ty == TokenType::Name && !is_name("else") && !is_name("or") && !is_name("and") &&
                          !is_name("if") && !is_name("in") && !is_name("not") && !is_name("is")) ||
                         ty == TokenType::String || ty == TokenType::Integer || ty == TokenType::Float || is_op("[") ||
                         is_op("{"));
                    if (arg_follows) {
                        RecursionGuard guard(*this);
                        t->keywords.emplace_back();
                        t->args.push_back(parse_postfix(parse_primary()));
                    }
                    e = finish(std::move(t));
                }
            } else if (!filters_only && is_op("(")) {
                e = parse_call(std::move(e), Expr::Kind::Call, at);
            } else {
                return e;
            }
        }
    }

    std::vector<Token> tokens_;
    std::size_t pos_ = 0;
    int recursion_ = 0;
    int loop_depth_ = 0;
    std::vector<int> open_line_, open_col_;
};

}  // namespace

std::unique_ptr<Template> parse_template(std::string_view source) { return Parser(tokenize(source)).run(); }

}  // namespace qwendesk::jinja
