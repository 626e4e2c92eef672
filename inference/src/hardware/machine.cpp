// A machine as the planner sees it: from the probes (describe_machine) or from a line of text
// (parse_machine), plus the names of the enums.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

#include "qwendesk/errors.h"
#include "qwendesk/hardware.h"

#include "backends/cuda/cuda_backend.h"
#include "backends/vulkan/vulkan_backend.h"

namespace qwendesk::hw {

const char* to_string(ProbeStatus status) {
    switch (status) {
    case ProbeStatus::Ok: return "ok";
    case ProbeStatus::NotBuilt: return "not built";
    case ProbeStatus::NoDriver: return "no driver";
    case ProbeStatus::Failed: return "failed";
    }
    return "?";
}

const char* to_string(DeviceType type) {
    switch (type) {
    case DeviceType::Discrete: return "discrete";
    case DeviceType::Integrated: return "integrated";
    case DeviceType::Virtual: return "virtual";
    case DeviceType::Software: return "cpu";
    case DeviceType::Other: return "other";
    }
    return "?";
}

const char* to_string(Backend backend) {
    switch (backend) {
    case Backend::Cpu: return "cpu";
    case Backend::Cuda: return "cuda";
    case Backend::Vulkan: return "vulkan";
    }
    return "?";
}

const char* to_string(Fit fit) {
    switch (fit) {
    case Fit::Fits: return "fits";
    case Fit::Tight: return "tight";
    case Fit::TooLarge: return "too large";
    }
    return "?";
}

namespace {
std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}
std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    const auto last = s.find_last_not_of(" \t");
    return first == std::string::npos ? std::string() : s.substr(first, last - first + 1);
}
}  // namespace

Backend parse_backend(const std::string& text) {
    const std::string t = lower(text);
    if (t == "cpu") return Backend::Cpu;
    if (t == "cuda") return Backend::Cuda;
    if (t == "vulkan") return Backend::Vulkan;
    throw Error(ErrorKind::InvalidArgument, "unknown backend '" + text + "' (known: cpu, cuda, vulkan)");
}

std::set<Backend> built_backends() {
    std::set<Backend> built{Backend::Cpu};
    // The GPU backends say whether they were compiled in (inference/src/backends/cuda, vulkan).
    if (cuda_backend_built()) built.insert(Backend::Cuda);
    if (vulkan_backend_built()) built.insert(Backend::Vulkan);
    return built;
}

MachineProbe probe_machine() {
    MachineProbe probe;
    probe.cpu = probe_cpu();
    probe.cuda = probe_cuda();
    probe.vulkan = probe_vulkan();
    return probe;
}

std::string format_bytes(std::uint64_t bytes) {
    char text[32];
    const double b = static_cast<double>(bytes);
    if (bytes >= (1ull << 30))
        std::snprintf(text, sizeof text, "%.2f GiB", b / (1ull << 30));
    else if (bytes >= (1ull << 20))
        std::snprintf(text, sizeof text, "%.0f MiB", b / (1ull << 20));
    else
        std::snprintf(text, sizeof text, "%.0f KiB", b / 1024.0);
    return text;
}

