#include "chat/jinja_builtins.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <initializer_list>
#include <limits>

#include "chat/jinja_interpreter.h"
#include "chat/jinja_operators.h"
#include "chat/python_json.h"
#include "chat/python_string.h"
#include "qwendesk/errors.h"

namespace qwendesk::jinja {

namespace {

[[noreturn]] void type_error(const std::string& msg) { throw Error(ErrorKind::CorruptFile, msg); }

// Binds positional and keyword arguments to parameter names, Python style.
class Params {
public:
    Params(CallArgs& args, std::string what, std::initializer_list<const char*> names)
        : args_(args), what_(std::move(what)), names_(names) {
        if (args_.positional.size() > names_.size())
            type_error(what_ + " takes at most " + std::to_string(names_.size()) + " arguments (" +
                       std::to_string(args_.positional.size()) + " given)");
        for (const auto& [k, v] : args_.keyword) {
            const auto it = std::find_if(names_.begin(), names_.end(), [&](const char* n) { return k == n; });
            if (it == names_.end()) type_error(what_ + " got an unexpected keyword argument '" + k + "'");
            if (static_cast<std::size_t>(it - names_.begin()) < args_.positional.size())
                type_error(what_ + " got multiple values for argument '" + k + "'");
        }
    }
    bool has(std::size_t i) const { return find(i) != nullptr; }
    Value get(std::size_t i, Value fallback = Value::none()) const {
        const Value* v = find(i);
        return v ? *v : fallback;
    }
    Value require(std::size_t i) const {
        const Value* v = find(i);
        if (!v) type_error(what_ + " missing required argument '" + names_[i] + "'");
        return *v;
    }
    std::string str(std::size_t i, const std::string& fallback) const {
        const Value* v = find(i);
        if (!v || v->is_none()) return fallback;
        if (!v->is_string()) type_error(what_ + ": argument '" + names_[i] + "' must be a string, not " + v->type_name());
        return v->str();
    }
    std::optional<std::string> opt_str(std::size_t i) const {
        const Value* v = find(i);
        if (!v || v->is_none()) return std::nullopt;
        if (!v->is_string()) type_error(what_ + ": argument '" + names_[i] + "' must be a string or None, not " + v->type_name());
        return v->str();
    }
    std::int64_t integer(std::size_t i, std::int64_t fallback) const {
        const Value* v = find(i);
        if (!v || v->is_none()) return fallback;
        if (!v->is_int() && !v->is_bool()) type_error(what_ + ": argument '" + names_[i] + "' must be an integer, not " + v->type_name());
        return v->as_int();
    }
    bool boolean(std::size_t i, bool fallback) const {
        const Value* v = find(i);
        return v ? v->truthy() : fallback;
    }

private:
    const Value* find(std::size_t i) const {
        if (i < args_.positional.size()) return &args_.positional[i];
        for (const auto& [k, v] : args_.keyword)
            if (k == names_[i]) return &v;
        return nullptr;
    }
    CallArgs& args_;
    std::string what_;
    std::vector<const char*> names_;
};

const std::string& need_str(const Value& v, const std::string& what) {
    if (!v.is_string()) type_error(what + " requires a string, not " + v.type_name());
    return v.str();
}

Value str_list(std::vector<std::string> parts) {
    std::vector<Value> out;
    out.reserve(parts.size());
    for (auto& p : parts) out.push_back(Value::string(std::move(p)));
    return Value::list(std::move(out));
}

// jinja2's make_attrgetter: "a.b.0" looks up each part as an item (then attribute).
Value lookup_path(const Value& v, const std::string& path) {
    Value cur = v;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = path.find('.', start);
        const std::string part = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (cur.is_undefined()) return cur;
        const bool digits = !part.empty() && part.size() < 18 && part.find_first_not_of("0123456789") == std::string::npos;
        cur = get_item(cur, digits ? Value::integer(std::stoll(part)) : Value::string(part));
        if (dot == std::string::npos) return cur;
        start = dot + 1;
    }
}

Value sort_key(const Value& v, bool case_sensitive, const std::optional<std::string>& attribute) {
    Value k = attribute ? lookup_path(v, *attribute) : v;
    if (!case_sensitive && k.is_string()) return Value::string(py::lower(k.str()));
    return k;
}

std::string html_escape(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&#34;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

Value to_int(const Value& v, const Value& fallback, std::int64_t base) {
    if (v.is_int() || v.is_bool()) return Value::integer(v.as_int());
    if (v.is_float()) {
        const double d = v.as_double();
        if (!std::isfinite(d) || std::fabs(d) >= 9.2e18) return fallback;
        return Value::integer(static_cast<std::int64_t>(d));
    }
    if (v.is_string()) {
        const std::string s = py::strip(v.str(), std::nullopt, py::StripSide::Both);
        try {
            std::size_t used = 0;
            const long long r = std::stoll(s, &used, static_cast<int>(base));
            if (used == s.size() && !s.empty()) return Value::integer(r);
        } catch (const std::exception&) {
        }
        try {
            std::size_t used = 0;
            const double d = std::stod(s, &used);
            if (used == s.size() && std::isfinite(d) && std::fabs(d) < 9.2e18)
                return Value::integer(static_cast<std::int64_t>(d));
        } catch (const std::exception&) {
        }
    }
    return fallback;
}

Value to_float(const Value& v, const Value& fallback) {
    if (v.is_number()) return Value::floating(v.as_double());
    if (v.is_string()) {
        const std::string s = py::strip(v.str(), std::nullopt, py::StripSide::Both);
        try {
            std::size_t used = 0;
            const double d = std::stod(s, &used);
            if (used == s.size()) return Value::floating(d);
        } catch (const std::exception&) {
        }
    }
    return fallback;
}

std::vector<Value> stable_sorted(std::vector<Value> items, bool reverse, bool case_sensitive,
                                 const std::optional<std::string>& attribute) {
    std::vector<std::pair<Value, Value>> keyed;
    keyed.reserve(items.size());
    for (auto& v : items) keyed.emplace_back(sort_key(v, case_sensitive, attribute), std::move(v));
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
        return reverse ? less_than(b.first, a.first) : less_than(a.first, b.first);
    });
    std::vector<Value> out;
    out.reserve(keyed.size());
    for (auto& kv : keyed) out.push_back(std::move(kv.second));
    return out;
}

