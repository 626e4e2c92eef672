#version 450
// y[t][r] = sum_c w[r][c] * x[t][c] with subgroup reductions (Vulkan 1.1): a workgroup of 64 invocations
// takes ROWS output rows; each subgroup takes rows in turn, its lanes stride over the row's units (dequant.glsl
// decodes each unit once and applies it to up to TOK tokens) and subgroupAdd sums the lanes. No shared memory,
// no barriers: the decode (few tokens) kernel. Works for any subgroup size (8 on lavapipe, 32 NVIDIA, 64 AMD).
#extension GL_GOOGLE_include_directive : require
#extension GL_KHR_shader_subgroup_basic : require
#extension GL_KHR_shader_subgroup_arithmetic : require
layout(local_size_x = 64) in;
#include "dequant.glsl"
layout(std430, binding = 1) readonly buffer X { float x[]; };
layout(std430, binding = 2) writeonly buffer Y { float y[]; };
layout(push_constant) uniform Push { uint rows; uint cols; uint n_tokens; uint row_bytes; uint x_off; uint y_off; } pc;

#define TOK 8u
#define ROWS 8u

void main() {
    const uint row0 = flat_group() * ROWS;
    const uint t0 = gl_WorkGroupID.y * TOK;
    const uint nt = min(TOK, pc.n_tokens - t0);
    const uint units = pc.cols / UNIT;
    float w[UNIT];
    for (uint r = gl_SubgroupID; r < ROWS; r += gl_NumSubgroups) {  // uniform within the subgroup
        const uint row = row0 + r;
        if (row >= pc.rows) break;
        const uint rb = row * pc.row_bytes;
        float acc[TOK];
        for (uint t = 0u; t < TOK; ++t) acc[t] = 0.0;
        for (uint u = gl_SubgroupInvocationID; u < units; u += gl_SubgroupSize) {
            load_unit(rb, u, w);
            for (uint t = 0u; t < TOK; ++t) {
                if (t >= nt) break;
                const uint xb = pc.x_off + (t0 + t) * pc.cols + u * UNIT;
                float s = 0.0;
                for (uint e = 0u; e < UNIT; ++e) s += w[e] * x[xb + e];
                acc[t] += s;
            }
        }
        for (uint t = 0u; t < TOK; ++t) {
            const float total = subgroupAdd(acc[t]);
            if (subgroupElect() && t < nt) y[pc.y_off + (t0 + t) * pc.rows + row] = total;
        }
    }
}
