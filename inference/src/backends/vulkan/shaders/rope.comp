#version 450
// rotate_half RoPE in place: element i pairs with i + head_dim/2; cos/sin are [n_tokens][half].
// One invocation per (token, head, i < half).
layout(local_size_x = 64) in;
layout(std430, binding = 0) buffer X { float x[]; };
layout(std430, binding = 1) readonly buffer Cos { float cs[]; };
layout(std430, binding = 2) readonly buffer Sin { float sn[]; };
layout(push_constant) uniform Push { uint n_tokens; uint n_heads; uint half_dim; uint x_off; } pc;

void main() {
    const uint id = (gl_WorkGroupID.y * gl_NumWorkGroups.x + gl_WorkGroupID.x) * 64u + gl_LocalInvocationID.x;
    if (id >= pc.n_tokens * pc.n_heads * pc.half_dim) return;
    const uint i = id % pc.half_dim;
    const uint th = id / pc.half_dim;  // token * n_heads + head
    const uint t = th / pc.n_heads;
    const uint base = pc.x_off + th * 2u * pc.half_dim;
    const float c = cs[t * pc.half_dim + i], s = sn[t * pc.half_dim + i];
    const float a = x[base + i], b = x[base + i + pc.half_dim];
    precise float r0 = a * c - b * s;
    precise float r1 = b * c + a * s;
    x[base + i] = r0;
    x[base + i + pc.half_dim] = r1;
}
