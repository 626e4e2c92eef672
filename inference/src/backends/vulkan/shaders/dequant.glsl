// Weight decoding shared by matmul.comp and embed.comp; the file is compiled once per weight type with one of
// the W_* types below defined.
//
// A row is read as UNIT consecutive elements at a time by load_unit(row_byte_offset, unit, w). The values
// equal formats/quant/dequantize.h bit for bit: the same float32 operations in the same order, fp16 scales
// widened exactly, and `precise` so the driver cannot fuse a*b-c into one rounding.
// Bytes are read from 32-bit words (no 8/16-bit storage extension needed); block sizes are even, so a 16-bit
// field never straddles two words.

layout(std430, binding = 0) readonly buffer Weights { uint W[]; };

uint byte_at(uint off) { return (W[off >> 2] >> ((off & 3u) * 8u)) & 0xFFu; }
uint u16_at(uint off) { return (W[off >> 2] >> ((off & 2u) * 8u)) & 0xFFFFu; }  // off even
float f16_at(uint off) { return unpackHalf2x16(u16_at(off)).x; }
int i8_at(uint off) { int b = int(byte_at(off)); return b >= 128 ? b - 256 : b; }

#if defined(W_F32)
#define UNIT 1
void load_unit(uint rb, uint u, out float w[UNIT]) { w[0] = uintBitsToFloat(W[(rb >> 2) + u]); }

#elif defined(W_F16)
#define UNIT 1
void load_unit(uint rb, uint u, out float w[UNIT]) { w[0] = f16_at(rb + 2u * u); }

#elif defined(W_BF16)
#define UNIT 1
void load_unit(uint rb, uint u, out float w[UNIT]) { w[0] = uintBitsToFloat(u16_at(rb + 2u * u) << 16); }

#elif defined(W_Q8_0)
// {f16 d; i8 qs[32]} 34 bytes: x = q * d
#define UNIT 32
void load_unit(uint rb, uint u, out float w[UNIT]) {
    const uint base = rb + 34u * u;
    const float d = f16_at(base);
    for (uint j = 0u; j < 32u; ++j) {
        precise float v = float(i8_at(base + 2u + j)) * d;
        w[j] = v;
    }
}

#elif defined(W_Q4_0)
// {f16 d; u8 qs[16]} 18 bytes: element j low nibble of qs[j], j + 16 high nibble; x = (q - 8) * d
#define UNIT 32
void load_unit(uint rb, uint u, out float w[UNIT]) {
    const uint base = rb + 18u * u;
    const float d = f16_at(base);
    for (uint j = 0u; j < 16u; ++j) {
        const uint b = byte_at(base + 2u + j);
        precise float v0 = float(int(b & 15u) - 8) * d;
        precise float v1 = float(int(b >> 4) - 8) * d;
        w[j] = v0;
        w[j + 16u] = v1;
    }
}

#elif defined(W_Q4_K) || defined(W_Q5_K)
// Q4_K {f16 d; f16 dmin; u8 scales[12]; u8 qs[128]} 144 bytes; Q5_K adds u8 qh[32] before qs (176 bytes).
// A unit is one 32-element sub-block p (0..7) of a 256-element super-block.
#define UNIT 32
#if defined(W_Q4_K)
#define BLOCK_BYTES 144u
#define QS_OFFSET 16u
#else
#define BLOCK_BYTES 176u
#define QS_OFFSET 48u
#endif
void scale_min_k4(uint j, uint sb, out uint sc, out uint m) {
    if (j < 4u) {
        sc = byte_at(sb + j) & 63u;
        m = byte_at(sb + j + 4u) & 63u;
    } else {
        sc = (byte_at(sb + j + 4u) & 15u) | ((byte_at(sb + j - 4u) >> 6) << 4);
        m = (byte_at(sb + j + 4u) >> 4) | ((byte_at(sb + j) >> 6) << 4);
    }
}
void load_unit(uint rb, uint u, out float w[UNIT]) {
    const uint base = rb + BLOCK_BYTES * (u >> 3);
    const uint p = u & 7u;
    const float d = f16_at(base);
    const float dmin = f16_at(base + 2u);
    uint sc, m;
    scale_min_k4(p, base + 4u, sc, m);
    const float d1 = d * float(sc);
    const float m1 = dmin * float(m);
    const uint shift = (p & 1u) * 4u;
    // Block sizes 144 and 176 are multiples of 4, so the 32 code bytes are 8 aligned words.
    const uint qw = (base + QS_OFFSET + 32u * (p >> 1)) >> 2;
#if defined(W_Q5_K)
    const uint hw = (base + 16u) >> 2;
#endif
    for (uint i = 0u; i < 8u; ++i) {
        const uint word = W[qw + i];
#if defined(W_Q5_K)
        const uint hword = W[hw + i];
#endif
        for (uint k = 0u; k < 4u; ++k) {
            uint q = (word >> (8u * k + shift)) & 15u;
#if defined(W_Q5_K)
            q += ((hword >> (8u * k + p)) & 1u) * 16u;
#endif
            precise float v = d1 * float(q) - m1;
            w[4u * i + k] = v;
        }
    }
}

