#version 450
// out[i] = silu(gate[i]) * up[i] = gate / (1 + exp(-gate)) * up
layout(local_size_x = 64) in;
layout(std430, binding = 0) readonly buffer Gate { float gate[]; };
layout(std430, binding = 1) readonly buffer Up { float up[]; };
layout(std430, binding = 2) writeonly buffer Out { float o[]; };  // may be the gate buffer
layout(push_constant) uniform Push { uint n; uint g_off; uint u_off; uint o_off; } pc;

void main() {
    const uint i = (gl_WorkGroupID.y * gl_NumWorkGroups.x + gl_WorkGroupID.x) * 64u + gl_LocalInvocationID.x;
    if (i >= pc.n) return;
    const float g = gate[pc.g_off + i];
    o[pc.o_off + i] = g / (1.0 + exp(-g)) * up[pc.u_off + i];
}
