#include "chat/jinja_operators.h"

#include <cmath>
#include <cstdio>
#include <limits>

#include "chat/jinja_builtins.h"
#include "chat/python_string.h"
#include "qwendesk/errors.h"

namespace qwendesk::jinja {

namespace {

[[noreturn]] void type_error(const std::string& msg) { throw Error(ErrorKind::CorruptFile, msg); }

[[noreturn]] void undefined_error(const Value& v) {
    const std::string& hint = v.undefined_hint();
    type_error(hint.empty() ? "a value is undefined" : "'" + hint + "' is undefined");
}

void reject_undefined(const Value& a, const Value& b) {
    if (a.is_undefined()) undefined_error(a);
    if (b.is_undefined()) undefined_error(b);
}

[[noreturn]] void unsupported_operands(std::string_view op, const Value& a, const Value& b) {
    type_error("unsupported operand type(s) for " + std::string(op) + ": '" + a.type_name() + "' and '" +
               b.type_name() + "'");
}

[[noreturn]] void overflow() { throw Error(ErrorKind::Unsupported, "integer overflow in chat template arithmetic"); }

std::int64_t add(std::int64_t a, std::int64_t b) {
    std::int64_t r = 0;
    if (__builtin_add_overflow(a, b, &r)) overflow();
    return r;
}
std::int64_t sub(std::int64_t a, std::int64_t b) {
    std::int64_t r = 0;
    if (__builtin_sub_overflow(a, b, &r)) overflow();
    return r;
}
std::int64_t mul(std::int64_t a, std::int64_t b) {
    std::int64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r)) overflow();
    return r;
}

