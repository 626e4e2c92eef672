#version 450
// y[t][r] = sum_c w[r][c] * x[t][c], weights in their stored type (dequant.glsl decodes them).
// One workgroup of 64 invocations per (output row, group of TOK tokens): each invocation decodes every 64th
// unit of the row once and applies it to the TOK tokens, then a shared-memory tree sums the 64 partials.
// Version 1: correctness first; x is re-read from global memory per unit (no tiling, no subgroups yet).
#extension GL_GOOGLE_include_directive : require
layout(local_size_x = 64) in;
#include "dequant.glsl"
layout(std430, binding = 1) readonly buffer X { float x[]; };
layout(std430, binding = 2) writeonly buffer Y { float y[]; };
layout(push_constant) uniform Push { uint rows; uint cols; uint n_tokens; uint row_bytes; uint x_off; uint y_off; } pc;

#define TOK 8u
shared float partial[TOK][64];

void main() {
    const uint row = flat_group();
    if (row >= pc.rows) return;  // uniform over the workgroup
    const uint lid = gl_LocalInvocationID.x;
    const uint t0 = gl_WorkGroupID.y * TOK;
    const uint nt = min(TOK, pc.n_tokens - t0);
    const uint rb = row * pc.row_bytes;
    float acc[TOK];
    for (uint t = 0u; t < TOK; ++t) acc[t] = 0.0;
    float w[UNIT];
    const uint units = pc.cols / UNIT;
    for (uint u = lid; u < units; u += 64u) {
        load_unit(rb, u, w);
        for (uint t = 0u; t < TOK; ++t) {
            if (t >= nt) break;
            const uint xb = pc.x_off + (t0 + t) * pc.cols + u * UNIT;
            float s = 0.0;
            for (uint e = 0u; e < UNIT; ++e) s += w[e] * x[xb + e];
            acc[t] += s;
        }
    }
    for (uint t = 0u; t < TOK; ++t) partial[t][lid] = acc[t];
    barrier();
    for (uint s = 32u; s > 0u; s >>= 1) {
        if (lid < s)
            for (uint t = 0u; t < TOK; ++t) partial[t][lid] += partial[t][lid + s];
        barrier();
    }
    if (lid < nt) y[pc.y_off + (t0 + lid) * pc.rows + row] = partial[lid][0];
}
