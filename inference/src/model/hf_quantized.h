// Qwen's official quantised Hugging Face checkpoints: fine-grained FP8 (e4m3 with 128x128 block scales, like
// Qwen/Qwen3-8B-FP8) and AutoAWQ GEMM 4-bit (like Qwen/Qwen3-8B-AWQ). Reads `quantization_config`, validates
// every tensor of a quantised Linear against the format, and repacks it once at load into the engine's
// row-major block types (F8_E4M3_B128/B16, AWQ4_G128/G32: formats/quant/quant_fp8.cpp, quant_awq.cpp), which
// the CPU kernels compute with directly (no float copy of the model is ever made).
// Format definitions: ../shared/fixtures/hf-quantized/README.md (transformers' finegrained_fp8, AutoAWQ's
// WQLinear_GEMM).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "backends/backend.h"
#include "formats/tensor.h"
#include "model/config.h"

namespace qwendesk {

class SafetensorsCheckpoint;
class ThreadPool;

// Parses config.json's `quantization_config`. Throws Error(Unsupported) naming what is not implemented (GPTQ and
// other methods, bits other than 4, AWQ versions other than gemm, no zero point, FP8 formats other than e4m3,
// block sizes other than 128x128, static activation scales, group sizes that are not a multiple of 32) and
// Error(CorruptFile) for malformed values.
HfQuantization parse_hf_quantization(const nlohmann::json& quantization_config, const std::string& origin);

// Binds the decoder Linear `module` ("model.layers.0.self_attn.q_proj"): [rows = out_features,
// cols = in_features]. Returns nullopt when the checkpoint stores this module unquantised (`module.weight` in
// F32/F16/BF16: modules_to_not_convert), so the caller binds it as a plain matrix. Repacked bytes are appended
// to `storage`. Throws Error(CorruptFile) naming the tensor for a missing scale / zero tensor, a wrong shape
// or dtype, or a group size that does not divide the input; Error(Unsupported) for a shape we cannot block.
std::optional<WeightMatrix> load_hf_quantized_linear(const SafetensorsCheckpoint& ckpt, const HfQuantization& q,
                                                     const std::string& module, std::int64_t rows, std::int64_t cols,
                                                     std::vector<std::shared_ptr<const void>>& storage,
                                                     const std::string& origin, ThreadPool& pool);

// The bytes the engine holds for checkpoint tensor `t` once loaded (for the memory planner): the repacked size
// for an FP8 weight or an AWQ qweight, 0 for their scale / zero tensors, nullopt for tensors used as stored.
std::optional<std::uint64_t> hf_quantized_tensor_bytes(const TensorView& t, const HfQuantization& q);

// AutoAWQ's packing: the 4-bit value of column `column` (0..7) of an int32 word of qweight / qzeros.
// Nibble i (bits 4i..4i+3) holds column ORDER[i], ORDER = [0, 2, 4, 6, 1, 3, 5, 7].
inline int awq_unpack(std::uint32_t word, int column) {
    static constexpr int kNibbleOf[8] = {0, 4, 1, 5, 2, 6, 3, 7};
    return static_cast<int>((word >> (4 * kNibbleOf[column])) & 0xFu);
}

// Human-readable name of a checkpoint's quantisation ("FP8 e4m3 128x128", "AWQ 4-bit g128"); empty for None.
std::string hf_quantization_name(const HfQuantization& q);

}  // namespace qwendesk
