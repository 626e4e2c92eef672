// What this machine can run, and how: probe the processors (CPU, NVIDIA GPUs through the CUDA driver,
// any GPU through Vulkan), describe the machine as plain data, and plan a model onto it.
//
// The three layers are separate so each can be tested on its own:
//   probe_*()            talks to drivers loaded at run time (no link-time dependency on CUDA or Vulkan);
//                        a missing or broken driver comes back as a status and a message, never a crash.
//   describe_machine()   turns probe results into a MachineDescription (one entry per physical GPU, the
//                        CUDA and Vulkan views of the same NVIDIA card merged by UUID); parse_machine()
//                        builds one from text ("gpu=RTX 4060:8GiB,ram=32GiB") to plan for another machine.
//   plan() / recommend() are pure functions of a MachineDescription and a model's shape: no driver calls,
//                        so tables of described machines test them without hardware.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace qwendesk::hw {

// ---------------------------------------------------------------------------------------------------------
// Probing

enum class ProbeStatus {
    Ok,          // the driver answered (possibly with zero devices)
    NotBuilt,    // this build cannot probe this API (e.g. compiled without the Vulkan headers)
    NoDriver,    // the driver library is not installed
    Failed,      // the driver is installed but broken: a missing entry point, an init error
};
const char* to_string(ProbeStatus status);

struct CudaDeviceInfo {
    int index = 0;
    std::string name;
    int cc_major = 0, cc_minor = 0;       // compute capability
    int multiprocessors = 0;
    bool integrated = false;              // Jetson-style, memory shared with the CPU
    std::uint64_t total_bytes = 0;        // cuDeviceTotalMem
    std::uint64_t free_bytes = 0;         // cuMemGetInfo in the primary context; 0 when unknown
    std::string uuid;                     // "GPU-xxxxxxxx-xxxx-..." as nvidia-smi prints it; empty when unknown
    std::string pci_bus_id;               // "0000:01:00.0"; empty when unknown
    std::string error;                    // a per-device query that failed (the device is still listed)
};

struct CudaProbe {
    ProbeStatus status = ProbeStatus::NotBuilt;
    std::string message;                  // why not Ok, in plain words
    std::string library;                  // the library that was loaded
    int driver_version = 0;               // cuDriverGetVersion: 12040 = CUDA 12.4
    std::vector<CudaDeviceInfo> devices;
};

enum class DeviceType { Discrete, Integrated, Virtual, Software, Other };
const char* to_string(DeviceType type);

struct VulkanHeap {
    std::uint64_t size = 0;
    std::uint64_t budget = 0;             // VK_EXT_memory_budget; 0 when the extension is absent
    std::uint64_t usage = 0;
    bool device_local = false;
};

struct VulkanDeviceInfo {
    int index = 0;
    std::string name;
    std::uint32_t vendor_id = 0, device_id = 0;
    std::string vendor;                   // "NVIDIA", "AMD", "Intel", "Apple", "Mesa", ... from vendor_id
    DeviceType type = DeviceType::Other;
    std::string api_version;              // "1.3.255"
    std::string driver_name, driver_info; // VkPhysicalDeviceDriverProperties; empty before Vulkan 1.2
    std::uint32_t driver_version = 0;     // raw, vendor-encoded
    std::string uuid;                     // deviceUUID, formatted like CUDA's so the two can be matched
    std::vector<VulkanHeap> heaps;
    std::uint64_t device_local_bytes = 0; // the largest device-local heap
    std::uint64_t device_local_budget = 0;// its budget (0 when VK_EXT_memory_budget is absent)
    bool memory_budget_ext = false;
    std::uint32_t subgroup_size = 0;
    bool fp16 = false;                    // shaderFloat16 + 16-bit storage buffers
    bool int8_dot = false;                // VK_KHR_shader_integer_dot_product
    bool cooperative_matrix = false;      // VK_KHR_cooperative_matrix (or the NV one)
};

