// How many bytes a model takes: exactly, from a file's tensor table; or estimated, from a preset's shapes
// and a quantisation name.
//
// Estimates follow llama.cpp's quantisation mixes tensor by tensor (llama-quantize's llama_tensor_get_type)
// rather than one bits-per-weight figure, because Qwen3's embedding is a large share of the small models
// (155M of 0.6B's 596M parameters) and gets a different type from the layers. The rules used, for the five
// quantisations offered:
//   BF16    every matrix BF16 (2 bytes = 16 bpw).
//   Q8_0    every matrix Q8_0 (34 bytes per 32 weights = 8.5 bpw).
//   Q6_K    every matrix Q6_K (210 bytes per 256 = 6.5625 bpw).
//   Q5_K_M  Q5_K (5.5 bpw); the output matrix (or, when tied, the embedding) Q6_K; attn_v and ffn_down Q6_K
//           in the layers llama.cpp's use_more_bits() picks (the first and last eighth, and every third
//           layer between).
//   Q4_K_M  as Q5_K_M with Q4_K (4.5 bpw) as the base type.
// Everywhere: norms and the MoE router (ffn_gate_inp) stay F32, as the converter writes them; a matrix whose
// rows are not a whole number of blocks falls back as llama.cpp does (Q4_K->Q5_0, Q5_K->Q5_1, Q6_K->Q8_0,
// then F16). Effective figures this gives for Qwen3-8B: Q4_K_M 4.90 bpw, Q5_K_M 5.73, Q6_K 6.56, Q8_0 8.50,
// BF16 16.0 - against 4.91 bpw for Qwen's own Qwen3-8B-Q4_K_M.gguf (5.03 GB over 8.19B weights) and the
// 4.85 / 5.7 / 6.56 / 8.5 that llama.cpp's quantize README lists for a 7B model. The small-dense fixture
// (a real llama-quantize Q4_K_M file) is reproduced to the byte by these rules (test_planner).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "hardware/footprint.h"
#include "platform/paths.h"
#include "formats/dtype.h"
#include "formats/gguf.h"
#include "formats/safetensors.h"
#include "model/hf_quantized.h"
#include "model/config.h"
#include "model/load_gguf_model.h"
#include "model/presets.h"
#include "platform/mapped_file.h"
#include "qwendesk/errors.h"
#include "qwendesk/hardware.h"