// select/reject/selectattr/rejectattr: args after the attribute name are the test and its arguments.
Value select_like(Interpreter& in, const Value& seq, CallArgs& args, bool by_attr, bool keep_when) {
    std::size_t first = 0;
    std::string attribute;
    if (by_attr) {
        if (args.positional.empty() || !args.positional[0].is_string())
            type_error("selectattr/rejectattr need an attribute name");
        attribute = args.positional[0].str();
        first = 1;
    }
    std::string test;
    CallArgs test_args;
    if (args.positional.size() > first) {
        test = need_str(args.positional[first], "select: the test name");
        test_args.positional.assign(args.positional.begin() + static_cast<std::ptrdiff_t>(first) + 1, args.positional.end());
    }
    test_args.keyword = args.keyword;
    std::vector<Value> out;
    for (const auto& item : iterate(seq)) {
        const Value subject = by_attr ? lookup_path(item, attribute) : item;
        CallArgs a = test_args;
        const bool ok = test.empty() ? subject.truthy() : apply_test(in, test, subject, a);
        if (ok == keep_when) out.push_back(item);
    }
    return Value::list(std::move(out));
}

std::string do_indent(const std::string& s_in, const Value& width, bool first, bool blank) {
    const std::string indention = width.is_string() ? width.str() : std::string(static_cast<std::size_t>(std::clamp<std::int64_t>(
                                                                          width.is_number() ? width.as_int() : 4, 0, 1000)),
                                                                      ' ');
    const std::string s = s_in + "\n";
    auto lines = py::splitlines(s);
    std::string rv;
    if (blank) {
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (i) rv += "\n" + indention;
            rv += lines[i];
            check_string_size(rv.size());
        }
    } else if (!lines.empty()) {
        rv = lines[0];
        for (std::size_t i = 1; i < lines.size(); ++i) {
            rv += "\n";
            if (!lines[i].empty()) rv += indention;
            rv += lines[i];
            check_string_size(rv.size());
        }
    }
    if (first) rv = indention + rv;
    return rv;
}

using FilterFn = Value (*)(Interpreter&, const Value&, CallArgs&);

struct FilterEntry {
    const char* name;
    FilterFn fn;
};

