#version 450
// out[t] = sum_j weight(t, j) * y[t * k + j] over rows of `width`: the routed experts' outputs summed into each
// token's residual update. One invocation per output element.
layout(local_size_x = 64) in;
layout(std430, binding = 0) readonly buffer Y { float y[]; };
layout(std430, binding = 1) readonly buffer Routing { float routing[]; };
layout(std430, binding = 2) writeonly buffer Out { float o[]; };
layout(push_constant) uniform Push { uint n_tokens; uint k; uint width; uint y_off; uint r_off; uint o_off; } pc;

void main() {
    const uint i = (gl_WorkGroupID.y * gl_NumWorkGroups.x + gl_WorkGroupID.x) * 64u + gl_LocalInvocationID.x;
    if (i >= pc.n_tokens * pc.width) return;
    const uint t = i / pc.width, c = i % pc.width;
    float sum = 0.0;
    for (uint j = 0u; j < pc.k; ++j)
        sum += routing[pc.r_off + pc.n_tokens * pc.k + t * pc.k + j] * y[pc.y_off + (t * pc.k + j) * pc.width + c];
    o[pc.o_off + i] = sum;
}