namespace qwendesk::hw {

// Shared with planner.cpp: the shape fields of a footprint from a config.
void fill_shape(ModelFootprint& f, const ModelConfig& c);

namespace {

std::uint64_t parameter_count(const ModelConfig& c) {
    const std::uint64_t H = c.hidden_size, hd = c.head_dim;
    std::uint64_t total = static_cast<std::uint64_t>(c.vocab_size) * H * (c.tie_word_embeddings ? 1 : 2) + H;
    for (int l = 0; l < c.num_layers; ++l) {
        total += H * hd * (2ull * c.num_heads + 2ull * c.num_kv_heads) + 2 * H + 2 * hd;
        total += c.layer_is_moe(l) ? static_cast<std::uint64_t>(c.num_experts) * 3 * H * c.moe_intermediate_size + H * c.num_experts
                                   : 3ull * H * c.intermediate_size;
    }
    return total;
}

enum class Role { Embedding, Output, AttnQ, AttnK, AttnV, AttnOut, FfnGate, FfnUp, FfnDown, Router, Norm };

struct Matrix {
    Role role;
    int layer;                 // -1 outside the layers
    std::uint64_t row_length;  // ggml ne[0]: the input width
    std::uint64_t rows;        // every other dim multiplied (experts included)
    bool expert = false;
};

std::vector<Matrix> matrices(const ModelConfig& c) {
    const std::uint64_t H = c.hidden_size, hd = c.head_dim, q = static_cast<std::uint64_t>(c.num_heads) * hd,
                        kv = static_cast<std::uint64_t>(c.num_kv_heads) * hd;
    std::vector<Matrix> m;
    m.push_back({Role::Embedding, -1, H, static_cast<std::uint64_t>(c.vocab_size)});
    if (!c.tie_word_embeddings) m.push_back({Role::Output, -1, H, static_cast<std::uint64_t>(c.vocab_size)});
    m.push_back({Role::Norm, -1, H, 1});
    for (int l = 0; l < c.num_layers; ++l) {
        m.push_back({Role::Norm, l, H, 2});   // attn_norm, ffn_norm
        m.push_back({Role::Norm, l, hd, 2});  // q_norm, k_norm
        m.push_back({Role::AttnQ, l, H, q});
        m.push_back({Role::AttnK, l, H, kv});
        m.push_back({Role::AttnV, l, H, kv});
        m.push_back({Role::AttnOut, l, q, H});
        if (c.layer_is_moe(l)) {
            const std::uint64_t E = c.num_experts, F = c.moe_intermediate_size;
            m.push_back({Role::Router, l, H, E});
            m.push_back({Role::FfnGate, l, H, F * E, true});
            m.push_back({Role::FfnUp, l, H, F * E, true});
            m.push_back({Role::FfnDown, l, F, H * E, true});
        } else {
            const std::uint64_t F = c.intermediate_size;
            m.push_back({Role::FfnGate, l, H, F});
            m.push_back({Role::FfnUp, l, H, F});
            m.push_back({Role::FfnDown, l, F, H});
        }
    }
    return m;
}

// llama.cpp: the layers that get more bits in the _M mixes.
bool use_more_bits(int layer, int layers) {
    return layer < layers / 8 || layer >= 7 * layers / 8 || (layer - layers / 8) % 3 == 2;
}

struct Mix {
    const char* name;
    DType base;
    bool k_mix;  // an _M mix: more bits for output / attn_v / ffn_down
};

const Mix* find_mix(const std::string& quant) {
    static const Mix mixes[] = {{"BF16", DType::BF16, false},
                                {"Q8_0", DType::Q8_0, false},
                                {"Q6_K", DType::Q6_K, false},
                                {"Q5_K_M", DType::Q5_K, true},
                                {"Q4_K_M", DType::Q4_K, true}};
    std::string upper;
    for (char ch : quant) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    for (const auto& m : mixes)
        if (upper == m.name) return &m;
    return nullptr;
}

DType fallback(DType t) {
    switch (t) {
    case DType::Q4_K: return DType::Q5_0;
    case DType::Q5_K: return DType::Q5_1;
    case DType::Q6_K: return DType::Q8_0;
    default: return DType::F16;
    }
}

std::uint64_t matrix_bytes(DType type, const Matrix& m) {
    for (;;) {
        if (auto bytes = row_bytes(type, static_cast<std::size_t>(m.row_length))) return *bytes * m.rows;
        type = fallback(type);
    }
}

DType mixed_type(const Mix& mix, const Matrix& m, const ModelConfig& c) {
    if (m.role == Role::Norm || m.role == Role::Router) return DType::F32;
    if (!mix.k_mix) return mix.base;
    const bool output = m.role == Role::Output || (m.role == Role::Embedding && c.tie_word_embeddings);
    if (output) return DType::Q6_K;
    if ((m.role == Role::AttnV || m.role == Role::FfnDown) && use_more_bits(m.layer, c.num_layers)) return DType::Q6_K;
    return mix.base;
}

std::string file_type_name(std::uint32_t ft) {
    static const std::map<std::uint32_t, std::string> names = {
        {0, "F32"},     {1, "F16"},     {2, "Q4_0"},    {3, "Q4_1"},    {7, "Q8_0"},    {8, "Q5_0"},   {9, "Q5_1"},
        {10, "Q2_K"},   {11, "Q3_K_S"}, {12, "Q3_K_M"}, {13, "Q3_K_L"}, {14, "Q4_K_S"}, {15, "Q4_K_M"}, {16, "Q5_K_S"},
        {17, "Q5_K_M"}, {18, "Q6_K"},   {25, "IQ4_NL"}, {30, "IQ4_XS"}, {32, "BF16"}};
    auto it = names.find(ft);
    return it == names.end() ? "file type " + std::to_string(ft) : it->second;
}

// Books one tensor's bytes where a split plan needs them: a layer's dense or expert part, the embedding, or
// the head (the final norm, the output matrix, and anything outside the layers we do not recognise).
enum class Place { Layer, Embedding, Head };

void book(ModelFootprint& f, Place place, int layer, bool expert, std::uint64_t bytes) {
    if (place == Place::Embedding) {
        f.embedding_bytes += bytes;
        if (!f.tied_embeddings) return;  // one row of it per token; tied, it is also the output matrix
    } else if (place == Place::Head || layer < 0 || layer >= static_cast<int>(f.layer_bytes.size())) {
        f.head_bytes += bytes;
    } else {
        auto& l = f.layer_bytes[static_cast<std::size_t>(layer)];
        if (!expert) {
            l.dense += bytes;
        } else {
            l.experts += bytes;
            const std::uint64_t active = f.experts > 0 ? bytes / static_cast<std::uint64_t>(f.experts) * static_cast<std::uint64_t>(f.experts_used) : bytes;
            l.experts_active += active;
            f.active_bytes += active;
            return;
        }
    }
    f.active_bytes += bytes;
}

// The layer index of "blk.12.attn_q.weight" (GGUF) or "model.layers.12.mlp..." (Hugging Face); -1 outside.
int layer_of(const std::string& name) {
    for (const char* prefix : {"blk.", "model.layers."}) {
        const std::size_t at = name.find(prefix);
        if (at == std::string::npos) continue;
        std::size_t i = at + std::string(prefix).size();
        int layer = 0;
        bool digits = false;
        while (i < name.size() && std::isdigit(static_cast<unsigned char>(name[i]))) {
            layer = layer * 10 + (name[i++] - '0');
            digits = true;
            if (layer > 1000000) return -1;
        }
        if (digits) return layer;
    }
    return -1;
}

}  // namespace

void fill_shape(ModelFootprint& f, const ModelConfig& c) {
    f.parameters = parameter_count(c);
    f.layers = c.num_layers;
    f.hidden = c.hidden_size;
    f.heads = c.num_heads;
    f.kv_heads = c.num_kv_heads;
    f.head_dim = c.head_dim;
    f.vocab = c.vocab_size;
    f.ffn_active = c.is_moe ? c.num_experts_per_token * c.moe_intermediate_size : c.intermediate_size;
    f.experts = c.is_moe ? c.num_experts : 0;
    f.experts_used = c.is_moe ? c.num_experts_per_token : 0;
    f.tied_embeddings = c.tie_word_embeddings;
    f.layer_bytes.assign(static_cast<std::size_t>(std::max(0, c.num_layers)), ModelFootprint::LayerBytes{});
    f.max_context = static_cast<int>(std::min<std::int64_t>(c.max_position_embeddings, 1 << 30));
}

const std::vector<std::string>& quant_names() {
    static const std::vector<std::string> names = {"BF16", "Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M"};
    return names;
}

const std::vector<std::string>& recommended_models() {
    static const std::vector<std::string> names = {"qwen3-0.6b", "qwen3-1.7b", "qwen3-4b",     "qwen3-8b",
                                                   "qwen3-14b",  "qwen3-32b",  "qwen3-30b-a3b"};
    return names;
}

ModelFootprint estimate_footprint(const ModelConfig& c, const std::string& quant, const std::string& name) {
    const Mix* mix = find_mix(quant);
    if (!mix) {
        std::string known;
        for (const auto& n : quant_names()) known += (known.empty() ? "" : ", ") + n;
        throw Error(ErrorKind::InvalidArgument, "unknown quantisation '" + quant + "' (known: " + known + ")");
    }
    ModelFootprint f;
    f.name = name + " " + mix->name;
    f.quant = mix->name;
    fill_shape(f, c);
    for (const auto& m : matrices(c)) {
        const std::uint64_t bytes = matrix_bytes(mixed_type(*mix, m, c), m);
        f.weight_bytes += bytes;
        // One generated token reads every matrix but the embedding (one row of it) and only its experts.
        const Place place = m.role == Role::Embedding ? Place::Embedding : m.layer < 0 ? Place::Head : Place::Layer;
        book(f, place, m.layer, m.expert, bytes);
    }
    return f;
}

ModelFootprint footprint_from_preset(const std::string& preset, const std::string& quant) {
    return estimate_footprint(preset_config(preset), quant, preset);
}

ModelFootprint footprint_from_file(const std::filesystem::path& path) {
    std::error_code ec;
    const std::string shown = path_to_utf8(path);
    if (!std::filesystem::exists(path, ec)) throw Error(ErrorKind::FileNotFound, shown + " does not exist");
    ModelFootprint f;
    f.name = shown;
    f.exact = true;
    if (path.extension() == ".gguf") {
        const GgufFile gguf = GgufFile::open(path);
        const ModelConfig c = gguf_model_config(gguf);
        fill_shape(f, c);
        f.quant = gguf.find_u32("general.file_type") ? file_type_name(*gguf.find_u32("general.file_type")) : "mixed";
        for (const auto& t : gguf.tensors()) {
            f.weight_bytes += t.nbytes;
            const int layer = layer_of(t.name);
            const Place place = t.name == "token_embd.weight" ? Place::Embedding : layer < 0 ? Place::Head : Place::Layer;
            book(f, place, layer, t.name.find("_exps.") != std::string::npos, t.nbytes);
        }
        return f;
    }
    std::filesystem::path folder = path;
    if (!std::filesystem::is_directory(path, ec)) {
        if (path.filename() == "config.json" || path.extension() == ".safetensors")
            folder = path.parent_path();
        else
            throw Error(ErrorKind::Unsupported, shown + " is neither a Hugging Face model folder nor a .gguf file");
    }
    const std::filesystem::path config_path = folder / "config.json";
    const MappedFile config_file(config_path);
    const auto bytes = config_file.bytes();
    const ModelConfig c = parse_hf_config(std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size()), path_to_utf8(config_path));
    fill_shape(f, c);
    const SafetensorsCheckpoint ckpt(folder);
    std::map<std::string, std::uint64_t> by_type;
    for (const auto& [name, t] : ckpt.tensors()) {
        // FP8 / AWQ tensors count as the engine holds them after repacking (scales folded into the blocks).
        const std::uint64_t held = hf_quantized_tensor_bytes(t, c.quantization).value_or(t.nbytes);
        f.weight_bytes += held;
        by_type[std::string(dtype_name(t.dtype))] += held;
        const int layer = layer_of(name);
        const Place place = name.find("embed_tokens") != std::string::npos ? Place::Embedding : layer < 0 ? Place::Head : Place::Layer;
        book(f, place, layer, name.find(".experts.") != std::string::npos, held);
    }
    std::uint64_t most = 0;
    for (const auto& [type, b] : by_type)
        if (b > most) {
            most = b;
            f.quant = type;
        }
    if (c.quantization.method != HfQuantization::Method::None) f.quant = hf_quantization_name(c.quantization);
    return f;
}

}  // namespace qwendesk::hw
