#version 450
// dst[rows[i]] += weights[i] * src[i] for rows of `width` floats (MoE: an expert's outputs back into the
// tokens). A token is routed to an expert at most once, so no two invocations write the same element.
layout(local_size_x = 64) in;
layout(std430, binding = 0) buffer Dst { float dst[]; };
layout(std430, binding = 1) readonly buffer Src { float src[]; };
layout(std430, binding = 2) readonly buffer Rows { int rows[]; };
layout(std430, binding = 3) readonly buffer Gains { float gains[]; };
layout(push_constant) uniform Push { uint m; uint width; uint dst_off; uint src_off; } pc;

void main() {
    const uint i = (gl_WorkGroupID.y * gl_NumWorkGroups.x + gl_WorkGroupID.x) * 64u + gl_LocalInvocationID.x;
    if (i >= pc.m * pc.width) return;
    const uint r = i / pc.width, c = i % pc.width;
    const uint d = pc.dst_off + uint(rows[r]) * pc.width + c;
    dst[d] = dst[d] + gains[r] * src[pc.src_off + i];
}
