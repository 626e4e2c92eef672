#include "model/hf_quantized.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "formats/dtype.h"
#include "formats/quant/half.h"
#include "formats/quant/quant_impl.h"
#include "formats/safetensors.h"
#include "platform/thread_pool.h"
#include "qwendesk/errors.h"

namespace qwendesk {

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

[[noreturn]] void unsupported(const std::string& origin, const std::string& what) {
    throw Error(ErrorKind::Unsupported, origin + ": quantization_config: " + what);
}
[[noreturn]] void corrupt(const std::string& origin, const std::string& what) {
    throw Error(ErrorKind::CorruptFile, origin + ": " + what);
}

std::string json_text(const nlohmann::json& j) { return j.dump(); }

const TensorView& need(const SafetensorsCheckpoint& ckpt, const std::string& name, const std::string& origin,
                       const std::string& why) {
    const TensorView* t = ckpt.find(name);
    if (!t) corrupt(origin, "tensor '" + name + "' is missing (" + why + ")");
    return *t;
}

void check_shape(const TensorView& t, std::initializer_list<std::int64_t> want, const std::string& origin) {
    std::vector<std::int64_t> w(want);
    if (t.shape != w) {
        TensorView v;
        v.shape = w;
        corrupt(origin, "tensor '" + t.name + "' has shape " + t.shape_string() + " but the config implies " + v.shape_string());
    }
}

std::shared_ptr<std::uint8_t[]> allocate(std::size_t bytes, const std::string& name) {
    try {
        return std::shared_ptr<std::uint8_t[]>(new std::uint8_t[bytes]);
    } catch (const std::bad_alloc&) {
        throw Error(ErrorKind::OutOfMemory, "not enough memory to repack '" + name + "' (" + std::to_string(bytes >> 20) + " MiB)");
    }
}

float scale_at(const TensorView& s, std::size_t index) {
    const std::uint8_t* p = s.data;
    switch (s.dtype) {
        case DType::BF16: return bf16_to_f32(load_u16le(p + 2 * index));
        case DType::F16: return f16_to_f32(load_u16le(p + 2 * index));
        default: return load_f32le(p + 4 * index);
    }
}

DType fp8_type(std::int64_t cols) { return cols % 128 == 0 ? DType::F8_E4M3_B128 : DType::F8_E4M3_B16; }
DType awq_type(int group_size) { return group_size % 128 == 0 ? DType::AWQ4_G128 : DType::AWQ4_G32; }

WeightMatrix load_fp8(const SafetensorsCheckpoint& ckpt, const HfQuantization& q, const TensorView& w, const std::string& module,
                      std::int64_t N, std::int64_t K, std::vector<std::shared_ptr<const void>>& storage, const std::string& origin,
                      ThreadPool& pool) {
    check_shape(w, {N, K}, origin);
    const TensorView& s = need(ckpt, module + ".weight_scale_inv", origin, "an FP8 weight needs its block scales");
    const std::int64_t sn = (N + q.block_n - 1) / q.block_n, sk = (K + q.block_k - 1) / q.block_k;
    check_shape(s, {sn, sk}, origin);
    if (s.dtype != DType::BF16 && s.dtype != DType::F16 && s.dtype != DType::F32)
        corrupt(origin, "tensor '" + s.name + "' is " + std::string(dtype_name(s.dtype)) + "; FP8 block scales must be BF16, F16 or F32");
    if (K % 16 != 0)
        throw Error(ErrorKind::Unsupported, origin + ": tensor '" + w.name + "' has " + std::to_string(K) +
                                                " input columns; FP8 weights need a multiple of 16");
    WeightMatrix m;
    m.dtype = fp8_type(K);
    m.rows = N;
    m.cols = K;
    const std::size_t block = dtype_info(m.dtype)->block_elements, block_bytes = dtype_info(m.dtype)->block_bytes;
    m.row_bytes = static_cast<std::size_t>(K) / block * block_bytes;
    auto bytes = allocate(m.row_bytes * static_cast<std::size_t>(N), w.name);
    pool.parallel_for(N, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t r = begin; r < end; ++r) {
            std::uint8_t* out = bytes.get() + static_cast<std::size_t>(r) * m.row_bytes;
            const std::uint8_t* codes = w.data + static_cast<std::size_t>(r) * static_cast<std::size_t>(K);
            for (std::size_t b = 0; b < static_cast<std::size_t>(K) / block; ++b, out += block_bytes) {
                const std::size_t k0 = b * block;
                const float scale = scale_at(s, static_cast<std::size_t>(r / q.block_n * sk) + k0 / static_cast<std::size_t>(q.block_k));
                store_f32le(out, scale);
                std::memcpy(out + 4, codes + k0, block);
            }
        }
    });
    m.data = bytes.get();
    storage.push_back(std::shared_ptr<const void>(bytes, bytes.get()));
    return m;
}

