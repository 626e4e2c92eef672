// Internal to the planner: the memory and the decode speed of one placement of a model on a GPU and the
// CPU, and the split search. planner.cpp chooses among devices; these files answer "does it fit, how fast".
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "qwendesk/hardware.h"

namespace qwendesk::hw {

// A device's memory as the planner sees it: a GPU's, or RAM for the CPU.
struct Budget {
    std::uint64_t capacity = 0;  // its memory
    std::uint64_t headroom = 0;  // kept free
    std::uint64_t runtime = 0;   // the backend's own allocations
    double bandwidth = 0;        // bytes/s a decode step streams weights at (an estimate)
    std::uint64_t usable() const { return capacity > headroom ? capacity - headroom : 0; }
};

// Which layers go where. The whole model on one device is gpu_layers == layers with no experts in RAM.
struct Placement {
    int gpu_layers = 0;               // the leading layers on the GPU
    std::vector<bool> experts_on_cpu; // per layer below gpu_layers: its experts stay in RAM
    bool is_split(const ModelFootprint& model) const;
    static Placement whole(const ModelFootprint& model);
};

struct PlacementCost {
    MemoryPlan gpu;                   // the whole model's memory when the placement is no split
    MemoryPlan host;                  // RAM's part of a split; zero when no split
    double seconds_per_token = 0;     // bytes read per token over each side's bandwidth
    bool fits() const { return gpu.total() <= gpu.usable() && host.total() <= host.usable(); }
};

// Activations of one prefill batch, an attention tile over the whole context, logits (see planner.cpp).
std::uint64_t working_bytes(const ModelFootprint& model, int context);
// RAM kept free for the operating system and other programs: 20%, between 1.5 and 6 GiB.
std::uint64_t ram_reserve(std::uint64_t ram);
// Memory on each side and the time of one decode step. Not a split: everything on `gpu` (which may be the
// CPU's budget for a CPU plan). A split: see split_planner.cpp for what goes where.
PlacementCost place(const ModelFootprint& model, int context, int kv_element_bytes, const Placement& placement, const Budget& gpu,
                    const Budget& host);

// The best split of `model` between `gpu` and `host` at `context`, or none: for MoE the experts of as few
// layers as possible in RAM (then all of them, with as many layers on the GPU as fit); for a dense model the
// most leading layers that fit on the GPU. Only splits whose both sides fit are returned.
std::optional<Placement> best_split(const ModelFootprint& model, int context, int kv_element_bytes, const Budget& gpu, const Budget& host);

// Memory bandwidth, for the decode estimate (bandwidth.cpp).
double gpu_bandwidth(const GpuDescription& gpu);
double cpu_bandwidth();
double integrated_bandwidth();

}  // namespace qwendesk::hw
