// Qwen3 hyper-parameters, from a Hugging Face config.json or (later) GGUF metadata.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace qwendesk {

struct RopeScaling {
    // YaRN as in Qwen3's 128K configs: {"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 32768}
    bool yarn = false;
    double factor = 1.0;
    std::int64_t original_max_position = 0;
    double beta_fast = 32.0;
    double beta_slow = 1.0;
    std::optional<double> attention_factor;  // mscale; default 0.1 * ln(factor) + 1
};

// quantization_config of Qwen's official quantised checkpoints, as model/hf_quantized.cpp accepts it.
struct HfQuantization {
    enum class Method { None, Fp8, Awq };
    Method method = Method::None;
    int group_size = 0;            // AWQ: input rows per scale / zero group
    int block_n = 0, block_k = 0;  // FP8: weight_block_size [out, in]
    std::vector<std::string> modules_to_not_convert;
};

struct ModelConfig {
    std::string architecture;  // "Qwen3ForCausalLM" or "Qwen3MoeForCausalLM"
    bool is_moe = false;
    int hidden_size = 0;
    int intermediate_size = 0;  // dense FFN width
    int num_layers = 0;
    int num_heads = 0;
    int num_kv_heads = 0;
    int head_dim = 0;
    int vocab_size = 0;
    std::int64_t max_position_embeddings = 0;
    double rope_theta = 1e6;
    float rms_norm_eps = 1e-6f;
    bool tie_word_embeddings = false;
    RopeScaling rope_scaling;
    // MoE
    int num_experts = 0;
    int num_experts_per_token = 0;
    int moe_intermediate_size = 0;
    bool norm_topk_prob = true;
    int decoder_sparse_step = 1;
    std::vector<int> mlp_only_layers;
    // Special tokens the model was trained with (may lie outside a test model's vocabulary).
    std::vector<std::int32_t> eos_token_ids;
    // Hugging Face quantised checkpoints (FP8, AWQ); Method::None for plain ones and GGUF.
    HfQuantization quantization;

    bool layer_is_moe(int layer) const;
    // Throws Error(CorruptFile) naming the field when a value is missing, out of range or inconsistent.
    void validate(const std::string& origin) const;
};

// Reads config.json text. Throws Error(Unsupported) for architectures other than Qwen3 dense / MoE.
ModelConfig parse_hf_config(const std::string& json_text, const std::string& origin);

}  // namespace qwendesk
