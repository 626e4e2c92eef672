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
//
// Order of preference (issue #13): the whole model on a dedicated GPU; split between a dedicated GPU and the
// CPU at the wished context (split_planner.cpp; with two GPUs, the split that decodes fastest); the same
// two with the context shrunk; an integrated GPU (its memory is RAM, so splitting it buys nothing); the CPU.
// A split fills the GPU to its usable memory on purpose, so only its RAM part is judged for room to spare.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "hardware/plan_memory.h"
#include "qwendesk/errors.h"
#include "qwendesk/hardware.h"

namespace qwendesk::hw {

namespace {

constexpr std::uint64_t MiB = 1ull << 20, GiB = 1ull << 30;
constexpr int kContextStep = 256;

enum class Tier { DedicatedGpu = 0, IntegratedGpu = 1, Cpu = 2 };

struct Candidate {
    Backend backend;
    int device;  // -1: CPU
    Tier tier;
    int rank;    // within a tier: CUDA before Vulkan
    std::string label;  // "CUDA on NVIDIA GeForce RTX 4060"
    std::string where;  // "NVIDIA GeForce RTX 4060" / "RAM"
    Budget budget;
    std::uint64_t free_now;  // 0: unknown
};

// One way to run the model: a device, a context, and what of the model goes where.
struct Option {
    const Candidate* device = nullptr;
    int context = 0;
    Placement placement;
    PlacementCost cost;
};

std::string gib(std::uint64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f GiB", static_cast<double>(bytes) / GiB);
    return text;
}

// "0-29" or "7" for a run of layers.
std::string layer_range(int first, int last) {
    return first == last ? std::to_string(first) : std::to_string(first) + "-" + std::to_string(last);
}

Budget ram_budget(const MachineDescription& machine) {
    Budget b;
    b.capacity = machine.ram_bytes;
    b.headroom = std::min(machine.ram_bytes, ram_reserve(machine.ram_bytes));
    b.runtime = 256 * MiB;
    b.bandwidth = cpu_bandwidth();
    return b;
}

// The largest context (a multiple of kContextStep, or `wished` itself) in [floor, wished] that `fits`; 0 if none.
int largest_context(int wished, int floor, const std::function<bool(int)>& fits) {
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
        base.budget.bandwidth = gpu_bandwidth(g);
        if (integrated) {
            // Its memory is the machine's RAM: the OS keeps its share whatever the GPU's heap says.
            base.tier = Tier::IntegratedGpu;
            const std::uint64_t ram = machine.ram_bytes ? machine.ram_bytes : g.memory_bytes;
            base.budget.capacity = std::min(g.memory_bytes, ram);
            const std::uint64_t usable = std::min(base.budget.capacity, ram > ram_reserve(ram) ? ram - ram_reserve(ram) : 0);
            base.budget.headroom = base.budget.capacity - usable;
        } else {
            base.tier = Tier::DedicatedGpu;
            base.budget.capacity = g.memory_bytes;
            base.budget.headroom = std::clamp<std::uint64_t>(g.memory_bytes / 20, 256 * MiB, GiB);
        }
        const bool want_cuda = !request.force_backend || *request.force_backend == Backend::Cuda;
        const bool want_vulkan = !request.force_backend || *request.force_backend == Backend::Vulkan;
        bool via_cuda = false;
        if (g.cuda_index >= 0 && cuda_built && want_cuda) {
            Candidate c = base;
            c.backend = Backend::Cuda;
            c.rank = 0;
            c.budget.runtime = 400 * MiB;
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
            c.budget.runtime = 192 * MiB;
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
        c.budget = ram_budget(machine);
        c.free_now = machine.ram_available;
        out.push_back(c);
    }
    std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        if (a.tier != b.tier) return a.tier < b.tier;
        if (a.rank != b.rank) return a.rank < b.rank;
        return a.budget.usable() > b.budget.usable();
    });
    return out;
}

