// Device decoding of weight rows, shared by the matmul and embed kernels. Every type is decoded in units of
// 32 consecutive elements (unit u = elements 32u .. 32u + 31 of a row), and the values equal
// formats/quant/dequantize.h bit for bit: the same float32 operations in the same order, written with
// __fmul_rn/__fadd_rn/__fsub_rn so nvcc cannot contract them into fused multiply-adds; fp16 scales are
// widened exactly. Block layouts: formats/quant/quant_legacy.cpp, quant_k.cpp, quant_iq4.cpp, quant_fp8.cpp,
// quant_awq.cpp (the FP8/AWQ decoders mirror the Vulkan shader's W_F8_* / W_AWQ_* branches, dequant.glsl).
//
// Weight bytes are read one at a time or as aligned 16/32-bit words where the block layout guarantees the
// alignment (matrices start 256-byte aligned on the device; every block size used here is even).
#pragma once

#include <cuda_fp16.h>

#include <cstdint>

#include "formats/dtype.h"

namespace qwendesk::cuda {

using u8 = std::uint8_t;

__device__ __forceinline__ float f16_at(const u8* p) {
    const unsigned short h = static_cast<unsigned short>(p[0] | (p[1] << 8));
    return __half2float(__ushort_as_half(h));
}
__device__ __forceinline__ unsigned u16_at(const u8* p) { return static_cast<unsigned>(p[0]) | (static_cast<unsigned>(p[1]) << 8); }
__device__ __forceinline__ unsigned u32_at(const u8* p) { return u16_at(p) | (u16_at(p + 2) << 16); }

__device__ __constant__ const signed char kIq4Grid[16] = {-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113};

__device__ __forceinline__ void scale_min_k4(int j, const u8* q, int& sc, int& m) {
    if (j < 4) {
        sc = q[j] & 63;
        m = q[j + 4] & 63;
    } else {
        sc = (q[j + 4] & 0xF) | ((q[j - 4] >> 6) << 4);
        m = (q[j + 4] >> 4) | ((q[j] >> 6) << 4);
    }
}

// Decoder<T>::unit(row, u, cols, out) writes elements 32u .. 32u + 31 of a row; for the float types and
// F8_E4M3_B16 elements at or past `cols` read as 0 (their rows need not be a multiple of 32 long), and nothing
// past the row is read.
template <DType T>
struct Decoder;

template <>
struct Decoder<DType::F32> {
    __device__ static void unit(const u8* row, int u, int cols, float* out) {
        const float* r = reinterpret_cast<const float*>(row);
        const int base = u * 32;
#pragma unroll
        for (int j = 0; j < 32; ++j) out[j] = base + j < cols ? r[base + j] : 0.0f;
    }
    // One element (the coalesced float mat-vec path).
    __device__ static float at(const u8* row, int c) { return reinterpret_cast<const float*>(row)[c]; }
};

template <>
struct Decoder<DType::F16> {
    __device__ static float at(const u8* row, int c) {
        return __half2float(__ushort_as_half(reinterpret_cast<const unsigned short*>(row)[c]));
    }
    __device__ static void unit(const u8* row, int u, int cols, float* out) {
        const int base = u * 32;
#pragma unroll
        for (int j = 0; j < 32; ++j) out[j] = base + j < cols ? at(row, base + j) : 0.0f;
    }
};

template <>
struct Decoder<DType::BF16> {
    __device__ static float at(const u8* row, int c) {
        return __uint_as_float(static_cast<unsigned>(reinterpret_cast<const unsigned short*>(row)[c]) << 16);
    }
    __device__ static void unit(const u8* row, int u, int cols, float* out) {
        const int base = u * 32;
#pragma unroll
        for (int j = 0; j < 32; ++j) out[j] = base + j < cols ? at(row, base + j) : 0.0f;
    }
};

// {f16 d; i8 qs[32]}: x = q * d
template <>
struct Decoder<DType::Q8_0> {
    __device__ static void unit(const u8* row, int u, int, float* out) {
        const u8* b = row + 34 * u;
        const float d = f16_at(b);
#pragma unroll
        for (int j = 0; j < 32; ++j) out[j] = __fmul_rn(static_cast<float>(static_cast<signed char>(b[2 + j])), d);
    }
};

// {f16 d; u8 qs[16]}: element j low nibble of qs[j], j + 16 the high nibble; x = (q - 8) * d
template <>
struct Decoder<DType::Q4_0> {
    __device__ static void unit(const u8* row, int u, int, float* out) {
        const u8* b = row + 18 * u;
        const float d = f16_at(b);
#pragma unroll
        for (int j = 0; j < 16; ++j) {
            const int q = b[2 + j];
            out[j] = __fmul_rn(static_cast<float>((q & 0xF) - 8), d);
            out[j + 16] = __fmul_rn(static_cast<float>((q >> 4) - 8), d);
        }
    }
};

// {f16 d; f16 m; u8 qs[16]}: x = q * d + m
template <>
struct Decoder<DType::Q4_1> {
    __device__ static void unit(const u8* row, int u, int, float* out) {
        const u8* b = row + 20 * u;
        const float d = f16_at(b), m = f16_at(b + 2);
#pragma unroll
        for (int j = 0; j < 16; ++j) {
            const int q = b[4 + j];
            out[j] = __fadd_rn(__fmul_rn(static_cast<float>(q & 0xF), d), m);
            out[j + 16] = __fadd_rn(__fmul_rn(static_cast<float>(q >> 4), d), m);
        }
    }
};

// {f16 d; u32 qh; u8 qs[16]}: 5th bit of element j is bit j of qh; x = (q - 16) * d
template <>
struct Decoder<DType::Q5_0> {
    __device__ static void unit(const u8* row, int u, int, float* out) {
        const u8* b = row + 22 * u;
        const float d = f16_at(b);
        const unsigned qh = u32_at(b + 2);
#pragma unroll
        for (int j = 0; j < 16; ++j) {
            const int q = b[6 + j];
            const int h0 = static_cast<int>((qh >> j) & 1u) << 4, h1 = static_cast<int>((qh >> (j + 16)) & 1u) << 4;
            out[j] = __fmul_rn(static_cast<float>(((q & 0xF) | h0) - 16), d);
            out[j + 16] = __fmul_rn(static_cast<float>(((q >> 4) | h1) - 16), d);
        }
    }
};

// {f16 d; f16 m; u32 qh; u8 qs[16]}: x = q * d + m
template <>
struct Decoder<DType::Q5_1> {
    __device__ static void unit(const u8* row, int u, int, float* out) {
        const u8* b = row + 24 * u;
        const float d = f16_at(b), m = f16_at(b + 2);
        const unsigned qh = u32_at(b + 4);
#pragma unroll
        for (int j = 0; j < 16; ++j) {
            const int q = b[8 + j];
            const int h0 = static_cast<int>((qh >> j) & 1u) << 4, h1 = static_cast<int>((qh >> (j + 16)) & 1u) << 4;
            out[j] = __fadd_rn(__fmul_rn(static_cast<float>((q & 0xF) | h0), d), m);
            out[j + 16] = __fadd_rn(__fmul_rn(static_cast<float>((q >> 4) | h1), d), m);
        }
    }
};

// {f16 d; u8 qs[16]}: x = d * grid[code]
template <>
struct Decoder<DType::IQ4_NL> {
    __device__ static void unit(const u8* row, int u, int, float* out) {
        const u8* b = row + 18 * u;
        const float d = f16_at(b);
#pragma unroll
        for (int j = 0; j < 16; ++j) {
            const int q = b[2 + j];
            out[j] = __fmul_rn(d, static_cast<float>(kIq4Grid[q & 0xF]));
            out[j + 16] = __fmul_rn(d, static_cast<float>(kIq4Grid[q >> 4]));
        }
    }
};

// Q4_K {f16 d; f16 dmin; u8 scales[12]; u8 qs[128]} 144 bytes; Q5_K adds u8 qh[32] before qs (176 bytes).
// Unit p (0..7) of a 256-element super-block: nibble p & 1 of qs[32 (p >> 1) + l], high bit p of qh[l];
// x = d * sc * q - dmin * m.
template <bool kHigh>
struct DecoderK45 {
    __device__ static void unit(const u8* row, int u, int, float* out) {
        const u8* b = row + (kHigh ? 176 : 144) * (u >> 3);
        const int p = u & 7;
        const float d = f16_at(b), dmin = f16_at(b + 2);
        int sc, m;
        scale_min_k4(p, b + 4, sc, m);
        const float d1 = __fmul_rn(d, static_cast<float>(sc));
        const float m1 = __fmul_rn(dmin, static_cast<float>(m));
        const int shift = (p & 1) * 4;
        // 144 and 176 are multiples of 16, so the 32 code bytes (and qh) are 8 aligned words.
        const unsigned* qs = reinterpret_cast<const unsigned*>(b + (kHigh ? 48 : 16) + 32 * (p >> 1));
        const unsigned* qh = reinterpret_cast<const unsigned*>(b + 16);
#pragma unroll
        for (int i = 0; i < 8; ++i) {
            const unsigned word = qs[i];
            const unsigned hword = kHigh ? qh[i] : 0u;
#pragma unroll
            for (int k = 0; k < 4; ++k) {
                unsigned q = (word >> (8 * k + shift)) & 15u;
                if (kHigh) q += ((hword >> (8 * k + p)) & 1u) * 16u;
                out[4 * i + k] = __fsub_rn(__fmul_rn(d1, static_cast<float>(q)), m1);
            }
        }
    }
};
template <>
struct Decoder<DType::Q4_K> : DecoderK45<false> {};
template <>
struct Decoder<DType::Q5_K> : DecoderK45<true> {};

// {u8 ql[128]; u8 qh[64]; i8 scales[16]; f16 d} 210 bytes. Unit p = 4c + k holds elements 128c + 32k + l:
// nibble (k >= 2) of ql[64c + 32(k & 1) + l], bits 2k, 2k + 1 of qh[32c + l], scale scales[8c + 2k + l / 16];
// x = d * scale * (q - 32).
template <>
struct Decoder<DType::Q6_K> {
    __device__ static void unit(const u8* row, int u, int, float* out) {
        const u8* b = row + 210 * (u >> 3);
        const int p = u & 7, c = p >> 2, k = p & 3;
        const float d = f16_at(b + 208);
        const u8* ql = b + 64 * c + 32 * (k & 1);
        const u8* qh = b + 128 + 32 * c;
        const signed char* sc = reinterpret_cast<const signed char*>(b + 192 + 8 * c + 2 * k);
        const int shift = k < 2 ? 0 : 4;
        const float ds0 = __fmul_rn(d, static_cast<float>(sc[0])), ds1 = __fmul_rn(d, static_cast<float>(sc[1]));
#pragma unroll
        for (int l = 0; l < 32; ++l) {
            const int q = static_cast<int>(((ql[l] >> shift) & 15) | (((qh[l] >> (2 * k)) & 3) << 4)) - 32;
            out[l] = __fmul_rn(l < 16 ? ds0 : ds1, static_cast<float>(q));
        }
    }
};

// {f16 d; u16 scales_h; u8 scales_l[4]; u8 qs[128]} 136 bytes, 8 sub-blocks of 32:
// ls = (scales_l[b/2] >> 4(b%2)) & 15 | ((scales_h >> 2b) & 3) << 4, x = (d * (ls - 32)) * grid[code]
template <>
struct Decoder<DType::IQ4_XS> {
    __device__ static void unit(const u8* row, int u, int, float* out) {
        const u8* b = row + 136 * (u >> 3);
        const int ib = u & 7;
        const float d = f16_at(b);
        const unsigned scales_h = u16_at(b + 2);
        const int ls = ((b[4 + ib / 2] >> (4 * (ib % 2))) & 0xF) | (((scales_h >> (2 * ib)) & 3) << 4);
        const float dl = __fmul_rn(d, static_cast<float>(ls - 32));
        const u8* qs = b + 8 + 16 * ib;
#pragma unroll
        for (int j = 0; j < 16; ++j) {
            const int q = qs[j];
            out[j] = __fmul_rn(dl, static_cast<float>(kIq4Grid[q & 0xF]));
            out[j + 16] = __fmul_rn(dl, static_cast<float>(kIq4Grid[q >> 4]));
        }
    }
};

// Q2_K {u8 scales[16]; u8 qs[64]; f16 d; f16 dmin} 84 bytes. Unit p = 4c + j holds elements 128c + 32j + l: bits
// 2j, 2j + 1 of qs[32c + l], scale byte scales[8c + 2j + l / 16] (low nibble scale, high nibble min);
// x = (d * sc) * q - dmin * m.
template <>
struct Decoder<DType::Q2_K> {
    __device__ static void unit(const u8* row, int u, int, float* out) {
        const u8* b = row + 84 * (u >> 3);
        const int p = u & 7, c = p >> 2, j = p & 3;
        const float d = f16_at(b + 80), dmin = f16_at(b + 82);
        const u8* qs = b + 16 + 32 * c;
        const int shift = 2 * j;
#pragma unroll
        for (int h = 0; h < 2; ++h) {
            const int sc = b[8 * c + 2 * j + h];
            const float dl = __fmul_rn(d, static_cast<float>(sc & 0xF));
            const float ml = __fmul_rn(dmin, static_cast<float>(sc >> 4));
#pragma unroll
            for (int l = 16 * h; l < 16 * h + 16; ++l)
                out[l] = __fsub_rn(__fmul_rn(dl, static_cast<float>((qs[l] >> shift) & 3)), ml);
        }
    }
};

// Q3_K {u8 hmask[32]; u8 qs[64]; u8 scales[12]; f16 d} 110 bytes. Unit p = 4c + j holds elements 128c + 32j + l:
// bits 2j, 2j + 1 of qs[32c + l], minus 4 unless bit 4c + j of hmask[l] is set; 6-bit scale of sub-block
// i = 8c + 2j + l / 16: low nibble of scales[i % 8] (high nibble for i >= 8) | bits 2(i / 4).. of scales[8 + i % 4]
// << 4, minus 32; x = (d * scale) * q.
template <>
struct Decoder<DType::Q3_K> {
    __device__ static void unit(const u8* row, int u, int, float* out) {
        const u8* b = row + 110 * (u >> 3);
        const int p = u & 7, c = p >> 2, j = p & 3;
        const float d = f16_at(b + 108);
        const u8* hm = b;
        const u8* qs = b + 32 + 32 * c;
        const u8* sb = b + 96;
        const int shift = 2 * j;
        const unsigned mask = 1u << (4 * c + j);
#pragma unroll
        for (int h = 0; h < 2; ++h) {
            const int i = 8 * c + 2 * j + h;
            const int low = i < 8 ? (sb[i % 8] & 0xF) : (sb[i % 8] >> 4);
            const int high = (sb[8 + i % 4] >> (2 * (i / 4))) & 3;
            const float dl = __fmul_rn(d, static_cast<float>((low | (high << 4)) - 32));
#pragma unroll
            for (int l = 16 * h; l < 16 * h + 16; ++l) {
                const int q = ((qs[l] >> shift) & 3) - ((hm[l] & mask) ? 0 : 4);
                out[l] = __fmul_rn(dl, static_cast<float>(q));
            }
        }
    }
};

// float8_e4m3fn (formats/quant/e4m3.h): 4 exponent bits (bias 7), 3 mantissa bits, exponent 0 subnormal
// (m * 2^-9), 0x7F/0xFF NaN (positive, as the CPU table and the Vulkan shader), no infinities. Every code is
// an exact float32; normal codes are assembled from their bits: (1 + m/8) * 2^(e - 7).
__device__ __forceinline__ float e4m3_to_f32(unsigned c) {
    const unsigned e = (c >> 3) & 15u, m = c & 7u;
    if (e == 15u && m == 7u) return __uint_as_float(0x7FC00000u);
    const float mag = e == 0u ? __fmul_rn(static_cast<float>(m), 0x1p-9f) : __uint_as_float(((e + 120u) << 23) | (m << 20));
    return (c & 128u) ? -mag : mag;
}

// Qwen's FP8 checkpoints repacked (formats/quant/quant_fp8.cpp): [f32 scale][N e4m3 codes], N = 128 (132 bytes)
// or 16 (20 bytes); x = e4m3(code) * scale, one exact float32 multiply. A B16 row may be 16 elements longer
// than a whole number of units: the missing half of the last unit reads as 0 (nothing past the row is read).
template <>
struct Decoder<DType::F8_E4M3_B128> {
    __device__ static void unit(const u8* row, int u, int, float* out) {
        const u8* b = row + 132 * (u >> 2);
        const float scale = __uint_as_float(u32_at(b));
        const u8* codes = b + 4 + 32 * (u & 3);
#pragma unroll
        for (int j = 0; j < 32; ++j) out[j] = __fmul_rn(e4m3_to_f32(codes[j]), scale);
    }
};

template <>
struct Decoder<DType::F8_E4M3_B16> {
    __device__ static void unit(const u8* row, int u, int cols, float* out) {
#pragma unroll
        for (int h = 0; h < 2; ++h) {
            const int block = 2 * u + h;
            if (16 * block < cols) {
                const u8* b = row + 20 * block;
                const float scale = __uint_as_float(u32_at(b));
#pragma unroll
                for (int j = 0; j < 16; ++j) out[16 * h + j] = __fmul_rn(e4m3_to_f32(b[4 + j]), scale);
            } else {
#pragma unroll
                for (int j = 0; j < 16; ++j) out[16 * h + j] = 0.0f;
            }
        }
    }
};

// Qwen's AWQ checkpoints repacked (formats/quant/quant_awq.cpp): [f16 scale][u8 zero][u8 0][nibbles];
// x = (q - zero) * scale. G128 (68 bytes): element i at byte 32(i / 64) + i % 32, high nibble when
// i % 64 >= 32, so unit s (0..3) of a block is nibble s & 1 of bytes 32(s >> 1) ..; G32 (20 bytes): element i
// at byte i % 16, high nibble when i >= 16.
template <>
struct Decoder<DType::AWQ4_G128> {
    __device__ static void unit(const u8* row, int u, int, float* out) {
        const u8* b = row + 68 * (u >> 2);
        const int s = u & 3;
        const u8* bytes = b + 4 + 32 * (s >> 1);
        const int shift = 4 * (s & 1);
        const float scale = f16_at(b);
        const int zero = b[2] & 0xF;
#pragma unroll
        for (int j = 0; j < 32; ++j) out[j] = __fmul_rn(static_cast<float>(((bytes[j] >> shift) & 0xF) - zero), scale);
    }
};

template <>
struct Decoder<DType::AWQ4_G32> {
    __device__ static void unit(const u8* row, int u, int, float* out) {
        const u8* b = row + 20 * u;
        const float scale = f16_at(b);
        const int zero = b[2] & 0xF;
#pragma unroll
        for (int j = 0; j < 16; ++j) {
            const int q = b[4 + j];
            out[j] = __fmul_rn(static_cast<float>((q & 0xF) - zero), scale);
            out[j + 16] = __fmul_rn(static_cast<float>((q >> 4) - zero), scale);
        }
    }
};

// Calls f(Decoder<T>{}) for a weight type with a kernel; returns false for other types.
template <class F>
bool with_decoder(DType t, F&& f) {
    switch (t) {
    case DType::F32: f(Decoder<DType::F32>{}); return true;
    case DType::F16: f(Decoder<DType::F16>{}); return true;
    case DType::BF16: f(Decoder<DType::BF16>{}); return true;
    case DType::Q8_0: f(Decoder<DType::Q8_0>{}); return true;
    case DType::Q4_0: f(Decoder<DType::Q4_0>{}); return true;
    case DType::Q4_1: f(Decoder<DType::Q4_1>{}); return true;
    case DType::Q5_0: f(Decoder<DType::Q5_0>{}); return true;
    case DType::Q5_1: f(Decoder<DType::Q5_1>{}); return true;
    case DType::IQ4_NL: f(Decoder<DType::IQ4_NL>{}); return true;
    case DType::Q4_K: f(Decoder<DType::Q4_K>{}); return true;
    case DType::Q5_K: f(Decoder<DType::Q5_K>{}); return true;
    case DType::Q6_K: f(Decoder<DType::Q6_K>{}); return true;
    case DType::IQ4_XS: f(Decoder<DType::IQ4_XS>{}); return true;
    case DType::Q2_K: f(Decoder<DType::Q2_K>{}); return true;
    case DType::Q3_K: f(Decoder<DType::Q3_K>{}); return true;
    case DType::F8_E4M3_B128: f(Decoder<DType::F8_E4M3_B128>{}); return true;
    case DType::F8_E4M3_B16: f(Decoder<DType::F8_E4M3_B16>{}); return true;
    case DType::AWQ4_G128: f(Decoder<DType::AWQ4_G128>{}); return true;
    case DType::AWQ4_G32: f(Decoder<DType::AWQ4_G32>{}); return true;
    default: return false;
    }
}

}  // namespace qwendesk::cuda
