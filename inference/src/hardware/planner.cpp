// The planner: a model's memory on each device this machine offers, and the choice between them.
// Pure: a MachineDescription and a ModelFootprint in, a Plan out; no driver is called here.
//
// Memory of a plan (all estimates are upper-leaning; a plan that says "fits" should load):
//   weights   the footprint's bytes (exact for a file).
//   KV cache  layers x 2 x kv_heads x head_dim x context x element bytes (4 today: the engine's cache is F32).
//   working   activations of one prefill batch of 512 tokens (residual, q/k/v, FFN gate/up, router) in F32,
//             attention scores for a tile of 64 queries x all heads x the whole context in F32, and two
//             vocabulary-sized F32 vectors (logits, sampling).
//   runtime   what the backend itself holds: CUDA 400 MiB (context ~300 MiB + cuBLAS workspace), Vulkan
//             192 MiB (pipelines, descriptor pools, a staging buffer), CPU 256 MiB (the process: tokenizer,
//             chat state; the app's window is counted in the headroom).
//   headroom  kept free: on a discrete GPU 5% of its memory (between 256 MiB and 1 GiB) for the display and
//             fragmentation; in RAM 20% (between 1.5 and 6 GiB) for the operating system and other programs.
// The plan is made on the device's total memory, not on what happens to be free at the moment (which
// changes with every open program); where the probe knows the free memory and it is short, a reason says so.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "qwendesk/errors.h"
#include "qwendesk/hardware.h"

