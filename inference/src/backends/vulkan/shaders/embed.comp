#version 450
// out[t] = table[ids[t]] as float32: one workgroup per token (ids are range-checked on the host).
#extension GL_GOOGLE_include_directive : require
layout(local_size_x = 64) in;
#include "dequant.glsl"
layout(std430, binding = 1) readonly buffer Ids { int ids[]; };
layout(std430, binding = 2) writeonly buffer Out { float o[]; };
layout(push_constant) uniform Push { uint n_tokens; uint cols; uint row_bytes; uint o_off; } pc;

void main() {
    const uint t = flat_group();
    if (t >= pc.n_tokens) return;
    const uint rb = uint(ids[t]) * pc.row_bytes;
    float w[UNIT];
    for (uint u = gl_LocalInvocationID.x; u < pc.cols / UNIT; u += 64u) {
        load_unit(rb, u, w);
        for (uint e = 0u; e < UNIT; ++e) o[pc.o_off + t * pc.cols + u * UNIT + e] = w[e];
    }
}
