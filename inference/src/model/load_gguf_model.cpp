#include "model/load_gguf_model.h"
#include "platform/paths.h"

#include "backends/cpu/row_convert.h"
#include "formats/gguf.h"
#include "formats/quant/dequantize.h"
#include "qwendesk/errors.h"

namespace qwendesk {

namespace {

// llama.cpp's token types.
constexpr std::int32_t kTokenNormal = 1, kTokenControl = 3, kTokenUserDefined = 4, kTokenUnused = 5;

class GgufBinder {
public:
    explicit GgufBinder(const GgufFile& f) : f_(f) {}

    const GgufTensor& expect(const std::string& name, std::initializer_list<std::uint64_t> ne) const {
        const GgufTensor& t = f_.tensor(name);
        std::vector<std::uint64_t> want(ne);
        bool ok = t.n_dims == want.size();
        for (std::size_t i = 0; ok && i < want.size(); ++i) ok = t.ne[i] == want[i];
        if (!ok) {
            auto shape = [](auto begin, auto end) {
                std::string s = "[";
                for (auto it = begin; it != end; ++it) s += (it == begin ? "" : ", ") + std::to_string(*it);
                return s + "]";
            };
            throw Error(ErrorKind::CorruptFile, f_.display_name() + ": tensor '" + name + "' has ne " +
                                                    shape(t.ne.begin(), t.ne.begin() + t.n_dims) + " but the metadata implies " +
                                                    shape(want.begin(), want.end()));
        }
        if (!can_dequantize(t.type))
            throw Error(ErrorKind::Unsupported, f_.display_name() + ": tensor '" + name + "' has type " +
                                                    std::string(dtype_name(t.type)) + ", which QwenDesk does not compute with");
        return t;
    }

    WeightMatrix matrix(const std::string& name, std::uint64_t rows, std::uint64_t cols) const {
        const GgufTensor& t = expect(name, {cols, rows});
        return WeightMatrix{t.type, static_cast<std::int64_t>(rows), static_cast<std::int64_t>(cols), t.data, t.row_bytes()};
    }

    // The matrices of stacked experts, ne = [cols, rows, experts].
    std::vector<WeightMatrix> experts(const std::string& name, std::uint64_t rows, std::uint64_t cols, std::uint64_t count) const {
        const GgufTensor& t = expect(name, {cols, rows, count});
        std::vector<WeightMatrix> out;
        const std::size_t row_bytes = t.row_bytes();
        for (std::uint64_t e = 0; e < count; ++e)
            out.push_back(WeightMatrix{t.type, static_cast<std::int64_t>(rows), static_cast<std::int64_t>(cols),
                                       t.data + e * rows * row_bytes, row_bytes});
        return out;
    }

