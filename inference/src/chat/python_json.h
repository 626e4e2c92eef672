// JSON <-> interpreter values. dumps() is Python's json.dumps(x, ensure_ascii=False) as Hugging Face's
// `tojson` filter calls it: separators ", " and ": " (or "," and ": " with an indent), keys in insertion
// order, non-ASCII text kept as is, floats written as Python's repr.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "chat/jinja_value.h"

namespace qwendesk::jinja {

// Throws qwendesk::Error for values JSON cannot hold (undefined, functions, namespaces).
std::string python_json_dumps(const Value& value, std::optional<std::string> indent = std::nullopt);

// Throws qwendesk::Error(InvalidArgument) for data nested deeper than kMaxValueDepth.
Value value_from_json(const nlohmann::ordered_json& json);

}  // namespace qwendesk::jinja
