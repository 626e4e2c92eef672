#include "model/weights.h"

namespace qwendesk {

std::size_t ModelWeights::weight_bytes() const {
    auto bytes = [](const WeightMatrix& m) { return static_cast<std::size_t>(m.rows) * m.row_bytes; };
    std::size_t total = bytes(embed) + (lm_head.data == embed.data ? 0 : bytes(lm_head)) + final_norm.size() * 4;
    for (const auto& l : layers) {
        total += bytes(l.q) + bytes(l.k) + bytes(l.v) + bytes(l.o) + bytes(l.gate) + bytes(l.up) + bytes(l.down) + bytes(l.router);
        for (std::size_t e = 0; e < l.expert_gate.size(); ++e)
            total += bytes(l.expert_gate[e]) + bytes(l.expert_up[e]) + bytes(l.expert_down[e]);
        total += (l.attn_norm.size() + l.ffn_norm.size() + l.q_norm.size() + l.k_norm.size()) * 4;
    }
    return total;
}

}  // namespace qwendesk