    std::vector<float> vector(const std::string& name, std::uint64_t n) const {
        const GgufTensor& t = expect(name, {n});
        std::vector<float> out(n);
        dequantize_row(t.type, t.data, out.data(), n);
        return out;
    }

private:
    const GgufFile& f_;
};

}  // namespace

ModelConfig gguf_model_config(const GgufFile& f) {
    const std::string arch(f.get_string("general.architecture"));
    ModelConfig c;
    if (arch == "qwen3") {
        c.architecture = "Qwen3ForCausalLM";
    } else if (arch == "qwen3moe") {
        c.architecture = "Qwen3MoeForCausalLM";
        c.is_moe = true;
    } else {
        throw Error(ErrorKind::Unsupported, f.display_name() + ": architecture '" + arch + "' is not Qwen3 (qwen3, qwen3moe)");
    }
    const std::string p = arch + ".";
    auto u32 = [&](const std::string& key) { return static_cast<int>(std::min<std::uint32_t>(f.get_u32(key), 1u << 30)); };
    c.num_layers = u32(p + "block_count");
    c.hidden_size = u32(p + "embedding_length");
    c.num_heads = u32(p + "attention.head_count");
    c.num_kv_heads = f.find_u32(p + "attention.head_count_kv") ? u32(p + "attention.head_count_kv") : c.num_heads;
    c.head_dim = f.find_u32(p + "attention.key_length") ? u32(p + "attention.key_length") : c.hidden_size / std::max(1, c.num_heads);
    if (auto v = f.find_u32(p + "attention.value_length"); v && static_cast<int>(*v) != c.head_dim)
        throw Error(ErrorKind::Unsupported, f.display_name() + ": key_length and value_length differ");
    c.max_position_embeddings = f.find_u32(p + "context_length").value_or(40960);
    c.rope_theta = f.find_f32(p + "rope.freq_base").value_or(1e6f);
    c.rms_norm_eps = f.find_f32(p + "attention.layer_norm_rms_epsilon").value_or(1e-6f);
    if (auto type = f.find_string(p + "rope.scaling.type"); type && *type != "none") {
        if (*type != "yarn") throw Error(ErrorKind::Unsupported, f.display_name() + ": rope scaling '" + std::string(*type) + "' (yarn is supported)");
        c.rope_scaling.yarn = true;
        c.rope_scaling.factor = f.find_f32(p + "rope.scaling.factor").value_or(1.0f);
        c.rope_scaling.original_max_position = f.find_u32(p + "rope.scaling.original_context_length").value_or(32768);
    }
    const GgufTensor& embed = f.tensor("token_embd.weight");
    if (embed.n_dims != 2) throw Error(ErrorKind::CorruptFile, f.display_name() + ": token_embd.weight must have 2 dimensions");
    c.vocab_size = static_cast<int>(std::min<std::uint64_t>(embed.ne[1], 1u << 30));
    c.tie_word_embeddings = f.find_tensor("output.weight") == nullptr;
    if (c.is_moe) {
        c.num_experts = u32(p + "expert_count");
        c.num_experts_per_token = u32(p + "expert_used_count");
        c.moe_intermediate_size = u32(p + "expert_feed_forward_length");
        // llama.cpp's converter does not write this key and its graph always renormalises.
        c.norm_topk_prob = f.find_bool(p + "expert_weights_norm").value_or(true);
        c.intermediate_size = f.find_u32(p + "feed_forward_length").value_or(0);
    } else {
        c.intermediate_size = u32(p + "feed_forward_length");
    }
    if (f.has("tokenizer.ggml.eos_token_id")) c.eos_token_ids.push_back(static_cast<std::int32_t>(f.get_u32("tokenizer.ggml.eos_token_id")));
    c.validate(f.display_name());
    return c;
}

std::shared_ptr<const Tokenizer> gguf_tokenizer(const GgufFile& f) {
    if (!f.has("tokenizer.ggml.tokens")) return nullptr;
    const std::string model(f.find_string("tokenizer.ggml.model").value_or("gpt2"));
    const std::string pre(f.find_string("tokenizer.ggml.pre").value_or("qwen2"));
    if (model != "gpt2" || pre != "qwen2")
        throw Error(ErrorKind::Unsupported, f.display_name() + ": tokenizer '" + model + "' with pre-tokenizer '" + pre +
                                                "' (QwenDesk reads Qwen's gpt2/qwen2 byte-level BPE)");
    const auto& tokens = f.get_array_strings("tokenizer.ggml.tokens");
    std::vector<std::int32_t> types;
    if (f.has("tokenizer.ggml.token_type")) types = f.get_array_i32("tokenizer.ggml.token_type");
    if (!types.empty() && types.size() != tokens.size())
        throw Error(ErrorKind::CorruptFile, f.display_name() + ": tokenizer.ggml.token_type has " + std::to_string(types.size()) +
                                                " entries for " + std::to_string(tokens.size()) + " tokens");
    TokenizerSpec spec;
    spec.vocab.reserve(tokens.size());
    for (std::size_t id = 0; id < tokens.size(); ++id) {
        const std::int32_t type = types.empty() ? kTokenNormal : types[id];
        if (type == kTokenControl || type == kTokenUserDefined) {
            spec.added.push_back(TokenizerSpec::Added{static_cast<TokenId>(id), std::string(tokens[id]), type == kTokenControl});
            spec.vocab.emplace_back();  // added tokens are not part of the BPE vocabulary
        } else if (type == kTokenUnused) {
            spec.vocab.emplace_back();  // padding rows: no token
        } else {
            spec.vocab.emplace_back(tokens[id]);
        }
    }
    if (f.has("tokenizer.ggml.merges")) {
        const auto& merges = f.get_array_strings("tokenizer.ggml.merges");
        spec.merges.reserve(merges.size());
        for (const auto& m : merges) {
            const std::size_t space = m.find(' ');
            if (space == std::string_view::npos || space == 0 || space + 1 >= m.size())
                throw Error(ErrorKind::CorruptFile, f.display_name() + ": merge '" + std::string(m) + "' is not two tokens");
            spec.merges.emplace_back(std::string(m.substr(0, space)), std::string(m.substr(space + 1)));
        }
    }
    return Tokenizer::from_spec(std::move(spec));
}

std::shared_ptr<ModelWeights> load_gguf_model(const std::filesystem::path& path) {
    auto file = std::make_shared<GgufFile>(GgufFile::open(path));
    const GgufFile& f = *file;
    auto w = std::make_shared<ModelWeights>();
    w->source = path_to_utf8(path);
    w->config = gguf_model_config(f);
    w->storage.push_back(file);
    w->tokenizer = gguf_tokenizer(f);
    if (auto tpl = f.find_string("tokenizer.chat_template")) w->chat_template = std::string(*tpl);

    const ModelConfig& c = w->config;
    GgufBinder b(f);
    const std::uint64_t H = c.hidden_size, V = c.vocab_size, hd = c.head_dim;
    w->embed = b.matrix("token_embd.weight", V, H);
    w->lm_head = c.tie_word_embeddings ? w->embed : b.matrix("output.weight", V, H);
    w->final_norm = b.vector("output_norm.weight", H);
    for (int l = 0; l < c.num_layers; ++l) {
        const std::string p = "blk." + std::to_string(l) + ".";
        LayerWeights L;
        L.attn_norm = b.vector(p + "attn_norm.weight", H);
        L.ffn_norm = b.vector(p + "ffn_norm.weight", H);
        L.q_norm = b.vector(p + "attn_q_norm.weight", hd);
        L.k_norm = b.vector(p + "attn_k_norm.weight", hd);
        L.q = b.matrix(p + "attn_q.weight", c.num_heads * hd, H);
        L.k = b.matrix(p + "attn_k.weight", c.num_kv_heads * hd, H);
        L.v = b.matrix(p + "attn_v.weight", c.num_kv_heads * hd, H);
        L.o = b.matrix(p + "attn_output.weight", H, c.num_heads * hd);
        L.is_moe = c.layer_is_moe(l);
        if (L.is_moe) {
            const std::uint64_t E = c.num_experts, I = c.moe_intermediate_size;
            L.router = b.matrix(p + "ffn_gate_inp.weight", E, H);
            L.expert_gate = b.experts(p + "ffn_gate_exps.weight", I, H, E);
            L.expert_up = b.experts(p + "ffn_up_exps.weight", I, H, E);
            L.expert_down = b.experts(p + "ffn_down_exps.weight", H, I, E);
        } else {
            const std::uint64_t I = c.intermediate_size;
            L.gate = b.matrix(p + "ffn_gate.weight", I, H);
            L.up = b.matrix(p + "ffn_up.weight", I, H);
            L.down = b.matrix(p + "ffn_down.weight", H, I);
        }
        w->layers.push_back(std::move(L));
    }
    return w;
}

}  // namespace qwendesk