WeightMatrix load_awq(const SafetensorsCheckpoint& ckpt, const HfQuantization& q, const TensorView& qw, const std::string& module,
                      std::int64_t N, std::int64_t K, std::vector<std::shared_ptr<const void>>& storage, const std::string& origin,
                      ThreadPool& pool) {
    const std::int64_t G = q.group_size;
    if (N % 8 != 0)
        throw Error(ErrorKind::Unsupported, origin + ": '" + qw.name + "': AWQ packs 8 output columns per int32 word, but the layer has " +
                                                std::to_string(N) + " outputs");
    if (K % G != 0)
        corrupt(origin, "group_size " + std::to_string(G) + " does not divide the " + std::to_string(K) + " input features of '" +
                            qw.name + "'");
    if (qw.dtype != DType::I32) corrupt(origin, "tensor '" + qw.name + "' is " + std::string(dtype_name(qw.dtype)) + "; AWQ qweight must be I32");
    check_shape(qw, {K, N / 8}, origin);
    const TensorView& z = need(ckpt, module + ".qzeros", origin, "an AWQ weight needs its zero points");
    const TensorView& s = need(ckpt, module + ".scales", origin, "an AWQ weight needs its scales");
    if (z.dtype != DType::I32) corrupt(origin, "tensor '" + z.name + "' is " + std::string(dtype_name(z.dtype)) + "; AWQ qzeros must be I32");
    if (s.dtype != DType::F16) corrupt(origin, "tensor '" + s.name + "' is " + std::string(dtype_name(s.dtype)) + "; AWQ scales must be F16");
    check_shape(z, {K / G, N / 8}, origin);
    check_shape(s, {K / G, N}, origin);

    WeightMatrix m;
    m.dtype = awq_type(static_cast<int>(G));
    m.rows = N;
    m.cols = K;
    const std::size_t block = dtype_info(m.dtype)->block_elements, block_bytes = dtype_info(m.dtype)->block_bytes;
    m.row_bytes = static_cast<std::size_t>(K) / block * block_bytes;
    auto bytes = allocate(m.row_bytes * static_cast<std::size_t>(N), qw.name);
    const std::size_t words = static_cast<std::size_t>(N / 8);
    // Eight output rows share each int32 word: one job per word column, walking down the input rows.
    pool.parallel_for(N / 8, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t j = begin; j < end; ++j) {
            for (std::int64_t k = 0; k < K; ++k) {
                const std::uint32_t word = load_u32le(qw.data + 4 * (static_cast<std::size_t>(k) * words + static_cast<std::size_t>(j)));
                const std::size_t blk = static_cast<std::size_t>(k) / block, in_block = static_cast<std::size_t>(k) % block;
                for (int c = 0; c < 8; ++c) {
                    const std::size_t n = static_cast<std::size_t>(j) * 8 + static_cast<std::size_t>(c);
                    std::uint8_t* out = bytes.get() + n * m.row_bytes + blk * block_bytes;
                    if (in_block == 0) {
                        const std::size_t g = static_cast<std::size_t>(k / G);
                        std::memcpy(out, s.data + 2 * (g * static_cast<std::size_t>(N) + n), 2);  // fp16 bits as stored
                        out[2] = static_cast<std::uint8_t>(awq_unpack(load_u32le(z.data + 4 * (g * words + static_cast<std::size_t>(j))), c));
                        out[3] = 0;
                    }
                    quant::awq_set_element(out, block, in_block, awq_unpack(word, c));
                }
            }
        }
    });
    m.data = bytes.get();
    storage.push_back(std::shared_ptr<const void>(bytes, bytes.get()));
    return m;
}

}  // namespace