struct VulkanProbe {
    ProbeStatus status = ProbeStatus::NotBuilt;
    std::string message;
    std::string library;
    std::string instance_version;         // what the loader supports, "1.3.239"
    std::vector<VulkanDeviceInfo> devices;
};

struct CpuInfo {
    std::string name;                     // brand string
    std::string arch;                     // "x86_64", "aarch64"
    int logical_cores = 0;
    int physical_cores = 0;               // 0 when unknown
    std::string simd;                     // the kernel set the CPU backend uses: "AVX-512", "AVX2", "portable"
    std::uint64_t total_ram = 0, available_ram = 0;
};

struct MachineProbe {
    CpuInfo cpu;
    CudaProbe cuda;
    VulkanProbe vulkan;
};

// Each probe catches everything its driver can throw at it. `library` overrides the driver library's
// name (tests pass a library that is not a driver to exercise the "broken driver" path).
CpuInfo probe_cpu();
CudaProbe probe_cuda(const std::string& library = {});
VulkanProbe probe_vulkan(const std::string& library = {});
MachineProbe probe_machine();

// ---------------------------------------------------------------------------------------------------------
// Machines, as the planner sees them

enum class Backend { Cpu, Cuda, Vulkan };
const char* to_string(Backend backend);
// "cpu", "cuda", "vulkan" (any case). Throws Error(InvalidArgument).
Backend parse_backend(const std::string& text);
// The backends compiled into this build. Today: {Cpu}.
std::set<Backend> built_backends();

struct GpuDescription {
    std::string name;
    std::string vendor;                   // "NVIDIA", "AMD", "Intel", ...
    DeviceType type = DeviceType::Discrete;
    std::uint64_t memory_bytes = 0;       // device-local memory (for an integrated GPU: the heap it reports)
    std::uint64_t free_bytes = 0;         // free now (CUDA) or the budget (Vulkan); 0 = unknown
    int cuda_index = -1;                  // >= 0 when the CUDA driver sees it
    int vulkan_index = -1;                // >= 0 when a Vulkan driver sees it
    int cc_major = 0, cc_minor = 0;
    bool fp16 = true, int8_dot = false, cooperative_matrix = false;
};

struct MachineDescription {
    std::string cpu_name;
    int cpu_cores = 0;
    std::string simd;
    std::uint64_t ram_bytes = 0;
    std::uint64_t ram_available = 0;      // 0 = unknown (a described machine)
    std::vector<GpuDescription> gpus;
};

MachineDescription describe_machine(const MachineProbe& probe);
// "gpu=NAME:SIZE[:cuda|:vulkan|:integrated|:discrete]...,ram=SIZE,cores=N" with sizes like 8GiB, 8GB
// (read as GiB, as shops label them), 512MiB. Several gpu= entries describe several GPUs; igpu=NAME:SIZE is
// gpu=NAME:SIZE:integrated. Without a flag an NVIDIA-looking name (RTX, GTX, GeForce, Quadro, Tesla, A10, H100,
// ...) is reachable by CUDA and Vulkan, anything else by Vulkan only. Throws Error(InvalidArgument).
MachineDescription parse_machine(const std::string& text);
// One line per device, for messages.
std::string describe(const GpuDescription& gpu);

// ---------------------------------------------------------------------------------------------------------
// Models, as the planner sees them

