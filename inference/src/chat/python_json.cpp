#include "chat/python_json.h"

#include <cmath>
#include <cstdio>
#include <limits>

#include "qwendesk/errors.h"

namespace qwendesk::jinja {

namespace {

void dump_string(std::string& out, const std::string& s) {
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20) {
                    char b[8];
                    std::snprintf(b, sizeof(b), "\\u%04x", c);
                    out += b;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    out += '"';
}

void dump_float(std::string& out, double d) {
    if (std::isnan(d)) out += "NaN";
    else if (std::isinf(d)) out += d < 0 ? "-Infinity" : "Infinity";
    else out += python_float_repr(d);
}

struct Dumper {
    const std::optional<std::string>& indent;
    std::string out;

    void newline(int level) {
        out += '\n';
        for (int i = 0; i < level; ++i) out += *indent;
    }

    void key(const Value& k) {
        switch (k.type()) {
            case Value::Type::String: dump_string(out, k.str()); break;
            case Value::Type::Bool: out += k.as_bool() ? "\"true\"" : "\"false\""; break;
            case Value::Type::None: out += "\"null\""; break;
            case Value::Type::Int: out += '"' + std::to_string(k.as_int()) + '"'; break;
            case Value::Type::Float: out += '"'; dump_float(out, k.as_double()); out += '"'; break;
            default: throw Error(ErrorKind::CorruptFile, "tojson: keys must be str, int, float, bool or None, not " + k.type_name());
        }
    }

    void dump(const Value& v, int level) {
        if (level > kMaxValueDepth + 1) throw Error(ErrorKind::CorruptFile, "tojson: value nested too deeply");
        check_string_size(out.size());
        switch (v.type()) {
            case Value::Type::None: out += "null"; break;
            case Value::Type::Bool: out += v.as_bool() ? "true" : "false"; break;
            case Value::Type::Int: out += std::to_string(v.as_int()); break;
            case Value::Type::Float: dump_float(out, v.as_double()); break;
            case Value::Type::String: dump_string(out, v.str()); break;
            case Value::Type::List: {
                const auto& items = v.items();
                if (items.empty()) {
                    out += "[]";
                    break;
                }
                out += '[';
                for (std::size_t i = 0; i < items.size(); ++i) {
                    if (i) out += indent ? "," : ", ";
                    if (indent) newline(level + 1);
                    dump(items[i], level + 1);
                }
                if (indent) newline(level);
                out += ']';
                break;
            }
            case Value::Type::Dict: {
                const auto& entries = v.dict_data().entries;
                if (entries.empty()) {
                    out += "{}";
                    break;
                }
                out += '{';
                bool first = true;
                for (const auto& [k, val] : entries) {
                    if (!first) out += indent ? "," : ", ";
                    first = false;
                    if (indent) newline(level + 1);
                    key(k);
                    out += ": ";
                    dump(val, level + 1);
                }
                if (indent) newline(level);
                out += '}';
                break;
            }
            case Value::Type::Undefined:
                throw Error(ErrorKind::CorruptFile, "tojson: '" + v.undefined_hint() + "' is undefined");
            default:
                throw Error(ErrorKind::CorruptFile, "tojson: object of type " + v.type_name() + " is not JSON serializable");
        }
    }
};

Value convert(const nlohmann::ordered_json& j, int depth) {
    using T = nlohmann::ordered_json::value_t;
    switch (j.type()) {
        case T::null: return Value::none();
        case T::boolean: return Value::boolean(j.get<bool>());
        case T::number_integer: return Value::integer(j.get<std::int64_t>());
        case T::number_unsigned: {
            const auto u = j.get<std::uint64_t>();
            if (u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                return Value::integer(static_cast<std::int64_t>(u));
            return Value::floating(static_cast<double>(u));
        }
        case T::number_float: return Value::floating(j.get<double>());
        case T::string: return Value::string(j.get<std::string>());
        case T::array:
        case T::object: {
            if (depth >= kMaxValueDepth)
                throw Error(ErrorKind::InvalidArgument,
                            "conversation data nested deeper than " + std::to_string(kMaxValueDepth) + " levels");
            if (j.is_array()) {
                std::vector<Value> items;
                items.reserve(j.size());
                for (const auto& e : j) items.push_back(convert(e, depth + 1));
                return Value::list(std::move(items));
            }
            std::vector<std::pair<Value, Value>> entries;
            entries.reserve(j.size());
            for (auto it = j.begin(); it != j.end(); ++it)
                entries.emplace_back(Value::string(it.key()), convert(it.value(), depth + 1));
            return Value::dict(std::move(entries));
        }
        default: throw Error(ErrorKind::InvalidArgument, "conversation holds binary data, which templates cannot use");
    }
}

}  // namespace

std::string python_json_dumps(const Value& value, std::optional<std::string> indent) {
    Dumper d{indent, {}};
    d.dump(value, 0);
    return std::move(d.out);
}

Value value_from_json(const nlohmann::ordered_json& json) { return convert(json, 0); }

}  // namespace qwendesk::jinja