Value repeat(const Value& seq, std::int64_t n) {
    if (n <= 0) return seq.is_string() ? Value::string("") : Value::list({}, seq.list_data().tuple);
    if (seq.is_string()) {
        const std::size_t unit = seq.str().size();
        if (unit && static_cast<std::uint64_t>(n) > kMaxStringBytes / unit + 1) check_string_size(kMaxStringBytes + 1);
        check_string_size(unit * static_cast<std::size_t>(n));
        std::string out;
        out.reserve(unit * static_cast<std::size_t>(n));
        for (std::int64_t i = 0; i < n; ++i) out += seq.str();
        return Value::string(std::move(out));
    }
    const auto& items = seq.items();
    const std::size_t limit = std::size_t{1} << 22;
    if (!items.empty() && static_cast<std::uint64_t>(n) > limit / items.size())
        throw Error(ErrorKind::Unsupported, "chat template built a list over " + std::to_string(limit) + " items");
    std::vector<Value> out;
    out.reserve(items.size() * static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
    return Value::list(std::move(out), seq.list_data().tuple);
}

double py_fmod(double a, double b) {
    double m = std::fmod(a, b);
    if (m != 0 && ((m < 0) != (b < 0))) m += b;
    return m;
}

std::int64_t py_floordiv(std::int64_t a, std::int64_t b) {
    if (a == std::numeric_limits<std::int64_t>::min() && b == -1) overflow();
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

std::string code_point_at(const std::string& s, std::int64_t index, bool& found) {
    const auto offs = py::code_point_offsets(s);
    const auto n = static_cast<std::int64_t>(offs.size() - 1);
    if (index < 0) index += n;
    found = index >= 0 && index < n;
    if (!found) return {};
    return s.substr(offs[static_cast<std::size_t>(index)],
                    offs[static_cast<std::size_t>(index) + 1] - offs[static_cast<std::size_t>(index)]);
}

}  // namespace

Value binary_op(std::string_view op, const Value& a, const Value& b) {
    if (op == "~") {
        check_string_size(a.to_str().size() + b.to_str().size());
        return Value::string(a.to_str() + b.to_str());
    }
    reject_undefined(a, b);
    const bool nums = a.is_number() && b.is_number();
    const bool any_float = a.is_float() || b.is_float();
    if (op == "+") {
        if (nums) {
            if (any_float) return Value::floating(a.as_double() + b.as_double());
            return Value::integer(add(a.as_int(), b.as_int()));
        }
        if (a.is_string() && b.is_string()) {
            check_string_size(a.str().size() + b.str().size());
            return Value::string(a.str() + b.str());
        }
        if (a.is_list() && b.is_list() && a.list_data().tuple == b.list_data().tuple) {
            std::vector<Value> items = a.items();
            items.insert(items.end(), b.items().begin(), b.items().end());
            return Value::list(std::move(items), a.list_data().tuple);
        }
        if (a.is_string() || b.is_string())
            type_error("can only concatenate str (not \"" + (a.is_string() ? b : a).type_name() + "\") to str");
        unsupported_operands(op, a, b);
    }
    if (op == "-") {
        if (!nums) unsupported_operands(op, a, b);
        if (any_float) return Value::floating(a.as_double() - b.as_double());
        return Value::integer(sub(a.as_int(), b.as_int()));
    }
    if (op == "*") {
        if (nums) {
            if (any_float) return Value::floating(a.as_double() * b.as_double());
            return Value::integer(mul(a.as_int(), b.as_int()));
        }
        const bool a_int = a.is_int() || a.is_bool();
        const bool b_int = b.is_int() || b.is_bool();
        if ((a.is_string() || a.is_list()) && b_int) return repeat(a, b.as_int());
        if ((b.is_string() || b.is_list()) && a_int) return repeat(b, a.as_int());
        unsupported_operands(op, a, b);
    }
    if (op == "/") {
        if (!nums) unsupported_operands(op, a, b);
        if (b.as_double() == 0.0) type_error("division by zero");
        return Value::floating(a.as_double() / b.as_double());
    }
    if (op == "//") {
        if (!nums) unsupported_operands(op, a, b);
        if (b.as_double() == 0.0) type_error("integer division or modulo by zero");
        if (any_float) return Value::floating(std::floor(a.as_double() / b.as_double()));
        return Value::integer(py_floordiv(a.as_int(), b.as_int()));
    }
    if (op == "%") {
        if (a.is_string()) return Value::string(percent_format(a.str(), b));
        if (!nums) unsupported_operands(op, a, b);
        if (b.as_double() == 0.0) type_error("integer division or modulo by zero");
        if (any_float) return Value::floating(py_fmod(a.as_double(), b.as_double()));
        if (b.as_int() == -1) return Value::integer(0);
        std::int64_t m = a.as_int() % b.as_int();
        if (m != 0 && ((m < 0) != (b.as_int() < 0))) m += b.as_int();
        return Value::integer(m);
    }
    if (op == "**") {
        if (!nums) unsupported_operands(op, a, b);
        if (any_float || b.as_int() < 0) return Value::floating(std::pow(a.as_double(), b.as_double()));
        std::int64_t base = a.as_int(), e = b.as_int(), acc = 1;
        while (e > 0) {
            if (e & 1) acc = mul(acc, base);
            e >>= 1;
            if (e) base = mul(base, base);
        }
        return Value::integer(acc);
    }
    type_error("unknown operator '" + std::string(op) + "'");
}

Value unary_op(std::string_view op, const Value& a) {
    if (a.is_undefined()) undefined_error(a);
    if (!a.is_number()) type_error("bad operand type for unary " + std::string(op) + ": '" + a.type_name() + "'");
    if (op == "+") return a.is_float() ? a : Value::integer(a.as_int());
    if (a.is_float()) return Value::floating(-a.as_double());
    return Value::integer(sub(0, a.as_int()));
}

bool compare_op(std::string_view op, const Value& a, const Value& b) {
    if (op == "==") return equals(a, b);
    if (op == "!=") return !equals(a, b);
    if (op == "in") return contains(b, a);
    if (op == "not in") return !contains(b, a);
    if (op == "<") return less_than(a, b);
    if (op == ">") return less_than(b, a);
    if (op == "<=") return less_than(a, b) || equals(a, b);
    if (op == ">=") return less_than(b, a) || equals(a, b);
    type_error("unknown comparison '" + std::string(op) + "'");
}

bool contains(const Value& container, const Value& item) {
    switch (container.type()) {
        case Value::Type::String:
            if (!item.is_string()) type_error("'in <string>' requires string as left operand, not " + item.type_name());
            return container.str().find(item.str()) != std::string::npos;
        case Value::Type::List:
            for (const auto& v : container.items())
                if (equals(v, item)) return true;
            return false;
        case Value::Type::Dict: return container.dict_data().find(item) != nullptr;
        case Value::Type::Undefined: return false;
        default: type_error("argument of type '" + container.type_name() + "' is not iterable");
    }
}

Value get_attr(const Value& obj, const std::string& name) {
    if (obj.is_undefined()) undefined_error(obj);
    if (obj.is_namespace()) {
        if (const Value* v = obj.namespace_data()->find(name)) return *v;
        return Value::undefined("namespace has no attribute '" + name + "'");
    }
    if (Value m = bind_method(obj, name); !m.is_undefined()) return m;
    if (obj.is_dict()) {
        if (const Value* v = obj.dict_data().find(std::string_view(name))) return *v;
        return Value::undefined("dict object has no attribute '" + name + "'");
    }
    return Value::undefined(obj.type_name() + " object has no attribute '" + name + "'");
}

Value get_item(const Value& obj, const Value& key) {
    if (obj.is_undefined()) undefined_error(obj);
    switch (obj.type()) {
        case Value::Type::Dict:
            if (const Value* v = obj.dict_data().find(key)) return *v;
            if (key.is_string()) {
                if (Value m = bind_method(obj, key.str()); !m.is_undefined()) return m;
            }
            return Value::undefined("dict object has no element " + key.repr());
        case Value::Type::List:
            if (key.is_int() || key.is_bool()) {
                const auto& items = obj.items();
                std::int64_t i = key.as_int();
                if (i < 0) i += static_cast<std::int64_t>(items.size());
                if (i >= 0 && i < static_cast<std::int64_t>(items.size())) return items[static_cast<std::size_t>(i)];
                return Value::undefined("list object has no element " + key.repr());
            }
            break;
        case Value::Type::String:
            if (key.is_int() || key.is_bool()) {
                bool found = false;
                std::string c = code_point_at(obj.str(), key.as_int(), found);
                if (found) return Value::string(std::move(c));
                return Value::undefined("str object has no element " + key.repr());
            }
            break;
        default: break;
    }
    if (key.is_string()) return get_attr(obj, key.str());
    return Value::undefined(obj.type_name() + " object has no element " + key.repr());
}

Value slice(const Value& obj, const Value& start_v, const Value& stop_v, const Value& step_v) {
    if (obj.is_undefined()) undefined_error(obj);
    if (!obj.is_list() && !obj.is_string()) type_error("'" + obj.type_name() + "' object is not subscriptable");
    auto as_index = [](const Value& v, const char* what) -> std::int64_t {
        if (v.is_int() || v.is_bool()) return v.as_int();
        type_error(std::string("slice ") + what + " must be an integer or None, not " + v.type_name());
    };
    std::vector<std::size_t> offs;
    std::int64_t len = 0;
    if (obj.is_string()) {
        offs = py::code_point_offsets(obj.str());
        len = static_cast<std::int64_t>(offs.size() - 1);
    } else {
        len = static_cast<std::int64_t>(obj.items().size());
    }
    const bool no_step = step_v.is_none() || step_v.is_undefined();
    const std::int64_t step = no_step ? 1 : as_index(step_v, "step");
    if (step == 0) type_error("slice step cannot be zero");
    const std::int64_t lower = step > 0 ? 0 : -1;
    const std::int64_t upper = step > 0 ? len : len - 1;
    auto adjust = [&](const Value& v, std::int64_t fallback, const char* what) {
        if (v.is_none() || v.is_undefined()) return fallback;
        std::int64_t i = as_index(v, what);
        if (i < 0) {
            i += len;
            if (i < lower) i = lower;
        } else if (i > upper) {
            i = upper;
        }
        return i;
    };
    const std::int64_t start = adjust(start_v, step > 0 ? lower : upper, "start");
    const std::int64_t stop = adjust(stop_v, step > 0 ? upper : lower, "stop");
    std::vector<std::int64_t> picks;
    for (std::int64_t i = start; step > 0 ? i < stop : i > stop; i += step) {
        picks.push_back(i);
        if (step > 0 ? i > stop - step : i < stop - step) break;  // avoid overflow on huge steps
    }
    if (obj.is_string()) {
        std::string out;
        for (auto i : picks) {
            const auto k = static_cast<std::size_t>(i);
            out.append(obj.str(), offs[k], offs[k + 1] - offs[k]);
        }
        return Value::string(std::move(out));
    }
    std::vector<Value> out;
    out.reserve(picks.size());
    for (auto i : picks) out.push_back(obj.items()[static_cast<std::size_t>(i)]);
    return Value::list(std::move(out), obj.list_data().tuple);
}

std::vector<Value> iterate(const Value& v) {
    switch (v.type()) {
        case Value::Type::List: return v.items();
        case Value::Type::Dict: {
            std::vector<Value> keys;
            keys.reserve(v.dict_data().entries.size());
            for (const auto& [k, val] : v.dict_data().entries) keys.push_back(k);
            return keys;
        }
        case Value::Type::String: {
            std::vector<Value> chars;
            const std::string& s = v.str();
            for (std::size_t i = 0; i < s.size();) {
                const std::size_t b = i;
                py::next_code_point(s, i);
                chars.push_back(Value::string(s.substr(b, i - b)));
            }
            return chars;
        }
        case Value::Type::Undefined: return {};
        default: type_error("'" + v.type_name() + "' object is not iterable");
    }
}

std::size_t length_of(const Value& v) {
    switch (v.type()) {
        case Value::Type::String: return py::length(v.str());
        case Value::Type::List: return v.items().size();
        case Value::Type::Dict: return v.dict_data().entries.size();
        case Value::Type::Undefined: return 0;
        default: type_error("object of type '" + v.type_name() + "' has no len()");
    }
}

std::string percent_format(const std::string& fmt, const Value& args) {
    std::vector<Value> positional;
    const Value* mapping = nullptr;
    if (args.is_list() && args.list_data().tuple) positional = args.items();
    else if (args.is_dict()) mapping = &args;
    else positional.push_back(args);
    std::size_t next = 0;
    std::string out;
    for (std::size_t i = 0; i < fmt.size(); ++i) {
        check_string_size(out.size());
        if (fmt[i] != '%') {
            out += fmt[i];
            continue;
        }
        if (++i >= fmt.size()) type_error("incomplete format");
        if (fmt[i] == '%') {
            out += '%';
            continue;
        }
        const Value* arg = nullptr;
        if (fmt[i] == '(') {
            const std::size_t close = fmt.find(')', i);
            if (close == std::string::npos || !mapping) type_error("format requires a mapping");
            arg = mapping->dict_data().find(std::string_view(fmt).substr(i + 1, close - i - 1));
            if (!arg) type_error("format key '" + fmt.substr(i + 1, close - i - 1) + "' missing");
            i = close + 1;
        }
        bool left = false, zero = false, plus = false;
        for (; i < fmt.size() && (fmt[i] == '-' || fmt[i] == '0' || fmt[i] == '+' || fmt[i] == ' ' || fmt[i] == '#'); ++i) {
            if (fmt[i] == '-') left = true;
            if (fmt[i] == '0') zero = true;
            if (fmt[i] == '+') plus = true;
        }
        int width = 0, precision = -1;
        for (; i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9'; ++i) width = std::min(width * 10 + (fmt[i] - '0'), 10000);
        if (i < fmt.size() && fmt[i] == '.') {
            precision = 0;
            for (++i; i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9'; ++i)
                precision = std::min(precision * 10 + (fmt[i] - '0'), 100);
        }
        if (i >= fmt.size()) type_error("incomplete format");
        const char conv = fmt[i];
        if (!arg) {
            if (next >= positional.size()) type_error("not enough arguments for format string");
            arg = &positional[next++];
        }
        std::string piece;
        switch (conv) {
            case 's': piece = arg->to_str(); if (precision >= 0) piece = piece.substr(0, static_cast<std::size_t>(precision)); break;
            case 'r': piece = arg->repr(); break;
            case 'd':
            case 'i':
            case 'f':
            case 'F':
            case 'e':
            case 'g':
            case 'x':
            case 'X': {
                if (!arg->is_number()) type_error(std::string("%") + conv + " format: a number is required, not " + arg->type_name());
                char buf[512];
                if (conv == 'd' || conv == 'i' || conv == 'x' || conv == 'X') {
                    const long long v = arg->is_float() ? static_cast<long long>(arg->as_double()) : arg->as_int();
                    std::snprintf(buf, sizeof(buf), conv == 'x' ? "%llx" : conv == 'X' ? "%llX" : (plus ? "%+lld" : "%lld"), v);
                } else {
                    const std::string f = std::string("%") + (plus ? "+" : "") + ".*" + conv;
                    std::snprintf(buf, sizeof(buf), f.c_str(), precision < 0 ? 6 : precision, arg->as_double());
                }
                piece = buf;
                break;
            }
            default: type_error(std::string("unsupported format character '") + conv + "'");
        }
        const std::size_t plen = py::length(piece);
        if (static_cast<std::size_t>(width) > plen) {
            const std::size_t pad = static_cast<std::size_t>(width) - plen;
            if (left) piece += std::string(pad, ' ');
            else if (zero && conv != 's' && conv != 'r') {
                const std::size_t sign = (!piece.empty() && (piece[0] == '-' || piece[0] == '+')) ? 1 : 0;
                piece.insert(sign, std::string(pad, '0'));
            } else piece.insert(0, std::string(pad, ' '));
        }
        out += piece;
    }
    if (!mapping && next < positional.size()) type_error("not all arguments converted during string formatting");
    check_string_size(out.size());
    return out;
}

std::string brace_format(const std::string& fmt, const CallArgs& args) {
    std::string out;
    std::size_t auto_index = 0;
    for (std::size_t i = 0; i < fmt.size(); ++i) {
        check_string_size(out.size());
        const char c = fmt[i];
        if (c == '}') {
            if (i + 1 < fmt.size() && fmt[i + 1] == '}') ++i;
            else type_error("str.format: single '}' encountered");
            out += '}';
            continue;
        }
        if (c != '{') {
            out += c;
            continue;
        }
        if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        const std::size_t close = fmt.find('}', i);
        if (close == std::string::npos) type_error("str.format: single '{' encountered");
        std::string field = fmt.substr(i + 1, close - i - 1);
        i = close;
        char conversion = 's';
        if (const auto bang = field.find('!'); bang != std::string::npos) {
            if (bang + 2 != field.size()) type_error("str.format: bad conversion in '{" + field + "}'");
            conversion = field[bang + 1];
            field.resize(bang);
        }
        if (field.find(':') != std::string::npos)
            throw Error(ErrorKind::Unsupported, "str.format: format specs are not supported ('{" + field + "}')");
        const Value* arg = nullptr;
        if (field.empty()) {
            if (auto_index >= args.positional.size()) type_error("str.format: replacement index out of range");
            arg = &args.positional[auto_index++];
        } else if (field.find_first_not_of("0123456789") == std::string::npos) {
            const std::size_t idx = field.size() > 6 ? args.positional.size() : std::stoul(field);
            if (idx >= args.positional.size()) type_error("str.format: replacement index " + field + " out of range");
            arg = &args.positional[idx];
        } else {
            for (const auto& [k, v] : args.keyword)
                if (k == field) arg = &v;
            if (!arg) type_error("str.format: missing keyword '" + field + "'");
        }
        out += conversion == 'r' ? arg->repr() : arg->to_str();
    }
    check_string_size(out.size());
    return out;
}

}  // namespace qwendesk::jinja