namespace qwendesk::hw {

namespace {

constexpr std::uint64_t MiB = 1ull << 20, GiB = 1ull << 30;
constexpr int kPrefillBatch = 512;
constexpr int kAttentionTile = 64;
constexpr int kContextStep = 256;
// Memory bandwidth by class of device, for the rough decode speed (decoding reads every active weight once
// per token). Conservative figures: dual-channel desktop DDR4/DDR5, an iGPU on that same memory, and for a
// discrete card 20 GB/s per GiB of VRAM but at least 250 GB/s - below every card of its size we know of
// (RTX 4060 8 GB: 272 GB/s, RTX 3060 12 GB: 360, A10G 24 GB: 600, RTX 4090: 1008, H100 80 GB: 3350).
constexpr double kCpuBandwidth = 40e9, kIntegratedBandwidth = 50e9, kDiscreteMinBandwidth = 250e9, kDiscretePerGiB = 20e9;

enum class Tier { DedicatedGpu = 0, IntegratedGpu = 1, Cpu = 2 };

struct Candidate {
    Backend backend;
    int device;  // -1: CPU
    Tier tier;
    int rank;    // within a tier: CUDA before Vulkan
    std::string label;  // "CUDA on NVIDIA GeForce RTX 4060"
    std::string where;  // "NVIDIA GeForce RTX 4060" / "RAM"
    std::uint64_t capacity, headroom, runtime;
    std::uint64_t free_now;  // 0: unknown
    double bandwidth;
    std::uint64_t usable() const { return capacity > headroom ? capacity - headroom : 0; }
};

std::string gib(std::uint64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f GiB", static_cast<double>(bytes) / GiB);
    return text;
}

std::uint64_t ram_reserve(std::uint64_t ram) { return std::clamp<std::uint64_t>(ram / 5, 3 * GiB / 2, 6 * GiB); }

std::uint64_t working_bytes(const ModelFootprint& m, int context) {
    const std::uint64_t batch = static_cast<std::uint64_t>(std::min(kPrefillBatch, context));
    const std::uint64_t q = static_cast<std::uint64_t>(m.heads) * m.head_dim, kv = static_cast<std::uint64_t>(m.kv_heads) * m.head_dim;
    const std::uint64_t per_token = 3ull * m.hidden + q + 2 * kv + 2ull * m.ffn_active + static_cast<std::uint64_t>(m.experts);
    const std::uint64_t activations = batch * per_token * 4;
    const std::uint64_t scores = static_cast<std::uint64_t>(m.heads) * std::min<std::uint64_t>(kAttentionTile, batch) *
                                 static_cast<std::uint64_t>(context) * 4;
    const std::uint64_t logits = 2ull * m.vocab * 4;
    return activations + scores + logits;
}

MemoryPlan memory_for(const ModelFootprint& m, int context, int kv_bytes, const Candidate& c) {
    MemoryPlan p;
    p.weights = m.weight_bytes;
    p.kv_cache = kv_cache_bytes(m, context, kv_bytes);
    p.working = working_bytes(m, context);
    p.runtime = c.runtime;
    p.capacity = c.capacity;
    p.headroom = c.headroom;
    return p;
}

// The largest context (a multiple of kContextStep, or `wished` itself) in [floor, wished] that fits; 0 if none.
int largest_context(const ModelFootprint& m, int wished, int floor, int kv_bytes, const Candidate& c) {
    auto fits = [&](int ctx) { return memory_for(m, ctx, kv_bytes, c).total() <= c.usable(); };
    if (fits(wished)) return wished;
    if (!fits(floor)) return 0;
    int lo = floor, hi = wished;  // fits(lo), !fits(hi)
    while (hi - lo > 1) {
        const int mid = lo + (hi - lo) / 2;
        (fits(mid) ? lo : hi) = mid;
    }
    const int rounded = lo / kContextStep * kContextStep;
    return rounded >= floor ? rounded : floor;
}

std::vector<Candidate> candidates(const MachineDescription& machine, const PlanRequest& request, std::vector<std::string>& reasons) {
    std::vector<Candidate> out;
    const bool cuda_built = request.backends.count(Backend::Cuda) > 0, vulkan_built = request.backends.count(Backend::Vulkan) > 0;
    for (std::size_t i = 0; i < machine.gpus.size(); ++i) {
        const GpuDescription& g = machine.gpus[i];
        const int index = static_cast<int>(i);
        const bool forced_here = request.force_device && *request.force_device == index;
        if (request.force_device && !forced_here) continue;
        if (g.memory_bytes == 0) {
            reasons.push_back(g.name + " reports no device memory and is skipped.");
            continue;
        }
        if (g.type == DeviceType::Software && !forced_here) {
            reasons.push_back(g.name + " is a software Vulkan device that runs on the CPU; the CPU backend is faster, so it is skipped.");
            continue;
        }
        const bool integrated = g.type != DeviceType::Discrete;
        Candidate base{};
        base.device = index;
        base.free_now = g.free_bytes;
        if (integrated) {
            // Its memory is the machine's RAM: the OS keeps its share whatever the GPU's heap says.
            base.tier = Tier::IntegratedGpu;
            const std::uint64_t ram = machine.ram_bytes ? machine.ram_bytes : g.memory_bytes;
            base.capacity = std::min(g.memory_bytes, ram);
            const std::uint64_t usable = std::min(base.capacity, ram > ram_reserve(ram) ? ram - ram_reserve(ram) : 0);
            base.headroom = base.capacity - usable;
            base.bandwidth = kIntegratedBandwidth;
        } else {
            base.tier = Tier::DedicatedGpu;
            base.capacity = g.memory_bytes;
            base.headroom = std::clamp<std::uint64_t>(g.memory_bytes / 20, 256 * MiB, GiB);
            base.bandwidth = std::max(kDiscreteMinBandwidth, kDiscretePerGiB * static_cast<double>(g.memory_bytes) / GiB);
        }
        const bool want_cuda = !request.force_backend || *request.force_backend == Backend::Cuda;
        const bool want_vulkan = !request.force_backend || *request.force_backend == Backend::Vulkan;
        bool via_cuda = false;
        if (g.cuda_index >= 0 && cuda_built && want_cuda) {
            Candidate c = base;
            c.backend = Backend::Cuda;
            c.rank = 0;
            c.runtime = 400 * MiB;
            c.label = "CUDA on " + g.name;
            c.where = g.name;
            out.push_back(c);
            via_cuda = true;
        }
        // The same card through Vulkan only when CUDA cannot take it (or Vulkan is asked for).
        if (g.vulkan_index >= 0 && vulkan_built && want_vulkan && !via_cuda) {
            Candidate c = base;
            c.backend = Backend::Vulkan;
            c.rank = 1;
            c.runtime = 192 * MiB;
            c.label = "Vulkan on " + g.name;
            c.where = g.name;
            out.push_back(c);
        }
        if (forced_here && out.empty()) {
            std::string why = g.name + " cannot be used";
            if (request.force_backend == Backend::Cpu) why = "--device picks a GPU, but the backend asked for is the CPU";
            else if (g.cuda_index < 0 && g.vulkan_index < 0) why += ": no driver reaches it";
            else if (request.force_backend == Backend::Cuda && g.cuda_index < 0) why += " with CUDA: the CUDA driver does not see it";
            else if (request.force_backend == Backend::Vulkan && g.vulkan_index < 0) why += " with Vulkan: no Vulkan driver sees it";
            else why += ": the backend that reaches it is not built into this version (built: " + [&] {
                std::string s;
                for (Backend b : request.backends) s += (s.empty() ? "" : ", ") + std::string(to_string(b));
                return s;
            }() + ")";
            throw Error(ErrorKind::InvalidArgument, why);
        }
    }
    // Say why a GPU is missing from the candidates when a backend this version lacks would have reached it.
    for (const auto& g : machine.gpus) {
        if (request.force_device || request.force_backend || g.type == DeviceType::Software || g.memory_bytes == 0) continue;
        const bool cuda_ok = g.cuda_index >= 0 && cuda_built, vulkan_ok = g.vulkan_index >= 0 && vulkan_built;
        if (cuda_ok) continue;
        if (vulkan_ok && g.cuda_index >= 0)
            reasons.push_back(g.name + " is used through Vulkan: this version has no CUDA backend.");
        else if (!vulkan_ok && (g.cuda_index >= 0 || g.vulkan_index >= 0))
            reasons.push_back(g.name + " cannot be used: this version has no " +
                              (g.cuda_index >= 0 && g.vulkan_index >= 0 ? "CUDA or Vulkan" : g.cuda_index >= 0 ? "CUDA" : "Vulkan") +
                              " backend.");
    }
    if (!request.force_device && (!request.force_backend || *request.force_backend == Backend::Cpu)) {
        Candidate c{};
        c.backend = Backend::Cpu;
        c.device = -1;
        c.tier = Tier::Cpu;
        c.rank = 0;
        c.label = "the CPU (" + (machine.cpu_name.empty() ? std::string("unknown") : machine.cpu_name) + ")";
        c.where = "RAM";
        c.capacity = machine.ram_bytes;
        c.headroom = std::min(machine.ram_bytes, ram_reserve(machine.ram_bytes));
        c.runtime = 256 * MiB;
        c.free_now = machine.ram_available;
        c.bandwidth = kCpuBandwidth;
        out.push_back(c);
    }
    std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        if (a.tier != b.tier) return a.tier < b.tier;
        if (a.rank != b.rank) return a.rank < b.rank;
        return a.usable() > b.usable();
    });
    return out;
}

}  // namespace