// The user's --gpu-layers / --experts-on-cpu as a placement; throws for values that cannot be planned.
std::optional<Placement> forced_placement(const ModelFootprint& m, const PlanRequest& request) {
    if (!request.force_gpu_layers && !request.force_experts_on_cpu) return std::nullopt;
    if (request.force_backend == Backend::Cpu)
        throw Error(ErrorKind::InvalidArgument, "--gpu-layers and --experts-on-cpu split a model between a GPU and the CPU, not the CPU alone");
    Placement p = Placement::whole(m);
    const int n = request.force_gpu_layers.value_or(-1);
    if (n == 0) throw Error(ErrorKind::InvalidArgument, "--gpu-layers 0 puts nothing on the GPU: use --backend cpu");
    if (n < -1 || n > m.layers)
        throw Error(ErrorKind::InvalidArgument, "--gpu-layers " + std::to_string(n) + ": the model has " + std::to_string(m.layers) + " layers");
    if (n > 0) p.gpu_layers = n;
    for (int l : request.force_experts_on_cpu.value_or(std::vector<int>{})) {
        if (l < 0 || l >= m.layers || static_cast<std::size_t>(l) >= m.layer_bytes.size() || m.layer_bytes[static_cast<std::size_t>(l)].experts == 0)
            throw Error(ErrorKind::InvalidArgument, "--experts-on-cpu: layer " + std::to_string(l) + " of " + m.name + " has no experts");
        if (l < p.gpu_layers) p.experts_on_cpu[static_cast<std::size_t>(l)] = true;  // later layers are on the CPU anyway
    }
    return p;
}