struct ModelFootprint {
    std::string name;                     // "qwen3-8b Q4_K_M" or the file's path
    std::string quant;                    // "Q4_K_M", "BF16", ... or "mixed" for a file we did not classify
    bool exact = false;                   // weight_bytes summed from a file's tensors, not estimated
    std::uint64_t weight_bytes = 0;       // every stored tensor
    std::uint64_t active_bytes = 0;       // read per generated token (MoE: the routed experts only)
    std::uint64_t parameters = 0;
    int layers = 0, hidden = 0, heads = 0, kv_heads = 0, head_dim = 0, vocab = 0;
    int ffn_active = 0;                   // FFN width one token goes through (MoE: experts used x expert width)
    int experts = 0;                      // router width (0 for dense)
    int experts_used = 0;                 // experts one token goes through (0 for dense)
    int max_context = 0;                  // what the model was trained for
    // Where the bytes are, for plans that split a model between a GPU and the CPU. embedding + head + the
    // layers' dense and expert bytes add up to weight_bytes.
    struct LayerBytes {
        std::uint64_t dense = 0;          // attention, norms, router, a dense FFN: what stays with the layer
        std::uint64_t experts = 0;        // the expert matrices (0 in a dense layer)
        std::uint64_t experts_active = 0; // of those, what one token reads (experts_used of experts)
    };
    std::vector<LayerBytes> layer_bytes;  // one per layer
    std::uint64_t embedding_bytes = 0;    // the token embedding (for a tied model also the output matrix)
    std::uint64_t head_bytes = 0;         // the final norm and the output matrix (when not tied)
    bool tied_embeddings = false;
};

// The quantisations the recommender offers, best quality first.
const std::vector<std::string>& quant_names();  // BF16, Q8_0, Q6_K, Q5_K_M, Q4_K_M
// The models it offers, smallest first: qwen3-0.6b ... qwen3-32b, qwen3-30b-a3b.
const std::vector<std::string>& recommended_models();

// Exact bytes from a GGUF file or a Hugging Face folder / config.json / .safetensors (headers only; no
// weight is read). Throws Error(FileNotFound / CorruptFile / Unsupported).
ModelFootprint footprint_from_file(const std::filesystem::path& path);
// An estimate from a preset's shapes: each tensor gets the GGUF type llama.cpp's mix gives it (see
// footprint.cpp). Throws Error(InvalidArgument) for an unknown preset or quantisation.
ModelFootprint footprint_from_preset(const std::string& preset, const std::string& quant);

// ---------------------------------------------------------------------------------------------------------
// Plans

inline constexpr int kDefaultContext = 16384;
inline constexpr int kMinimumContext = 2048;

struct PlanRequest {
    int context = kDefaultContext;        // wished context length, in tokens
    int min_context = kMinimumContext;    // never shrink below this (nor below `context`)
    int kv_element_bytes = 4;             // the engine's KV cache is float32 today; 2 plans an F16 cache
    std::set<Backend> backends = built_backends();
    std::optional<Backend> force_backend;
    std::optional<int> force_device;      // an index into MachineDescription::gpus
    // Splitting a model between one GPU and the CPU (see split_planner.cpp). Off, every plan is one device.
    bool allow_split = true;
    // Overrides of the split (the engine's --gpu-layers / --experts-on-cpu): planned on the best GPU (or
    // force_device) as given, never changed; the context still shrinks if it must.
    std::optional<int> force_gpu_layers;               // -1 = all
    std::optional<std::vector<int>> force_experts_on_cpu;  // layer indices; every MoE layer for "all"
};

enum class Fit { Fits, Tight, TooLarge };
const char* to_string(Fit fit);

struct MemoryPlan {
    std::uint64_t weights = 0;
    std::uint64_t kv_cache = 0;
    std::uint64_t working = 0;            // activations, attention tile, logits
    std::uint64_t runtime = 0;            // the backend's own: CUDA context and cuBLAS workspace, pipelines
    std::uint64_t total() const { return weights + kv_cache + working + runtime; }
    std::uint64_t capacity = 0;           // the memory of the chosen device
    std::uint64_t headroom = 0;           // kept free for the OS, the display, other programs
    std::uint64_t usable() const { return capacity > headroom ? capacity - headroom : 0; }
};

// How a model is divided between a GPU and the CPU. Hidden states cross once per split point.
enum class Split {
    None,           // the whole model on one device (plan.backend's)
    Layers,         // layers [0, gpu_layers) on the GPU, the rest (and the output head) on the CPU
    Experts,        // every layer's attention, norms, router and KV cache on the GPU; the experts of the
                    // layers in experts_on_cpu in RAM, run by the CPU
    LayersExperts,  // both: layers [0, gpu_layers) on the GPU with their experts in RAM, the rest on the CPU
};
const char* to_string(Split split);

