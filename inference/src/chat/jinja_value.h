// Values of the Jinja2-subset interpreter, with Python semantics: undefined, none, bool, int, float, str,
// list (and tuple), dict (insertion ordered), namespace and callables. Lists, tuples and dicts are immutable
// once built (the interpreter mirrors jinja2's ImmutableSandboxedEnvironment), so they are shared, never
// copied. Containers record their nesting depth and refuse to nest deeper than kMaxValueDepth, so that no
// recursive walk (repr, tojson, equality, destruction) can run out of stack on hostile data.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace qwendesk::jinja {

class Value;
class Interpreter;

inline constexpr int kMaxValueDepth = 128;
inline constexpr std::size_t kMaxStringBytes = std::size_t{64} << 20;  // any one string, and the output

// Throws qwendesk::Error(Unsupported) when a string of `bytes` would exceed kMaxStringBytes.
void check_string_size(std::size_t bytes);

struct ListData {
    std::vector<Value> items;
    bool tuple = false;
    int depth = 1;
};

struct DictData {
    std::vector<std::pair<Value, Value>> entries;
    int depth = 1;
    const Value* find(const Value& key) const;
    const Value* find(std::string_view key) const;
};

// `namespace(...)`: the one mutable object. Owned by the interpreter's arena; values hold a plain pointer,
// so namespaces referring to each other neither leak nor destroy recursively.
struct NamespaceData {
    std::vector<std::pair<std::string, Value>> attrs;
    const Value* find(std::string_view name) const;
    void set(const std::string& name, Value value);
};

struct CallArgs {
    std::vector<Value> positional;
    std::vector<std::pair<std::string, Value>> keyword;
};

struct Function {
    std::string name;
    std::function<Value(Interpreter&, CallArgs&)> call;
};

struct UndefinedValue {
    std::shared_ptr<const std::string> hint;  // what was looked up, for error messages
};

class Value {
public:
    enum class Type { Undefined, None, Bool, Int, Float, String, List, Dict, Function, Namespace };

    Value() : v_(std::in_place_index<0>, UndefinedValue{}) {}
    static Value undefined(std::string hint) {
        return Value(Storage(std::in_place_index<0>, UndefinedValue{std::make_shared<const std::string>(std::move(hint))}));
    }
    static Value none() { return Value(Storage(std::in_place_index<1>)); }
    static Value boolean(bool b) { return Value(Storage(std::in_place_index<2>, b)); }
    static Value integer(std::int64_t i) { return Value(Storage(std::in_place_index<3>, i)); }
    static Value floating(double d) { return Value(Storage(std::in_place_index<4>, d)); }
    static Value string(std::string s) {
        return Value(Storage(std::in_place_index<5>, std::make_shared<const std::string>(std::move(s))));
    }
    // Throws qwendesk::Error when the list would nest deeper than kMaxValueDepth.
    static Value list(std::vector<Value> items, bool tuple = false);
    static Value dict(std::vector<std::pair<Value, Value>> entries);  // later duplicate keys replace earlier ones
    static Value function(std::string name, std::function<Value(Interpreter&, CallArgs&)> fn);
    static Value ns(NamespaceData* data) { return Value(Storage(std::in_place_index<9>, data)); }

    Type type() const { return static_cast<Type>(v_.index()); }
    bool is_undefined() const { return type() == Type::Undefined; }
    bool is_none() const { return type() == Type::None; }
    bool is_bool() const { return type() == Type::Bool; }
    bool is_int() const { return type() == Type::Int; }
    bool is_float() const { return type() == Type::Float; }
    bool is_number() const { return is_int() || is_float() || is_bool(); }  // Python: bool is an int
    bool is_string() const { return type() == Type::String; }
    bool is_list() const { return type() == Type::List; }
    bool is_dict() const { return type() == Type::Dict; }
    bool is_function() const { return type() == Type::Function; }
    bool is_namespace() const { return type() == Type::Namespace; }

    bool as_bool() const { return std::get<bool>(v_); }
    std::int64_t as_int() const;  // bool or int
    double as_double() const;     // bool, int or float
    const std::string& str() const { return *std::get<std::shared_ptr<const std::string>>(v_); }
    const ListData& list_data() const { return *std::get<std::shared_ptr<const ListData>>(v_); }
    const std::vector<Value>& items() const { return list_data().items; }
    const DictData& dict_data() const { return *std::get<std::shared_ptr<const DictData>>(v_); }
    const Function& func() const { return *std::get<std::shared_ptr<const Function>>(v_); }
    NamespaceData* namespace_data() const { return std::get<NamespaceData*>(v_); }
    const std::string& undefined_hint() const;

    int depth() const;  // container nesting depth (0 for scalars)

    // Python semantics.
    bool truthy() const;
    std::string to_str() const;  // str(x); undefined prints as ""
    std::string repr() const;    // repr(x)
    std::string type_name() const;

    bool same_identity(const Value& other) const;

private:
    using Storage = std::variant<UndefinedValue, std::monostate, bool, std::int64_t, double,
                                 std::shared_ptr<const std::string>, std::shared_ptr<const ListData>,
                                 std::shared_ptr<const DictData>, std::shared_ptr<const Function>, NamespaceData*>;
    explicit Value(Storage v) : v_(std::move(v)) {}
    void repr_into(std::string& out, int depth) const;

    Storage v_;
};

// Python ==, with 1 == 1.0 == True and element-wise containers; undefined equals only undefined.
bool equals(const Value& a, const Value& b);
// Python <; throws qwendesk::Error for types Python cannot order.
bool less_than(const Value& a, const Value& b);

std::string python_float_repr(double d);
std::string python_str_repr(std::string_view s);

}  // namespace qwendesk::jinja