MachineDescription describe_machine(const MachineProbe& probe) {
    MachineDescription m;
    m.cpu_name = probe.cpu.name;
    m.cpu_cores = probe.cpu.physical_cores > 0 ? probe.cpu.physical_cores : probe.cpu.logical_cores;
    m.simd = probe.cpu.simd;
    m.ram_bytes = probe.cpu.total_ram;
    m.ram_available = probe.cpu.available_ram;
    for (const auto& d : probe.cuda.devices) {
        if (d.total_bytes == 0) continue;  // a device whose memory could not be read cannot be planned on
        GpuDescription g;
        g.name = d.name;
        g.vendor = "NVIDIA";
        g.type = d.integrated ? DeviceType::Integrated : DeviceType::Discrete;
        g.memory_bytes = d.total_bytes;
        g.free_bytes = d.free_bytes;
        g.cuda_index = d.index;
        g.cc_major = d.cc_major;
        g.cc_minor = d.cc_minor;
        g.fp16 = d.cc_major > 5 || (d.cc_major == 5 && d.cc_minor >= 3);
        g.int8_dot = d.cc_major > 6 || (d.cc_major == 6 && d.cc_minor >= 1);  // dp4a
        g.cooperative_matrix = d.cc_major >= 7;                                // tensor cores
        m.gpus.push_back(g);
    }
    const std::size_t n_cuda = m.gpus.size();
    for (const auto& d : probe.vulkan.devices) {
        // The same NVIDIA card seen through Vulkan: deviceUUID equals CUDA's UUID. Without UUIDs, fall back
        // to the name (and never merge two Vulkan devices into one CUDA device).
        GpuDescription* same = nullptr;
        for (std::size_t i = 0; i < n_cuda && !same; ++i)
            if (m.gpus[i].vulkan_index < 0 && !d.uuid.empty() && probe.cuda.devices.size() > static_cast<std::size_t>(m.gpus[i].cuda_index) &&
                probe.cuda.devices[static_cast<std::size_t>(m.gpus[i].cuda_index)].uuid == d.uuid)
                same = &m.gpus[i];
        for (std::size_t i = 0; i < n_cuda && !same; ++i)
            if (m.gpus[i].vulkan_index < 0 && d.vendor == "NVIDIA" && m.gpus[i].name == d.name) same = &m.gpus[i];
        if (same) {
            same->vulkan_index = d.index;
            same->fp16 = same->fp16 || d.fp16;
            same->int8_dot = same->int8_dot || d.int8_dot;
            same->cooperative_matrix = same->cooperative_matrix || d.cooperative_matrix;
            continue;
        }
        GpuDescription g;
        g.name = d.name;
        g.vendor = d.vendor;
        g.type = d.type;
        g.memory_bytes = d.device_local_bytes;
        g.free_bytes = d.device_local_budget;
        g.vulkan_index = d.index;
        g.fp16 = d.fp16;
        g.int8_dot = d.int8_dot;
        g.cooperative_matrix = d.cooperative_matrix;
        m.gpus.push_back(g);
    }
    return m;
}

namespace {

std::uint64_t parse_size(const std::string& text, const std::string& field) {
    const std::string t = lower(trim(text));
    std::size_t used = 0;
    double value = 0;
    try {
        value = std::stod(t, &used);
    } catch (const std::exception&) {
        throw Error(ErrorKind::InvalidArgument, field + ": '" + text + "' is not a size like 8GiB");
    }
    const std::string unit = trim(t.substr(used));
    double scale = 0;
    // Shops and spec sheets say "8 GB" for 8 GiB of VRAM or RAM, so GB is read as GiB here.
    if (unit == "gib" || unit == "gb" || unit == "g") scale = 1024.0 * 1024 * 1024;
    if (unit == "mib" || unit == "mb" || unit == "m") scale = 1024.0 * 1024;
    if (unit == "tib" || unit == "tb" || unit == "t") scale = 1024.0 * 1024 * 1024 * 1024;
    if (scale == 0 || !(value > 0) || value > 1e6)
        throw Error(ErrorKind::InvalidArgument, field + ": '" + text + "' is not a size like 8GiB, 16GB or 512MiB");
    return static_cast<std::uint64_t>(std::llround(value * scale));
}

bool looks_nvidia(const std::string& name) {
    const std::string n = lower(name);
    for (const char* w : {"nvidia", "geforce", "rtx", "gtx", "quadro", "tesla", "titan"})
        if (n.find(w) != std::string::npos) return true;
    // Data-centre parts named by a letter and a number: A10G, A100, H100, L4, L40S, B200.
    std::string first = n.substr(0, n.find(' '));
    return first.size() >= 2 && first.size() <= 5 && std::string("ahlbtv").find(first[0]) != std::string::npos &&
           std::isdigit(static_cast<unsigned char>(first[1]));
}

std::string guess_vendor(const std::string& name) {
    const std::string n = lower(name);
    if (looks_nvidia(name)) return "NVIDIA";
    if (n.find("amd") != std::string::npos || n.find("radeon") != std::string::npos || n.find("rx ") == 0) return "AMD";
    if (n.find("intel") != std::string::npos || n.find("arc") != std::string::npos || n.find("iris") != std::string::npos)
        return "Intel";
    if (n.find("apple") != std::string::npos) return "Apple";
    return "unknown";
}

}  // namespace

