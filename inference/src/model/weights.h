// The weights of a Qwen3 model, whatever file they came from, as views the backends compute with.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "backends/backend.h"
#include "model/config.h"
#include "qwendesk/tokenizer.h"

namespace qwendesk {

struct LayerWeights {
    std::vector<float> attn_norm, ffn_norm;  // [hidden]
    std::vector<float> q_norm, k_norm;       // [head_dim]
    WeightMatrix q, k, v, o;                 // q: [heads*head_dim, hidden], o: [hidden, heads*head_dim]
    bool is_moe = false;
    WeightMatrix gate, up, down;             // dense FFN: gate/up [ffn, hidden], down [hidden, ffn]
    WeightMatrix router;                     // MoE: [experts, hidden]
    std::vector<WeightMatrix> expert_gate, expert_up, expert_down;
};

struct ModelWeights {
    ModelConfig config;
    std::string source;  // the path it was loaded from, for messages
    WeightMatrix embed;  // [vocab, hidden]
    WeightMatrix lm_head;  // [vocab, hidden]; the same bytes as embed when tied
    std::vector<float> final_norm;
    std::vector<LayerWeights> layers;
    // Files like GGUF carry their own tokenizer and chat template; empty/null when the model has none.
    std::shared_ptr<const Tokenizer> tokenizer;
    std::string chat_template;
    // Whatever owns the bytes the views point into: mapped files, converted or generated buffers.
    std::vector<std::shared_ptr<const void>> storage;

    std::size_t weight_bytes() const;
};

}  // namespace qwendesk