std::uint64_t kv_cache_bytes(const ModelFootprint& m, int context, int element_bytes) {
    return static_cast<std::uint64_t>(m.layers) * 2 * static_cast<std::uint64_t>(m.kv_heads) * static_cast<std::uint64_t>(m.head_dim) *
           static_cast<std::uint64_t>(context) * static_cast<std::uint64_t>(element_bytes);
}

Plan plan(const MachineDescription& machine, const ModelFootprint& model, const PlanRequest& request) {
    if (request.context <= 0) throw Error(ErrorKind::InvalidArgument, "the context length must be positive");
    if (request.kv_element_bytes != 1 && request.kv_element_bytes != 2 && request.kv_element_bytes != 4)
        throw Error(ErrorKind::InvalidArgument, "the KV cache element must be 1, 2 or 4 bytes");
    if (request.force_backend && !request.backends.count(*request.force_backend))
        throw Error(ErrorKind::InvalidArgument,
                    std::string("the ") + to_string(*request.force_backend) + " backend is not built into this version");
    if (request.force_device && (*request.force_device < 0 || *request.force_device >= static_cast<int>(machine.gpus.size())))
        throw Error(ErrorKind::InvalidArgument, "there is no GPU #" + std::to_string(*request.force_device) + " (this machine has " +
                                                    std::to_string(machine.gpus.size()) + ")");
    if (model.layers <= 0 || model.weight_bytes == 0) throw Error(ErrorKind::InvalidArgument, "the model has no shape to plan with");

    Plan result;
    result.wished_context = request.context;
    int wished = request.context;
    if (model.max_context > 0 && wished > model.max_context) {
        result.reasons.push_back("The model was trained for " + std::to_string(model.max_context) + " tokens, so the context is capped there.");
        wished = model.max_context;
    }
    const int floor = std::min(std::max(1, request.min_context), wished);
    const char* kv_type = request.kv_element_bytes == 4 ? "float32" : request.kv_element_bytes == 2 ? "float16" : "8-bit";
    result.reasons.push_back(model.name + " has " + gib(model.weight_bytes) + " of weights" + (model.exact ? "" : " (estimated)") +
                             "; its KV cache takes " + gib(kv_cache_bytes(model, wished, request.kv_element_bytes)) + " for " +
                             std::to_string(wished) + " tokens (" + kv_type + ").");

    std::vector<Candidate> list = candidates(machine, request, result.reasons);
    if (list.empty()) throw Error(ErrorKind::InvalidArgument, "no device matches the backend and device asked for");
    if (std::count_if(list.begin(), list.end(), [](const Candidate& c) { return c.tier == Tier::DedicatedGpu; }) > 1)
        result.reasons.push_back("A model runs on one GPU (splitting it across GPUs is not supported), so each GPU is considered on its own.");

    auto choose = [&](const Candidate& c, int context, Fit fit) {
        result.backend = c.backend;
        result.device = c.device;
        result.device_name = c.device >= 0 ? machine.gpus[static_cast<std::size_t>(c.device)].name : std::string("CPU");
        result.context = context;
        result.fit = fit;
        result.memory = memory_for(model, context, request.kv_element_bytes, c);
        result.est_tokens_per_s = model.active_bytes ? c.bandwidth / static_cast<double>(model.active_bytes) : 0;
        if (c.free_now && result.memory.total() > c.free_now && fit != Fit::TooLarge)
            result.reasons.push_back("Only " + gib(c.free_now) + " of " + c.where +
                                     " is free right now; close other programs before loading.");
    };

    // Tier by tier: the wished context on any device of the tier, then a shrunk context.
    const Candidate* chosen = nullptr;
    for (Tier tier : {Tier::DedicatedGpu, Tier::IntegratedGpu, Tier::Cpu}) {
        for (const Candidate& c : list) {
            if (c.tier != tier) continue;
            const MemoryPlan m = memory_for(model, wished, request.kv_element_bytes, c);
            if (m.total() <= c.usable()) {
                chosen = &c;
                choose(c, wished, m.total() * 10 <= c.usable() * 9 ? Fit::Fits : Fit::Tight);
                break;
            }
            result.reasons.push_back(c.label + ": needs " + gib(m.total()) + " at " + std::to_string(wished) + " tokens, but " +
                                     gib(c.usable()) + " is usable (" + gib(c.capacity) + " less " + gib(c.headroom) + " kept free).");
        }
        if (chosen) break;
        for (const Candidate& c : list) {
            if (c.tier != tier) continue;
            const int ctx = largest_context(model, wished, floor, request.kv_element_bytes, c);
            if (ctx > 0) {
                chosen = &c;
                choose(c, ctx, Fit::Tight);
                result.reasons.push_back(c.label + ": the context is shrunk from " + std::to_string(wished) + " to " + std::to_string(ctx) +
                                         " tokens to fit.");
                break;
            }
        }
        if (chosen) break;
    }
    if (!chosen) {
        const Candidate* biggest = &list.front();
        for (const Candidate& c : list)
            if (c.usable() > biggest->usable()) biggest = &c;
        choose(*biggest, floor, Fit::TooLarge);
        result.reasons.push_back("Even at " + std::to_string(floor) + " tokens it needs " + gib(result.memory.total()) + "; the most usable memory is " +
                                 gib(biggest->usable()) + " (" + biggest->where + "). Choose a smaller quantisation or model.");
        result.summary = "Too large for this machine: " + model.name + " needs " + gib(result.memory.total()) + " even at " +
                         std::to_string(floor) + " tokens, and " + gib(biggest->usable()) + " is usable.";
        return result;
    }
    const std::string where = chosen->backend == Backend::Cpu ? std::string("on the CPU")
                                                              : "on " + result.device_name + " with " +
                                                                    (chosen->backend == Backend::Cuda ? "CUDA" : "Vulkan");
    result.reasons.push_back("Chosen: " + chosen->label + ", " + std::to_string(result.context) + " tokens, " + gib(result.memory.total()) +
                             " of " + gib(chosen->usable()) + " usable.");
    result.summary = "Runs " + where + (result.context == wished ? " at the full " + std::to_string(wished) + "-token context"
                                                                 : " with the context shrunk from " + std::to_string(wished) + " to " +
                                                                       std::to_string(result.context) + " tokens") +
                     " (" + gib(result.memory.total()) + " of " + gib(chosen->usable()) + " usable" +
                     (result.fit == Fit::Tight && result.context == wished ? ", tight" : "") + ").";
    return result;
}

}  // namespace qwendesk::hw
