// Non-linear 4-bit types: each 4-bit code indexes a fixed 16-entry grid of int8 levels
// (kIq4Grid, ggml's kvalues_iq4nl), scaled per block.
//   IQ4_NL {f16 d; u8 qs[16]}                                   32 elements, x = d * grid[code]
//   IQ4_XS {f16 d; u16 scales_h; u8 scales_l[4]; u8 qs[128]}   256 elements in 8 sub-blocks of 32;
//          sub-block b's 6-bit scale ls = (scales_l[b/2] >> 4(b%2)) & 15 | ((scales_h >> 2b) & 3) << 4,
//          x = (d * (ls - 32)) * grid[code]
// Codes: byte j of a 32-element (sub-)block holds element j (low nibble) and j + 16 (high nibble).
#include <cmath>
#include <cstring>

#include "formats/quant/half.h"
#include "formats/quant/quant_fit.h"
#include "formats/quant/quant_impl.h"

namespace qwendesk::quant {

namespace {
constexpr std::int8_t kIq4Grid[16] = {-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113};

int nearest_code(float v) {  // v in grid units
    int best = 0;
    float best_err = std::fabs(v - kIq4Grid[0]);
    for (int k = 1; k < 16; ++k) {
        const float e = std::fabs(v - kIq4Grid[k]);
        if (e < best_err) {
            best_err = e;
            best = k;
        }
    }
    return best;
}

// Best signed scale for 32 values on the grid: candidates around max / -127, each refined by least
// squares for its codes.
float fit_grid(const float* x) {
    const float max = signed_absmax(x, 32);
    if (max == 0.0f || !std::isfinite(max)) return 0.0f;
    float best = max / -127.0f;
    double best_err = INFINITY;
    for (int step = -10; step <= 10; ++step) {
        const float d = max / (-127.0f + 2.0f * static_cast<float>(step));
        const float id = 1.0f / d;
        double sxg = 0, sg2 = 0;
        int codes[32];
        for (int j = 0; j < 32; ++j) {
            codes[j] = nearest_code(x[j] * id);
            sxg += static_cast<double>(x[j]) * kIq4Grid[codes[j]];
            sg2 += static_cast<double>(kIq4Grid[codes[j]]) * kIq4Grid[codes[j]];
        }
        const double a = sxg / sg2;
        double err = 0;
        for (int j = 0; j < 32; ++j) {
            const double e = a * kIq4Grid[codes[j]] - x[j];
            err += e * e;
        }
        if (err < best_err) {
            best_err = err;
            best = static_cast<float>(a);
        }
    }
    return best;
}

void encode_block32(const float* x, float dl, u8* qs) {
    const float id = dl != 0.0f ? 1.0f / dl : 0.0f;
    for (int j = 0; j < 16; ++j) {
        const int lo = dl != 0.0f ? nearest_code(x[j] * id) : 8;  // grid[8] = 1 is the smallest level
        const int hi = dl != 0.0f ? nearest_code(x[j + 16] * id) : 8;
        qs[j] = static_cast<u8>(lo | (hi << 4));
    }
}
}  // namespace

void dequant_iq4_nl(const u8* x, float* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += 18, y += 32) {
        const float d = load_f16le(x);
        const u8* qs = x + 2;
        for (int j = 0; j < 16; ++j) {
            y[j] = d * static_cast<float>(kIq4Grid[qs[j] & 0xF]);
            y[j + 16] = d * static_cast<float>(kIq4Grid[qs[j] >> 4]);
        }
    }
}

void dequant_iq4_xs(const u8* x, float* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += 136) {
        const float d = load_f16le(x);
        const unsigned scales_h = load_u16le(x + 2);
        const u8* scales_l = x + 4;
        const u8* qs = x + 8;
        for (int ib = 0; ib < 8; ++ib) {
            const int ls = ((scales_l[ib / 2] >> (4 * (ib % 2))) & 0xF) | (((scales_h >> (2 * ib)) & 3) << 4);
            const float dl = d * static_cast<float>(ls - 32);
            for (int j = 0; j < 16; ++j) {
                y[j] = dl * static_cast<float>(kIq4Grid[qs[j] & 0xF]);
                y[j + 16] = dl * static_cast<float>(kIq4Grid[qs[j] >> 4]);
            }
            y += 32;
            qs += 16;
        }
    }
}

void quant_iq4_nl(const float* x, u8* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += 32, y += 18) {
        const float d = f16_to_f32(f32_to_f16(fit_grid(x)));
        store_f16le(y, d);
        encode_block32(x, d, y + 2);
    }
}

void quant_iq4_xs(const float* x, u8* y, std::size_t nb) {
    for (std::size_t i = 0; i < nb; ++i, x += 256, y += 136) {
        float scales[8];
        for (int ib = 0; ib < 8; ++ib) scales[ib] = fit_grid(x + 32 * ib);
        const float max = signed_absmax(scales, 8);
        const float d = max != 0.0f ? f16_to_f32(f32_to_f16(max / -32.0f)) : 0.0f;
        const float id = d != 0.0f ? 1.0f / d : 0.0f;
        unsigned scales_h = 0;
        u8* scales_l = y + 4;
        std::memset(scales_l, 0, 4);
        for (int ib = 0; ib < 8; ++ib) {
            const int ls = clamp_int(round_int(scales[ib] * id), -32, 31) + 32;
            scales_l[ib / 2] = static_cast<u8>(scales_l[ib / 2] | ((ls & 0xF) << (4 * (ib % 2))));
            scales_h |= static_cast<unsigned>(ls >> 4) << (2 * ib);
            encode_block32(x + 32 * ib, d * static_cast<float>(ls - 32), y + 8 + 16 * ib);
        }
        store_f16le(y, d);
        store_u16le(y + 2, static_cast<std::uint16_t>(scales_h));
    }
}

}  // namespace qwendesk::quant
