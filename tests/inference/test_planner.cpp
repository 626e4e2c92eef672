// The planner over described machines (no hardware needed): which backend and device each Qwen3 model and
// quantisation gets, at what context, and why; the byte estimates against real llama-quantize files.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fixtures.h"
#include "formats/gguf.h"
#include "hardware/footprint.h"
#include "model/load_gguf_model.h"
#include "model/presets.h"
#include "qwendesk/errors.h"
#include "qwendesk/hardware.h"
#include "runtime/kv_cache.h"

namespace qwendesk::hw {
namespace {

constexpr std::uint64_t GiB = 1ull << 30;
const std::set<Backend> kAll = {Backend::Cpu, Backend::Cuda, Backend::Vulkan};
const std::set<Backend> kCpuCuda = {Backend::Cpu, Backend::Cuda};
const std::set<Backend> kCpuOnly = {Backend::Cpu};

// The machines of issue #8, as `--assume` would describe them.
const std::map<std::string, std::string>& machines() {
    static const std::map<std::string, std::string> m = {
        {"cpu-8g", "ram=8GiB"},
        {"igpu-16g", "igpu=Intel Iris Xe Graphics:16GiB,ram=16GiB"},
        {"rtx3060", "gpu=NVIDIA GeForce RTX 3060:12GiB,ram=32GiB"},
        {"rtx4060", "gpu=NVIDIA GeForce RTX 4060:8GiB,ram=16GiB"},
        {"rtx5070ti", "gpu=NVIDIA GeForce RTX 5070 Ti:16GiB,ram=32GiB"},
        {"rtx4090", "gpu=NVIDIA GeForce RTX 4090:24GiB,ram=64GiB"},
        {"a10g", "gpu=NVIDIA A10G:24GiB,ram=32GiB"},
        {"h100", "gpu=NVIDIA H100 80GB HBM3:80GiB,ram=256GiB"},
        {"rx7900xtx", "gpu=AMD Radeon RX 7900 XTX:24GiB,ram=32GiB"},
        {"3060+7900xtx", "gpu=NVIDIA GeForce RTX 3060:12GiB,gpu=AMD Radeon RX 7900 XTX:24GiB,ram=64GiB"},
    };
    return m;
}

struct Row {
    const char* machine;
    const char* model;
    const char* quant;
    int context;
    std::set<Backend> backends;
    Backend backend;  // expected
    int device;       // expected GPU index, -1 for the CPU
    Fit fit;          // expected
    bool shrunk;      // expected: the context had to shrink
};

// Expected choices with splitting off (one device per model), worked out by hand from the planner's rules (F32 KV cache: 128 MiB per layer at 16K
// tokens for the dense models, 64 MiB for 30B-A3B; usable = memory - headroom; "fits" leaves 10% spare).
const std::vector<Row>& table() {
    static const std::vector<Row> rows = {
        // No GPU, 8 GB RAM: 6.4 GiB usable.
        {"cpu-8g", "qwen3-0.6b", "Q8_0", 16384, kAll, Backend::Cpu, -1, Fit::Fits, false},
        {"cpu-8g", "qwen3-4b", "Q4_K_M", 16384, kAll, Backend::Cpu, -1, Fit::Tight, true},
        {"cpu-8g", "qwen3-8b", "Q4_K_M", 16384, kAll, Backend::Cpu, -1, Fit::Tight, true},
        {"cpu-8g", "qwen3-8b", "Q8_0", 16384, kAll, Backend::Cpu, -1, Fit::TooLarge, true},
        {"cpu-8g", "qwen3-14b", "Q4_K_M", 8192, kAll, Backend::Cpu, -1, Fit::TooLarge, true},
        {"cpu-8g", "qwen3-30b-a3b", "Q4_K_M", 8192, kAll, Backend::Cpu, -1, Fit::TooLarge, true},
        // An integrated GPU sharing 16 GB: 12.8 GiB usable, the iGPU before the CPU.
        {"igpu-16g", "qwen3-8b", "Q4_K_M", 16384, kAll, Backend::Vulkan, 0, Fit::Fits, false},
        {"igpu-16g", "qwen3-8b", "Q8_0", 16384, kAll, Backend::Vulkan, 0, Fit::Tight, true},
        {"igpu-16g", "qwen3-14b", "Q4_K_M", 16384, kAll, Backend::Vulkan, 0, Fit::Tight, true},
        {"igpu-16g", "qwen3-30b-a3b", "Q4_K_M", 8192, kAll, Backend::Vulkan, 0, Fit::TooLarge, true},
        {"igpu-16g", "qwen3-8b", "Q4_K_M", 16384, kCpuCuda, Backend::Cpu, -1, Fit::Fits, false},
        // RTX 3060 12 GB: 11.4 GiB usable on the GPU, 26 GiB in RAM.
        {"rtx3060", "qwen3-8b", "Q4_K_M", 16384, kAll, Backend::Cuda, 0, Fit::Fits, false},
        {"rtx3060", "qwen3-8b", "Q8_0", 16384, kAll, Backend::Cuda, 0, Fit::Tight, true},
        {"rtx3060", "qwen3-14b", "Q4_K_M", 16384, kAll, Backend::Cuda, 0, Fit::Tight, true},
        {"rtx3060", "qwen3-14b", "Q8_0", 16384, kAll, Backend::Cpu, -1, Fit::Fits, false},
        {"rtx3060", "qwen3-32b", "Q4_K_M", 16384, kAll, Backend::Cpu, -1, Fit::Tight, true},
        {"rtx3060", "qwen3-30b-a3b", "Q4_K_M", 16384, kAll, Backend::Cpu, -1, Fit::Fits, false},
        {"rtx3060", "qwen3-8b", "Q4_K_M", 16384, kCpuOnly, Backend::Cpu, -1, Fit::Fits, false},
        // RTX 4060 8 GB with 16 GB RAM: 7.6 GiB usable on the GPU, 12.8 GiB in RAM.
        {"rtx4060", "qwen3-0.6b", "BF16", 16384, kAll, Backend::Cuda, 0, Fit::Fits, false},
        {"rtx4060", "qwen3-4b", "Q4_K_M", 8192, kAll, Backend::Cuda, 0, Fit::Fits, false},
        {"rtx4060", "qwen3-8b", "Q4_K_M", 16384, kAll, Backend::Cuda, 0, Fit::Tight, true},
        {"rtx4060", "qwen3-8b", "Q8_0", 16384, kAll, Backend::Cpu, -1, Fit::Tight, true},
        {"rtx4060", "qwen3-14b", "Q4_K_M", 16384, kAll, Backend::Cpu, -1, Fit::Tight, true},
        {"rtx4060", "qwen3-30b-a3b", "Q4_K_M", 16384, kAll, Backend::Cpu, -1, Fit::TooLarge, true},
        {"rtx4060", "qwen3-8b", "Q4_K_M", 16384, {Backend::Cpu, Backend::Vulkan}, Backend::Vulkan, 0, Fit::Tight, true},
        // RTX 5070 Ti 16 GB: 15.2 GiB usable.
        {"rtx5070ti", "qwen3-8b", "Q8_0", 16384, kAll, Backend::Cuda, 0, Fit::Fits, false},
        {"rtx5070ti", "qwen3-14b", "Q4_K_M", 8192, kAll, Backend::Cuda, 0, Fit::Fits, false},
        {"rtx5070ti", "qwen3-14b", "Q6_K", 16384, kAll, Backend::Cuda, 0, Fit::Tight, true},
        {"rtx5070ti", "qwen3-8b", "BF16", 16384, kAll, Backend::Cpu, -1, Fit::Fits, false},
        {"rtx5070ti", "qwen3-30b-a3b", "Q4_K_M", 16384, kAll, Backend::Cpu, -1, Fit::Fits, false},
        // RTX 4090 24 GB: 23 GiB usable.
        {"rtx4090", "qwen3-8b", "Q8_0", 16384, kAll, Backend::Cuda, 0, Fit::Fits, false},
        {"rtx4090", "qwen3-14b", "Q6_K", 16384, kAll, Backend::Cuda, 0, Fit::Fits, false},
        {"rtx4090", "qwen3-30b-a3b", "Q4_K_M", 8192, kAll, Backend::Cuda, 0, Fit::Fits, false},
        {"rtx4090", "qwen3-32b", "Q4_K_M", 16384, kAll, Backend::Cuda, 0, Fit::Tight, true},
        {"rtx4090", "qwen3-32b", "Q8_0", 16384, kAll, Backend::Cpu, -1, Fit::Fits, false},
        {"rtx4090", "qwen3-8b", "Q4_K_M", 16384, kCpuOnly, Backend::Cpu, -1, Fit::Fits, false},
        // A10G 24 GB with 32 GB RAM.
        {"a10g", "qwen3-14b", "Q6_K", 16384, kAll, Backend::Cuda, 0, Fit::Fits, false},
        {"a10g", "qwen3-30b-a3b", "Q4_K_M", 8192, kAll, Backend::Cuda, 0, Fit::Fits, false},
        {"a10g", "qwen3-32b", "Q8_0", 16384, kAll, Backend::Cpu, -1, Fit::TooLarge, true},
        // H100 80 GB: 79 GiB usable.
        {"h100", "qwen3-32b", "BF16", 8192, kAll, Backend::Cuda, 0, Fit::Fits, false},
        {"h100", "qwen3-30b-a3b", "BF16", 32768, kAll, Backend::Cuda, 0, Fit::Fits, false},
        {"h100", "qwen3-32b", "BF16", 40960, kAll, Backend::Cuda, 0, Fit::Tight, true},
        // AMD RX 7900 XTX 24 GB: Vulkan only.
        {"rx7900xtx", "qwen3-14b", "Q6_K", 16384, kAll, Backend::Vulkan, 0, Fit::Fits, false},
        {"rx7900xtx", "qwen3-30b-a3b", "Q4_K_M", 8192, kAll, Backend::Vulkan, 0, Fit::Fits, false},
        {"rx7900xtx", "qwen3-14b", "Q6_K", 16384, kCpuCuda, Backend::Cpu, -1, Fit::Fits, false},
        // Two GPUs: CUDA first where the model fits; a full context on the second beats a shrunk one on the first.
        {"3060+7900xtx", "qwen3-8b", "Q4_K_M", 16384, kAll, Backend::Cuda, 0, Fit::Fits, false},
        {"3060+7900xtx", "qwen3-14b", "Q4_K_M", 16384, kAll, Backend::Vulkan, 1, Fit::Fits, false},
        {"3060+7900xtx", "qwen3-14b", "Q6_K", 16384, kAll, Backend::Vulkan, 1, Fit::Fits, false},
        {"3060+7900xtx", "qwen3-32b", "Q4_K_M", 16384, kAll, Backend::Vulkan, 1, Fit::Tight, true},
        {"3060+7900xtx", "qwen3-14b", "Q6_K", 16384, kCpuCuda, Backend::Cpu, -1, Fit::Fits, false},
        {"3060+7900xtx", "qwen3-14b", "Q4_K_M", 16384, kCpuCuda, Backend::Cuda, 0, Fit::Tight, true},
    };
    return rows;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string s;
    for (const auto& l : lines) s += "\n  " + l;
    return s;
}

TEST(Planner, DescribedMachinesTable) {
    for (const Row& row : table()) {
        SCOPED_TRACE(std::string(row.machine) + " / " + row.model + " " + row.quant + " @" + std::to_string(row.context));
        const MachineDescription machine = parse_machine(machines().at(row.machine));
        const ModelFootprint model = footprint_from_preset(row.model, row.quant);
        PlanRequest request;
        request.context = row.context;
        request.backends = row.backends;
        request.allow_split = false;  // this table is the one-device choice; splits: test_planner_split.cpp
        const Plan p = plan(machine, model, request);
        EXPECT_EQ(p.backend, row.backend) << p.summary << joined(p.reasons);
        EXPECT_EQ(p.device, row.device) << p.summary;
        EXPECT_EQ(p.fit, row.fit) << p.summary << joined(p.reasons);
        EXPECT_EQ(p.context < row.context, row.shrunk) << p.summary;
        EXPECT_GE(p.context, std::min(row.context, kMinimumContext));
        if (p.fit != Fit::TooLarge) EXPECT_LE(p.memory.total(), p.memory.usable()) << p.summary;
        if (p.fit == Fit::TooLarge) EXPECT_GT(p.memory.total(), p.memory.usable()) << p.summary;
        EXPECT_FALSE(p.summary.empty());
        EXPECT_FALSE(p.reasons.empty());
    }
}

// Every machine x model x quantisation: the rules hold everywhere, not just in the rows above.
TEST(Planner, InvariantsOverEveryMachineModelAndQuant) {
    int plans = 0;
    for (const auto& [name, text] : machines()) {
        const MachineDescription machine = parse_machine(text);
        for (const auto& model : recommended_models()) {
            std::uint64_t previous_weights = ~0ull;
            for (const auto& quant : quant_names()) {
                SCOPED_TRACE(name + " / " + model + " " + quant);
                const ModelFootprint f = footprint_from_preset(model, quant);
                EXPECT_LT(f.weight_bytes, previous_weights) << "quantisations are listed largest first";
                previous_weights = f.weight_bytes;
                PlanRequest request;
                request.backends = kAll;
                request.allow_split = false;  // one device; the split invariants are in test_planner_split.cpp
                const Plan p = plan(machine, f, request);
                ++plans;
                EXPECT_GE(p.context, kMinimumContext);
                EXPECT_LE(p.context, kDefaultContext);
                EXPECT_EQ(p.memory.kv_cache, kv_cache_bytes(f, p.context, 4));
                if (p.fit == Fit::Fits) {
                    EXPECT_EQ(p.context, kDefaultContext);
                    EXPECT_LE(p.memory.total() * 10, p.memory.usable() * 9);
                }
                if (p.fit != Fit::TooLarge) EXPECT_LE(p.memory.total(), p.memory.usable());
                // Nothing fits on a device the plan passed over for a slower kind.
                if (p.backend == Backend::Cpu && p.fit != Fit::TooLarge) {
                    for (std::size_t g = 0; g < machine.gpus.size(); ++g) {
                        PlanRequest forced = request;
                        forced.force_device = static_cast<int>(g);
                        EXPECT_EQ(plan(machine, f, forced).fit, Fit::TooLarge) << machine.gpus[g].name;
                    }
                }
            }
        }
    }
    EXPECT_EQ(plans, 10 * 7 * 5);
}

TEST(Planner, ACpuOnlyBuildRunsEverythingOnTheCpuAndSaysWhy) {
    const MachineDescription machine = parse_machine(machines().at("rtx4090"));
    PlanRequest request;
    request.backends = kCpuOnly;  // a build without the GPU backends
    const Plan p = plan(machine, footprint_from_preset("qwen3-8b", "Q4_K_M"), request);
    EXPECT_EQ(p.backend, Backend::Cpu);
    EXPECT_NE(joined(p.reasons).find("no CUDA or Vulkan backend"), std::string::npos) << joined(p.reasons);
}

TEST(Planner, SoftwareVulkanDeviceIsSkipped) {
    MachineDescription machine = parse_machine("ram=16GiB");
    GpuDescription lavapipe;
    lavapipe.name = "llvmpipe (LLVM 15.0.6, 256 bits)";
    lavapipe.type = DeviceType::Software;
    lavapipe.memory_bytes = 2 * GiB;
    lavapipe.vulkan_index = 0;
    machine.gpus.push_back(lavapipe);
    PlanRequest request;
    request.backends = kAll;
    const Plan p = plan(machine, footprint_from_preset("qwen3-0.6b", "Q8_0"), request);
    EXPECT_EQ(p.backend, Backend::Cpu);
    EXPECT_NE(joined(p.reasons).find("software Vulkan device"), std::string::npos);
    // ... unless the user asks for it.
    request.force_device = 0;
    EXPECT_EQ(plan(machine, footprint_from_preset("qwen3-0.6b", "Q8_0"), request).backend, Backend::Vulkan);
}

TEST(Planner, OverridesAndImpossibleOverrides) {
    const MachineDescription machine = parse_machine(machines().at("3060+7900xtx"));
    const ModelFootprint f = footprint_from_preset("qwen3-8b", "Q4_K_M");
    PlanRequest request;
    request.backends = kAll;
    request.force_device = 1;
    Plan p = plan(machine, f, request);
    EXPECT_EQ(p.backend, Backend::Vulkan);
    EXPECT_EQ(p.device, 1);
    request.force_device.reset();
    request.force_backend = Backend::Cpu;
    EXPECT_EQ(plan(machine, f, request).backend, Backend::Cpu);
    request.force_backend = Backend::Vulkan;
    p = plan(machine, f, request);  // the 3060 through Vulkan would do too; the larger budget comes first
    EXPECT_EQ(p.backend, Backend::Vulkan);
    EXPECT_EQ(p.device, 1);
    // A forced device where the model is too large (and no split allowed) still plans there, and says so.
    request.force_backend.reset();
    request.force_device = 0;
    request.allow_split = false;
    p = plan(machine, footprint_from_preset("qwen3-32b", "Q8_0"), request);
    EXPECT_EQ(p.device, 0);
    EXPECT_EQ(p.fit, Fit::TooLarge);

    auto throws_invalid = [&](PlanRequest r) {
        try {
            plan(machine, f, r);
            ADD_FAILURE() << "no error";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::InvalidArgument) << e.what();
        }
    };
    PlanRequest r;
    r.backends = {Backend::Cpu, Backend::Vulkan};
    r.force_backend = Backend::Cuda;  // a build without CUDA
    throws_invalid(r);
    r = PlanRequest{};
    r.backends = kAll;
    r.force_device = 5;
    throws_invalid(r);
    r.force_device = 1;
    r.force_backend = Backend::Cuda;  // the AMD card has no CUDA
    throws_invalid(r);
    r.force_backend = Backend::Cpu;
    throws_invalid(r);
    r = PlanRequest{};
    r.context = 0;
    throws_invalid(r);
}

TEST(Planner, ContextIsCappedAtTrainingLengthAndF16CacheHalvesIt) {
    const MachineDescription machine = parse_machine(machines().at("rtx3060"));
    const ModelFootprint f = footprint_from_preset("qwen3-8b", "Q8_0");
    PlanRequest request;
    request.backends = kAll;
    request.allow_split = false;  // on one device the context is what gives
    const Plan f32 = plan(machine, f, request);
    EXPECT_LT(f32.context, 16384);
    request.kv_element_bytes = 2;
    const Plan f16 = plan(machine, f, request);
    EXPECT_EQ(f16.backend, Backend::Cuda);
    EXPECT_EQ(f16.context, 16384);
    EXPECT_EQ(f16.memory.kv_cache, kv_cache_bytes(f, 16384, 4) / 2);
    request.context = 100000;
    const Plan capped = plan(parse_machine(machines().at("h100")), f, request);
    EXPECT_EQ(capped.context, 40960);
    EXPECT_NE(joined(capped.reasons).find("trained for 40960"), std::string::npos);
    // The floor: never below min_context, nor above the wish.
    request.context = 1024;
    EXPECT_EQ(plan(machine, f, request).context, 1024);
}

TEST(Planner, KvCacheBytesMatchTheEngine) {
    for (const auto& name : recommended_models()) {
        const ModelConfig c = preset_config(name);
        const ModelFootprint f = footprint_from_preset(name, "Q4_K_M");
        EXPECT_EQ(kv_cache_bytes(f, 4096, 4), KvCache::bytes_for(c, 4096)) << name;
    }
    // Qwen3-8B at 32K tokens in float32: 36 layers x 2 x 8 heads x 128 x 32768 x 4 bytes = 9 GiB.
    EXPECT_EQ(kv_cache_bytes(footprint_from_preset("qwen3-8b", "BF16"), 32768, 4), 9 * GiB);
}

TEST(Footprint, BitsPerWeightOfTheMixes) {
    struct Band {
        const char* model;
        const char* quant;
        double lo, hi;
    };
    // Qwen's own GGUFs: Qwen3-8B Q4_K_M 5.03 GB, Q8_0 8.71 GB, over 8.19B weights.
    for (const Band& b : {Band{"qwen3-8b", "Q4_K_M", 4.85, 4.95}, Band{"qwen3-8b", "Q5_K_M", 5.65, 5.80},
                          Band{"qwen3-8b", "Q6_K", 6.56, 6.57}, Band{"qwen3-8b", "Q8_0", 8.49, 8.51}, Band{"qwen3-8b", "BF16", 15.99, 16.01},
                          Band{"qwen3-30b-a3b", "Q4_K_M", 4.8, 4.95}, Band{"qwen3-32b", "Q4_K_M", 4.75, 4.9},
                          // Tied embeddings get Q6_K in the _M mixes: a visible share of the 0.6B model.
                          Band{"qwen3-0.6b", "Q4_K_M", 5.0, 5.4}}) {
        const ModelFootprint f = footprint_from_preset(b.model, b.quant);
        const double bpw = 8.0 * static_cast<double>(f.weight_bytes) / static_cast<double>(f.parameters);
        EXPECT_GE(bpw, b.lo) << b.model << " " << b.quant;
        EXPECT_LE(bpw, b.hi) << b.model << " " << b.quant;
    }
    // MoE: one token reads 8 of 128 experts.
    const ModelFootprint moe = footprint_from_preset("qwen3-30b-a3b", "Q4_K_M");
    EXPECT_LT(moe.active_bytes * 6, moe.weight_bytes);
    EXPECT_THROW(footprint_from_preset("qwen3-8b", "Q3_K_S"), Error);
    EXPECT_THROW(footprint_from_preset("qwen3-9b", "Q4_K_M"), Error);
}

// The estimate reproduces real llama-quantize output to the byte (same mix rules, same fallbacks).
TEST(Footprint, EstimateMatchesRealQuantisedFiles) {
    struct Case {
        const char* file;
        const char* quant;
    };
    for (const Case& c : {Case{"gguf/qwen3-small-dense-q4_k_m.gguf", "Q4_K_M"}, Case{"gguf/qwen3-tiny-moe-q8_0.gguf", "Q8_0"},
                          Case{"gguf/qwen3-tiny-dense-bf16.gguf", "BF16"}}) {
        QWENDESK_REQUIRE_FIXTURE(path, c.file);
        const ModelFootprint exact = footprint_from_file(path);
        EXPECT_TRUE(exact.exact);
        EXPECT_EQ(exact.quant, c.quant);
        const ModelFootprint estimate = estimate_footprint(gguf_model_config(GgufFile::open(path)), c.quant, "fixture");
        EXPECT_EQ(estimate.weight_bytes, exact.weight_bytes) << c.file;
        EXPECT_EQ(estimate.active_bytes, exact.active_bytes) << c.file;
        EXPECT_LT(exact.weight_bytes, std::filesystem::file_size(path));
    }
}

TEST(Footprint, SafetensorsFolder) {
    QWENDESK_REQUIRE_FIXTURE(folder, "models/qwen3-tiny-dense");
    const ModelFootprint f = footprint_from_file(folder);
    EXPECT_TRUE(f.exact);
    EXPECT_EQ(f.layers, 2);
    EXPECT_GT(f.weight_bytes, 0u);
    EXPECT_EQ(footprint_from_file(folder / "config.json").weight_bytes, f.weight_bytes);
    EXPECT_THROW(footprint_from_file(folder / "missing.gguf"), Error);
}

TEST(Machine, ParseAssumptions) {
    MachineDescription m = parse_machine("gpu=RTX 4060:8GiB,ram=32GiB");
    ASSERT_EQ(m.gpus.size(), 1u);
    EXPECT_EQ(m.gpus[0].vendor, "NVIDIA");
    EXPECT_GE(m.gpus[0].cuda_index, 0);
    EXPECT_GE(m.gpus[0].vulkan_index, 0);
    EXPECT_EQ(m.gpus[0].memory_bytes, 8 * GiB);
    EXPECT_EQ(m.ram_bytes, 32 * GiB);
    m = parse_machine("gpu=AMD Radeon RX 7900 XTX:24GB, gpu=NVIDIA A10G:24GiB:vulkan, igpu=Radeon 780M:8GiB, ram=64GiB, cores=16");
    ASSERT_EQ(m.gpus.size(), 3u);
    EXPECT_EQ(m.gpus[0].cuda_index, -1);
    EXPECT_EQ(m.gpus[0].vulkan_index, 0);
    EXPECT_EQ(m.gpus[1].cuda_index, -1);  // :vulkan only
    EXPECT_EQ(m.gpus[1].vulkan_index, 1);
    EXPECT_EQ(m.gpus[2].type, DeviceType::Integrated);
    EXPECT_EQ(m.cpu_cores, 16);
    for (const char* bad : {"", "gpu=RTX 4060", "gpu=RTX 4060:8 apples,ram=8GiB", "ram=8GiB,color=blue", "gpu=:8GiB,ram=8GiB",
                            "ram=-1GiB", "gpu=X:8GiB:turbo,ram=8GiB"})
        EXPECT_THROW(parse_machine(bad), Error) << bad;
}

TEST(Machine, DescribeMergesCudaAndVulkanViewsOfOneCard) {
    MachineProbe probe;
    probe.cpu.name = "test CPU";
    probe.cpu.total_ram = 32 * GiB;
    probe.cuda.status = ProbeStatus::Ok;
    CudaDeviceInfo cuda;
    cuda.name = "NVIDIA GeForce RTX 4090";
    cuda.total_bytes = 24 * GiB;
    cuda.free_bytes = 22 * GiB;
    cuda.cc_major = 8;
    cuda.cc_minor = 9;
    cuda.uuid = "GPU-01234567-89ab-cdef-0123-456789abcdef";
    probe.cuda.devices.push_back(cuda);
    probe.vulkan.status = ProbeStatus::Ok;
    VulkanDeviceInfo v0;
    v0.index = 0;
    v0.name = "AMD Radeon RX 7900 XTX";
    v0.vendor = "AMD";
    v0.type = DeviceType::Discrete;
    v0.device_local_bytes = 24 * GiB;
    VulkanDeviceInfo v1 = v0;
    v1.index = 1;
    v1.name = "NVIDIA GeForce RTX 4090";
    v1.vendor = "NVIDIA";
    v1.uuid = cuda.uuid;
    v1.cooperative_matrix = true;
    VulkanDeviceInfo v2 = v0;
    v2.index = 2;
    v2.name = "llvmpipe (LLVM 15.0.6, 256 bits)";
    v2.vendor = "Mesa";
    v2.type = DeviceType::Software;
    probe.vulkan.devices = {v0, v1, v2};
    const MachineDescription m = describe_machine(probe);
    ASSERT_EQ(m.gpus.size(), 3u);
    EXPECT_EQ(m.gpus[0].name, "NVIDIA GeForce RTX 4090");
    EXPECT_EQ(m.gpus[0].cuda_index, 0);
    EXPECT_EQ(m.gpus[0].vulkan_index, 1);
    EXPECT_EQ(m.gpus[0].free_bytes, 22 * GiB);
    EXPECT_EQ(m.gpus[1].vulkan_index, 0);
    EXPECT_EQ(m.gpus[1].cuda_index, -1);
    EXPECT_EQ(m.gpus[2].type, DeviceType::Software);
    PlanRequest request;
    request.backends = kAll;
    const Plan p = plan(m, footprint_from_preset("qwen3-14b", "Q6_K"), request);
    EXPECT_EQ(p.backend, Backend::Cuda);
    EXPECT_EQ(p.device, 0);
}

TEST(Recommend, PicksPerMachine) {
    struct Expect {
        const char* machine;
        const char* model;
        const char* quant;
        Backend backend;
    };
    // At 8192 tokens: the largest model that fits with room to spare on the fastest device, in the best
    // quantisation that does (8B Q8_0 needs 10.9 GiB on the 3060, over 90% of its 11.4 usable; 32B Q4_K_M
    // needs 23.1 GiB on a 24 GB card, so the MoE 30B-A3B is the largest there).
    for (const Expect& e : {Expect{"cpu-8g", "qwen3-4b", "Q6_K", Backend::Cpu}, Expect{"rtx4060", "qwen3-4b", "Q8_0", Backend::Cuda},
                            Expect{"rtx3060", "qwen3-8b", "Q6_K", Backend::Cuda},
                            Expect{"rtx4090", "qwen3-30b-a3b", "Q4_K_M", Backend::Cuda},
                            Expect{"rx7900xtx", "qwen3-30b-a3b", "Q4_K_M", Backend::Vulkan},
                            Expect{"h100", "qwen3-32b", "BF16", Backend::Cuda}}) {
        SCOPED_TRACE(e.machine);
        PlanRequest request;
        request.backends = kAll;
        request.context = 8192;
        const Recommendation r = recommend(parse_machine(machines().at(e.machine)), request);
        ASSERT_EQ(r.entries.size(), recommended_models().size() * quant_names().size());
        ASSERT_TRUE(r.best.has_value()) << r.summary;
        const RecommendationEntry& best = r.entries[*r.best];
        EXPECT_EQ(best.model, e.model) << r.summary;
        EXPECT_EQ(best.quant, e.quant) << r.summary;
        EXPECT_EQ(best.plan.backend, e.backend) << r.summary;
        EXPECT_EQ(best.plan.fit, Fit::Fits);
        EXPECT_TRUE(best.best_for_model);
        const auto json = to_json(r);
        EXPECT_EQ(json["entries"].size(), r.entries.size());
    }
}

}  // namespace
}  // namespace qwendesk::hw