// What goes where, in words: "attention, norms, router and KV cache of all 48 layers on X; ..."
std::string describe_split(const ModelFootprint& m, const Placement& p, const PlacementCost& cost, const std::string& gpu) {
    int moved = 0, moe = 0, first_moved = -1, last_moved = -1;
    for (int l = 0; l < m.layers; ++l) {
        if (m.layer_bytes[static_cast<std::size_t>(l)].experts > 0 && l < p.gpu_layers) ++moe;
        if (p.experts_on_cpu[static_cast<std::size_t>(l)]) {
            ++moved;
            if (first_moved < 0) first_moved = l;
            last_moved = l;
        }
    }
    const std::string in_ram = " in RAM (" + gib(cost.host.weights) + " of weights there)";
    if (p.gpu_layers == m.layers) {
        const std::string which = moved == moe ? "of all " + std::to_string(m.layers) + " layers"
                                  : last_moved - first_moved + 1 == moved
                                      ? "of layers " + layer_range(first_moved, last_moved) + " (" + std::to_string(moved) + " of " + std::to_string(moe) + ")"
                                      : "of " + std::to_string(moved) + " of " + std::to_string(moe) + " layers";
        return "attention, norms, router and KV cache of all " + std::to_string(m.layers) + " layers on " + gpu + "; the experts " + which +
               in_ram + (moved < moe ? ", the other layers' experts on the GPU" : "");
    }
    const std::string rest = "layers " + layer_range(p.gpu_layers, m.layers - 1) + ", their KV cache and the output head";
    if (moved > 0)
        return "attention, norms, router and KV cache of layers " + layer_range(0, p.gpu_layers - 1) + " on " + gpu +
               " with their experts in RAM; " + rest + " in RAM too (" + gib(cost.host.weights) + " of weights in RAM)";
    return "layers " + layer_range(0, p.gpu_layers - 1) + " (" + std::to_string(p.gpu_layers) + " of " + std::to_string(m.layers) +
           ") and their KV cache on " + gpu + "; " + rest + in_ram;
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
    const std::optional<Placement> forced = forced_placement(model, request);

    Plan result;
    result.wished_context = request.context;
    int wished = request.context;
    if (model.max_context > 0 && wished > model.max_context) {
        result.reasons.push_back("The model was trained for " + std::to_string(model.max_context) + " tokens, so the context is capped there.");
        wished = model.max_context;
    }
    const int floor = std::min(std::max(1, request.min_context), wished);
    const int kv = request.kv_element_bytes;
    const char* kv_type = kv == 4 ? "float32" : kv == 2 ? "float16" : "8-bit";
    result.reasons.push_back(model.name + " has " + gib(model.weight_bytes) + " of weights" + (model.exact ? "" : " (estimated)") +
                             "; its KV cache takes " + gib(kv_cache_bytes(model, wished, kv)) + " for " + std::to_string(wished) + " tokens (" +
                             kv_type + ").");

    std::vector<Candidate> list = candidates(machine, request, result.reasons);
    if (list.empty()) throw Error(ErrorKind::InvalidArgument, "no device matches the backend and device asked for");
    std::vector<const Candidate*> dedicated;
    for (const Candidate& c : list)
        if (c.tier == Tier::DedicatedGpu) dedicated.push_back(&c);
    if (forced && dedicated.empty()) throw Error(ErrorKind::InvalidArgument, "--gpu-layers and --experts-on-cpu need a dedicated GPU the plan can use");
    const bool may_split = (request.allow_split || forced) && machine.ram_bytes > 0 && model.layer_bytes.size() == static_cast<std::size_t>(model.layers);
    if (dedicated.size() > 1)
        result.reasons.push_back("A model runs on one GPU (splitting it across GPUs is not supported), so each GPU is considered on its own" +
                                 std::string(may_split ? ", with the CPU taking what does not fit." : "."));
    const Budget host = ram_budget(machine);

    auto whole = [&](const Candidate& c, int ctx) {
        Option o{&c, ctx, Placement::whole(model), {}};
        o.cost = place(model, ctx, kv, o.placement, c.budget, host);
        return o;
    };
    auto split = [&](const Candidate& c, int ctx) -> std::optional<Option> {
        std::optional<Placement> p = forced;
        if (p) {
            if (!place(model, ctx, kv, *p, c.budget, host).fits()) return std::nullopt;
        } else {
            p = best_split(model, ctx, kv, c.budget, host);
            if (!p) return std::nullopt;
        }
        Option o{&c, ctx, *p, place(model, ctx, kv, *p, c.budget, host)};
        return o;
    };
    // Among the dedicated GPUs, the split that decodes fastest at `ctx`.
    auto best_split_at = [&](int ctx) -> std::optional<Option> {
        std::optional<Option> best;
        for (const Candidate* c : dedicated)
            if (auto o = split(*c, ctx); o && (!best || o->cost.seconds_per_token < best->cost.seconds_per_token)) best = o;
        return best;
    };

    std::optional<Option> chosen;
    // 1. The whole model on a dedicated GPU at the wished context.
    if (!forced) {
        for (const Candidate* c : dedicated) {
            const Option o = whole(*c, wished);
            if (o.cost.fits()) {
                chosen = o;
                break;
            }
            result.reasons.push_back(c->label + ": needs " + gib(o.cost.gpu.total()) + " at " + std::to_string(wished) + " tokens, but " +
                                     gib(c->budget.usable()) + " is usable (" + gib(c->budget.capacity) + " less " + gib(c->budget.headroom) +
                                     " kept free).");
        }
    }
    // 2. Split between a dedicated GPU and the CPU at the wished context.
    if (!chosen && may_split && !dedicated.empty()) {
        chosen = best_split_at(wished);
        if (!chosen) result.reasons.push_back("Split between a GPU and the CPU: neither way fits at " + std::to_string(wished) + " tokens" +
                                              (forced ? " as asked" : "") + " (the GPU's part or RAM's part is too large).");
    }
    // 3. The whole model on a dedicated GPU with the context shrunk, then 4. a split with the context shrunk.
    if (!chosen && !forced) {
        for (const Candidate* c : dedicated) {
            const int ctx = largest_context(wished, floor, [&](int x) { return whole(*c, x).cost.fits(); });
            if (ctx > 0) {
                chosen = whole(*c, ctx);
                break;
            }
        }
    }
    if (!chosen && may_split && !dedicated.empty()) {
        const int ctx = largest_context(wished, floor, [&](int x) { return best_split_at(x).has_value(); });
        if (ctx > 0) {
            chosen = best_split_at(ctx);
        }
    }
    // 5. An integrated GPU, then 6. the CPU: the wished context on any device of the kind, then a shrunk one.
    for (Tier tier : {Tier::IntegratedGpu, Tier::Cpu}) {
        if (chosen || forced) break;
        for (const Candidate& c : list) {
            if (c.tier != tier) continue;
            const Option o = whole(c, wished);
            if (o.cost.fits()) {
                chosen = o;
                break;
            }
            result.reasons.push_back(c.label + ": needs " + gib(o.cost.gpu.total()) + " at " + std::to_string(wished) + " tokens, but " +
                                     gib(c.budget.usable()) + " is usable (" + gib(c.budget.capacity) + " less " + gib(c.budget.headroom) +
                                     " kept free).");
        }
        for (const Candidate& c : list) {
            if (chosen || c.tier != tier) continue;
            const int ctx = largest_context(wished, floor, [&](int x) { return whole(c, x).cost.fits(); });
            if (ctx > 0) chosen = whole(c, ctx);
        }
    }

    auto fill = [&](const Option& o, Fit fit) {
        const Candidate& c = *o.device;
        result.backend = c.backend;
        result.device = c.device;
        result.device_name = c.device >= 0 ? machine.gpus[static_cast<std::size_t>(c.device)].name : std::string("CPU");
        result.context = o.context;
        result.fit = fit;
        result.memory = o.cost.gpu;
        result.est_tokens_per_s = o.cost.seconds_per_token > 0 ? 1.0 / o.cost.seconds_per_token : 0;
        const bool is_split = o.placement.is_split(model);
        if (c.backend == Backend::Cpu) {
            result.gpu_layers = 0;
        } else if (is_split) {
            result.host_memory = o.cost.host;
            result.gpu_layers = o.placement.gpu_layers == model.layers ? -1 : o.placement.gpu_layers;
            int moe_on_gpu = 0;
            for (int l = 0; l < model.layers; ++l) {
                if (l < o.placement.gpu_layers && model.layer_bytes[static_cast<std::size_t>(l)].experts > 0) ++moe_on_gpu;
                if (o.placement.experts_on_cpu[static_cast<std::size_t>(l)]) result.experts_on_cpu.push_back(l);
            }
            result.all_experts_on_cpu = !result.experts_on_cpu.empty() && static_cast<int>(result.experts_on_cpu.size()) == moe_on_gpu;
            result.split = result.experts_on_cpu.empty() ? Split::Layers : result.gpu_layers < 0 ? Split::Experts : Split::LayersExperts;
        }
        if (c.free_now && o.cost.gpu.total() > c.free_now && fit != Fit::TooLarge)
            result.reasons.push_back("Only " + gib(c.free_now) + " of " + c.where + " is free right now; close other programs before loading.");
    };

    if (!chosen) {
        const Candidate* biggest = &list.front();
        for (const Candidate& c : list)
            if (c.budget.usable() > biggest->budget.usable()) biggest = &c;
        Option o = whole(*biggest, floor);
        if (forced) o = Option{dedicated.front(), floor, *forced, place(model, floor, kv, *forced, dedicated.front()->budget, host)};
        fill(o, Fit::TooLarge);
        const std::uint64_t need = o.cost.gpu.total() + o.cost.host.total();
        result.reasons.push_back("Even at " + std::to_string(floor) + " tokens it needs " + gib(need) + "; the most usable memory is " +
                                 gib(biggest->budget.usable()) + " (" + biggest->where + "). Choose a smaller quantisation or model.");
        result.summary = "Too large for this machine: " + model.name + " needs " + gib(need) + " even at " + std::to_string(floor) +
                         " tokens, and " + gib(biggest->budget.usable()) + " is usable.";
        return result;
    }

    const Candidate& c = *chosen->device;
    const bool is_split = chosen->placement.is_split(model);
    if (!is_split) {
        const bool comfortable = chosen->context == wished && chosen->cost.gpu.total() * 10 <= c.budget.usable() * 9;
        fill(*chosen, comfortable ? Fit::Fits : Fit::Tight);
        if (chosen->context < wished)
            result.reasons.push_back(c.label + ": the context is shrunk from " + std::to_string(wished) + " to " + std::to_string(chosen->context) +
                                     " tokens to fit.");
        const std::string where = c.backend == Backend::Cpu ? std::string("on the CPU")
                                                           : "on " + result.device_name + " with " + (c.backend == Backend::Cuda ? "CUDA" : "Vulkan");
        result.reasons.push_back("Chosen: " + c.label + ", " + std::to_string(result.context) + " tokens, " + gib(result.memory.total()) + " of " +
                                 gib(c.budget.usable()) + " usable.");
        result.summary = "Runs " + where + (result.context == wished ? " at the full " + std::to_string(wished) + "-token context"
                                                                    : " with the context shrunk from " + std::to_string(wished) + " to " +
                                                                          std::to_string(result.context) + " tokens") +
                         " (" + gib(result.memory.total()) + " of " + gib(c.budget.usable()) + " usable" +
                         (result.fit == Fit::Tight && result.context == wished ? ", tight" : "") + ").";
        return result;
    }

    const bool comfortable = chosen->context == wished && chosen->cost.host.total() * 10 <= host.usable() * 9;
    fill(*chosen, comfortable ? Fit::Fits : Fit::Tight);
    const std::string gpu_words = result.device_name + " (" + gib(c.budget.capacity) + ")";
    const std::string what = describe_split(model, chosen->placement, chosen->cost, result.device_name);
    if (chosen->context < wished)
        result.reasons.push_back("Split between " + c.label + " and the CPU: the context is shrunk from " + std::to_string(wished) + " to " +
                                 std::to_string(chosen->context) + " tokens to fit.");
    result.reasons.push_back(std::string(forced ? "As asked: " : "Chosen: ") + c.label + " with the CPU: " + what + ".");
    result.reasons.push_back("GPU part " + gib(result.memory.total()) + " of " + gib(result.memory.usable()) + " usable; RAM part " +
                             gib(result.host_memory.total()) + " of " + gib(result.host_memory.usable()) + " usable.");
    if (!forced) {
        const int alone = largest_context(wished, floor, [&](int x) { return whole(c, x).cost.fits(); });
        if (alone > 0)
            result.reasons.push_back("The whole model would fit on " + result.device_name + " with the context shrunk to " + std::to_string(alone) +
                                     " tokens: faster, but less context (--ctx " + std::to_string(alone) + ").");
    }
    result.reasons.push_back("Engine flags: " + engine_flags(result) + ".");
    char speed[64];
    std::snprintf(speed, sizeof speed, "%.0f", result.est_tokens_per_s);
    result.summary = model.name + " on " + gpu_words + " with " + (c.backend == Backend::Cuda ? "CUDA" : "Vulkan") + " and the CPU: " + what +
                     "; expected decode about " + speed + " tokens/s (an estimate from memory bandwidth)" +
                     (chosen->context < wished ? "; context shrunk from " + std::to_string(wished) + " to " + std::to_string(chosen->context) + " tokens"
                                               : ", " + std::to_string(chosen->context) + " tokens of context") +
                     ".";
    return result;
}

}  // namespace qwendesk::hw