Value f_default(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "default", {"default_value", "boolean"});
    if (v.is_undefined() || (p.boolean(1, false) && !v.truthy())) return p.get(0, Value::string(""));
    return v;
}
Value f_length(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "length", {});
    return Value::integer(static_cast<std::int64_t>(length_of(v)));
}
Value f_tojson(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "tojson", {"indent", "ensure_ascii", "separators", "sort_keys"});
    std::optional<std::string> indent;
    const Value iv = p.get(0);
    if (iv.is_string()) indent = iv.str();
    else if (iv.is_int()) indent = std::string(static_cast<std::size_t>(std::clamp<std::int64_t>(iv.as_int(), 0, 64)), ' ');
    if (p.boolean(3, false)) throw Error(ErrorKind::Unsupported, "tojson(sort_keys=True) is not supported");
    return Value::string(python_json_dumps(v, indent));
}
Value f_trim(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "trim", {"chars"});
    return Value::string(py::strip(v.to_str(), p.opt_str(0), py::StripSide::Both));
}
Value f_string(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "string", {});
    return v.is_string() ? v : Value::string(v.to_str());
}
Value f_safe(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "safe", {});
    return v;
}
Value f_escape(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "escape", {});
    return Value::string(html_escape(v.to_str()));
}
Value f_list(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "list", {});
    return Value::list(iterate(v));
}
Value f_items(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "items", {});
    if (v.is_undefined()) return Value::list({});
    if (!v.is_dict()) type_error("items filter: can only get item pairs from a mapping, not " + v.type_name());
    std::vector<Value> out;
    for (const auto& [k, val] : v.dict_data().entries) out.push_back(Value::list({k, val}, true));
    return Value::list(std::move(out));
}
Value f_join(Interpreter& in, const Value& v, CallArgs& a) {
    Params p(a, "join", {"d", "attribute"});
    const std::string sep = p.str(0, "");
    const auto attribute = p.opt_str(1);
    std::string out;
    bool first = true;
    for (const auto& item : iterate(v)) {
        if (!first) out += sep;
        first = false;
        out += (attribute ? lookup_path(item, *attribute) : item).to_str();
        check_string_size(out.size());
    }
    in.charge(out.size());
    return Value::string(std::move(out));
}
Value f_upper(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "upper", {});
    return Value::string(py::upper(v.to_str()));
}
Value f_lower(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "lower", {});
    return Value::string(py::lower(v.to_str()));
}
Value f_title(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "title", {});
    return Value::string(py::title(v.to_str()));
}
Value f_capitalize(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "capitalize", {});
    return Value::string(py::capitalize(v.to_str()));
}
Value f_first(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "first", {});
    auto items = iterate(v);
    return items.empty() ? Value::undefined("first item of an empty sequence") : items.front();
}
Value f_last(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "last", {});
    auto items = iterate(v);
    return items.empty() ? Value::undefined("last item of an empty sequence") : items.back();
}
Value f_replace(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "replace", {"old", "new", "count"});
    const std::string s = v.to_str();
    const std::string old = need_str(p.require(0), "replace");
    const std::string repl = need_str(p.require(1), "replace");
    const std::int64_t count = p.integer(2, -1);
    const auto n = static_cast<std::size_t>(py::count(s, old));
    if (repl.size() > old.size()) check_string_size(s.size() + std::min<std::size_t>(n, kMaxStringBytes) * (repl.size() - old.size()));
    return Value::string(py::replace(s, old, repl, count));
}
Value f_int(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "int", {"default", "base"});
    return to_int(v, p.get(0, Value::integer(0)), p.integer(1, 10));
}
Value f_float(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "float", {"default"});
    return to_float(v, p.get(0, Value::floating(0.0)));
}
Value f_abs(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "abs", {});
    if (!v.is_number()) type_error("bad operand type for abs(): '" + v.type_name() + "'");
    if (v.is_float()) return Value::floating(std::fabs(v.as_double()));
    return v.as_int() < 0 ? unary_op("-", v) : Value::integer(v.as_int());
}
Value f_round(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "round", {"precision", "method"});
    if (!v.is_number()) type_error("round filter needs a number, not " + v.type_name());
    const std::int64_t prec = std::clamp<std::int64_t>(p.integer(0, 0), -300, 300);
    const std::string method = p.str(1, "common");
    if (method == "common" && !v.is_float() && prec >= 0) return Value::integer(v.as_int());  // round(int) is int
    const double scale = std::pow(10.0, static_cast<double>(prec));
    const double x = v.as_double() * scale;
    double r;
    if (method == "common") r = std::nearbyint(x);  // Python's round(): half to even
    else if (method == "ceil") r = std::ceil(x);
    else if (method == "floor") r = std::floor(x);
    else type_error("round filter: method must be 'common', 'ceil' or 'floor'");
    return Value::floating(r / scale);
}
Value f_reverse(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "reverse", {});
    if (v.is_string()) {
        auto offs = py::code_point_offsets(v.str());
        std::string out;
        for (std::size_t k = offs.size() - 1; k > 0; --k) out.append(v.str(), offs[k - 1], offs[k] - offs[k - 1]);
        return Value::string(std::move(out));
    }
    auto items = iterate(v);
    std::reverse(items.begin(), items.end());
    return Value::list(std::move(items));
}
Value f_sort(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "sort", {"reverse", "case_sensitive", "attribute"});
    return Value::list(stable_sorted(iterate(v), p.boolean(0, false), p.boolean(1, false), p.opt_str(2)));
}
Value f_dictsort(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "dictsort", {"case_sensitive", "by", "reverse"});
    if (!v.is_dict()) type_error("dictsort needs a mapping, not " + v.type_name());
    const bool by_value = p.str(1, "key") == "value";
    const bool cs = p.boolean(0, false);
    std::vector<Value> pairs;
    for (const auto& [k, val] : v.dict_data().entries) pairs.push_back(Value::list({k, val}, true));
    auto sorted = stable_sorted(pairs, p.boolean(2, false), cs, std::string(by_value ? "1" : "0"));
    return Value::list(std::move(sorted));
}
Value f_unique(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "unique", {"case_sensitive", "attribute"});
    const bool cs = p.boolean(0, false);
    const auto attribute = p.opt_str(1);
    std::vector<Value> out, seen;
    for (const auto& item : iterate(v)) {
        Value k = sort_key(item, cs, attribute);
        if (std::none_of(seen.begin(), seen.end(), [&](const Value& s) { return equals(s, k); })) {
            seen.push_back(k);
            out.push_back(item);
        }
    }
    return Value::list(std::move(out));
}
Value min_max(const Value& v, CallArgs& a, bool want_max) {
    Params p(a, want_max ? "max" : "min", {"case_sensitive", "attribute"});
    const bool cs = p.boolean(0, false);
    const auto attribute = p.opt_str(1);
    auto items = iterate(v);
    if (items.empty()) return Value::undefined(want_max ? "max of an empty sequence" : "min of an empty sequence");
    std::size_t best = 0;
    Value best_key = sort_key(items[0], cs, attribute);
    for (std::size_t i = 1; i < items.size(); ++i) {
        Value k = sort_key(items[i], cs, attribute);
        if (want_max ? less_than(best_key, k) : less_than(k, best_key)) {
            best = i;
            best_key = k;
        }
    }
    return items[best];
}
Value f_min(Interpreter&, const Value& v, CallArgs& a) { return min_max(v, a, false); }
Value f_max(Interpreter&, const Value& v, CallArgs& a) { return min_max(v, a, true); }
Value f_sum(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "sum", {"attribute", "start"});
    const auto attribute = p.opt_str(0);
    Value total = p.get(1, Value::integer(0));
    for (const auto& item : iterate(v)) total = binary_op("+", total, attribute ? lookup_path(item, *attribute) : item);
    return total;
}
Value f_map(Interpreter& in, const Value& v, CallArgs& a) {
    std::optional<std::string> attribute;
    Value fallback;
    bool has_default = false;
    for (const auto& [k, val] : a.keyword) {
        if (k == "attribute") attribute = need_str(val, "map(attribute=)");
        else if (k == "default") {
            fallback = val;
            has_default = true;
        }
    }
    std::vector<Value> out;
    if (attribute) {
        for (const auto& item : iterate(v)) {
            Value r = lookup_path(item, *attribute);
            out.push_back(r.is_undefined() && has_default ? fallback : r);
        }
        return Value::list(std::move(out));
    }
    if (a.positional.empty()) type_error("map needs a filter name or attribute=");
    const std::string filter = need_str(a.positional[0], "map: the filter name");
    CallArgs rest;
    rest.positional.assign(a.positional.begin() + 1, a.positional.end());
    rest.keyword = a.keyword;
    for (const auto& item : iterate(v)) {
        CallArgs copy = rest;
        out.push_back(apply_filter(in, filter, item, copy));
    }
    return Value::list(std::move(out));
}
Value f_select(Interpreter& in, const Value& v, CallArgs& a) { return select_like(in, v, a, false, true); }
Value f_reject(Interpreter& in, const Value& v, CallArgs& a) { return select_like(in, v, a, false, false); }
Value f_selectattr(Interpreter& in, const Value& v, CallArgs& a) { return select_like(in, v, a, true, true); }
Value f_rejectattr(Interpreter& in, const Value& v, CallArgs& a) { return select_like(in, v, a, true, false); }
Value f_indent(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "indent", {"width", "first", "blank"});
    return Value::string(do_indent(v.to_str(), p.get(0, Value::integer(4)), p.boolean(1, false), p.boolean(2, false)));
}
Value f_wordcount(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "wordcount", {});
    return Value::integer(static_cast<std::int64_t>(py::split(v.to_str(), std::nullopt, -1).size()));
}
Value f_center(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "center", {"width"});
    const std::string s = v.to_str();
    const auto width = static_cast<std::size_t>(std::clamp<std::int64_t>(p.integer(0, 80), 0, 100000));
    const std::size_t len = py::length(s);
    if (width <= len) return Value::string(s);
    const std::size_t marg = width - len;
    const std::size_t left = marg / 2 + (marg & width & 1);
    return Value::string(std::string(left, ' ') + s + std::string(marg - left, ' '));
}
Value f_attr(Interpreter&, const Value& v, CallArgs& a) {
    Params p(a, "attr", {"name"});
    const std::string& name = need_str(p.require(0), "attr");
    // Attributes only (methods, namespace attributes), never dict items, as jinja2's getattr().
    if (v.is_namespace() || v.is_undefined()) return get_attr(v, name);
    Value m = bind_method(v, name);
    return m.is_undefined() ? Value::undefined(v.type_name() + " object has no attribute '" + name + "'") : m;
}
Value f_format(Interpreter&, const Value& v, CallArgs& a) {
    const std::string& fmt = need_str(v, "format filter");
    if (!a.keyword.empty()) {
        std::vector<std::pair<Value, Value>> entries;
        for (const auto& [k, val] : a.keyword) entries.emplace_back(Value::string(k), val);
        return Value::string(percent_format(fmt, Value::dict(std::move(entries))));
    }
    return Value::string(percent_format(fmt, Value::list(a.positional, true)));
}
Value f_pprint(Interpreter&, const Value& v, CallArgs&) { return Value::string(v.repr()); }

