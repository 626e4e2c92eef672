#include "model/demo_model.h"

#include <cstring>
#include <fstream>

#include <nlohmann/json.hpp>

#include "formats/safetensors_writer.h"
#include "model/presets.h"
#include "qwendesk/errors.h"

namespace qwendesk {

namespace {

void write_text(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw Error(ErrorKind::FileNotFound, "cannot write " + path.string());
}

TensorToWrite copy_matrix(const std::string& name, const WeightMatrix& m) {
    TensorToWrite t{name, m.dtype, {m.rows, m.cols}, {}};
    t.bytes.assign(m.data, m.data + m.row_bytes * static_cast<std::size_t>(m.rows));
    return t;
}

TensorToWrite copy_vector(const std::string& name, const std::vector<float>& v) {
    TensorToWrite t{name, DType::BF16, {static_cast<std::int64_t>(v.size())}, {}};
    t.bytes.resize(v.size() * 2);
    for (std::size_t i = 0; i < v.size(); ++i) {
        std::uint32_t f;
        std::memcpy(&f, &v[i], 4);
        const std::uint16_t h = static_cast<std::uint16_t>(f >> 16);  // norms are 1.0: exact in BF16
        std::memcpy(&t.bytes[i * 2], &h, 2);
    }
    return t;
}

}  // namespace

void write_demo_model(const std::filesystem::path& folder, std::uint64_t seed, const std::string& tokenizer_json) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) throw Error(ErrorKind::FileNotFound, "cannot create " + folder.string() + ": " + ec.message());
    const ModelConfig c = preset_config("demo");
    const auto w = random_weights(c, parse_quant_mix("BF16"), seed);

    std::vector<TensorToWrite> tensors;
    tensors.push_back(copy_matrix("model.embed_tokens.weight", w->embed));
    if (!c.tie_word_embeddings) tensors.push_back(copy_matrix("lm_head.weight", w->lm_head));
    tensors.push_back(copy_vector("model.norm.weight", w->final_norm));
    for (int l = 0; l < c.num_layers; ++l) {
        const auto& L = w->layers[static_cast<std::size_t>(l)];
        const std::string p = "model.layers." + std::to_string(l) + ".";
        tensors.push_back(copy_vector(p + "input_layernorm.weight", L.attn_norm));
        tensors.push_back(copy_vector(p + "post_attention_layernorm.weight", L.ffn_norm));
        tensors.push_back(copy_vector(p + "self_attn.q_norm.weight", L.q_norm));
        tensors.push_back(copy_vector(p + "self_attn.k_norm.weight", L.k_norm));
        tensors.push_back(copy_matrix(p + "self_attn.q_proj.weight", L.q));
        tensors.push_back(copy_matrix(p + "self_attn.k_proj.weight", L.k));
        tensors.push_back(copy_matrix(p + "self_attn.v_proj.weight", L.v));
        tensors.push_back(copy_matrix(p + "self_attn.o_proj.weight", L.o));
        tensors.push_back(copy_matrix(p + "mlp.gate_proj.weight", L.gate));
        tensors.push_back(copy_matrix(p + "mlp.up_proj.weight", L.up));
        tensors.push_back(copy_matrix(p + "mlp.down_proj.weight", L.down));
    }
    write_safetensors(folder / "model.safetensors", tensors);

    nlohmann::ordered_json config = {
        {"architectures", {"Qwen3ForCausalLM"}}, {"model_type", "qwen3"},
        {"hidden_size", c.hidden_size}, {"intermediate_size", c.intermediate_size},
        {"num_hidden_layers", c.num_layers}, {"num_attention_heads", c.num_heads},
        {"num_key_value_heads", c.num_kv_heads}, {"head_dim", c.head_dim},
        {"vocab_size", c.vocab_size}, {"max_position_embeddings", c.max_position_embeddings},
        {"rope_theta", c.rope_theta}, {"rope_scaling", nullptr}, {"rms_norm_eps", c.rms_norm_eps},
        {"tie_word_embeddings", c.tie_word_embeddings}, {"torch_dtype", "bfloat16"},
        {"bos_token_id", 151643}, {"eos_token_id", 151645},
        {"qwendesk_demo", "random weights: this model produces random text"}};
    write_text(folder / "config.json", config.dump(2) + "\n");
    write_text(folder / "tokenizer.json", tokenizer_json);
    write_text(folder / "README.txt",
               "QwenDesk demo model: a tiny Qwen3 with RANDOM weights and the real Qwen3 tokenizer.\n"
               "It exists so the app works offline out of the box; it produces random text.\n");
}

}  // namespace qwendesk
