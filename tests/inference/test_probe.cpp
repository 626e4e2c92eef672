// The real hardware probe on whatever machine runs the tests (in CI: no NVIDIA driver, lavapipe as a
// CPU-type Vulkan device): it must return, report the CPU, and turn broken drivers into messages.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "qwendesk/hardware.h"

#ifndef _WIN32
#include <sys/wait.h>
#endif

namespace qwendesk::hw {
namespace {

TEST(Probe, RealMachineReportsTheCpuAndReturns) {
    const MachineProbe probe = probe_machine();
    EXPECT_GT(probe.cpu.logical_cores, 0);
    EXPECT_FALSE(probe.cpu.name.empty());
    EXPECT_FALSE(probe.cpu.simd.empty());
    EXPECT_GT(probe.cpu.total_ram, 0u);
    EXPECT_LE(probe.cpu.available_ram, probe.cpu.total_ram);
    // Whatever the drivers say, each probe has a status, and anything but Ok comes with a reason.
    if (probe.cuda.status != ProbeStatus::Ok) EXPECT_FALSE(probe.cuda.message.empty());
    if (probe.vulkan.status != ProbeStatus::Ok) EXPECT_FALSE(probe.vulkan.message.empty());
    for (const auto& d : probe.cuda.devices) EXPECT_FALSE(d.name.empty());
    for (const auto& d : probe.vulkan.devices) {
        EXPECT_FALSE(d.name.empty());
        EXPECT_FALSE(d.heaps.empty()) << d.name;
        // lavapipe (Mesa's software rasteriser) is a CPU-type device the planner must never pick on its own.
        if (d.name.find("llvmpipe") != std::string::npos) EXPECT_EQ(d.type, DeviceType::Software);
    }
    std::printf("%s\n", to_json(probe).dump(2).c_str());

    const MachineDescription machine = describe_machine(probe);
    EXPECT_EQ(machine.ram_bytes, probe.cpu.total_ram);
    PlanRequest request;
    request.context = 4096;
    const Plan p = plan(machine, footprint_from_preset("qwen3-0.6b", "Q4_K_M"), request);
    EXPECT_TRUE(built_backends().count(p.backend));  // today: the CPU
    EXPECT_NE(p.fit, Fit::TooLarge) << p.summary;
    EXPECT_FALSE(p.summary.empty());
}

TEST(Probe, MissingDriverIsReported) {
    const CudaProbe cuda = probe_cuda("/nonexistent/libcuda.so.1");
    EXPECT_EQ(cuda.status, ProbeStatus::NoDriver);
    EXPECT_NE(cuda.message.find("no NVIDIA driver"), std::string::npos) << cuda.message;
    const VulkanProbe vulkan = probe_vulkan("/nonexistent/libvulkan.so.1");
    EXPECT_TRUE(vulkan.status == ProbeStatus::NoDriver || vulkan.status == ProbeStatus::NotBuilt) << vulkan.message;
}

#if defined(__linux__)
// A library that loads but is not a driver stands in for a broken installation.
TEST(Probe, BrokenDriverIsReportedNotTrusted) {
    const CudaProbe cuda = probe_cuda("libm.so.6");
    EXPECT_EQ(cuda.status, ProbeStatus::Failed);
    EXPECT_NE(cuda.message.find("cuInit"), std::string::npos) << cuda.message;
    EXPECT_TRUE(cuda.devices.empty());
    const VulkanProbe vulkan = probe_vulkan("libm.so.6");
    EXPECT_TRUE(vulkan.status == ProbeStatus::Failed || vulkan.status == ProbeStatus::NotBuilt) << vulkan.message;
    if (vulkan.status == ProbeStatus::Failed) EXPECT_NE(vulkan.message.find("vkGetInstanceProcAddr"), std::string::npos);
}
#endif

#ifndef _WIN32
std::string run(const std::string& command) {
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) return out;
    std::array<char, 4096> buffer;
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) out.append(buffer.data(), n);
    return out;
}

TEST(Probe, CliDevicesAndPlan) {
    const std::string cli = QWENDESK_CLI_PATH;
    if (!std::filesystem::exists(cli)) GTEST_SKIP() << "qwendesk-cli not built at " << cli;
    const auto devices = nlohmann::json::parse(run("'" + cli + "' devices --json"));
    EXPECT_FALSE(devices["probe"]["cpu"]["name"].get<std::string>().empty());
    EXPECT_FALSE(devices["built_backends"].empty());
    EXPECT_NE(run("'" + cli + "' devices").find("CPU"), std::string::npos);

    const auto plan = nlohmann::json::parse(run("'" + cli +
                                                "' plan --preset qwen3-30b-a3b --quant Q4_K_M --ctx 32768 "
                                                "--assume 'gpu=RTX 4090:24GiB,ram=64GiB' --backends cpu,cuda,vulkan --json"));
    EXPECT_EQ(plan["plan"]["backend"], "cuda");
    EXPECT_EQ(plan["plan"]["device_name"], "RTX 4090");
    const std::string text = run("'" + cli + "' plan --preset qwen3-8b --quant Q4_K_M --assume 'ram=8GiB' 2>&1");
    EXPECT_NE(text.find("shrunk"), std::string::npos) << text;
    // A bad request is an error with exit status 2, not a crash.
    EXPECT_EQ(WEXITSTATUS(std::system(("'" + cli + "' plan --preset qwen3-8b --quant Q4_K_M --assume 'gpu=X' >/dev/null 2>&1").c_str())), 2);
    EXPECT_EQ(WEXITSTATUS(std::system(("'" + cli + "' plan --preset qwen3-8b --quant Q4_K_M --backend cuda --assume ram=8GiB >/dev/null 2>&1").c_str())), 2);
}
#endif

}  // namespace
}  // namespace qwendesk::hw
