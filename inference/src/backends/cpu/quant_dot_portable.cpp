// Portable integer dot products of quantised weight rows with int8 activation blocks: the reference the
// SIMD versions are tested against. Layouts follow the GGUF block definitions (see formats/quant/).
#include "backends/cpu/quant_matmul.h"
#include "formats/quant/half.h"
#include "formats/quant/quant_impl.h"

namespace qwendesk::cpu {

namespace {

using u8 = std::uint8_t;

float dot_q8_0(const u8* row, const ActBlock* act, std::size_t cols) {
    float sum = 0;
    for (std::size_t b = 0; b < cols / 32; ++b, row += 34) {
        const auto* q = reinterpret_cast<const std::int8_t*>(row + 2);
        int s = 0;
        for (int i = 0; i < 32; ++i) s += q[i] * act[b].q[i];
        sum += load_f16le(row) * act[b].d * static_cast<float>(s);
    }
    return sum;
}

float dot_q4_0(const u8* row, const ActBlock* act, std::size_t cols) {
    float sum = 0;
    for (std::size_t b = 0; b < cols / 32; ++b, row += 18) {
        const u8* qs = row + 2;
        int s = 0;
        for (int i = 0; i < 16; ++i) s += (qs[i] & 0xF) * act[b].q[i] + (qs[i] >> 4) * act[b].q[i + 16];
        s -= 8 * (act[b].sum16[0] + act[b].sum16[1]);
        sum += load_f16le(row) * act[b].d * static_cast<float>(s);
    }
    return sum;
}

float dot_q4_k(const u8* row, const ActBlock* act, std::size_t cols) {
    float sum = 0;
    for (std::size_t sb = 0; sb < cols / 256; ++sb, row += 144, act += 8) {
        const float d = load_f16le(row), dmin = load_f16le(row + 2);
        const u8* scales = row + 4;
        const u8* qs = row + 16;
        for (int j = 0; j < 4; ++j) {
            for (int half = 0; half < 2; ++half) {
                const int sub = 2 * j + half;
                int sc, m;
                quant::scale_min_k4(sub, scales, sc, m);
                int s = 0;
                for (int i = 0; i < 32; ++i) s += (half ? qs[32 * j + i] >> 4 : qs[32 * j + i] & 0xF) * act[sub].q[i];
                const int xsum = act[sub].sum16[0] + act[sub].sum16[1];
                sum += act[sub].d * (d * static_cast<float>(sc) * static_cast<float>(s) - dmin * static_cast<float>(m) * static_cast<float>(xsum));
            }
        }
    }
    return sum;
}

float dot_q5_k(const u8* row, const ActBlock* act, std::size_t cols) {
    float sum = 0;
    for (std::size_t sb = 0; sb < cols / 256; ++sb, row += 176, act += 8) {
        const float d = load_f16le(row), dmin = load_f16le(row + 2);
        const u8* scales = row + 4;
        const u8* qh = row + 16;
        const u8* qs = row + 48;
        for (int j = 0; j < 4; ++j) {
            for (int half = 0; half < 2; ++half) {
                const int sub = 2 * j + half;
                const u8 bit = static_cast<u8>(1u << sub);
                int sc, m;
                quant::scale_min_k4(sub, scales, sc, m);
                int s = 0;
                for (int i = 0; i < 32; ++i) {
                    const int q = (half ? qs[32 * j + i] >> 4 : qs[32 * j + i] & 0xF) + ((qh[i] & bit) ? 16 : 0);
                    s += q * act[sub].q[i];
                }
                const int xsum = act[sub].sum16[0] + act[sub].sum16[1];
                sum += act[sub].d * (d * static_cast<float>(sc) * static_cast<float>(s) - dmin * static_cast<float>(m) * static_cast<float>(xsum));
            }
        }
    }
    return sum;
}

float dot_q6_k(const u8* row, const ActBlock* act, std::size_t cols) {
    float sum = 0;
    for (std::size_t sb = 0; sb < cols / 256; ++sb, row += 210, act += 8) {
        const u8* ql = row;
        const u8* qh = row + 128;
        const auto* sc = reinterpret_cast<const std::int8_t*>(row + 192);
        const float d = load_f16le(row + 208);
        for (int n = 0; n < 2; ++n) {
            // Four runs of 32 values per half: low/high nibbles of ql[0..31] and ql[32..63] with 2 bits of qh each.
            for (int k = 0; k < 4; ++k) {
                const ActBlock& a = act[4 * n + k];
                for (int h = 0; h < 2; ++h) {
                    int s = 0;
                    for (int l = 16 * h; l < 16 * h + 16; ++l) {
                        const u8 low = (k & 1) ? ql[l + 32] : ql[l];
                        const int q = ((k < 2 ? low & 0xF : low >> 4) | (((qh[l] >> (2 * k)) & 3) << 4)) - 32;
                        s += q * a.q[l];
                    }
                    sum += d * static_cast<float>(sc[2 * k + h]) * a.d * static_cast<float>(s);
                }
            }
            ql += 64;
            qh += 32;
            sc += 8;
        }
    }
    return sum;
}

const QuantDotKernels kPortable{dot_q8_0, dot_q4_0, dot_q4_k, dot_q5_k, dot_q6_k};

}  // namespace

const QuantDotKernels& portable_quant_kernels() { return kPortable; }

}  // namespace qwendesk::cpu
