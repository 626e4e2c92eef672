// Rotary position embedding angles for Qwen3: inv_freq[i] = theta^(-2i/d), optionally reshaped by YaRN
// (as Hugging Face's _compute_yarn_parameters does for Qwen3's 128K configs, with the attention factor
// folded into cos and sin).
#pragma once

#include <vector>

#include "model/config.h"

namespace qwendesk {

class RopeTable {
public:
    explicit RopeTable(const ModelConfig& config);
    // Fills cos/sin [n_tokens][head_dim/2] for positions start, start+1, ...
    void fill(int start_pos, int n_tokens, std::vector<float>& cos, std::vector<float>& sin) const;
    const std::vector<double>& inv_freq() const { return inv_freq_; }
    double attention_factor() const { return attention_factor_; }

private:
    std::vector<double> inv_freq_;
    double attention_factor_ = 1.0;
};

}  // namespace qwendesk