MachineDescription parse_machine(const std::string& text) {
    MachineDescription m;
    m.cpu_name = "described CPU";
    m.simd = "AVX2";
    m.cpu_cores = 8;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string::npos) comma = text.size();
        const std::string item = trim(text.substr(start, comma - start));
        start = comma + 1;
        if (item.empty()) continue;
        const auto eq = item.find('=');
        if (eq == std::string::npos) throw Error(ErrorKind::InvalidArgument, "--assume: '" + item + "' is not key=value");
        const std::string key = lower(trim(item.substr(0, eq))), value = trim(item.substr(eq + 1));
        if (key == "ram") {
            m.ram_bytes = parse_size(value, "ram");
        } else if (key == "cores") {
            try {
                m.cpu_cores = std::stoi(value);
            } catch (const std::exception&) {
                m.cpu_cores = 0;
            }
            if (m.cpu_cores <= 0) throw Error(ErrorKind::InvalidArgument, "--assume cores: '" + value + "' is not a positive number");
        } else if (key == "cpu") {
            m.cpu_name = value;
        } else if (key == "gpu" || key == "igpu") {
            // NAME:SIZE[:flag...]; the name may itself hold no ':'.
            std::vector<std::string> parts;
            std::size_t p = 0;
            while (true) {
                const std::size_t colon = value.find(':', p);
                parts.push_back(trim(value.substr(p, colon == std::string::npos ? std::string::npos : colon - p)));
                if (colon == std::string::npos) break;
                p = colon + 1;
            }
            if (parts.size() < 2 || parts[0].empty())
                throw Error(ErrorKind::InvalidArgument, "--assume " + key + ": '" + value + "' is not NAME:SIZE (e.g. RTX 4060:8GiB)");
            GpuDescription g;
            g.name = parts[0];
            g.memory_bytes = parse_size(parts[1], key + " " + parts[0]);
            g.vendor = guess_vendor(g.name);
            g.type = key == "igpu" ? DeviceType::Integrated : DeviceType::Discrete;
            bool cuda = g.vendor == "NVIDIA", vulkan = true, explicit_api = false;
            for (std::size_t i = 2; i < parts.size(); ++i) {
                const std::string flag = lower(parts[i]);
                if (flag == "cuda" || flag == "vulkan") {
                    if (!explicit_api) cuda = vulkan = false;
                    explicit_api = true;
                    (flag == "cuda" ? cuda : vulkan) = true;
                } else if (flag == "integrated") {
                    g.type = DeviceType::Integrated;
                } else if (flag == "discrete") {
                    g.type = DeviceType::Discrete;
                } else {
                    throw Error(ErrorKind::InvalidArgument,
                                "--assume " + key + ": unknown flag '" + parts[i] + "' (known: cuda, vulkan, integrated, discrete)");
                }
            }
            if (cuda) g.cuda_index = static_cast<int>(std::count_if(m.gpus.begin(), m.gpus.end(), [](const GpuDescription& x) { return x.cuda_index >= 0; }));
            if (vulkan) g.vulkan_index = static_cast<int>(std::count_if(m.gpus.begin(), m.gpus.end(), [](const GpuDescription& x) { return x.vulkan_index >= 0; }));
            if (cuda) {
                g.cc_major = 8;
                g.cooperative_matrix = g.int8_dot = true;
            }
            m.gpus.push_back(g);
        } else {
            throw Error(ErrorKind::InvalidArgument, "--assume: unknown key '" + key + "' (known: gpu, igpu, ram, cores, cpu)");
        }
    }
    if (m.ram_bytes == 0) throw Error(ErrorKind::InvalidArgument, "--assume: say how much RAM the machine has (ram=16GiB)");
    return m;
}

std::string describe(const GpuDescription& g) {
    std::string apis;
    if (g.cuda_index >= 0) apis += "CUDA";
    if (g.vulkan_index >= 0) apis += std::string(apis.empty() ? "" : " + ") + "Vulkan";
    return g.name + " (" + to_string(g.type) + ", " + format_bytes(g.memory_bytes) + ", " + (apis.empty() ? "no API" : apis) + ")";
}

}  // namespace qwendesk::hw
