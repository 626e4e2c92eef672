// qwendesk-cli devices: what the hardware probe finds (CPU, NVIDIA GPUs through CUDA, Vulkan devices), and
// the machine the planner makes of it. --json prints the same as one JSON object.
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "args.h"
#include "commands.h"
#include "qwendesk/hardware.h"

namespace qwendesk::cli {

namespace {

const char* yes_no(bool b) { return b ? "yes" : "no"; }

std::string cuda_version(int v) { return v ? std::to_string(v / 1000) + "." + std::to_string(v % 1000 / 10) : std::string("unknown"); }

}  // namespace

int run_devices(const CommandArgs& argv) {
    Args args(argv, {}, {"--json"});
    using namespace qwendesk::hw;
    const MachineProbe probe = probe_machine();
    const MachineDescription machine = describe_machine(probe);
    if (args.has("--json")) {
        nlohmann::ordered_json built = nlohmann::ordered_json::array();
        for (Backend b : built_backends()) built.push_back(to_string(b));
        nlohmann::ordered_json j = {{"probe", to_json(probe)}, {"machine", to_json(machine)}, {"built_backends", built}};
        std::printf("%s\n", j.dump(2).c_str());
        return 0;
    }
    const CpuInfo& cpu = probe.cpu;
    std::printf("CPU     %s (%s), %d cores / %d threads, %s kernels\n", cpu.name.c_str(), cpu.arch.c_str(), cpu.physical_cores,
                cpu.logical_cores, cpu.simd.c_str());
    std::printf("RAM     %s (%s available now)\n", format_bytes(cpu.total_ram).c_str(), format_bytes(cpu.available_ram).c_str());

    std::printf("CUDA    %s", to_string(probe.cuda.status));
    if (probe.cuda.status == ProbeStatus::Ok)
        std::printf(": driver %s (CUDA %s), %zu device(s)", probe.cuda.library.c_str(), cuda_version(probe.cuda.driver_version).c_str(),
                    probe.cuda.devices.size());
    if (!probe.cuda.message.empty()) std::printf(" - %s", probe.cuda.message.c_str());
    std::printf("\n");
    for (const auto& d : probe.cuda.devices) {
        std::printf("  cuda:%d  %s, compute %d.%d, %d SMs, %s total, %s free%s%s\n", d.index, d.name.c_str(), d.cc_major, d.cc_minor,
                    d.multiprocessors, format_bytes(d.total_bytes).c_str(), d.free_bytes ? format_bytes(d.free_bytes).c_str() : "?",
                    d.pci_bus_id.empty() ? "" : (", PCI " + d.pci_bus_id).c_str(), d.error.empty() ? "" : (" [" + d.error + "]").c_str());
    }

    std::printf("Vulkan  %s", to_string(probe.vulkan.status));
    if (probe.vulkan.status == ProbeStatus::Ok)
        std::printf(": loader %s (instance %s), %zu device(s)", probe.vulkan.library.c_str(), probe.vulkan.instance_version.c_str(),
                    probe.vulkan.devices.size());
    if (!probe.vulkan.message.empty()) std::printf(" - %s", probe.vulkan.message.c_str());
    std::printf("\n");
    for (const auto& d : probe.vulkan.devices) {
        std::printf("  vulkan:%d  %s [%s, %s], Vulkan %s, driver %s%s%s\n", d.index, d.name.c_str(), d.vendor.c_str(), to_string(d.type),
                    d.api_version.c_str(), d.driver_name.empty() ? "?" : d.driver_name.c_str(), d.driver_info.empty() ? "" : " ",
                    d.driver_info.c_str());
        std::printf("            device-local %s%s, subgroup %u, fp16 %s, int8 dot %s, cooperative matrix %s\n",
                    format_bytes(d.device_local_bytes).c_str(),
                    d.memory_budget_ext ? (" (budget " + format_bytes(d.device_local_budget) + ")").c_str() : " (no budget extension)",
                    d.subgroup_size, yes_no(d.fp16), yes_no(d.int8_dot), yes_no(d.cooperative_matrix));
    }

    std::string built;
    for (Backend b : built_backends()) built += (built.empty() ? "" : ", ") + std::string(to_string(b));
    std::printf("Built   backends: %s\n", built.c_str());
    std::printf("Planner GPUs:");
    if (machine.gpus.empty()) std::printf(" none");
    std::printf("\n");
    for (std::size_t i = 0; i < machine.gpus.size(); ++i) std::printf("  #%zu  %s\n", i, describe(machine.gpus[i]).c_str());
    return 0;
}

}  // namespace qwendesk::cli
