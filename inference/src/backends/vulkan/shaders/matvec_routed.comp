#version 450
// The routed experts' matrix-vector products of a MoE layer (decode), without the host: workgroup y is one
// (token, slot) pair p = t * k + j, whose expert id is read from the routing buffer (moe_route.comp); the experts
// of one projection lie back to back `expert_stride` bytes apart. Otherwise as matvec_sg.comp: ROWS rows per
// workgroup, subgroup lanes over a row's units, subgroupAdd.
#extension GL_GOOGLE_include_directive : require
#extension GL_KHR_shader_subgroup_basic : require
#extension GL_KHR_shader_subgroup_arithmetic : require
layout(local_size_x = 64) in;
#include "dequant.glsl"
layout(std430, binding = 1) readonly buffer X { float x[]; };
layout(std430, binding = 2) writeonly buffer Y { float y[]; };
layout(std430, binding = 3) readonly buffer Routing { float routing[]; };
layout(push_constant) uniform Push {
    uint rows; uint cols; uint k; uint row_bytes; uint x_off; uint y_off; uint r_off; uint x_per_slot; uint expert_stride;
} pc;

#define ROWS 8u

void main() {
    const uint row0 = flat_group() * ROWS;
    const uint p = gl_WorkGroupID.y;
    const uint expert = uint(routing[pc.r_off + p]);
    const uint xb0 = pc.x_off + (pc.x_per_slot != 0u ? p : p / pc.k) * pc.cols;
    const uint units = pc.cols / UNIT;
    float w[UNIT];
    for (uint r = gl_SubgroupID; r < ROWS; r += gl_NumSubgroups) {  // uniform within the subgroup
        const uint row = row0 + r;
        if (row >= pc.rows) break;
        const uint rb = expert * pc.expert_stride + row * pc.row_bytes;
        float acc = 0.0;
        for (uint u = gl_SubgroupInvocationID; u < units; u += gl_SubgroupSize) {
            load_unit(rb, u, w);
            float s = 0.0;
            for (uint e = 0u; e < UNIT; ++e) s += w[e] * x[xb0 + u * UNIT + e];
            acc += s;
        }
        const float total = subgroupAdd(acc);
        if (subgroupElect()) y[pc.y_off + p * pc.rows + row] = total;
    }
}