const FilterEntry kFilters[] = {
    {"abs", f_abs},         {"attr", f_attr},       {"capitalize", f_capitalize}, {"center", f_center},
    {"count", f_length},    {"d", f_default},       {"default", f_default},       {"dictsort", f_dictsort},
    {"e", f_escape},        {"escape", f_escape},   {"first", f_first},           {"float", f_float},
    {"format", f_format},   {"forceescape", f_escape}, {"indent", f_indent},      {"int", f_int},
    {"items", f_items},     {"join", f_join},       {"last", f_last},             {"length", f_length},
    {"list", f_list},       {"lower", f_lower},     {"map", f_map},               {"max", f_max},
    {"min", f_min},         {"pprint", f_pprint},   {"reject", f_reject},         {"rejectattr", f_rejectattr},
    {"replace", f_replace}, {"reverse", f_reverse}, {"round", f_round},           {"safe", f_safe},
    {"select", f_select},   {"selectattr", f_selectattr}, {"sort", f_sort},       {"string", f_string},
    {"sum", f_sum},         {"title", f_title},     {"tojson", f_tojson},         {"trim", f_trim},
    {"unique", f_unique},   {"upper", f_upper},     {"wordcount", f_wordcount},
};

const FilterEntry* find_filter(std::string_view name) {
    for (const auto& f : kFilters)
        if (name == f.name) return &f;
    return nullptr;
}

