// Which Qwen3 models run in which quantisation on one machine: every offered model x quantisation planned
// with the same request, so a model picker can mark each entry fits / tight / too large.
//
// "Runs well" needs more than fitting: a plan also has to decode at a comfortable reading speed. Decoding
// reads every active weight once per token, so tokens/s ~ memory bandwidth / active bytes; with the planner's
// conservative bandwidth per class of device, an entry counts as comfortable at 8 tokens/s or more. Each
// model's best entry is, among its quantisations that fit with room to spare at that speed, the one on the
// fastest kind of device (a dedicated GPU, then one split with the CPU, then an integrated GPU, then the CPU)
// in the best quality there.
// The overall pick is the largest model (by parameters) among the best entries on the fastest kind of device
// any of them reaches: on a 24 GB GPU, Qwen3-14B Q8_0 on the GPU rather than Qwen3-30B-A3B Q8_0 in RAM.
#include <string>

#include "qwendesk/hardware.h"

namespace qwendesk::hw {

namespace {
constexpr double kComfortableTokensPerS = 8.0;

// Faster kinds first: a whole dedicated GPU, a dedicated GPU sharing the work with the CPU, an integrated GPU, the CPU.
int tier(const Plan& p, const MachineDescription& m) {
    if (p.backend == Backend::Cpu || p.device < 0) return 3;
    if (p.split != Split::None) return 1;
    return m.gpus[static_cast<std::size_t>(p.device)].type == DeviceType::Discrete ? 0 : 2;
}
}  // namespace

Recommendation recommend(const MachineDescription& machine, const PlanRequest& request) {
    Recommendation r;
    for (const auto& model : recommended_models()) {
        std::optional<std::size_t> best_here;
        for (const auto& quant : quant_names()) {
            RecommendationEntry e;
            e.model = model;
            e.quant = quant;
            e.footprint = footprint_from_preset(model, quant);
            e.plan = plan(machine, e.footprint, request);
            // Quantisations come best quality first, so a later entry wins only on a faster kind of device.
            if (e.plan.fit == Fit::Fits && e.plan.est_tokens_per_s >= kComfortableTokensPerS &&
                (!best_here || tier(e.plan, machine) < tier(r.entries[*best_here].plan, machine)))
                best_here = r.entries.size();
            r.entries.push_back(std::move(e));
        }
        if (best_here) r.entries[*best_here].best_for_model = true;
    }
    for (std::size_t i = 0; i < r.entries.size(); ++i) {
        if (!r.entries[i].best_for_model) continue;
        if (!r.best) {
            r.best = i;
            continue;
        }
        const auto& e = r.entries[i];
        const auto& b = r.entries[*r.best];
        const int te = tier(e.plan, machine), tb = tier(b.plan, machine);
        if (te < tb || (te == tb && e.footprint.parameters > b.footprint.parameters)) r.best = i;
    }
    if (r.best) {
        const auto& e = r.entries[*r.best];
        const std::string where = e.plan.backend == Backend::Cpu
                                      ? std::string("the CPU")
                                      : e.plan.device_name + " (" + (e.plan.backend == Backend::Cuda ? "CUDA" : "Vulkan") + ")";
        r.summary = "Best pick: " + e.model + " " + e.quant + " on " + where + " with " + std::to_string(e.plan.context) + " tokens of context.";
    } else {
        r.summary = "No model runs comfortably here; entries marked tight may still load but leave little room or run slowly.";
    }
    return r;
}

}  // namespace qwendesk::hw
