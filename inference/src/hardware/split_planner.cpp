// Splitting a model that does not fit on a GPU between the GPU and the CPU (issue #13).
//
// Two ways, as the engine runs them (plan_memory.cpp says what each side holds):
//   expert split  every layer's attention, norms, router and KV cache on the GPU, the expert weights of some
//                 or all layers in RAM: a token reads only 8 of 128 experts, so the CPU's share of the work
//                 is small while the experts are most of the bytes. Preferred for MoE models.
//   layer split   the first N layers on the GPU, the rest on the CPU, each side with its layers' KV cache.
// Search, at one context:
//   MoE    the experts of the last k MoE layers in RAM, k as small as fits (so the most layers keep their
//          experts on the GPU); if even all experts in RAM leave too little room, all experts in RAM and
//          the largest N of leading layers on the GPU (both splits at once).
//   dense  the largest N in [1, layers) that fits.
// A split is only returned when RAM holds its part too; RAM only fills up as the GPU's part shrinks, so
// once RAM fails at the largest GPU part that fits, every smaller one fails as well.
#include "hardware/plan_memory.h"

namespace qwendesk::hw {

namespace {

bool gpu_fits(const PlacementCost& c) { return c.gpu.total() <= c.gpu.usable(); }
bool host_fits(const PlacementCost& c) { return c.host.total() <= c.host.usable(); }

}  // namespace

std::optional<Placement> best_split(const ModelFootprint& m, int context, int kv_bytes, const Budget& gpu, const Budget& host) {
    if (m.layers <= 1 || static_cast<int>(m.layer_bytes.size()) != m.layers || host.capacity == 0) return std::nullopt;
    auto cost = [&](const Placement& p) { return place(m, context, kv_bytes, p, gpu, host); };
    auto accept = [&](const Placement& p) -> std::optional<Placement> {
        if (host_fits(cost(p))) return p;
        return std::nullopt;
    };

    std::vector<int> moe_layers;
    for (int l = 0; l < m.layers; ++l)
        if (m.layer_bytes[static_cast<std::size_t>(l)].experts > 0) moe_layers.push_back(l);

    if (!moe_layers.empty()) {
        // Experts of the last k MoE layers in RAM, k = 1, 2, ... until the GPU's part fits.
        Placement p = Placement::whole(m);
        for (auto it = moe_layers.rbegin(); it != moe_layers.rend(); ++it) {
            p.experts_on_cpu[static_cast<std::size_t>(*it)] = true;
            if (gpu_fits(cost(p))) return accept(p);
        }
        // All experts in RAM and still too large: fewer layers on the GPU, their experts still in RAM.
        for (int n = m.layers - 1; n >= 1; --n) {
            p.gpu_layers = n;
            for (int l = 0; l < m.layers; ++l) p.experts_on_cpu[static_cast<std::size_t>(l)] = l < n && m.layer_bytes[static_cast<std::size_t>(l)].experts > 0;
            if (gpu_fits(cost(p))) return accept(p);
        }
        return std::nullopt;
    }
    Placement p = Placement::whole(m);
    for (int n = m.layers - 1; n >= 1; --n) {
        p.gpu_layers = n;
        p.experts_on_cpu.assign(static_cast<std::size_t>(m.layers), false);
        if (gpu_fits(cost(p))) return accept(p);
    }
    return std::nullopt;
}

}  // namespace qwendesk::hw
