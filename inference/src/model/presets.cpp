#include "model/presets.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <thread>

#include "formats/quant/quantize.h"
#include "platform/thread_pool.h"
#include "qwendesk/errors.h"

namespace qwendesk {

namespace {

ModelConfig dense(int hidden, int layers, int heads, int kv_heads, int ffn, bool tied) {
    ModelConfig c;
    c.architecture = "Qwen3ForCausalLM";
    c.hidden_size = hidden;
    c.num_layers = layers;
    c.num_heads = heads;
    c.num_kv_heads = kv_heads;
    c.head_dim = 128;
    c.intermediate_size = ffn;
    c.vocab_size = 151936;
    c.max_position_embeddings = 40960;
    c.rope_theta = 1e6;
    c.rms_norm_eps = 1e-6f;
    c.tie_word_embeddings = tied;
    c.eos_token_ids = {151645, 151643};
    return c;
}

ModelConfig moe(int hidden, int layers, int heads, int kv_heads, int experts, int active, int expert_ffn) {
    ModelConfig c = dense(hidden, layers, heads, kv_heads, 0, false);
    c.architecture = "Qwen3MoeForCausalLM";
    c.is_moe = true;
    c.num_experts = experts;
    c.num_experts_per_token = active;
    c.moe_intermediate_size = expert_ffn;
    c.norm_topk_prob = true;
    return c;
}

// splitmix64: a fast, well-mixed stream; each row gets its own seed so rows can be filled in parallel.
std::uint64_t splitmix(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

struct Allocator {
    std::uint64_t seed;
    ThreadPool& pool;
    std::vector<std::shared_ptr<const void>>& storage;
    const QuantMix& mix;
    int n_layers;

    // Uniform values in [-scale, scale], written straight into the stored type row by row, so even a
    // quantised 8B model never exists as floats in memory.
    WeightMatrix matrix(TensorRole role, int layer, std::int64_t rows, std::int64_t cols, float scale) {
        WeightMatrix m;
        m.dtype = mix.type_for(role, layer, n_layers, cols);
        m.rows = rows;
        m.cols = cols;
        m.row_bytes = *row_bytes(m.dtype, static_cast<std::size_t>(cols));
        std::shared_ptr<std::uint8_t[]> bytes;
        try {
            bytes.reset(new std::uint8_t[m.row_bytes * static_cast<std::size_t>(rows)]);
        } catch (const std::bad_alloc&) {
            throw Error(ErrorKind::OutOfMemory, "not enough memory for random weights of " + std::to_string(rows) + " x " +
                                                    std::to_string(cols));
        }
        const std::uint64_t base = seed++ * 0x100000001b3ull;
        // Quantisers search scales and are slow (minutes for an 8B model in Q4_K), so quantised matrices get
        // 256 distinct random rows, repeated. Speed is unaffected: every row still lives at its own address.
        const bool quantised = m.dtype != DType::F32 && m.dtype != DType::F16 && m.dtype != DType::BF16;
        const std::int64_t distinct = quantised ? std::min<std::int64_t>(rows, 256) : rows;
        pool.parallel_for(distinct, [&](std::int64_t begin, std::int64_t end) {
            std::vector<float> values(static_cast<std::size_t>(cols));
            for (std::int64_t r = begin; r < end; ++r) {
                std::uint64_t state = base ^ (static_cast<std::uint64_t>(r) * 0x9e3779b97f4a7c15ull);
                for (std::int64_t c = 0; c < cols; c += 2) {
                    const std::uint64_t bits = splitmix(state);
                    for (int k = 0; k < 2 && c + k < cols; ++k) {
                        const float u = static_cast<float>((bits >> (32 * k)) & 0xffffffffu) * (1.0f / 4294967296.0f);
                        values[static_cast<std::size_t>(c + k)] = (2.0f * u - 1.0f) * scale;
                    }
                }
                quantize_row(m.dtype, values.data(), bytes.get() + static_cast<std::size_t>(r) * m.row_bytes, values.size());
            }
        });
        pool.parallel_for(rows - distinct, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t r = distinct + begin; r < distinct + end; ++r)
                std::memcpy(bytes.get() + static_cast<std::size_t>(r) * m.row_bytes,
                            bytes.get() + static_cast<std::size_t>(r % distinct) * m.row_bytes, m.row_bytes);
        });
        m.data = bytes.get();
        storage.push_back(std::shared_ptr<const void>(bytes, bytes.get()));
        return m;
    }
};

}  // namespace

std::vector<std::string> preset_names() {
    return {"qwen3-0.6b", "qwen3-1.7b", "qwen3-4b", "qwen3-8b", "qwen3-14b", "qwen3-32b", "qwen3-30b-a3b", "qwen3-235b-a22b", "demo"};
}

ModelConfig preset_config(const std::string& name) {
    // Shapes from Qwen's published config.json files.
    if (name == "qwen3-0.6b") return dense(1024, 28, 16, 8, 3072, true);
    if (name == "qwen3-1.7b") return dense(2048, 28, 16, 8, 6144, true);
    if (name == "qwen3-4b") return dense(2560, 36, 32, 8, 9728, true);
    if (name == "qwen3-8b") return dense(4096, 36, 32, 8, 12288, false);
    if (name == "qwen3-14b") return dense(5120, 40, 40, 8, 17408, false);
    if (name == "qwen3-32b") return dense(5120, 64, 64, 8, 25600, false);
    if (name == "qwen3-30b-a3b") return moe(2048, 48, 32, 4, 128, 8, 768);
    if (name == "qwen3-235b-a22b") return moe(4096, 94, 64, 4, 128, 8, 1536);
    if (name == "demo") {
        // Untied: with tied embeddings a random model mostly repeats its input token (the residual stream is
        // that token's embedding), which after "assistant\n" means a reply of blank lines. An independent
        // output matrix gives the varied random text the demo promises.
        ModelConfig c = dense(32, 2, 4, 2, 96, false);  // hidden 32 keeps the two vocabulary matrices at ~19 MB
        c.head_dim = 32;
        return c;
    }
    std::string known;
    for (const auto& n : preset_names()) known += (known.empty() ? "" : ", ") + n;
    throw Error(ErrorKind::InvalidArgument, "unknown preset '" + name + "' (known: " + known + ")");
}

