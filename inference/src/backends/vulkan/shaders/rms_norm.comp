#version 450
// y[r] = weight * (x[r] * (1 / sqrt(mean(x[r]^2) + eps))): one workgroup per row, shared-memory sum.
layout(local_size_x = 64) in;
layout(std430, binding = 0) readonly buffer X { float x[]; };  // may be the same buffer as Y
layout(std430, binding = 1) readonly buffer Wt { float weight[]; };
layout(std430, binding = 2) writeonly buffer Y { float y[]; };
layout(push_constant) uniform Push { uint rows; uint dim; float eps; uint x_off; uint y_off; } pc;
shared float partial[64];

void main() {
    const uint r = gl_WorkGroupID.z * gl_NumWorkGroups.x + gl_WorkGroupID.x;
    if (r >= pc.rows) return;
    const uint lid = gl_LocalInvocationID.x;
    const uint base = r * pc.dim, xb = pc.x_off + base, yb = pc.y_off + base;
    float s = 0.0;
    for (uint i = lid; i < pc.dim; i += 64u) s += x[xb + i] * x[xb + i];
    partial[lid] = s;
    barrier();
    for (uint k = 32u; k > 0u; k >>= 1) {
        if (lid < k) partial[lid] += partial[lid + k];
        barrier();
    }
    const float scale = 1.0 / sqrt(partial[0] / float(pc.dim) + pc.eps);
    // Every invocation reads its elements before any writes them (the barriers above), so y may alias x.
    for (uint i = lid; i < pc.dim; i += 64u) y[yb + i] = weight[i] * (x[xb + i] * scale);
}
