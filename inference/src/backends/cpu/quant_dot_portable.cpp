// Portable integer dot products of quantised weight rows with int8 activations: the reference the SIMD
// versions are tested against. Layouts follow the GGUF block definitions (see formats/quant/).
#include "backends/cpu/quant_matmul.h"
#include "formats/quant/half.h"
#include "formats/quant/quant_impl.h"

namespace qwendesk::cpu {

namespace {

using u8 = std::uint8_t;

float dot_q8_0(const u8* row, const QuantizedRow& a, std::size_t cols) {
    float sum = 0;
    for (std::size_t b = 0; b < cols / 32; ++b, row += 34) {
        const auto* q = reinterpret_cast<const std::int8_t*>(row + 2);
        int s = 0;
        for (int i = 0; i < 32; ++i) s += q[i] * a.q[b * 32 + static_cast<std::size_t>(i)];
        sum += load_f16le(row) * a.d[b] * static_cast<float>(s);
    }
    return sum;
}

float dot_q4_0(const u8* row, const QuantizedRow& a, std::size_t cols) {
    float sum = 0;
    for (std::size_t b = 0; b < cols / 32; ++b, row += 18) {
        const u8* qs = row + 2;
        const std::int8_t* x = a.q + b * 32;
        int s = 0;
        for (int i = 0; i < 16; ++i) s += (qs[i] & 0xF) * x[i] + (qs[i] >> 4) * x[i + 16];
        const float d = load_f16le(row);
        sum += d * a.d[b] * static_cast<float>(s) - 8.0f * d * a.dsum[b];
    }
    return sum;
}

template <bool kHighBits>
float dot_q45_k(const u8* row, const QuantizedRow& a, std::size_t cols) {
    float sum = 0;
    for (std::size_t sb = 0; sb < cols / 256; ++sb, row += kHighBits ? 176 : 144) {
        const float d = load_f16le(row), dmin = load_f16le(row + 2);
        const u8* scales = row + 4;
        const u8* qh = row + 16;
        const u8* qs = row + (kHighBits ? 48 : 16);
        for (int sub = 0; sub < 8; ++sub) {
            const int j = sub / 2, half = sub % 2;
            int sc, m;
            quant::scale_min_k4(sub, scales, sc, m);
            const std::size_t b = sb * 8 + static_cast<std::size_t>(sub);
            const std::int8_t* x = a.q + b * 32;
            int s = 0;
            for (int i = 0; i < 32; ++i) {
                int q = half ? qs[32 * j + i] >> 4 : qs[32 * j + i] & 0xF;
                if (kHighBits && (qh[i] & (1u << sub))) q += 16;
                s += q * x[i];
            }
            sum += d * static_cast<float>(sc) * a.d[b] * static_cast<float>(s) - dmin * static_cast<float>(m) * a.dsum[b];
        }
    }
    return sum;
}

float dot_q6_k(const u8* row, const QuantizedRow& a, std::size_t cols) {
    float sum = 0;
    for (std::size_t sb = 0; sb < cols / 256; ++sb, row += 210) {
        const u8* ql = row;
        const u8* qh = row + 128;
        const auto* sc = reinterpret_cast<const std::int8_t*>(row + 192);
        const float d = load_f16le(row + 208);
        for (int n = 0; n < 2; ++n, ql += 64, qh += 32, sc += 8) {
            // Four runs of 32 values per half: low/high nibbles of ql[0..31] and ql[32..63] with 2 bits of qh each.
            for (int k = 0; k < 4; ++k) {
                const std::size_t b = sb * 8 + static_cast<std::size_t>(4 * n + k);
                const std::int8_t* x = a.q + b * 32;
                for (int h = 0; h < 2; ++h) {
                    int s = 0;
                    for (int l = 16 * h; l < 16 * h + 16; ++l) {
                        const u8 low = (k & 1) ? ql[l + 32] : ql[l];
                        const int q = (k < 2 ? low & 0xF : low >> 4) | (((qh[l] >> (2 * k)) & 3) << 4);  // 0..63
                        s += q * x[l];
                    }
                    const float ds = d * static_cast<float>(sc[2 * k + h]);
                    sum += ds * (a.d[b] * static_cast<float>(s) - 32.0f * a.dsum16[b * 2 + static_cast<std::size_t>(h)]);
                }
            }
        }
    }
    return sum;
}

template <float (*Dot)(const u8*, const QuantizedRow&, std::size_t)>
void dot_tokens(const u8* row, const QuantizedRow* act, int n_tokens, std::size_t cols, float* out) {
    for (int t = 0; t < n_tokens; ++t) out[t] = Dot(row, act[t], cols);
}

const QuantDotKernels kPortable{dot_tokens<dot_q8_0>, dot_tokens<dot_q4_0>, dot_tokens<dot_q45_k<false>>,
                                dot_tokens<dot_q45_k<true>>, dot_tokens<dot_q6_k>};

}  // namespace

const QuantDotKernels& portable_quant_kernels() { return kPortable; }

}  // namespace qwendesk::cpu
