#include "runtime/model_runtime.h"

#include <algorithm>

#include "backends/cuda/cuda_backend.h"
#include "backends/vulkan/vulkan_backend.h"
#include "qwendesk/errors.h"
#include "qwendesk/hardware.h"

namespace qwendesk {

namespace {

// "all", or comma-separated layers and ranges ("0-3,40-47"), as one flag per layer.
std::vector<bool> parse_expert_layers(const std::string& text, const ModelWeights& w) {
    const int layers = w.config.num_layers;
    std::vector<bool> out(static_cast<std::size_t>(layers), false);
    if (text.empty() || text == "none") return out;
    if (text == "all") {
        bool any = false;
        for (int l = 0; l < layers; ++l) any |= out[static_cast<std::size_t>(l)] = w.layers[static_cast<std::size_t>(l)].is_moe;
        if (!any) throw Error(ErrorKind::InvalidArgument, "--experts-on-cpu all: this model has no experts (it is dense)");
        return out;
    }
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string::npos) comma = text.size();
        const std::string item = text.substr(start, comma - start);
        start = comma + 1;
        if (item.empty()) continue;
        int first = -1, last = -1;
        try {
            std::size_t used = 0;
            const std::size_t dash = item.find('-');
            first = std::stoi(item.substr(0, dash), &used);
            if (used != (dash == std::string::npos ? item.size() : dash)) throw std::invalid_argument(item);
            last = first;
            if (dash != std::string::npos) {
                last = std::stoi(item.substr(dash + 1), &used);
                if (used != item.size() - dash - 1) throw std::invalid_argument(item);
            }
        } catch (const std::exception&) {
            throw Error(ErrorKind::InvalidArgument, "--experts-on-cpu: '" + item + "' is not a layer or a range such as 0-3");
        }
        if (first < 0 || last < first || last >= layers)
            throw Error(ErrorKind::InvalidArgument, "--experts-on-cpu: '" + item + "' is outside layers 0-" + std::to_string(layers - 1));
        for (int l = first; l <= last; ++l) out[static_cast<std::size_t>(l)] = true;
    }
    return out;
}

std::string layer_range(int first, int last) {
    return first == last ? "layer " + std::to_string(first) : "layers " + std::to_string(first) + "-" + std::to_string(last);
}

}  // namespace

std::unique_ptr<Backend> make_backend(const std::string& name, int threads, bool integer_kernels, const std::string& kv_type) {
    if (kv_type != "auto" && kv_type != "f16" && kv_type != "f32")
        throw Error(ErrorKind::InvalidArgument, "--kv-type '" + kv_type + "': expected auto, f16 or f32");
    if (name == "cpu") return make_cpu_backend(CpuBackendOptions{threads, integer_kernels});
    if (name == "vulkan") {
        VulkanBackendOptions o;
        o.kv_f16 = kv_type != "f32";
        return make_vulkan_backend(o);
    }
    if (name == "cuda") return make_cuda_backend(CudaBackendOptions{-1, integer_kernels});
    throw Error(ErrorKind::InvalidArgument, "unknown backend '" + name + "' (auto, cpu, vulkan, cuda)");
}

RuntimeOptions resolve_auto(RuntimeOptions options, const ModelWeights& weights, int context) {
    if (options.backend != "auto") return options;
    options.backend = "cpu";
    // The planner decides from the probe (CUDA on an NVIDIA GPU, else Vulkan on the best GPU, else the CPU).
    const hw::MachineDescription machine = hw::describe_machine(hw::probe_machine());
    hw::ModelFootprint footprint;
    try {
        footprint = hw::footprint_from_file(weights.source);
    } catch (const Error&) {
        return options;  // generated weights (benchmarks, the demo model): nothing to plan from
    }
    hw::PlanRequest request;
    request.context = context;
    // A split the user gave is planned as given (it chooses the GPU); otherwise the planner may split.
    const bool split_given = options.gpu_layers >= 0 || !options.experts_on_cpu.empty();
    if (options.gpu_layers >= 0) request.force_gpu_layers = options.gpu_layers;
    if (!options.experts_on_cpu.empty() && options.experts_on_cpu != "none")
        request.force_experts_on_cpu = hw::parse_layer_list(options.experts_on_cpu, footprint);
    const hw::Plan p = hw::plan(machine, footprint, request);
    options.backend = hw::to_string(p.backend);
    if (!split_given && p.split != hw::Split::None) {
        options.gpu_layers = p.gpu_layers;
        options.experts_on_cpu = hw::experts_on_cpu_text(p);
    }
    return options;
}

ModelRuntime make_runtime(const ModelWeights& weights, const RuntimeOptions& options) {
    const int layers = weights.config.num_layers;
    ModelRuntime rt;
    rt.primary = make_backend(options.backend, options.threads, options.integer_kernels, options.kv_type);
    std::vector<bool> experts = parse_expert_layers(options.experts_on_cpu, weights);
    const int gpu_layers = options.gpu_layers < 0 ? layers : options.gpu_layers;
    if (gpu_layers > layers)
        throw Error(ErrorKind::InvalidArgument,
                    "--gpu-layers " + std::to_string(gpu_layers) + ": the model has " + std::to_string(layers) + " layers");
    // Experts of layers that already run on the CPU need no flag.
    for (int l = gpu_layers; l < layers; ++l) experts[static_cast<std::size_t>(l)] = false;
    for (int l = 0; l < layers; ++l)
        if (experts[static_cast<std::size_t>(l)] && !weights.layers[static_cast<std::size_t>(l)].is_moe)
            throw Error(ErrorKind::InvalidArgument, "--experts-on-cpu: layer " + std::to_string(l) + " is dense, it has no experts");
    const bool split = gpu_layers < layers || std::find(experts.begin(), experts.end(), true) != experts.end();
    if (split && options.backend == "cpu")
        throw Error(ErrorKind::InvalidArgument, "--gpu-layers and --experts-on-cpu split a model between a GPU backend and the CPU; "
                                                "choose --backend vulkan or cuda");
    rt.placement.primary = rt.primary.get();
    rt.placement.gpu_layers = gpu_layers;
    rt.placement.experts_on_offload = experts;
    rt.description = rt.primary->name();
    if (split) {
        rt.cpu = make_cpu_backend(CpuBackendOptions{options.threads, options.integer_kernels});
        rt.placement.offload = rt.cpu.get();
        rt.description += gpu_layers > 0 ? ": " + layer_range(0, gpu_layers - 1) : ": no layers";
        const int on_cpu = static_cast<int>(std::count(experts.begin(), experts.end(), true));
        if (on_cpu > 0)
            rt.description += " (experts of " + std::to_string(on_cpu) + (on_cpu == 1 ? " layer" : " layers") + " on the CPU)";
        if (gpu_layers < layers) rt.description += "; " + rt.cpu->name() + ": " + layer_range(gpu_layers, layers - 1);
    }
    return rt;
}

}  // namespace qwendesk
