// The memory of one placement of a model, and how long one decode step takes with it.
//
// Whole model on one device: every weight, the KV cache of every layer, the working buffers and the
// backend's runtime on that device (the planner's original rule).
//
// A split between a GPU and the CPU (the engine's --gpu-layers N --experts-on-cpu all|LAYERS):
//   GPU   the dense part (attention, norms, router, dense FFN) of layers [0, N) and the experts of those of
//         them not in experts_on_cpu; the KV cache of layers [0, N); the output head (and a tied embedding,
//         which is the same matrix) only when N is every layer; one set of working buffers; the backend's
//         runtime.
//   RAM   everything of layers [N, layers) and their KV cache; the experts in experts_on_cpu; the output
//         head when N < layers; the token embedding unless it is tied and the head is on the GPU (an untied
//         embedding is a row lookup per token, so it stays in RAM and leaves the GPU to the layers); one set
//         of working buffers (each side runs whole batches); the CPU process's 256 MiB.
// Decode time: each side's bytes read per token over its bandwidth; the hidden state crossing (a few KB per
// split point) is left out.
#include <algorithm>

#include "hardware/plan_memory.h"

namespace qwendesk::hw {

namespace {
constexpr std::uint64_t GiB = 1ull << 30;
constexpr int kPrefillBatch = 512;
constexpr int kAttentionTile = 64;
}  // namespace

bool Placement::is_split(const ModelFootprint& model) const {
    return gpu_layers < model.layers || std::find(experts_on_cpu.begin(), experts_on_cpu.end(), true) != experts_on_cpu.end();
}

Placement Placement::whole(const ModelFootprint& model) {
    Placement p;
    p.gpu_layers = model.layers;
    p.experts_on_cpu.assign(static_cast<std::size_t>(model.layers), false);
    return p;
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

PlacementCost place(const ModelFootprint& m, int context, int kv_bytes, const Placement& p, const Budget& gpu, const Budget& host) {
    PlacementCost cost;
    cost.gpu.capacity = gpu.capacity;
    cost.gpu.headroom = gpu.headroom;
    cost.gpu.runtime = gpu.runtime;
    cost.gpu.working = working_bytes(m, context);
    const std::uint64_t kv_total = kv_cache_bytes(m, context, kv_bytes);
    if (!p.is_split(m)) {
        cost.gpu.weights = m.weight_bytes;
        cost.gpu.kv_cache = kv_total;
        cost.seconds_per_token = gpu.bandwidth > 0 ? static_cast<double>(m.active_bytes) / gpu.bandwidth : 0;
        return cost;
    }
    cost.host.capacity = host.capacity;
    cost.host.headroom = host.headroom;
    cost.host.runtime = host.runtime;
    cost.host.working = cost.gpu.working;
    const int layers = m.layers, on_gpu = std::clamp(p.gpu_layers, 0, layers);
    const std::uint64_t kv_layer = layers > 0 ? kv_total / static_cast<std::uint64_t>(layers) : 0;
    cost.gpu.kv_cache = kv_layer * static_cast<std::uint64_t>(on_gpu);
    cost.host.kv_cache = kv_total - cost.gpu.kv_cache;
    std::uint64_t gpu_read = 0, host_read = 0;
    for (int l = 0; l < layers && l < static_cast<int>(m.layer_bytes.size()); ++l) {
        const auto& b = m.layer_bytes[static_cast<std::size_t>(l)];
        const bool layer_on_gpu = l < on_gpu;
        const bool experts_on_gpu = layer_on_gpu && !(static_cast<std::size_t>(l) < p.experts_on_cpu.size() && p.experts_on_cpu[static_cast<std::size_t>(l)]);
        (layer_on_gpu ? cost.gpu.weights : cost.host.weights) += b.dense;
        (layer_on_gpu ? gpu_read : host_read) += b.dense;
        (experts_on_gpu ? cost.gpu.weights : cost.host.weights) += b.experts;
        (experts_on_gpu ? gpu_read : host_read) += b.experts_active;
    }
    const bool head_on_gpu = on_gpu == layers;
    (head_on_gpu ? cost.gpu.weights : cost.host.weights) += m.head_bytes;
    (head_on_gpu ? gpu_read : host_read) += m.head_bytes;
    const bool embedding_on_gpu = m.tied_embeddings && head_on_gpu;
    (embedding_on_gpu ? cost.gpu.weights : cost.host.weights) += m.embedding_bytes;
    if (m.tied_embeddings) (embedding_on_gpu ? gpu_read : host_read) += m.embedding_bytes;
    cost.seconds_per_token = (gpu.bandwidth > 0 ? static_cast<double>(gpu_read) / gpu.bandwidth : 0) +
                             (host.bandwidth > 0 ? static_cast<double>(host_read) / host.bandwidth : 0);
    return cost;
}

}  // namespace qwendesk::hw
