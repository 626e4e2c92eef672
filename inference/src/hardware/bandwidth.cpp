// Memory bandwidth for the decode estimate: decoding reads every active weight once per token, so
// tokens/s ~ bandwidth / bytes read per token. Published peak figures for the GPUs we know by name, a guess
// from the memory size for others, times what decoding reaches in practice (about 70% of peak on GPUs);
// a conservative figure for the CPU. These are estimates, and the planner says so.
#include <algorithm>
#include <cctype>
#include <string>

#include "hardware/plan_memory.h"

namespace qwendesk::hw {

namespace {

constexpr double GB = 1e9;
constexpr double kGpuEfficiency = 0.7;
// Dual-channel desktop DDR4-3200 peaks at 51 GB/s and DDR5-5600 at 90; decoding reaches 40 on the former.
constexpr double kCpuBandwidth = 40 * GB;
// An integrated GPU reads the same RAM, slightly better than the CPU's cores do.
constexpr double kIntegratedBandwidth = 50 * GB;

struct Known {
    const char* name;  // matched case-insensitively anywhere in the device name; more specific names first
    double peak_gb_s;
};

const Known kKnown[] = {
    {"RTX 3060 TI", 448}, {"RTX 3060", 360},      {"RTX 3070", 448},       {"RTX 3080", 760},     {"RTX 3090", 936},
    {"RTX 4060 TI", 288}, {"RTX 4060", 272},      {"RTX 4070 TI", 504},    {"RTX 4070", 504},     {"RTX 4080", 717},
    {"RTX 4090", 1008},   {"RTX 5060 TI", 448},   {"RTX 5060", 448},       {"RTX 5070 TI", 896},  {"RTX 5070", 672},
    {"RTX 5080", 960},    {"RTX 5090", 1792},     {"A100", 1555},          {"A10G", 600},         {"A10", 600},
    {"L40S", 864},        {"L4", 300},            {"H100 PCIE", 2000},     {"H100", 3350},        {"H200", 4800},
    {"RX 7900 XTX", 960}, {"RX 7900 XT", 800},    {"RX 7800 XT", 624},     {"RX 7600", 288},      {"RX 9070 XT", 640},
};

std::string upper(const std::string& s) {
    std::string out;
    for (char c : s) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

double gpu_bandwidth(const GpuDescription& gpu) {
    if (gpu.type != DeviceType::Discrete) return kIntegratedBandwidth;
    const std::string name = upper(gpu.name);
    for (const Known& k : kKnown)
        if (name.find(k.name) != std::string::npos) return kGpuEfficiency * k.peak_gb_s * GB;
    // Unknown: 20 GB/s per GiB of memory but at least 250 GB/s, below every card of its size we know of.
    const double gib = static_cast<double>(gpu.memory_bytes) / static_cast<double>(1ull << 30);
    return kGpuEfficiency * std::max(250 * GB, 20 * GB * gib);
}

double cpu_bandwidth() { return kCpuBandwidth; }
double integrated_bandwidth() { return kIntegratedBandwidth; }

}  // namespace qwendesk::hw
