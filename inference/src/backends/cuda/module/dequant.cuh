// Device decoding of weight rows, shared by the matmul and embed kernels. Every type is decoded in units of
// 32 consecutive elements (unit u = elements 32u .. 32u + 31 of a row), and the values equal
// formats/quant/dequantize.h bit for bit: the same float32 operations in the same order, written with
// __fmul_rn/__fadd_rn/__fsub_rn so nvcc cannot contract them into fused multiply-adds; fp16 scales are
// widened exactly. Block layouts: formats/quant/quant_legacy.cpp, quant_k.cpp, quant_iq4.cpp.
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

// Decoder<T>::unit(row, u, cols, out) writes elements 32u .. 32u + 31 of a row; for the float types elements at
// or past `cols` read as 0 (their rows need not be a multiple of 32 long). kBlockBytes / kBlockUnits give the
// block geometry of the quantised types.
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
    default: return false;
    }
}

}  // namespace qwendesk::cuda