HfQuantization parse_hf_quantization(const nlohmann::json& j, const std::string& origin) {
    if (!j.is_object()) corrupt(origin, "\"quantization_config\" must be an object");
    HfQuantization q;
    const std::string method = j.contains("quant_method") && j["quant_method"].is_string() ? lower(j["quant_method"].get<std::string>()) : "";
    if (j.contains("modules_to_not_convert") && !j["modules_to_not_convert"].is_null()) {
        if (!j["modules_to_not_convert"].is_array()) corrupt(origin, "quantization_config.modules_to_not_convert must be a list or null");
        for (const auto& m : j["modules_to_not_convert"])
            if (m.is_string()) q.modules_to_not_convert.push_back(m.get<std::string>());
    }
    if (method == "fp8") {
        q.method = HfQuantization::Method::Fp8;
        const std::string fmt = j.contains("fmt") && j["fmt"].is_string() ? lower(j["fmt"].get<std::string>()) : "e4m3";
        if (fmt != "e4m3") unsupported(origin, "FP8 format \"" + fmt + "\" is not supported (e4m3 is)");
        const std::string act = j.contains("activation_scheme") && j["activation_scheme"].is_string()
                                    ? lower(j["activation_scheme"].get<std::string>()) : "dynamic";
        if (act != "dynamic")
            unsupported(origin, "FP8 activation_scheme \"" + act + "\" is not supported (dynamic is; QwenDesk keeps activations in float32)");
        if (!j.contains("weight_block_size") || j["weight_block_size"].is_null())
            unsupported(origin, "FP8 without weight_block_size (one scale per tensor) is not supported (fine-grained [128, 128] blocks are)");
        const auto& b = j["weight_block_size"];
        if (!b.is_array() || b.size() != 2 || !b[0].is_number_integer() || !b[1].is_number_integer())
            corrupt(origin, "quantization_config.weight_block_size must be [rows, cols], got " + json_text(b));
        q.block_n = b[0].get<int>();
        q.block_k = b[1].get<int>();
        if (q.block_n != 128 || q.block_k != 128)
            unsupported(origin, "FP8 weight_block_size " + json_text(b) + " is not supported ([128, 128] is)");
        return q;
    }
    if (method == "awq") {
        q.method = HfQuantization::Method::Awq;
        const int bits = j.contains("bits") && j["bits"].is_number_integer() ? j["bits"].get<int>()
                         : j.contains("w_bit") && j["w_bit"].is_number_integer() ? j["w_bit"].get<int>() : -1;
        if (bits != 4) unsupported(origin, "AWQ with " + std::to_string(bits) + " bits is not supported (4 bits is)");
        const std::string version = j.contains("version") && j["version"].is_string() ? lower(j["version"].get<std::string>()) : "gemm";
        if (version != "gemm")
            unsupported(origin, "AWQ version \"" + version + "\" is not supported (gemm, AutoAWQ's WQLinear_GEMM packing, is)");
        const bool zero_point = j.contains("zero_point") && j["zero_point"].is_boolean() ? j["zero_point"].get<bool>() : true;
        if (!zero_point) unsupported(origin, "AWQ without zero_point is not supported (zero_point: true is)");
        const auto& g = j.contains("group_size") ? j["group_size"] : j.value("q_group_size", nlohmann::json());
        if (!g.is_number_integer()) corrupt(origin, "quantization_config.group_size must be an integer, got " + json_text(g));
        q.group_size = g.get<int>();
        if (q.group_size <= 0 || q.group_size % 32 != 0)
            unsupported(origin, "AWQ group_size " + std::to_string(q.group_size) + " is not supported (a positive multiple of 32 is)");
        return q;
    }
    unsupported(origin, "quant_method \"" + (method.empty() ? std::string("(missing)") : method) +
                            "\" is not supported (QwenDesk reads Qwen's fp8 (e4m3, [128, 128] blocks) and awq (4-bit gemm) checkpoints)");
}

std::optional<WeightMatrix> load_hf_quantized_linear(const SafetensorsCheckpoint& ckpt, const HfQuantization& q, const std::string& module,
                                                     std::int64_t rows, std::int64_t cols, std::vector<std::shared_ptr<const void>>& storage,
                                                     const std::string& origin, ThreadPool& pool) {
    if (q.method == HfQuantization::Method::Fp8) {
        const TensorView* w = ckpt.find(module + ".weight");
        if (!w || w->dtype != DType::F8_E4M3) return std::nullopt;  // unquantised module: bound as stored
        return load_fp8(ckpt, q, *w, module, rows, cols, storage, origin, pool);
    }
    if (q.method == HfQuantization::Method::Awq) {
        const TensorView* qw = ckpt.find(module + ".qweight");
        if (!qw) {
            if (ckpt.find(module + ".weight")) return std::nullopt;
            corrupt(origin, "tensor '" + module + ".qweight' is missing (and there is no unquantised '" + module + ".weight')");
        }
        return load_awq(ckpt, q, *qw, module, rows, cols, storage, origin, pool);
    }
    return std::nullopt;
}

std::optional<std::uint64_t> hf_quantized_tensor_bytes(const TensorView& t, const HfQuantization& q) {
    auto ends_with = [&](const char* suffix) {
        const std::size_t n = std::strlen(suffix);
        return t.name.size() >= n && t.name.compare(t.name.size() - n, n, suffix) == 0;
    };
    if (q.method == HfQuantization::Method::Fp8) {
        if (ends_with(".weight_scale_inv")) return 0;
        if (t.dtype == DType::F8_E4M3 && t.shape.size() == 2) {
            const DType type = fp8_type(t.shape[1]);
            if (auto rb = row_bytes(type, static_cast<std::size_t>(t.shape[1]))) return *rb * static_cast<std::uint64_t>(t.shape[0]);
        }
    }
    if (q.method == HfQuantization::Method::Awq && q.group_size > 0) {
        if (ends_with(".qzeros") || ends_with(".scales")) return 0;
        if (ends_with(".qweight") && t.shape.size() == 2) {  // [K, N/8]
            const auto K = static_cast<std::uint64_t>(t.shape[0]), N = static_cast<std::uint64_t>(t.shape[1]) * 8;
            const auto info = dtype_info(awq_type(q.group_size));
            return K / info->block_elements * info->block_bytes * N;
        }
    }
    return std::nullopt;
}

std::string hf_quantization_name(const HfQuantization& q) {
    switch (q.method) {
        case HfQuantization::Method::Fp8: return "FP8 e4m3 " + std::to_string(q.block_n) + "x" + std::to_string(q.block_k);
        case HfQuantization::Method::Awq: return "AWQ 4-bit g" + std::to_string(q.group_size);
        default: return "";
    }
}

}  // namespace qwendesk
