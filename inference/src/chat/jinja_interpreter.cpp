#include "chat/jinja_interpreter.h"

#include <new>

#include "chat/jinja_builtins.h"
#include "chat/jinja_lexer.h"
#include "chat/jinja_operators.h"
#include "qwendesk/errors.h"

namespace qwendesk::jinja {

namespace {

// An error that already names its template position.
class LocatedError : public Error {
public:
    using Error::Error;
};

const char* const kBlockValueName = "\x01block";

}  // namespace

struct Interpreter::Scope {
    Scope* parent = nullptr;
    std::vector<std::pair<std::string, Value>> vars;

    Value lookup(const std::string& name) const {
        for (const Scope* s = this; s; s = s->parent)
            for (const auto& [k, v] : s->vars)
                if (k == name) return v;
        return Value::undefined(name);
    }
    void set(const std::string& name, Value value) {
        for (auto& [k, v] : vars)
            if (k == name) {
                v = std::move(value);
                return;
            }
        vars.emplace_back(name, std::move(value));
    }
};

struct Interpreter::DepthGuard {
    Interpreter& in;
    explicit DepthGuard(Interpreter& interp) : in(interp) {
        if (++in.depth_ > in.limits_.max_depth) {
            --in.depth_;
            throw Error(ErrorKind::Unsupported, "chat template recursion deeper than " +
                                                    std::to_string(in.limits_.max_depth) + " levels");
        }
    }
    ~DepthGuard() { --in.depth_; }
};

Interpreter::Interpreter(const Template& tmpl, RenderLimits limits) : tmpl_(tmpl), limits_(limits) {}
Interpreter::~Interpreter() = default;

NamespaceData* Interpreter::new_namespace() {
    check_items(namespaces_.size() + 1, "namespaces");
    namespaces_.push_back(std::make_unique<NamespaceData>());
    return namespaces_.back().get();
}

void Interpreter::check_items(std::size_t n, const char* what) const {
    if (n > limits_.max_items)
        throw Error(ErrorKind::Unsupported, std::string("chat template asked for ") + std::to_string(n) + " " + what +
                                                " (limit " + std::to_string(limits_.max_items) + ")");
}

void Interpreter::charge(std::size_t bytes) {
    work_ += bytes;
    if (work_ > limits_.max_work_bytes)
        throw Error(ErrorKind::Unsupported, "chat template built more than " +
                                                std::to_string(limits_.max_work_bytes >> 20) + " MiB of text");
}

void Interpreter::step() {
    if (++steps_ > limits_.max_steps)
        throw Error(ErrorKind::Unsupported,
                    "chat template ran more than " + std::to_string(limits_.max_steps) + " steps (endless loop?)");
}

void Interpreter::append(std::string& out, const std::string& text) {
    if (out.size() + text.size() > limits_.max_output_bytes)
        throw Error(ErrorKind::Unsupported, "chat template output exceeds " +
                                                std::to_string(limits_.max_output_bytes >> 20) + " MiB");
    charge(text.size());
    out += text;
}

std::string Interpreter::render(const std::vector<std::pair<std::string, Value>>& variables) {
    steps_ = 0;
    work_ = 0;
    depth_ = 0;
    std::string out;
    {
        Scope root;
        for (auto& [k, v] : builtin_globals()) root.set(k, std::move(v));
        for (const auto& [k, v] : variables) root.set(k, v);
        root_ = &root;
        try {
            exec_body(tmpl_.body, root, out);
        } catch (const std::bad_alloc&) {
            root_ = nullptr;
            throw Error(ErrorKind::OutOfMemory, "out of memory while rendering the chat template");
        } catch (...) {
            root_ = nullptr;
            throw;
        }
        root_ = nullptr;
    }
    namespaces_.clear();
    return out;
}

Interpreter::Flow Interpreter::exec_body(const Body& body, Scope& scope, std::string& out) {
    for (const auto& s : body) {
        const Flow f = exec(*s, scope, out);
        if (f != Flow::Normal) return f;
    }
    return Flow::Normal;
}

Interpreter::Flow Interpreter::exec(const Stmt& s, Scope& scope, std::string& out) {
    DepthGuard guard(*this);
    step();
    try {
        switch (s.kind) {
            case Stmt::Kind::Text: append(out, s.text); return Flow::Normal;
            case Stmt::Kind::Output: {
                const Value v = eval(*s.exprs[0], scope);
                if (v.is_string()) append(out, v.str());
                else append(out, v.to_str());
                return Flow::Normal;
            }
            case Stmt::Kind::If:
                for (std::size_t i = 0; i < s.exprs.size(); ++i)
                    if (eval(*s.exprs[i], scope).truthy()) return exec_body(s.bodies[i], scope, out);
                if (s.bodies.size() > s.exprs.size()) return exec_body(s.bodies.back(), scope, out);
                return Flow::Normal;
            case Stmt::Kind::For: return exec_for(s, scope, out);
            case Stmt::Kind::Set: exec_set(s, scope, eval(*s.exprs[0], scope)); return Flow::Normal;
            case Stmt::Kind::SetBlock: {
                std::string captured;
                exec_body(s.bodies[0], scope, captured);
                Value v = Value::string(std::move(captured));
                if (!s.exprs.empty()) {
                    Scope tmp{&scope, {}};
                    tmp.set(kBlockValueName, v);
                    v = eval(*s.exprs[0], tmp);
                }
                exec_set(s, scope, std::move(v));
                return Flow::Normal;
            }
            case Stmt::Kind::FilterBlock: {
                std::string captured;
                exec_body(s.bodies[0], scope, captured);
                Scope tmp{&scope, {}};
                tmp.set(kBlockValueName, Value::string(std::move(captured)));
                append(out, eval(*s.exprs[0], tmp).to_str());
                return Flow::Normal;
            }
            case Stmt::Kind::Scope: return exec_body(s.bodies[0], scope, out);
            case Stmt::Kind::Macro: {
                const Stmt* macro = &s;
                scope.set(s.text, Value::function(s.text, [macro](Interpreter& in, CallArgs& args) {
                              return in.call_macro(*macro, args);
                          }));
                return Flow::Normal;
            }
            case Stmt::Kind::Break: return Flow::Break;
            case Stmt::Kind::Continue: return Flow::Continue;
        }
    } catch (const LocatedError&) {
        throw;
    } catch (const Error& e) {
        throw LocatedError(e.kind(), "chat template " + describe_position(s.line, s.column) + ": " + e.what());
    }
    return Flow::Normal;
}

namespace {

std::vector<Value> unpack(const Value& v, std::size_t n) {
    if (!v.is_list() && !v.is_string() && !v.is_dict())
        throw Error(ErrorKind::CorruptFile, "cannot unpack non-iterable " + v.type_name() + " object");
    std::vector<Value> parts = iterate(v);
    if (parts.size() != n)
        throw Error(ErrorKind::CorruptFile, parts.size() < n ? "not enough values to unpack (expected " +
                                                                   std::to_string(n) + ", got " +
                                                                   std::to_string(parts.size()) + ")"
                                                             : "too many values to unpack (expected " +
                                                                   std::to_string(n) + ")");
    return parts;
}

}  // namespace

void Interpreter::exec_set(const Stmt& s, Scope& scope, Value value) {
    if (!s.text.empty() && s.kind == Stmt::Kind::Set) {
        const Value target = scope.lookup(s.targets[0]);
        if (!target.is_namespace())
            throw Error(ErrorKind::CorruptFile, "cannot assign attribute '" + s.text + "' on '" + s.targets[0] +
                                                    "', which is not a namespace");
        target.namespace_data()->set(s.text, std::move(value));
        return;
    }
    if (s.targets.size() == 1) {
        scope.set(s.targets[0], std::move(value));
        return;
    }
    auto parts = unpack(value, s.targets.size());
    for (std::size_t i = 0; i < parts.size(); ++i) scope.set(s.targets[i], std::move(parts[i]));
}

Interpreter::Flow Interpreter::exec_for(const Stmt& s, Scope& scope, std::string& out) {
    const Value iterable = eval(*s.exprs[0], scope);
    if (iterable.is_none()) throw Error(ErrorKind::CorruptFile, "'NoneType' object is not iterable");
    std::vector<Value> items = iterate(iterable);
    auto bind = [&](Scope& into, const Value& item) {
        if (s.targets.size() == 1) {
            into.set(s.targets[0], item);
            return;
        }
        auto parts = unpack(item, s.targets.size());
        for (std::size_t i = 0; i < parts.size(); ++i) into.set(s.targets[i], std::move(parts[i]));
    };
    if (s.has_filter) {
        std::vector<Value> kept;
        for (const auto& item : items) {
            step();
            Scope tmp{&scope, {}};
            bind(tmp, item);
            if (eval(*s.exprs[1], tmp).truthy()) kept.push_back(item);
        }
        items = std::move(kept);
    }
    if (items.empty()) {
        Scope tmp{&scope, {}};
        exec_body(s.bodies[1], tmp, out);
        return Flow::Normal;
    }
    const auto n = static_cast<std::int64_t>(items.size());
    for (std::int64_t i = 0; i < n; ++i) {
        step();
        Scope iter{&scope, {}};
        const auto idx = static_cast<std::size_t>(i);
        std::vector<std::pair<Value, Value>> loop;
        loop.reserve(12);
        static const char* const kKeyNames[] = {"index0", "index", "revindex", "revindex0", "first", "last",
                                                 "length", "depth", "depth0", "previtem", "nextitem", "cycle"};
        static const std::vector<Value> kKeys = [] {
            std::vector<Value> keys;
            for (const char* k : kKeyNames) keys.push_back(Value::string(k));
            return keys;
        }();
        auto add = [&](const char*, Value v) { loop.emplace_back(kKeys[loop.size()], std::move(v)); };
        add("index0", Value::integer(i));
        add("index", Value::integer(i + 1));
        add("revindex", Value::integer(n - i));
        add("revindex0", Value::integer(n - i - 1));
        add("first", Value::boolean(i == 0));
        add("last", Value::boolean(i == n - 1));
        add("length", Value::integer(n));
        add("depth", Value::integer(1));
        add("depth0", Value::integer(0));
        add("previtem", i > 0 ? items[idx - 1] : Value::undefined("loop.previtem"));
        add("nextitem", i + 1 < n ? items[idx + 1] : Value::undefined("loop.nextitem"));
        add("cycle", Value::function("loop.cycle", [i](Interpreter&, CallArgs& a) {
                if (a.positional.empty()) throw Error(ErrorKind::CorruptFile, "loop.cycle() needs at least one value");
                return a.positional[static_cast<std::size_t>(i) % a.positional.size()];
            }));
        iter.set("loop", Value::dict(std::move(loop)));
        bind(iter, items[idx]);
        const Flow f = exec_body(s.bodies[0], iter, out);
        if (f == Flow::Break) break;
    }
    return Flow::Normal;
}

Value Interpreter::eval(const Expr& e, Scope& scope) {
    DepthGuard guard(*this);
    step();
    try {
        Value v = eval_inner(e, scope);
        if (v.is_string() && (e.kind == Expr::Kind::Filter || e.kind == Expr::Kind::Call ||
                              e.kind == Expr::Kind::Binary || e.kind == Expr::Kind::Slice))
            charge(v.str().size());
        return v;
    } catch (const LocatedError&) {
        throw;
    } catch (const Error& err) {
        throw LocatedError(err.kind(), "chat template " + describe_position(e.line, e.column) + ": " + err.what());
    }
}

CallArgs Interpreter::eval_args(const Expr& e, Scope& scope) {
    CallArgs args;
    for (std::size_t i = 1; i < e.args.size(); ++i) {
        Value v = eval(*e.args[i], scope);
        const std::string& kw = e.keywords[i - 1];
        if (kw.empty()) args.positional.push_back(std::move(v));
        else args.keyword.emplace_back(kw, std::move(v));
    }
    return args;
}

Value Interpreter::call(const Value& callee, CallArgs& args) {
    if (callee.is_undefined()) {
        const std::string& hint = callee.undefined_hint();
        throw Error(ErrorKind::CorruptFile, "'" + hint + "' is undefined");
    }
    if (!callee.is_function()) throw Error(ErrorKind::CorruptFile, "'" + callee.type_name() + "' object is not callable");
    return callee.func().call(*this, args);
}

Value Interpreter::call_macro(const Stmt& macro, CallArgs& args) {
    DepthGuard guard(*this);
    Scope local{root_, {}};
    if (args.positional.size() > macro.targets.size())
        throw Error(ErrorKind::CorruptFile, "macro '" + macro.text + "' takes " + std::to_string(macro.targets.size()) +
                                                " arguments, " + std::to_string(args.positional.size()) + " given");
    for (const auto& [k, v] : args.keyword) {
        bool known = false;
        for (const auto& t : macro.targets) known = known || t == k;
        if (!known) throw Error(ErrorKind::CorruptFile, "macro '" + macro.text + "' has no argument '" + k + "'");
    }
    for (std::size_t i = 0; i < macro.targets.size(); ++i) {
        const std::string& name = macro.targets[i];
        if (i < args.positional.size()) {
            local.set(name, args.positional[i]);
            continue;
        }
        const Value* given = nullptr;
        for (const auto& [k, v] : args.keyword)
            if (k == name) given = &v;
        if (given) local.set(name, *given);
        else if (macro.exprs[i]) local.set(name, eval(*macro.exprs[i], local));
        else local.set(name, Value::undefined(name));
    }
    std::string out;
    exec_body(macro.bodies[0], local, out);
    return Value::string(std::move(out));
}

Value Interpreter::eval_inner(const Expr& e, Scope& scope) {
    switch (e.kind) {
        case Expr::Kind::Literal: return e.literal;
        case Expr::Kind::Name: return scope.lookup(e.name);
        case Expr::Kind::BlockValue: return scope.lookup(kBlockValueName);
        case Expr::Kind::List:
        case Expr::Kind::Tuple: {
            std::vector<Value> items;
            items.reserve(e.args.size());
            for (const auto& a : e.args) items.push_back(eval(*a, scope));
            return Value::list(std::move(items), e.kind == Expr::Kind::Tuple);
        }
        case Expr::Kind::Dict: {
            std::vector<std::pair<Value, Value>> entries;
            for (std::size_t i = 0; i + 1 < e.args.size(); i += 2) {
                Value k = eval(*e.args[i], scope);
                entries.emplace_back(std::move(k), eval(*e.args[i + 1], scope));
            }
            return Value::dict(std::move(entries));
        }
        case Expr::Kind::Attr: return get_attr(eval(*e.args[0], scope), e.name);
        case Expr::Kind::Item: {
            const Value obj = eval(*e.args[0], scope);
            return get_item(obj, eval(*e.args[1], scope));
        }
        case Expr::Kind::Slice: {
            const Value obj = eval(*e.args[0], scope);
            Value parts[3];
            for (int i = 0; i < 3; ++i)
                parts[i] = e.args[static_cast<std::size_t>(i) + 1] ? eval(*e.args[static_cast<std::size_t>(i) + 1], scope)
                                                                    : Value::none();
            return slice(obj, parts[0], parts[1], parts[2]);
        }
        case Expr::Kind::Call: {
            const Value callee = eval(*e.args[0], scope);
            CallArgs args = eval_args(e, scope);
            return call(callee, args);
        }
        case Expr::Kind::Filter: {
            const Value target = eval(*e.args[0], scope);
            CallArgs args = eval_args(e, scope);
            return apply_filter(*this, e.name, target, args);
        }
        case Expr::Kind::Test: {
            const Value target = eval(*e.args[0], scope);
            CallArgs args = eval_args(e, scope);
            return Value::boolean(apply_test(*this, e.name, target, args) != e.negated);
        }
        case Expr::Kind::Unary: {
            const Value v = eval(*e.args[0], scope);
            if (e.name == "not") return Value::boolean(!v.truthy());
            return unary_op(e.name, v);
        }
        case Expr::Kind::Binary: {
            Value l = eval(*e.args[0], scope);
            if (e.name == "and") return l.truthy() ? eval(*e.args[1], scope) : l;
            if (e.name == "or") return l.truthy() ? l : eval(*e.args[1], scope);
            const Value r = eval(*e.args[1], scope);
            return binary_op(e.name, l, r);
        }
        case Expr::Kind::Compare: {
            Value left = eval(*e.args[0], scope);
            for (std::size_t i = 0; i < e.keywords.size(); ++i) {
                Value right = eval(*e.args[i + 1], scope);
                if (!compare_op(e.keywords[i], left, right)) return Value::boolean(false);
                left = std::move(right);
            }
            return Value::boolean(true);
        }
        case Expr::Kind::Cond:
            if (eval(*e.args[1], scope).truthy()) return eval(*e.args[0], scope);
            if (e.args[2]) return eval(*e.args[2], scope);
            return Value::undefined("conditional expression without else");
    }
    return Value();
}

}  // namespace qwendesk::jinja