const char* const kTests[] = {"defined", "undefined", "none", "string", "mapping", "iterable", "sequence", "number",
                              "integer", "float", "boolean", "false", "true", "callable", "even", "odd",
                              "divisibleby", "eq", "equalto", "==", "ne", "!=", "lt", "lessthan", "<", "le", "<=",
                              "gt", "greaterthan", ">", "ge", ">=", "in", "sameas", "lower", "upper", "escaped",
                              "filter", "test"};

// ---- methods ----

Value string_method(const std::string& name, const std::string& s, CallArgs& a) {
    using py::StripSide;
    if (name == "strip" || name == "lstrip" || name == "rstrip") {
        Params p(a, "str." + name, {"chars"});
        const auto side = name == "strip" ? StripSide::Both : name == "lstrip" ? StripSide::Left : StripSide::Right;
        return Value::string(py::strip(s, p.opt_str(0), side));
    }
    if (name == "split" || name == "rsplit") {
        Params p(a, "str." + name, {"sep", "maxsplit"});
        const auto sep = p.opt_str(0);
        const auto maxsplit = p.integer(1, -1);
        return str_list(name == "split" ? py::split(s, sep, maxsplit) : py::rsplit(s, sep, maxsplit));
    }
    if (name == "splitlines") {
        Params p(a, "str.splitlines", {"keepends"});
        return str_list(py::splitlines(s, p.boolean(0, false)));
    }
    if (name == "startswith" || name == "endswith") {
        Params p(a, "str." + name, {"prefix"});
        const Value arg = p.require(0);
        std::vector<Value> options = arg.is_list() && arg.list_data().tuple ? arg.items() : std::vector<Value>{arg};
        for (const auto& o : options) {
            const std::string& x = need_str(o, "str." + name);
            const bool hit = name == "startswith" ? s.compare(0, x.size(), x) == 0 && s.size() >= x.size()
                                                  : s.size() >= x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
            if (hit) return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    if (name == "replace") {
        Params p(a, "str.replace", {"old", "new", "count"});
        const std::string old = need_str(p.require(0), "str.replace");
        const std::string repl = need_str(p.require(1), "str.replace");
        const auto n = static_cast<std::size_t>(py::count(s, old));
        if (repl.size() > old.size()) check_string_size(s.size() + std::min<std::size_t>(n, kMaxStringBytes) * (repl.size() - old.size()));
        return Value::string(py::replace(s, old, repl, p.integer(2, -1)));
    }
    if (name == "upper" || name == "lower" || name == "title" || name == "capitalize") {
        Params p(a, "str." + name, {});
        if (name == "upper") return Value::string(py::upper(s));
        if (name == "lower") return Value::string(py::lower(s));
        if (name == "title") return Value::string(py::title(s));
        return Value::string(py::capitalize(s));
    }
    if (name == "find" || name == "rfind" || name == "index" || name == "rindex") {
        Params p(a, "str." + name, {"sub"});
        const auto r = py::find(s, need_str(p.require(0), "str." + name), name[0] == 'r');
        if (r < 0 && (name == "index" || name == "rindex")) type_error("substring not found");
        return Value::integer(r);
    }
    if (name == "count") {
        Params p(a, "str.count", {"sub"});
        return Value::integer(py::count(s, need_str(p.require(0), "str.count")));
    }
    if (name == "join") {
        Params p(a, "str.join", {"iterable"});
        std::string out;
        bool first = true;
        for (const auto& item : iterate(p.require(0))) {
            if (!first) out += s;
            first = false;
            out += need_str(item, "str.join");
            check_string_size(out.size());
        }
        return Value::string(std::move(out));
    }
    if (name == "format") return Value::string(brace_format(s, a));
    if (name == "isdigit" || name == "isnumeric" || name == "isdecimal") return Value::boolean(py::is_digit(s));
    if (name == "isalpha") return Value::boolean(py::is_alpha(s));
    if (name == "isalnum") return Value::boolean(py::is_alnum(s));
    if (name == "isspace") return Value::boolean(py::is_all_space(s));
    if (name == "islower") return Value::boolean(py::is_lower(s));
    if (name == "isupper") return Value::boolean(py::is_upper(s));
    type_error("str has no method '" + name + "'");
}

bool is_string_method(std::string_view n) {
    static const char* const kNames[] = {"strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "startswith",
                                         "endswith", "replace", "upper", "lower", "title", "capitalize", "find",
                                         "rfind", "index", "rindex", "count", "join", "format", "isdigit",
                                         "isnumeric", "isdecimal", "isalpha", "isalnum", "isspace", "islower",
                                         "isupper"};
    return std::any_of(std::begin(kNames), std::end(kNames), [&](const char* k) { return n == k; });
}

Value dict_method(const std::string& name, const Value& d, CallArgs& a) {
    if (name == "get") {
        Params p(a, "dict.get", {"key", "default"});
        if (const Value* v = d.dict_data().find(p.require(0))) return *v;
        return p.get(1, Value::none());
    }
    Params p(a, "dict." + name, {});
    std::vector<Value> out;
    for (const auto& [k, v] : d.dict_data().entries) {
        if (name == "items") out.push_back(Value::list({k, v}, true));
        else if (name == "keys") out.push_back(k);
        else out.push_back(v);
    }
    return Value::list(std::move(out));
}

Value list_method(const std::string& name, const Value& l, CallArgs& a) {
    Params p(a, "list." + name, {"value"});
    const Value x = p.require(0);
    const auto& items = l.items();
    if (name == "count")
        return Value::integer(std::count_if(items.begin(), items.end(), [&](const Value& v) { return equals(v, x); }));
    for (std::size_t i = 0; i < items.size(); ++i)
        if (equals(items[i], x)) return Value::integer(static_cast<std::int64_t>(i));
    type_error(x.repr() + " is not in list");
}

// ---- globals ----

Value g_range(Interpreter& in, CallArgs& a) {
    if (!a.keyword.empty() || a.positional.empty() || a.positional.size() > 3)
        type_error("range() takes 1 to 3 integer arguments");
    for (const auto& v : a.positional)
        if (!v.is_int() && !v.is_bool()) type_error("range() arguments must be integers, not " + v.type_name());
    std::int64_t start = 0, stop = 0, step = 1;
    if (a.positional.size() == 1) stop = a.positional[0].as_int();
    else {
        start = a.positional[0].as_int();
        stop = a.positional[1].as_int();
        if (a.positional.size() == 3) step = a.positional[2].as_int();
    }
    if (step == 0) type_error("range() arg 3 must not be zero");
    const long double span = step > 0 ? static_cast<long double>(stop) - start : static_cast<long double>(start) - stop;
    const long double count_ld = span <= 0 ? 0 : std::ceil(span / std::fabs(static_cast<long double>(step)));
    if (count_ld > static_cast<long double>(std::numeric_limits<std::size_t>::max() / 2)) in.check_items(std::numeric_limits<std::size_t>::max(), "range items");
    const auto count = static_cast<std::size_t>(count_ld);
    in.check_items(count, "range items");
    std::vector<Value> out;
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) out.push_back(Value::integer(start + static_cast<std::int64_t>(i) * step));
    return Value::list(std::move(out));
}

std::vector<std::pair<Value, Value>> dict_args(CallArgs& a, const char* what) {
    std::vector<std::pair<Value, Value>> entries;
    if (a.positional.size() > 1) type_error(std::string(what) + "() takes at most one positional argument");
    if (!a.positional.empty()) {
        const Value& src = a.positional[0];
        if (src.is_dict()) entries = src.dict_data().entries;
        else
            for (const auto& item : iterate(src)) {
                if (!item.is_list() || item.items().size() != 2) type_error(std::string(what) + "(): expected key/value pairs");
                entries.emplace_back(item.items()[0], item.items()[1]);
            }
    }
    for (const auto& [k, v] : a.keyword) entries.emplace_back(Value::string(k), v);
    return entries;
}

Value g_namespace(Interpreter& in, CallArgs& a) {
    auto entries = dict_args(a, "namespace");
    NamespaceData* ns = in.new_namespace();
    for (auto& [k, v] : entries) {
        if (!k.is_string()) type_error("namespace() keys must be strings");
        ns->set(k.str(), std::move(v));
    }
    return Value::ns(ns);
}

Value g_dict(Interpreter&, CallArgs& a) { return Value::dict(dict_args(a, "dict")); }

Value g_raise_exception(Interpreter&, CallArgs& a) {
    const std::string msg = a.positional.empty() ? std::string("raise_exception() called") : a.positional[0].to_str();
    throw Error(ErrorKind::InvalidArgument, msg);
}

Value g_strftime_now(Interpreter&, CallArgs& a) {
    if (a.positional.size() != 1 || !a.positional[0].is_string()) type_error("strftime_now() takes one format string");
    const std::string& fmt = a.positional[0].str();
    if (fmt.size() > 256) type_error("strftime_now(): format longer than 256 bytes");
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
#ifdef _WIN32
    localtime_s(&tm, &now);
#else
    localtime_r(&now, &tm);
#endif
    std::string buf(4096, '\0');
    const std::size_t n = std::strftime(buf.data(), buf.size(), fmt.c_str(), &tm);
    buf.resize(n);
    return Value::string(std::move(buf));
}

}  // namespace

