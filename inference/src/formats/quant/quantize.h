// Quantisation of float32 rows into GGUF block types: reference-quality (scalar, searched scales),
// used to quantise BF16/F32 checkpoints on load and to build benchmark models with random weights.
// The output is a valid block stream that dequantize_row() (and ggml) reads; it is not required to be
// byte-identical to llama-quantize's output.
#pragma once

#include <cstddef>

#include "formats/dtype.h"

namespace qwendesk {

// Quantises `n` floats (a multiple of the type's block size) into row_bytes(type, n) bytes at `dst`.
// Handles F32, F16, BF16, Q4_0, Q4_1, Q5_0, Q5_1, Q8_0, Q2_K, Q3_K, Q4_K, Q5_K, Q6_K, Q8_K, IQ4_NL and
// IQ4_XS. Throws Error(Unsupported) for other types, Error(InvalidArgument) for a bad n.
// Non-finite inputs give unspecified (but memory-safe) blocks.
void quantize_row(DType type, const float* src, void* dst, std::size_t n);

// Whether quantize_row handles `type`.
bool can_quantize(DType type);

}  // namespace qwendesk
