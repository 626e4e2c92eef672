// Dequantisation of GGUF weight rows to float32.
//
// Bit-exactness: every type reproduces the ggml definition (ggml-quants.c's dequantize_row_*, which
// gguf-py's NumPy code equals bit for bit): the same float32 operations in the same order, scales
// widened from fp16 exactly. Quantised files therefore mean exactly what llama.cpp says they mean.
// (This relies on the compiler not contracting a*b+c into a fused multiply-add. The files are compiled
// without -mfma on x86-64 so no FMA exists there; targets with FMA in the base ISA need
// -ffp-contract=off for the quant sources.)
#pragma once

#include <cstddef>

#include "formats/dtype.h"

namespace qwendesk {

// Dequantises `n` elements starting at `src` (packed blocks, any alignment) into `dst`.
// n must be a multiple of the type's block size. Handles F32, F16, BF16, Q4_0, Q4_1, Q5_0, Q5_1, Q8_0,
// Q2_K, Q3_K, Q4_K, Q5_K, Q6_K, Q8_K, IQ4_NL and IQ4_XS.
// Throws Error(Unsupported) for other types and Error(InvalidArgument) for a bad n.
void dequantize_row(DType type, const void* src, float* dst, std::size_t n);

// Whether dequantize_row handles `type`.
bool can_dequantize(DType type);

}  // namespace qwendesk