bool has_filter(std::string_view name) { return find_filter(name) != nullptr; }

bool has_test(std::string_view name) {
    return std::any_of(std::begin(kTests), std::end(kTests), [&](const char* t) { return name == t; });
}

Value apply_filter(Interpreter& in, const std::string& name, const Value& target, CallArgs& args) {
    const FilterEntry* f = find_filter(name);
    if (!f) throw Error(ErrorKind::Unsupported, "unknown filter '" + name + "'");
    return f->fn(in, target, args);
}

bool apply_test(Interpreter& in, const std::string& name, const Value& v, CallArgs& args) {
    (void)in;
    auto one = [&]() -> Value {
        if (args.positional.size() != 1 || !args.keyword.empty()) type_error("test '" + name + "' takes one argument");
        return args.positional[0];
    };
    auto none_args = [&] {
        if (!args.positional.empty() || !args.keyword.empty()) type_error("test '" + name + "' takes no arguments");
    };
    if (name == "defined") return none_args(), !v.is_undefined();
    if (name == "undefined") return none_args(), v.is_undefined();
    if (name == "none") return none_args(), v.is_none();
    if (name == "string") return none_args(), v.is_string();
    if (name == "mapping") return none_args(), v.is_dict();
    if (name == "iterable") return none_args(), v.is_string() || v.is_list() || v.is_dict() || v.is_undefined();
    if (name == "sequence") return none_args(), v.is_string() || v.is_list() || v.is_dict();
    if (name == "number") return none_args(), v.is_number();
    if (name == "integer") return none_args(), v.is_int();
    if (name == "float") return none_args(), v.is_float();
    if (name == "boolean") return none_args(), v.is_bool();
    if (name == "false") return none_args(), v.is_bool() && !v.as_bool();
    if (name == "true") return none_args(), v.is_bool() && v.as_bool();
    if (name == "callable") return none_args(), v.is_function();
    if (name == "escaped") return none_args(), false;
    if (name == "lower") return none_args(), v.is_string() && py::lower(v.str()) == v.str();
    if (name == "upper") return none_args(), v.is_string() && py::upper(v.str()) == v.str();
    if (name == "even" || name == "odd") {
        none_args();
        if (!v.is_int() && !v.is_bool()) type_error("test '" + name + "' needs an integer, not " + v.type_name());
        return (v.as_int() % 2 == 0) == (name == "even");
    }
    if (name == "divisibleby") {
        const Value n = one();
        if (!v.is_number() || !n.is_number()) type_error("divisibleby needs numbers");
        if (n.as_double() == 0) type_error("divisibleby 0");
        return binary_op("%", v, n).as_double() == 0;
    }
    if (name == "eq" || name == "equalto" || name == "==") return equals(v, one());
    if (name == "ne" || name == "!=") return !equals(v, one());
    if (name == "lt" || name == "lessthan" || name == "<") return compare_op("<", v, one());
    if (name == "le" || name == "<=") return compare_op("<=", v, one());
    if (name == "gt" || name == "greaterthan" || name == ">") return compare_op(">", v, one());
    if (name == "ge" || name == ">=") return compare_op(">=", v, one());
    if (name == "in") return contains(one(), v);
    if (name == "sameas") return v.same_identity(one());
    if (name == "filter") return v.is_string() && has_filter(v.str());
    if (name == "test") return v.is_string() && has_test(v.str());
    throw Error(ErrorKind::Unsupported, "unknown test '" + name + "'");
}

