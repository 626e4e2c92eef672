#include "platform/system_memory.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <unistd.h>

#include <fstream>
#include <string>
#endif

namespace qwendesk {

SystemMemory system_memory() {
    SystemMemory m;
#ifdef _WIN32
    MEMORYSTATUSEX status{};
    status.dwLength = sizeof(status);
    if (GlobalMemoryStatusEx(&status)) {
        m.total_bytes = status.ullTotalPhys;
        m.available_bytes = status.ullAvailPhys;
    }
#else
    const long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGE_SIZE);
    if (pages > 0 && page > 0) m.total_bytes = static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(page);
    std::ifstream meminfo("/proc/meminfo");
    std::string key;
    std::uint64_t kib = 0;
    std::string unit;
    while (meminfo >> key >> kib >> unit)
        if (key == "MemAvailable:") {
            m.available_bytes = kib * 1024;
            break;
        }
    if (m.available_bytes == 0) m.available_bytes = m.total_bytes;
#endif
    return m;
}

}  // namespace qwendesk
