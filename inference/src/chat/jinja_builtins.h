// The interpreter's built-in filters, tests, methods of str/dict/list and global functions (range,
// namespace, dict, raise_exception, strftime_now).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chat/jinja_value.h"

namespace qwendesk::jinja {

// Throws qwendesk::Error(Unsupported) for a filter or test we do not know.
Value apply_filter(Interpreter& in, const std::string& name, const Value& target, CallArgs& args);
bool apply_test(Interpreter& in, const std::string& name, const Value& target, CallArgs& args);
bool has_filter(std::string_view name);
bool has_test(std::string_view name);

// The bound method `obj.name` (str, dict and list methods), or undefined when there is none.
Value bind_method(const Value& obj, const std::string& name);

std::vector<std::pair<std::string, Value>> builtin_globals();

}  // namespace qwendesk::jinja
