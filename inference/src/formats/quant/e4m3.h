// float8_e4m3fn (OCP FP8 E4M3, PyTorch's torch.float8_e4m3fn): 1 sign, 4 exponent (bias 7) and 3 mantissa bits.
// Exponent field 0 is subnormal (m * 2^-9); S.1111.111 (0x7F, 0xFF) is NaN; there are no infinities; the
// largest finite value is 448 (0x7E). Decoding is exact (every code is a float32); encoding rounds to nearest,
// ties to even, saturating at +-448 (as the Hugging Face / vLLM quantisers clip before the cast).
#pragma once

#include <cstdint>

namespace qwendesk {

// The value of every code, NaN for 0x7F and 0xFF.
const float* e4m3_table();  // [256]
inline float e4m3_to_f32(std::uint8_t code) { return e4m3_table()[code]; }

// Round to nearest even after clamping to [-448, 448]; NaN gives 0x7F.
std::uint8_t f32_to_e4m3(float value);

}  // namespace qwendesk