std::shared_ptr<ModelWeights> random_weights(const ModelConfig& c, const QuantMix& mix, std::uint64_t seed) {
    c.validate("preset");
    auto w = std::make_shared<ModelWeights>();
    w->config = c;
    w->source = "random weights";
    ThreadPool pool(0);
    Allocator alloc{seed, pool, w->storage, mix, c.num_layers};
    const std::int64_t H = c.hidden_size, hd = c.head_dim;
    // Scales keep activations of order one through many layers (about 1/sqrt(fan-in)).
    auto scale = [](std::int64_t fan_in) { return 1.7f / std::sqrt(static_cast<float>(fan_in)); };
    w->embed = alloc.matrix(TensorRole::Embedding, 0, c.vocab_size, H, 1.0f);
    w->lm_head = c.tie_word_embeddings ? w->embed : alloc.matrix(TensorRole::Output, 0, c.vocab_size, H, scale(H));
    w->final_norm.assign(static_cast<std::size_t>(H), 1.0f);
    for (int l = 0; l < c.num_layers; ++l) {
        LayerWeights L;
        L.attn_norm.assign(static_cast<std::size_t>(H), 1.0f);
        L.ffn_norm.assign(static_cast<std::size_t>(H), 1.0f);
        L.q_norm.assign(static_cast<std::size_t>(hd), 1.0f);
        L.k_norm.assign(static_cast<std::size_t>(hd), 1.0f);
        L.q = alloc.matrix(TensorRole::AttnQ, l, c.num_heads * hd, H, scale(H));
        L.k = alloc.matrix(TensorRole::AttnK, l, c.num_kv_heads * hd, H, scale(H));
        L.v = alloc.matrix(TensorRole::AttnV, l, c.num_kv_heads * hd, H, scale(H));
        L.o = alloc.matrix(TensorRole::AttnO, l, H, c.num_heads * hd, scale(c.num_heads * hd) * 0.3f);
        L.is_moe = c.layer_is_moe(l);
        if (L.is_moe) {
            L.router = alloc.matrix(TensorRole::Router, l, c.num_experts, H, scale(H));
            for (int e = 0; e < c.num_experts; ++e) {
                L.expert_gate.push_back(alloc.matrix(TensorRole::FfnGate, l, c.moe_intermediate_size, H, scale(H)));
                L.expert_up.push_back(alloc.matrix(TensorRole::FfnUp, l, c.moe_intermediate_size, H, scale(H)));
                L.expert_down.push_back(
                    alloc.matrix(TensorRole::FfnDown, l, H, c.moe_intermediate_size, scale(c.moe_intermediate_size) * 0.3f));
            }
        } else {
            L.gate = alloc.matrix(TensorRole::FfnGate, l, c.intermediate_size, H, scale(H));
            L.up = alloc.matrix(TensorRole::FfnUp, l, c.intermediate_size, H, scale(H));
            L.down = alloc.matrix(TensorRole::FfnDown, l, H, c.intermediate_size, scale(c.intermediate_size) * 0.3f);
        }
        w->layers.push_back(std::move(L));
    }
    return w;
}

}  // namespace qwendesk

namespace qwendesk {

std::uint64_t weight_bytes(const ModelConfig& c, const QuantMix& mix) {
    auto bytes = [&](TensorRole role, int layer, std::int64_t rows, std::int64_t cols) -> std::uint64_t {
        return static_cast<std::uint64_t>(rows) * *row_bytes(mix.type_for(role, layer, c.num_layers, cols), static_cast<std::size_t>(cols));
    };
    const std::int64_t H = c.hidden_size, hd = c.head_dim;
    std::uint64_t total = bytes(TensorRole::Embedding, 0, c.vocab_size, H);
    if (!c.tie_word_embeddings) total += bytes(TensorRole::Output, 0, c.vocab_size, H);
    for (int l = 0; l < c.num_layers; ++l) {
        total += bytes(TensorRole::AttnQ, l, c.num_heads * hd, H) + bytes(TensorRole::AttnK, l, c.num_kv_heads * hd, H) +
                 bytes(TensorRole::AttnV, l, c.num_kv_heads * hd, H) + bytes(TensorRole::AttnO, l, H, c.num_heads * hd);
        if (c.layer_is_moe(l))
            total += bytes(TensorRole::Router, l, c.num_experts, H) +
                     static_cast<std::uint64_t>(c.num_experts) * (bytes(TensorRole::FfnGate, l, c.moe_intermediate_size, H) +
                                                                  bytes(TensorRole::FfnUp, l, c.moe_intermediate_size, H) +
                                                                  bytes(TensorRole::FfnDown, l, H, c.moe_intermediate_size));
        else
            total += bytes(TensorRole::FfnGate, l, c.intermediate_size, H) + bytes(TensorRole::FfnUp, l, c.intermediate_size, H) +
                     bytes(TensorRole::FfnDown, l, H, c.intermediate_size);
        total += static_cast<std::uint64_t>(2 * H + 2 * hd) * 4;
    }
    return total + static_cast<std::uint64_t>(H) * 4;
}

}  // namespace qwendesk
