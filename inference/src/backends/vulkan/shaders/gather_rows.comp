#version 450
// dst[i] = src[rows[i]] for rows of `width` floats (MoE: the tokens routed to one expert).
// One invocation per element of dst.
layout(local_size_x = 64) in;
layout(std430, binding = 0) readonly buffer Src { float src[]; };
layout(std430, binding = 1) readonly buffer Rows { int rows[]; };
layout(std430, binding = 2) writeonly buffer Dst { float dst[]; };
layout(push_constant) uniform Push { uint m; uint width; uint src_off; uint dst_off; } pc;

void main() {
    const uint i = (gl_WorkGroupID.y * gl_NumWorkGroups.x + gl_WorkGroupID.x) * 64u + gl_LocalInvocationID.x;
    if (i >= pc.m * pc.width) return;
    const uint r = i / pc.width, c = i % pc.width;
    dst[pc.dst_off + i] = src[pc.src_off + uint(rows[r]) * pc.width + c];
}