Value bind_method(const Value& obj, const std::string& name) {
    if (obj.is_string() && is_string_method(name)) {
        const Value self = obj;
        return Value::function("str." + name, [self, name](Interpreter&, CallArgs& a) {
            return string_method(name, self.str(), a);
        });
    }
    if (obj.is_dict() && (name == "get" || name == "items" || name == "keys" || name == "values")) {
        const Value self = obj;
        return Value::function("dict." + name, [self, name](Interpreter&, CallArgs& a) { return dict_method(name, self, a); });
    }
    if (obj.is_list() && (name == "index" || name == "count")) {
        const Value self = obj;
        return Value::function("list." + name, [self, name](Interpreter&, CallArgs& a) { return list_method(name, self, a); });
    }
    if ((obj.is_list() || obj.is_dict()) &&
        (name == "append" || name == "extend" || name == "insert" || name == "pop" || name == "remove" ||
         name == "clear" || name == "sort" || name == "reverse" || name == "update" || name == "setdefault" ||
         name == "popitem")) {
        return Value::function(obj.type_name() + "." + name, [name](Interpreter&, CallArgs&) -> Value {
            throw Error(ErrorKind::Unsupported,
                        "'" + name + "' would modify a list or dict, which chat templates may not do (immutable sandbox)");
        });
    }
    return Value();
}

std::vector<std::pair<std::string, Value>> builtin_globals() {
    return {
        {"range", Value::function("range", g_range)},
        {"namespace", Value::function("namespace", g_namespace)},
        {"dict", Value::function("dict", g_dict)},
        {"raise_exception", Value::function("raise_exception", g_raise_exception)},
        {"strftime_now", Value::function("strftime_now", g_strftime_now)},
    };
}

}  // namespace qwendesk::jinja
