#include "model/config.h"

#include <algorithm>

#include "model/hf_quantized.h"
#include "qwendesk/errors.h"

namespace qwendesk {

namespace {

[[noreturn]] void bad(const std::string& origin, const std::string& what) {
    throw Error(ErrorKind::CorruptFile, origin + ": " + what);
}

int get_int(const nlohmann::json& j, const char* key, const std::string& origin, std::optional<int> fallback = std::nullopt) {
    if (!j.contains(key) || j[key].is_null()) {
        if (fallback) return *fallback;
        bad(origin, std::string("missing \"") + key + "\"");
    }
    if (!j[key].is_number_integer()) bad(origin, std::string("\"") + key + "\" must be an integer");
    auto v = j[key].get<std::int64_t>();
    if (v < 0 || v > (1ll << 31) - 1) bad(origin, std::string("\"") + key + "\" = " + std::to_string(v) + " is out of range");
    return static_cast<int>(v);
}

double get_double(const nlohmann::json& j, const char* key, const std::string& origin, double fallback) {
    if (!j.contains(key) || j[key].is_null()) return fallback;
    if (!j[key].is_number()) bad(origin, std::string("\"") + key + "\" must be a number");
    return j[key].get<double>();
}

bool get_bool(const nlohmann::json& j, const char* key, const std::string& origin, bool fallback) {
    if (!j.contains(key) || j[key].is_null()) return fallback;
    if (!j[key].is_boolean()) bad(origin, std::string("\"") + key + "\" must be true or false");
    return j[key].get<bool>();
}

}  // namespace

bool ModelConfig::layer_is_moe(int layer) const {
    if (!is_moe || num_experts <= 0) return false;
    if (std::find(mlp_only_layers.begin(), mlp_only_layers.end(), layer) != mlp_only_layers.end()) return false;
    return decoder_sparse_step > 0 && (layer + 1) % decoder_sparse_step == 0;
}

void ModelConfig::validate(const std::string& origin) const {
    auto positive = [&](int v, const char* name) {
        if (v <= 0) bad(origin, std::string(name) + " must be positive, got " + std::to_string(v));
    };
    positive(hidden_size, "hidden_size");
    positive(num_layers, "num_hidden_layers");
    positive(num_heads, "num_attention_heads");
    positive(num_kv_heads, "num_key_value_heads");
    positive(head_dim, "head_dim");
    positive(vocab_size, "vocab_size");
    if (head_dim % 2 != 0) bad(origin, "head_dim must be even for RoPE, got " + std::to_string(head_dim));
    if (num_heads % num_kv_heads != 0)
        bad(origin, "num_attention_heads (" + std::to_string(num_heads) + ") must be a multiple of num_key_value_heads (" +
                        std::to_string(num_kv_heads) + ")");
    if (hidden_size > (1 << 20) || head_dim > 4096 || num_layers > 4096 || vocab_size > (1 << 24) || num_heads > 4096)
        bad(origin, "hyper-parameters beyond any Qwen3 model (hidden " + std::to_string(hidden_size) + ", layers " +
                        std::to_string(num_layers) + ", vocab " + std::to_string(vocab_size) + ")");
    if (!(rope_theta > 0)) bad(origin, "rope_theta must be positive");
    if (!(rms_norm_eps > 0)) bad(origin, "rms_norm_eps must be positive");
    if (is_moe) {
        positive(num_experts, "num_experts");
        positive(num_experts_per_token, "num_experts_per_tok");
        positive(moe_intermediate_size, "moe_intermediate_size");
        if (num_experts_per_token > num_experts)
            bad(origin, "num_experts_per_tok (" + std::to_string(num_experts_per_token) + ") exceeds num_experts (" +
                            std::to_string(num_experts) + ")");
    }
    bool any_dense = false;
    for (int l = 0; l < num_layers; ++l) any_dense |= !layer_is_moe(l);
    if (any_dense) positive(intermediate_size, "intermediate_size");
}

ModelConfig parse_hf_config(const std::string& json_text, const std::string& origin) {
    auto j = nlohmann::json::parse(json_text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) bad(origin, "not a JSON object");
    ModelConfig c;
    std::string model_type = j.value("model_type", std::string());
    if (j.contains("architectures") && j["architectures"].is_array() && !j["architectures"].empty() &&
        j["architectures"][0].is_string())
        c.architecture = j["architectures"][0].get<std::string>();
    if (c.architecture == "Qwen3ForCausalLM" || (c.architecture.empty() && model_type == "qwen3")) {
        c.is_moe = false;
    } else if (c.architecture == "Qwen3MoeForCausalLM" || (c.architecture.empty() && model_type == "qwen3_moe")) {
        c.is_moe = true;
    } else {
        throw Error(ErrorKind::Unsupported, origin + ": architecture '" + (c.architecture.empty() ? model_type : c.architecture) +
                                                "' is not Qwen3 (QwenDesk runs Qwen3ForCausalLM and Qwen3MoeForCausalLM)");
    }
    if (c.architecture.empty()) c.architecture = c.is_moe ? "Qwen3MoeForCausalLM" : "Qwen3ForCausalLM";
    c.hidden_size = get_int(j, "hidden_size", origin);
    c.num_layers = get_int(j, "num_hidden_layers", origin);
    c.num_heads = get_int(j, "num_attention_heads", origin);
    c.num_kv_heads = get_int(j, "num_key_value_heads", origin, c.num_heads);
    c.head_dim = get_int(j, "head_dim", origin, c.num_heads > 0 ? c.hidden_size / c.num_heads : 0);
    c.vocab_size = get_int(j, "vocab_size", origin);
    c.intermediate_size = get_int(j, "intermediate_size", origin, 0);
    c.max_position_embeddings = get_int(j, "max_position_embeddings", origin, 40960);
    c.rope_theta = get_double(j, "rope_theta", origin, 1e6);
    c.rms_norm_eps = static_cast<float>(get_double(j, "rms_norm_eps", origin, 1e-6));
    c.tie_word_embeddings = get_bool(j, "tie_word_embeddings", origin, false);
    if (j.contains("rope_scaling") && !j["rope_scaling"].is_null()) {
        const auto& rs = j["rope_scaling"];
        if (!rs.is_object()) bad(origin, "\"rope_scaling\" must be an object or null");
        std::string type = rs.value("rope_type", rs.value("type", std::string()));
        if (type == "yarn") {
            c.rope_scaling.yarn = true;
            c.rope_scaling.factor = get_double(rs, "factor", origin, 1.0);
            c.rope_scaling.original_max_position = get_int(rs, "original_max_position_embeddings", origin, 32768);
            c.rope_scaling.beta_fast = get_double(rs, "beta_fast", origin, 32.0);
            c.rope_scaling.beta_slow = get_double(rs, "beta_slow", origin, 1.0);
            if (rs.contains("attention_factor") && rs["attention_factor"].is_number())
                c.rope_scaling.attention_factor = rs["attention_factor"].get<double>();
            if (!(c.rope_scaling.factor >= 1.0)) bad(origin, "rope_scaling.factor must be at least 1");
        } else if (type != "default" && !type.empty()) {
            throw Error(ErrorKind::Unsupported, origin + ": rope_scaling type '" + type + "' is not supported (yarn is)");
        }
    }
    if (c.is_moe) {
        c.num_experts = get_int(j, "num_experts", origin);
        c.num_experts_per_token = get_int(j, "num_experts_per_tok", origin);
        c.moe_intermediate_size = get_int(j, "moe_intermediate_size", origin);
        c.norm_topk_prob = get_bool(j, "norm_topk_prob", origin, false);
        c.decoder_sparse_step = get_int(j, "decoder_sparse_step", origin, 1);
        if (j.contains("mlp_only_layers") && j["mlp_only_layers"].is_array())
            for (const auto& l : j["mlp_only_layers"])
                if (l.is_number_integer()) c.mlp_only_layers.push_back(l.get<int>());
    }
    if (j.contains("eos_token_id")) {
        const auto& e = j["eos_token_id"];
        if (e.is_number_integer()) c.eos_token_ids.push_back(e.get<std::int32_t>());
        else if (e.is_array())
            for (const auto& v : e)
                if (v.is_number_integer()) c.eos_token_ids.push_back(v.get<std::int32_t>());
    }
    if (j.contains("quantization_config") && !j["quantization_config"].is_null())
        c.quantization = parse_hf_quantization(j["quantization_config"], origin);
    c.validate(origin);
    return c;
}

}  // namespace qwendesk
