#include "model/load_safetensors_model.h"
#include "platform/paths.h"

#include "backends/cpu/row_convert.h"
#include "formats/safetensors.h"
#include "model/hf_quantized.h"
#include "platform/mapped_file.h"
#include "platform/thread_pool.h"
#include "qwendesk/errors.h"

namespace qwendesk {

namespace {

class Binder {
public:
    Binder(const SafetensorsCheckpoint& ckpt, std::string origin, const HfQuantization& quant,
           std::vector<std::shared_ptr<const void>>& storage)
        : ckpt_(ckpt), origin_(std::move(origin)), quant_(quant), storage_(storage) {}

    const TensorView& expect(const std::string& name, std::initializer_list<std::int64_t> shape) const {
        const TensorView& t = ckpt_.get(name);
        std::vector<std::int64_t> want(shape);
        if (t.shape != want) {
            TensorView w;
            w.shape = want;
            throw Error(ErrorKind::CorruptFile, origin_ + ": tensor '" + name + "' has shape " + t.shape_string() +
                                                    " but the config implies " + w.shape_string());
        }
        if (t.dtype != DType::F32 && t.dtype != DType::F16 && t.dtype != DType::BF16)
            throw Error(ErrorKind::Unsupported, origin_ + ": tensor '" + name + "' is " + std::string(dtype_name(t.dtype)) +
                                                    (quant_.method == HfQuantization::Method::None
                                                         ? "; plain checkpoints must be F32, F16 or BF16 (config.json has no quantization_config)"
                                                         : "; unquantised tensors must be F32, F16 or BF16"));
        return t;
    }

    WeightMatrix matrix(const std::string& name, std::int64_t rows, std::int64_t cols) const {
        const TensorView& t = expect(name, {rows, cols});
        WeightMatrix m;
        m.dtype = t.dtype;
        m.rows = rows;
        m.cols = cols;
        m.data = t.data;
        m.row_bytes = t.nbytes / static_cast<std::size_t>(rows);
        return m;
    }

    // A decoder Linear (`module` without ".weight"): quantised (FP8, AWQ) when the checkpoint stores it so.
    WeightMatrix linear(const std::string& module, std::int64_t rows, std::int64_t cols) {
        if (quant_.method != HfQuantization::Method::None) {
            if (!pool_) pool_ = std::make_unique<ThreadPool>(0);
            if (auto m = load_hf_quantized_linear(ckpt_, quant_, module, rows, cols, storage_, origin_, *pool_)) return *m;
        }
        return matrix(module + ".weight", rows, cols);
    }

    std::vector<float> vector(const std::string& name, std::int64_t n) const {
        const TensorView& t = expect(name, {n});
        std::vector<float> out(static_cast<std::size_t>(n));
        cpu::convert_row(t.dtype, t.data, out.data(), out.size(), cpu::portable_kernels());
        return out;
    }

private:
    const SafetensorsCheckpoint& ckpt_;
    std::string origin_;
    const HfQuantization& quant_;
    std::vector<std::shared_ptr<const void>>& storage_;
    std::unique_ptr<ThreadPool> pool_;
};

}  // namespace

std::shared_ptr<ModelWeights> load_safetensors_model(const std::filesystem::path& folder) {
    const auto config_path = folder / "config.json";
    std::error_code ec;
    if (!std::filesystem::exists(config_path, ec))
        throw Error(ErrorKind::FileNotFound, path_to_utf8(folder) + " has no config.json (is it a Hugging Face model folder?)");
    auto weights = std::make_shared<ModelWeights>();
    weights->source = path_to_utf8(folder);
    weights->config = parse_hf_config(read_text_file(config_path), path_to_utf8(config_path));
    const ModelConfig& c = weights->config;

    auto ckpt = std::make_shared<SafetensorsCheckpoint>(folder);
    weights->storage.push_back(ckpt);
    Binder b(*ckpt, weights->source, c.quantization, weights->storage);

    const std::int64_t H = c.hidden_size, V = c.vocab_size, hd = c.head_dim;
    weights->embed = b.matrix("model.embed_tokens.weight", V, H);
    if (c.tie_word_embeddings || !ckpt->find("lm_head.weight")) {
        if (!c.tie_word_embeddings)
            throw Error(ErrorKind::CorruptFile, weights->source + ": lm_head.weight is missing and tie_word_embeddings is false");
        weights->lm_head = weights->embed;
    } else {
        weights->lm_head = b.matrix("lm_head.weight", V, H);
    }
    weights->final_norm = b.vector("model.norm.weight", H);

    for (int l = 0; l < c.num_layers; ++l) {
        const std::string p = "model.layers." + std::to_string(l) + ".";
        LayerWeights L;
        L.attn_norm = b.vector(p + "input_layernorm.weight", H);
        L.ffn_norm = b.vector(p + "post_attention_layernorm.weight", H);
        L.q_norm = b.vector(p + "self_attn.q_norm.weight", hd);
        L.k_norm = b.vector(p + "self_attn.k_norm.weight", hd);
        L.q = b.linear(p + "self_attn.q_proj", c.num_heads * hd, H);
        L.k = b.linear(p + "self_attn.k_proj", c.num_kv_heads * hd, H);
        L.v = b.linear(p + "self_attn.v_proj", c.num_kv_heads * hd, H);
        L.o = b.linear(p + "self_attn.o_proj", H, c.num_heads * hd);
        L.is_moe = c.layer_is_moe(l);
        if (L.is_moe) {
            const std::int64_t E = c.num_experts, I = c.moe_intermediate_size;
            L.router = b.matrix(p + "mlp.gate.weight", E, H);
            for (int e = 0; e < E; ++e) {
                const std::string ep = p + "mlp.experts." + std::to_string(e) + ".";
                L.expert_gate.push_back(b.linear(ep + "gate_proj", I, H));
                L.expert_up.push_back(b.linear(ep + "up_proj", I, H));
                L.expert_down.push_back(b.linear(ep + "down_proj", H, I));
            }
        } else {
            const std::int64_t I = c.intermediate_size;
            L.gate = b.linear(p + "mlp.gate_proj", I, H);
            L.up = b.linear(p + "mlp.up_proj", I, H);
            L.down = b.linear(p + "mlp.down_proj", H, I);
        }
        weights->layers.push_back(std::move(L));
    }
    return weights;
}

}  // namespace qwendesk
