// Internal: estimates from a config rather than a preset name, so tests can set them against real files.
#pragma once

#include <string>

#include "model/config.h"
#include "qwendesk/hardware.h"

namespace qwendesk::hw {

// Throws Error(InvalidArgument) for a quantisation outside quant_names().
ModelFootprint estimate_footprint(const ModelConfig& config, const std::string& quant, const std::string& name);

}  // namespace qwendesk::hw
