// Portable integer dot products of repacked AutoAWQ rows (formats/quant/quant_awq.cpp) with int8 activations:
// per block of 32 activations, scale * (dx * sum(q * x) - zero * dx * sum(x)), the reference the AVX-512
// versions are tested against.
#include "backends/cpu/quant_matmul.h"
#include "formats/quant/half.h"

namespace qwendesk::cpu {

namespace {

using u8 = std::uint8_t;

template <std::size_t kBlock>
float dot_awq(const u8* row, const QuantizedRow& a, std::size_t cols) {
    float sum = 0;
    for (std::size_t blk = 0; blk < cols / kBlock; ++blk, row += 4 + kBlock / 2) {
        const float scale = load_f16le(row);
        const float zero = static_cast<float>(row[2] & 0xF);
        const u8* qs = row + 4;
        for (std::size_t sub = 0; sub < kBlock / 32; ++sub) {
            // Elements 32*sub .. 32*sub+31: in G128 blocks the low (sub even) or high (sub odd) nibbles of bytes
            // 32*(sub/2) ..; in G32 blocks bytes 0..15 low then high.
            const std::size_t b = blk * (kBlock / 32) + sub;
            const std::int8_t* x = a.q + b * 32;
            int s = 0;
            if constexpr (kBlock == 32) {
                for (int i = 0; i < 16; ++i) s += (qs[i] & 0xF) * x[i] + (qs[i] >> 4) * x[i + 16];
            } else {
                const u8* q = qs + 32 * (sub / 2);
                const int shift = (sub % 2) * 4;
                for (int i = 0; i < 32; ++i) s += ((q[i] >> shift) & 0xF) * x[i];
            }
            sum += scale * (a.d[b] * static_cast<float>(s) - zero * a.dsum[b]);
        }
    }
    return sum;
}

template <float (*Dot)(const u8*, const QuantizedRow&, std::size_t)>
void dot_tokens(const u8* row, const QuantizedRow* act, int n_tokens, std::size_t cols, float* out) {
    for (int t = 0; t < n_tokens; ++t) out[t] = Dot(row, act[t], cols);
}

}  // namespace

QuantDot awq_portable_dot(DType type) {
    switch (type) {
        case DType::AWQ4_G128: return dot_tokens<dot_awq<128>>;
        case DType::AWQ4_G32: return dot_tokens<dot_awq<32>>;
        default: return nullptr;
    }
}

#if !QWENDESK_X86_SIMD
QuantDot awq_avx512_dot(DType) { return nullptr; }
#endif

}  // namespace qwendesk::cpu