struct Plan {
    Backend backend = Backend::Cpu;       // for a split: the GPU's backend (the CPU backend runs the rest)
    int device = -1;                      // index into MachineDescription::gpus; -1 for the CPU
    std::string device_name;
    int context = 0;
    int wished_context = 0;
    Fit fit = Fit::TooLarge;
    MemoryPlan memory;                    // the chosen device (for a split: the GPU's part)
    // The split, as the engine takes it (--gpu-layers N --experts-on-cpu all|LAYERS):
    Split split = Split::None;
    int gpu_layers = -1;                  // layers on the GPU, counted from the first; -1 = all of them
                                          // (also for a whole-GPU plan); 0 for a CPU plan
    std::vector<int> experts_on_cpu;      // layers (ascending, all < gpu_layers) whose experts stay in RAM
    bool all_experts_on_cpu = false;      // experts_on_cpu is every MoE layer on the GPU: "all"
    MemoryPlan host_memory;               // a split's RAM part (weights, KV of CPU layers, ...); zero otherwise
    double est_tokens_per_s = 0;          // an estimate: bytes read per token over memory bandwidth
    std::vector<std::string> reasons;     // plain sentences: what was considered and why this was chosen
    std::string summary;                  // one sentence
};

// "all", "" (none) or ranges such as "0-3,40-47".
std::string experts_on_cpu_text(const Plan& plan);
// The engine's flags that reproduce the plan: "--backend cuda --gpu-layers 30 --experts-on-cpu all".
std::string engine_flags(const Plan& plan);
// Parses --experts-on-cpu: "all" (every MoE layer of `model`) or "0-3,7,40-47". Throws Error(InvalidArgument).
std::vector<int> parse_layer_list(const std::string& text, const ModelFootprint& model);

// Chooses where `model` runs on `machine`, in this order: the whole model on a dedicated GPU (CUDA on an
// NVIDIA card first, then Vulkan); split between a dedicated GPU and the CPU (MoE: experts in RAM, as few
// layers' as needed; dense: the most leading layers on the GPU); the same two with the context shrunk; an
// integrated GPU; the CPU. Within a kind of device, one that holds the wished context beats one that needs
// it shrunk (never below min_context). A model too large everywhere gives fit == TooLarge on the device with
// the most memory. Throws Error(InvalidArgument) for an impossible override (a backend this build lacks,
// a device index out of range, a device the forced backend cannot reach, a split of the CPU).
Plan plan(const MachineDescription& machine, const ModelFootprint& model, const PlanRequest& request);

// KV-cache bytes for a footprint and context.
std::uint64_t kv_cache_bytes(const ModelFootprint& model, int context, int element_bytes);

// ---------------------------------------------------------------------------------------------------------
// Recommendations: every offered model x quantisation on one machine

struct RecommendationEntry {
    std::string model;                    // preset name
    std::string quant;
    ModelFootprint footprint;
    Plan plan;
    bool best_for_model = false;          // the best quantisation of this model that fits comfortably
};

struct Recommendation {
    std::vector<RecommendationEntry> entries;  // models smallest first, quantisations best first
    std::optional<std::size_t> best;           // index of the overall pick
    std::string summary;
};

Recommendation recommend(const MachineDescription& machine, const PlanRequest& request);

// ---------------------------------------------------------------------------------------------------------
// Reports

nlohmann::ordered_json to_json(const MachineProbe& probe);
nlohmann::ordered_json to_json(const MachineDescription& machine);
nlohmann::ordered_json to_json(const ModelFootprint& model);
nlohmann::ordered_json to_json(const Plan& plan);
nlohmann::ordered_json to_json(const Recommendation& recommendation);
// "8.00 GiB"
std::string format_bytes(std::uint64_t bytes);

}  // namespace qwendesk::hw
