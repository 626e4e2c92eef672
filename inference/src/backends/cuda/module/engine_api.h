// The engine headers the module uses. The module is compiled with hidden symbols; qwendesk::Error (thrown by
// the module, caught by the engine) keeps default visibility, so its type_info has one identity on both sides
// of the module boundary.
#pragma once

#if defined(__GNUC__)
#pragma GCC visibility push(default)
#endif
#include "qwendesk/errors.h"
#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

#include "backends/backend.h"
#include "backends/cuda/cuda_module_abi.h"
