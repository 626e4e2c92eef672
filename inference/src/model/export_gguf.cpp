#include "model/export_gguf.h"

#include "formats/gguf_writer.h"
#include "qwendesk/errors.h"

namespace qwendesk {

namespace {

std::span<const std::uint8_t> bytes_of(const WeightMatrix& m) {
    return {m.data, static_cast<std::size_t>(m.rows) * m.row_bytes};
}

void add_matrix(GgufWriter& w, const std::string& name, const WeightMatrix& m) {
    w.add_tensor(name, m.dtype, {static_cast<std::uint64_t>(m.cols), static_cast<std::uint64_t>(m.rows)}, {bytes_of(m)});
}

void add_experts(GgufWriter& w, const std::string& name, const std::vector<WeightMatrix>& experts) {
    std::vector<std::span<const std::uint8_t>> parts;
    for (const auto& e : experts) {
        if (e.dtype != experts[0].dtype)
            throw Error(ErrorKind::Unsupported, "GGUF stacks experts in one tensor, so '" + name + "' needs one type for all experts");
        parts.push_back(bytes_of(e));
    }
    w.add_tensor(name, experts[0].dtype,
                 {static_cast<std::uint64_t>(experts[0].cols), static_cast<std::uint64_t>(experts[0].rows), experts.size()}, parts);
}

// llama.cpp's token types.
constexpr std::int32_t kNormal = 1, kControl = 3, kUserDefined = 4, kUnused = 5;

}  // namespace

void export_gguf(const ModelWeights& weights, const TokenizerSpec* tokenizer, const std::string& chat_template,
                 const std::filesystem::path& path) {
    const ModelConfig& c = weights.config;
    const std::string arch = c.is_moe ? "qwen3moe" : "qwen3";
    GgufWriter w;
    w.add_string("general.architecture", arch);
    w.add_string("general.type", "model");
    w.add_string("general.name", weights.source);
    w.add_u32("general.quantization_version", 2);
    const std::string p = arch + ".";
    w.add_u32(p + "block_count", static_cast<std::uint32_t>(c.num_layers));
    w.add_u32(p + "context_length", static_cast<std::uint32_t>(c.max_position_embeddings));
    w.add_u32(p + "embedding_length", static_cast<std::uint32_t>(c.hidden_size));
    w.add_u32(p + "feed_forward_length", static_cast<std::uint32_t>(c.intermediate_size));
    w.add_u32(p + "attention.head_count", static_cast<std::uint32_t>(c.num_heads));
    w.add_u32(p + "attention.head_count_kv", static_cast<std::uint32_t>(c.num_kv_heads));
    w.add_u32(p + "attention.key_length", static_cast<std::uint32_t>(c.head_dim));
    w.add_u32(p + "attention.value_length", static_cast<std::uint32_t>(c.head_dim));
    w.add_f32(p + "rope.freq_base", static_cast<float>(c.rope_theta));
    w.add_f32(p + "attention.layer_norm_rms_epsilon", c.rms_norm_eps);
    if (c.rope_scaling.yarn) {
        w.add_string(p + "rope.scaling.type", "yarn");
        w.add_f32(p + "rope.scaling.factor", static_cast<float>(c.rope_scaling.factor));
        w.add_u32(p + "rope.scaling.original_context_length", static_cast<std::uint32_t>(c.rope_scaling.original_max_position));
    }
    if (c.is_moe) {
        w.add_u32(p + "expert_count", static_cast<std::uint32_t>(c.num_experts));
        w.add_u32(p + "expert_used_count", static_cast<std::uint32_t>(c.num_experts_per_token));
        w.add_u32(p + "expert_feed_forward_length", static_cast<std::uint32_t>(c.moe_intermediate_size));
        w.add_bool(p + "expert_weights_norm", c.norm_topk_prob);
    }
    if (tokenizer) {
        const std::size_t n = static_cast<std::size_t>(c.vocab_size);
        std::vector<std::string> tokens(n);
        std::vector<std::int32_t> types(n, kUnused);
        for (std::size_t id = 0; id < n && id < tokenizer->vocab.size(); ++id)
            if (!tokenizer->vocab[id].empty()) {
                tokens[id] = tokenizer->vocab[id];
                types[id] = kNormal;
            }
        for (const auto& a : tokenizer->added)
            if (a.id >= 0 && static_cast<std::size_t>(a.id) < n) {
                tokens[static_cast<std::size_t>(a.id)] = a.content;
                types[static_cast<std::size_t>(a.id)] = a.special ? kControl : kUserDefined;
            }
        for (std::size_t id = 0; id < n; ++id)
            if (types[id] == kUnused) tokens[id] = "[PAD" + std::to_string(id) + "]";
        std::vector<std::string> merges;
        merges.reserve(tokenizer->merges.size());
        for (const auto& [a, b] : tokenizer->merges) merges.push_back(a + " " + b);
        w.add_string("tokenizer.ggml.model", "gpt2");
        w.add_string("tokenizer.ggml.pre", "qwen2");
        w.add_strings("tokenizer.ggml.tokens", tokens);
        w.add_i32s("tokenizer.ggml.token_type", types);
        w.add_strings("tokenizer.ggml.merges", merges);
        if (!c.eos_token_ids.empty() && static_cast<std::size_t>(c.eos_token_ids[0]) < n)
            w.add_u32("tokenizer.ggml.eos_token_id", static_cast<std::uint32_t>(c.eos_token_ids[0]));
        w.add_bool("tokenizer.ggml.add_bos_token", false);
    }
    if (!chat_template.empty()) w.add_string("tokenizer.chat_template", chat_template);

    add_matrix(w, "token_embd.weight", weights.embed);
    if (weights.lm_head.data != weights.embed.data) add_matrix(w, "output.weight", weights.lm_head);
    w.add_tensor_f32("output_norm.weight", weights.final_norm);
    for (std::size_t l = 0; l < weights.layers.size(); ++l) {
        const LayerWeights& L = weights.layers[l];
        const std::string b = "blk." + std::to_string(l) + ".";
        w.add_tensor_f32(b + "attn_norm.weight", L.attn_norm);
        w.add_tensor_f32(b + "ffn_norm.weight", L.ffn_norm);
        w.add_tensor_f32(b + "attn_q_norm.weight", L.q_norm);
        w.add_tensor_f32(b + "attn_k_norm.weight", L.k_norm);
        add_matrix(w, b + "attn_q.weight", L.q);
        add_matrix(w, b + "attn_k.weight", L.k);
        add_matrix(w, b + "attn_v.weight", L.v);
        add_matrix(w, b + "attn_output.weight", L.o);
        if (L.is_moe) {
            add_matrix(w, b + "ffn_gate_inp.weight", L.router);
            add_experts(w, b + "ffn_gate_exps.weight", L.expert_gate);
            add_experts(w, b + "ffn_up_exps.weight", L.expert_up);
            add_experts(w, b + "ffn_down_exps.weight", L.expert_down);
        } else {
            add_matrix(w, b + "ffn_gate.weight", L.gate);
            add_matrix(w, b + "ffn_up.weight", L.up);
            add_matrix(w, b + "ffn_down.weight", L.down);
        }
    }
    w.write(path);
}

}  // namespace qwendesk
