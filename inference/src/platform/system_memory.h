// Physical memory of this machine, for refusing work that cannot fit before the OS kills the process.
#pragma once

#include <cstdint>

namespace qwendesk {

struct SystemMemory {
    std::uint64_t total_bytes = 0;
    std::uint64_t available_bytes = 0;  // what can be allocated without swapping (MemAvailable on Linux)
};

SystemMemory system_memory();

}  // namespace qwendesk
