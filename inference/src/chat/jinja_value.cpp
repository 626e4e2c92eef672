#include "chat/jinja_value.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "chat/python_string.h"
#include "qwendesk/errors.h"

namespace qwendesk::jinja {

namespace {

[[noreturn]] void type_error(const std::string& message) { throw Error(ErrorKind::CorruptFile, message); }

void check_depth(int depth) {
    if (depth > kMaxValueDepth)
        throw Error(ErrorKind::Unsupported,
                    "value nested deeper than " + std::to_string(kMaxValueDepth) + " levels");
}

}  // namespace

void check_string_size(std::size_t bytes) {
    if (bytes > kMaxStringBytes)
        throw Error(ErrorKind::Unsupported, "chat template built a string over the " +
                                                std::to_string(kMaxStringBytes >> 20) + " MiB limit");
}

const Value* DictData::find(const Value& key) const {
    for (const auto& [k, v] : entries)
        if (equals(k, key)) return &v;
    return nullptr;
}

const Value* DictData::find(std::string_view key) const {
    for (const auto& [k, v] : entries)
        if (k.is_string() && k.str() == key) return &v;
    return nullptr;
}

const Value* NamespaceData::find(std::string_view name) const {
    for (const auto& [k, v] : attrs)
        if (k == name) return &v;
    return nullptr;
}

void NamespaceData::set(const std::string& name, Value value) {
    for (auto& [k, v] : attrs)
        if (k == name) {
            v = std::move(value);
            return;
        }
    attrs.emplace_back(name, std::move(value));
}

Value Value::list(std::vector<Value> items, bool tuple) {
    int depth = 0;
    for (const auto& v : items) depth = std::max(depth, v.depth());
    check_depth(depth + 1);
    auto data = std::make_shared<ListData>();
    data->items = std::move(items);
    data->tuple = tuple;
    data->depth = depth + 1;
    return Value(Storage(std::in_place_index<6>, std::shared_ptr<const ListData>(std::move(data))));
}

Value Value::dict(std::vector<std::pair<Value, Value>> entries) {
    int depth = 0;
    auto data = std::make_shared<DictData>();
    data->entries.reserve(entries.size());
    for (auto& [k, v] : entries) {
        depth = std::max({depth, k.depth(), v.depth()});
        bool replaced = false;
        // Small dicts are the norm; a linear scan keeps insertion order without a second index.
        if (entries.size() <= 4096) {
            for (auto& [ek, ev] : data->entries)
                if (equals(ek, k)) {
                    ev = std::move(v);
                    replaced = true;
                    break;
                }
        }
        if (!replaced) data->entries.emplace_back(std::move(k), std::move(v));
    }
    check_depth(depth + 1);
    data->depth = depth + 1;
    return Value(Storage(std::in_place_index<7>, std::shared_ptr<const DictData>(std::move(data))));
}

Value Value::function(std::string name, std::function<Value(Interpreter&, CallArgs&)> fn) {
    auto f = std::make_shared<Function>();
    f->name = std::move(name);
    f->call = std::move(fn);
    return Value(Storage(std::in_place_index<8>, std::shared_ptr<const Function>(std::move(f))));
}

std::int64_t Value::as_int() const {
    if (is_bool()) return as_bool() ? 1 : 0;
    return std::get<std::int64_t>(v_);
}

double Value::as_double() const {
    if (is_float()) return std::get<double>(v_);
    return static_cast<double>(as_int());
}

const std::string& Value::undefined_hint() const {
    static const std::string empty;
    const auto& h = std::get<UndefinedValue>(v_).hint;
    return h ? *h : empty;
}

int Value::depth() const {
    if (is_list()) return list_data().depth;
    if (is_dict()) return dict_data().depth;
    return 0;
}

bool Value::truthy() const {
    switch (type()) {
        case Type::Undefined:
        case Type::None: return false;
        case Type::Bool: return as_bool();
        case Type::Int: return as_int() != 0;
        case Type::Float: return as_double() != 0.0;
        case Type::String: return !str().empty();
        case Type::List: return !items().empty();
        case Type::Dict: return !dict_data().entries.empty();
        case Type::Function:
        case Type::Namespace: return true;
    }
    return false;
}

std::string Value::type_name() const {
    switch (type()) {
        case Type::Undefined: return "undefined";
        case Type::None: return "NoneType";
        case Type::Bool: return "bool";
        case Type::Int: return "int";
        case Type::Float: return "float";
        case Type::String: return "str";
        case Type::List: return list_data().tuple ? "tuple" : "list";
        case Type::Dict: return "dict";
        case Type::Function: return "function";
        case Type::Namespace: return "Namespace";
    }
    return "object";
}

std::string Value::to_str() const {
    switch (type()) {
        case Type::Undefined: return "";
        case Type::String: return str();
        default: return repr();
    }
}

std::string Value::repr() const {
    std::string out;
    repr_into(out, 0);
    return out;
}

void Value::repr_into(std::string& out, int depth) const {
    if (depth > kMaxValueDepth + 1) type_error("value nested too deeply to print");
    check_string_size(out.size());
    switch (type()) {
        case Type::Undefined: break;
        case Type::None: out += "None"; break;
        case Type::Bool: out += as_bool() ? "True" : "False"; break;
        case Type::Int: out += std::to_string(as_int()); break;
        case Type::Float: out += python_float_repr(as_double()); break;
        case Type::String: out += python_str_repr(str()); break;
        case Type::List: {
            const auto& d = list_data();
            out += d.tuple ? '(' : '[';
            for (std::size_t i = 0; i < d.items.size(); ++i) {
                if (i) out += ", ";
                d.items[i].repr_into(out, depth + 1);
            }
            if (d.tuple && d.items.size() == 1) out += ',';
            out += d.tuple ? ')' : ']';
            break;
        }
        case Type::Dict: {
            out += '{';
            bool first = true;
            for (const auto& [k, v] : dict_data().entries) {
                if (!first) out += ", ";
                first = false;
                k.repr_into(out, depth + 1);
                out += ": ";
                v.repr_into(out, depth + 1);
            }
            out += '}';
            break;
        }
        case Type::Function: out += "<function " + func().name + ">"; break;
        case Type::Namespace: out += "<Namespace>"; break;
    }
}

bool Value::same_identity(const Value& other) const {
    if (type() != other.type()) return false;
    switch (type()) {
        case Type::Undefined:
        case Type::None: return true;
        case Type::String: return &str() == &other.str();
        case Type::List: return &list_data() == &other.list_data();
        case Type::Dict: return &dict_data() == &other.dict_data();
        case Type::Function: return &func() == &other.func();
        case Type::Namespace: return namespace_data() == other.namespace_data();
        default: return equals(*this, other);
    }
}

namespace {

bool equals_at(const Value& a, const Value& b, int depth) {
    if (depth > kMaxValueDepth + 1) type_error("values nested too deeply to compare");
    using T = Value::Type;
    if (a.is_number() && b.is_number()) {
        if (a.is_float() || b.is_float()) return a.as_double() == b.as_double();
        return a.as_int() == b.as_int();
    }
    if (a.type() != b.type()) return false;
    switch (a.type()) {
        case T::Undefined:
        case T::None: return true;
        case T::String: return a.str() == b.str();
        case T::List: {
            const auto& x = a.list_data();
            const auto& y = b.list_data();
            if (x.tuple != y.tuple || x.items.size() != y.items.size()) return false;
            for (std::size_t i = 0; i < x.items.size(); ++i)
                if (!equals_at(x.items[i], y.items[i], depth + 1)) return false;
            return true;
        }
        case T::Dict: {
            const auto& x = a.dict_data().entries;
            const auto& y = b.dict_data().entries;
            if (x.size() != y.size()) return false;
            for (const auto& [k, v] : x) {
                const Value* other = nullptr;
                for (const auto& [k2, v2] : y)
                    if (equals_at(k, k2, depth + 1)) {
                        other = &v2;
                        break;
                    }
                if (!other || !equals_at(v, *other, depth + 1)) return false;
            }
            return true;
        }
        default: return a.same_identity(b);
    }
}

bool less_at(const Value& a, const Value& b, int depth) {
    if (depth > kMaxValueDepth + 1) type_error("values nested too deeply to compare");
    if (a.is_number() && b.is_number()) {
        if (a.is_float() || b.is_float()) return a.as_double() < b.as_double();
        return a.as_int() < b.as_int();
    }
    if (a.is_string() && b.is_string()) return a.str() < b.str();  // UTF-8 byte order is code point order
    if (a.is_list() && b.is_list() && a.list_data().tuple == b.list_data().tuple) {
        const auto& x = a.items();
        const auto& y = b.items();
        for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
            if (equals_at(x[i], y[i], depth + 1)) continue;
            return less_at(x[i], y[i], depth + 1);
        }
        return x.size() < y.size();
    }
    if (a.is_undefined() || b.is_undefined())
        type_error("'" + (a.is_undefined() ? a : b).undefined_hint() + "' is undefined");
    type_error("'<' not supported between instances of '" + a.type_name() + "' and '" + b.type_name() + "'");
}

}  // namespace