#elif defined(W_Q6_K)
// {u8 ql[128]; u8 qh[64]; i8 scales[16]; f16 d} 210 bytes. Unit p = 4c + k (c 0..1, k 0..3) holds elements
// 128c + 32k + l: low (k < 2) or high nibble of ql[64c + 32(k & 1) + l], bits 2k..2k+1 of qh[32c + l],
// scale scales[8c + 2k + l / 16]; x = d * scale * (q - 32).
#define UNIT 32
void load_unit(uint rb, uint u, out float w[UNIT]) {
    const uint base = rb + 210u * (u >> 3);
    const uint p = u & 7u;
    const uint c = p >> 2, k = p & 3u;
    const float d = f16_at(base + 208u);
    const uint ql = base + 64u * c + 32u * (k & 1u);
    const uint qh = base + 128u + 32u * c;
    const uint shift = k < 2u ? 0u : 4u;
    for (uint l = 0u; l < 32u; ++l) {
        const int sc = i8_at(base + 192u + 8u * c + 2u * k + l / 16u);
        const int q = int(((byte_at(ql + l) >> shift) & 15u) | (((byte_at(qh + l) >> (2u * k)) & 3u) << 4)) - 32;
        precise float v = d * float(sc) * float(q);
        w[l] = v;
    }
}

#elif defined(W_Q5_0)
// {f16 d; u32 qh; u8 qs[16]} 22 bytes: element j (< 16) is the low nibble of qs[j] with bit j of qh as its
// fifth bit, element j + 16 the high nibble with bit j + 16; x = (q - 16) * d.
#define UNIT 32
void load_unit(uint rb, uint u, out float w[UNIT]) {
    const uint base = rb + 22u * u;  // even: the 16-bit reads below are aligned
    const float d = f16_at(base);
    const uint qh = u16_at(base + 2u) | (u16_at(base + 4u) << 16);
    for (uint j = 0u; j < 16u; ++j) {
        const uint q = byte_at(base + 6u + j);
        const int x0 = int((q & 15u) | (((qh >> j) & 1u) << 4)) - 16;
        const int x1 = int((q >> 4) | (((qh >> (j + 16u)) & 1u) << 4)) - 16;
        precise float v0 = float(x0) * d;
        precise float v1 = float(x1) * d;
        w[j] = v0;
        w[j + 16u] = v1;
    }
}

#elif defined(W_IQ4_XS)
// {f16 d; u16 scales_h; u8 scales_l[4]; u8 qs[128]} 136 bytes, 8 sub-blocks of 32 (unit = sub-block ib):
// ls = (scales_l[ib/2] >> 4(ib%2)) & 15 | ((scales_h >> 2ib) & 3) << 4; x = (d * (ls - 32)) * grid[code],
// byte j of the sub-block's 16 holding elements j (low nibble) and j + 16 (high nibble).
const float kIq4Grid[16] = float[16](-127.0, -104.0, -83.0, -65.0, -49.0, -35.0, -22.0, -10.0, 1.0, 13.0, 25.0, 38.0, 53.0,
                                     69.0, 89.0, 113.0);
