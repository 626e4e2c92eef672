// Weight decoding shared by matmul.comp and embed.comp; the file is compiled once per weight type with one of
// W_F32, W_F16, W_BF16, W_Q8_0, W_Q4_0, W_Q4_K, W_Q5_K, W_Q6_K defined.
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

#else
#error "define the weight type: W_F32, W_F16, W_BF16, W_Q8_0, W_Q4_0, W_Q4_K, W_Q5_K or W_Q6_K"
#endif

// Workgroups are laid out 2-D when a dimension exceeds the 65535 groups Vulkan guarantees per axis.
uint flat_group() { return gl_WorkGroupID.z * gl_NumWorkGroups.x + gl_WorkGroupID.x; }
