// The backends a model runs on, made from the names a user gives (`--backend`, `--gpu-layers`,
// `--experts-on-cpu`, the app's settings) and the placement of the model across them (issue #13).
#pragma once

#include <memory>
#include <string>

#include "backends/backend.h"
#include "model/qwen3_model.h"
#include "model/weights.h"

namespace qwendesk {

struct RuntimeOptions {
    std::string backend = "cpu";  // cpu, vulkan, cuda, or auto (the hardware plan's choice)
    int threads = 0;              // CPU threads (0: all)
    int gpu_layers = -1;          // layers on the GPU backend from the first; -1: all
    std::string experts_on_cpu;   // "" none, "all" (every MoE layer), or layers such as "0-3,40-47"
    bool integer_kernels = true;  // the CPU backend's fast quantised kernels
    std::string kv_type = "auto"; // the GPU's KV cache: auto (f16), f16 or f32; the CPU keeps float32
};

// The backends and the placement; keep it alive as long as the model runs.
struct ModelRuntime {
    std::unique_ptr<Backend> primary;
    std::unique_ptr<Backend> cpu;  // the offload side of a split (null when there is none)
    ModelPlacement placement;
    std::string description;       // "vulkan (NVIDIA ...) : layers 0-19, cpu: layers 20-27", for logs and the UI
};

// One backend by name. Throws Error(InvalidArgument) for an unknown name and Error(Unsupported) when the backend
// is not built or finds no device.
std::unique_ptr<Backend> make_backend(const std::string& name, int threads, bool integer_kernels = true,
                                      const std::string& kv_type = "auto");

// backend "auto" becomes what the hardware planner picks for these weights on this machine at `context`: a
// backend, and a layer or expert split when the model does not fit the GPU whole (unless the options name one).
RuntimeOptions resolve_auto(RuntimeOptions options, const ModelWeights& weights, int context);

// Throws Error(InvalidArgument) for a split that does not fit the model (a layer count past its layers, experts
// named on a dense model, a split asked of the CPU backend).
ModelRuntime make_runtime(const ModelWeights& weights, const RuntimeOptions& options);

}  // namespace qwendesk