#define UNIT 32
void load_unit(uint rb, uint u, out float w[UNIT]) {
    const uint base = rb + 136u * (u >> 3);
    const uint ib = u & 7u;
    const float d = f16_at(base);
    const uint ls = ((byte_at(base + 4u + ib / 2u) >> (4u * (ib & 1u))) & 15u) | (((u16_at(base + 2u) >> (2u * ib)) & 3u) << 4);
    precise float dl = d * float(int(ls) - 32);
    const uint qs = base + 8u + 16u * ib;
    for (uint j = 0u; j < 16u; ++j) {
        const uint q = byte_at(qs + j);
        precise float v0 = dl * kIq4Grid[q & 15u];
        precise float v1 = dl * kIq4Grid[q >> 4];
        w[j] = v0;
        w[j + 16u] = v1;
    }
}

#elif defined(W_F8_B128) || defined(W_F8_B16)
// Qwen's FP8 checkpoints repacked (formats/quant/quant_fp8.cpp): [f32 scale][N e4m3 codes], N = 128 or 16;
// x = e4m3(code) * scale, one exact float32 multiply. e4m3: 4 exponent bits (bias 7), 3 mantissa bits,
// subnormals m * 2^-9, 0x7F/0xFF NaN, no infinities.
float e4m3(uint c) {
    const uint e = (c >> 3) & 15u, m = c & 7u;
    if (e == 15u && m == 7u) return uintBitsToFloat(0x7FC00000u);
    const float mag = e == 0u ? ldexp(float(m), -9) : ldexp(float(8u + m), int(e) - 10);
    return (c & 128u) != 0u ? -mag : mag;
}
#if defined(W_F8_B128)
#define F8_CODES 128u
#define UNIT 32
#else
#define F8_CODES 16u
#define UNIT 16
#endif
void load_unit(uint rb, uint u, out float w[UNIT]) {
    const uint per_block = F8_CODES / uint(UNIT);
    const uint base = rb + (F8_CODES + 4u) * (u / per_block);  // a multiple of 4: the scale is one word
    const float scale = uintBitsToFloat(W[base >> 2]);
    const uint codes = base + 4u + uint(UNIT) * (u % per_block);
    for (uint j = 0u; j < uint(UNIT); ++j) {
        precise float v = e4m3(byte_at(codes + j)) * scale;
        w[j] = v;
    }
}

#elif defined(W_AWQ_G128) || defined(W_AWQ_G32)
// Qwen's AWQ checkpoints repacked (formats/quant/quant_awq.cpp): [f16 scale][u8 zero][u8 0][nibbles];
// x = (q - zero) * scale. G128 (68 bytes): element i at byte 32(i/64) + i%32, high nibble when i%64 >= 32;
// G32 (20 bytes): element i at byte i%16, high nibble when i >= 16. A unit is 32 elements.
#define UNIT 32
void load_unit(uint rb, uint u, out float w[UNIT]) {
#if defined(W_AWQ_G128)
    const uint base = rb + 68u * (u >> 2);
    const uint s = u & 3u;  // 32-element part of the 128
    const uint bytes = base + 4u + 32u * (s >> 1);
    const uint shift = 4u * (s & 1u);
    const float scale = f16_at(base);
    const int zero = int(byte_at(base + 2u) & 15u);
    for (uint j = 0u; j < 32u; ++j) {
        precise float v = float(int((byte_at(bytes + j) >> shift) & 15u) - zero) * scale;
        w[j] = v;
    }
#else
    const uint base = rb + 20u * u;
    const float scale = f16_at(base);
    const int zero = int(byte_at(base + 2u) & 15u);
    for (uint j = 0u; j < 16u; ++j) {
        const uint q = byte_at(base + 4u + j);
        precise float v0 = float(int(q & 15u) - zero) * scale;
        precise float v1 = float(int(q >> 4) - zero) * scale;
        w[j] = v0;
        w[j + 16u] = v1;
    }
#endif
}

#else
#error "define the weight type (W_F32, W_F16, W_BF16, W_Q8_0, W_Q4_0, W_Q5_0, W_Q4_K, W_Q5_K, W_Q6_K, W_IQ4_XS, W_F8_*, W_AWQ_*)"
#endif

// Workgroups are laid out 2-D when a dimension exceeds the 65535 groups Vulkan guarantees per axis.
uint flat_group() { return gl_WorkGroupID.z * gl_NumWorkGroups.x + gl_WorkGroupID.x; }
