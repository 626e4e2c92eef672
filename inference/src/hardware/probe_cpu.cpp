// The CPU: brand string, cores, the SIMD kernels the CPU backend will use, and RAM.
#include <cstring>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <utility>

#include "backends/cpu/cpu_features.h"
#include "platform/system_memory.h"
#include "qwendesk/hardware.h"

#if defined(__x86_64__) || defined(_M_X64)
#if defined(_MSC_VER)
#include <intrin.h>
#else
#include <cpuid.h>
#endif
#endif

#ifdef _WIN32
#include <windows.h>

#include <vector>
#endif

namespace qwendesk::hw {

namespace {

std::string trim(std::string s) {
    const auto first = s.find_first_not_of(" \t");
    const auto last = s.find_last_not_of(" \t\r\n");
    return first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
}

std::string brand_string() {
#if defined(__x86_64__) || defined(_M_X64)
    unsigned regs[4] = {};
#if defined(_MSC_VER)
    int r[4];
    __cpuid(r, static_cast<int>(0x80000000u));
    regs[0] = static_cast<unsigned>(r[0]);
#else
    __cpuid(0x80000000u, regs[0], regs[1], regs[2], regs[3]);
#endif
    if (regs[0] >= 0x80000004u) {
        char brand[49] = {};
        for (unsigned leaf = 0; leaf < 3; ++leaf) {
#if defined(_MSC_VER)
            __cpuid(r, static_cast<int>(0x80000002u + leaf));
            std::memcpy(brand + 16 * leaf, r, 16);
#else
            __cpuid(0x80000002u + leaf, regs[0], regs[1], regs[2], regs[3]);
            std::memcpy(brand + 16 * leaf, regs, 16);
#endif
        }
        return trim(brand);
    }
#endif
#ifdef __linux__
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        const std::string key = trim(line.substr(0, colon));
        if (key == "model name" || key == "Model" || key == "Hardware") return trim(line.substr(colon + 1));
    }
#endif
    return {};
}

int physical_cores() {
#ifdef __linux__
    // Distinct (package, core) pairs; /proc/cpuinfo on x86, where "physical id" and "core id" exist.
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    std::set<std::pair<int, int>> cores;
    int package = 0;
    while (std::getline(cpuinfo, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        const std::string key = trim(line.substr(0, colon));
        try {
            if (key == "physical id") package = std::stoi(line.substr(colon + 1));
            if (key == "core id") cores.insert({package, std::stoi(line.substr(colon + 1))});
        } catch (const std::exception&) {
            return 0;
        }
    }
    return static_cast<int>(cores.size());
#elif defined(_WIN32)
    DWORD length = 0;
    GetLogicalProcessorInformationEx(RelationProcessorCore, nullptr, &length);
    if (length == 0) return 0;
    std::vector<unsigned char> buffer(length);
    if (!GetLogicalProcessorInformationEx(RelationProcessorCore,
                                          reinterpret_cast<PSYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX>(buffer.data()), &length))
        return 0;
    int count = 0;
    for (DWORD offset = 0; offset < length;) {
        auto* info = reinterpret_cast<PSYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX>(buffer.data() + offset);
        if (info->Relationship == RelationProcessorCore) ++count;
        if (info->Size == 0) break;
        offset += info->Size;
    }
    return count;
#else
    return 0;
#endif
}

}  // namespace

CpuInfo probe_cpu() {
    CpuInfo cpu;
    cpu.name = brand_string();
    if (cpu.name.empty()) cpu.name = "unknown CPU";
#if defined(__x86_64__) || defined(_M_X64)
    cpu.arch = "x86_64";
#elif defined(__aarch64__) || defined(_M_ARM64)
    cpu.arch = "aarch64";
#else
    cpu.arch = "other";
#endif
    cpu.logical_cores = static_cast<int>(std::thread::hardware_concurrency());
    cpu.physical_cores = physical_cores();
    cpu.simd = cpu::cpu_features().best_name();
    const SystemMemory memory = system_memory();
    cpu.total_ram = memory.total_bytes;
    cpu.available_ram = memory.available_bytes;
    return cpu;
}

}  // namespace qwendesk::hw
