// Python semantics of the interpreter's operators: arithmetic, concatenation, comparison chains'
// pieces, `in`, indexing, slicing, iteration and printf-style `%` formatting.
#pragma once

#include <string_view>
#include <vector>

#include "chat/jinja_value.h"

namespace qwendesk::jinja {

// op: + - * / // % ** ~ ; throws qwendesk::Error for operands Python rejects (and any undefined operand,
// as jinja2's default Undefined does).
Value binary_op(std::string_view op, const Value& a, const Value& b);
Value unary_op(std::string_view op, const Value& a);  // "-" or "+"
// op: == != < <= > >= in "not in"
bool compare_op(std::string_view op, const Value& a, const Value& b);
bool contains(const Value& container, const Value& item);

// x[key] as jinja2's getitem: a missing key or index is undefined; string keys fall back to attributes.
Value get_item(const Value& obj, const Value& key);
// x.name as jinja2's getattr: attributes (methods) first, then items.
Value get_attr(const Value& obj, const std::string& name);
// x[start:stop:step]; nulls are Python's None.
Value slice(const Value& obj, const Value& start, const Value& stop, const Value& step);

// The items a for loop visits: list items, dict keys, string characters; undefined is empty.
std::vector<Value> iterate(const Value& v);
// len(x); undefined has length 0.
std::size_t length_of(const Value& v);

// Python's "format % args".
std::string percent_format(const std::string& format, const Value& args);
// Python's str.format with positional and keyword fields ({}, {0}, {name}; no format specs).
std::string brace_format(const std::string& format, const CallArgs& args);

}  // namespace qwendesk::jinja