bool equals(const Value& a, const Value& b) { return equals_at(a, b, 0); }
bool less_than(const Value& a, const Value& b) { return less_at(a, b, 0); }

std::string python_float_repr(double d) {
    if (std::isnan(d)) return "nan";
    if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
    if (d == 0.0) return std::signbit(d) ? "-0.0" : "0.0";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof(buf), d, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    // sci is "[-]D[.DDD]e[+-]XX", the shortest digits that round-trip.
    std::string sign;
    std::size_t p = 0;
    if (sci[0] == '-') {
        sign = "-";
        p = 1;
    }
    const std::size_t e = sci.find('e');
    std::string digits;
    for (std::size_t i = p; i < e; ++i)
        if (sci[i] != '.') digits += sci[i];
    const int exp10 = std::stoi(sci.substr(e + 1));
    const int decpt = exp10 + 1;  // value = 0.DIGITS * 10^decpt
    const int n = static_cast<int>(digits.size());
    std::string out = sign;
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out += "0.";
            out.append(static_cast<std::size_t>(-decpt), '0');
            out += digits;
        } else if (decpt >= n) {
            out += digits;
            out.append(static_cast<std::size_t>(decpt - n), '0');
            out += ".0";
        } else {
            out += digits.substr(0, static_cast<std::size_t>(decpt));
            out += '.';
            out += digits.substr(static_cast<std::size_t>(decpt));
        }
    } else {
        out += digits[0];
        if (n > 1) {
            out += '.';
            out += digits.substr(1);
        }
        const int x = decpt - 1;
        char eb[16];
        std::snprintf(eb, sizeof(eb), "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
        out += eb;
    }
    return out;
}

std::string python_str_repr(std::string_view s) {
    const bool has_single = s.find('\'') != std::string_view::npos;
    const bool has_double = s.find('"') != std::string_view::npos;
    const char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out(1, quote);
    for (unsigned char c : s) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c == static_cast<unsigned char>(quote)) {
                    out += '\\';
                    out += static_cast<char>(c);
                } else if (c < 0x20 || c == 0x7f) {
                    char b[8];
                    std::snprintf(b, sizeof(b), "\\x%02x", c);
                    out += b;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    out += quote;
    return out;
}

}  // namespace qwendesk::jinja
