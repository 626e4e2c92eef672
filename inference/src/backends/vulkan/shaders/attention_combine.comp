#version 450
// Merges the sequence splits of attention.comp for one (token, head) per workgroup:
// M = max_s m_s, L = sum_s l_s e^(m_s - M), o = sum_s acc_s e^(m_s - M) / L. An empty split has m = -inf, l = 0.
layout(local_size_x = 64) in;
layout(std430, binding = 0) readonly buffer Part { float part[]; };
layout(std430, binding = 1) writeonly buffer O { float o[]; };
layout(push_constant) uniform Push { uint jobs; uint splits; uint head_dim; uint o_off; } pc;

void main() {
    const uint job = gl_WorkGroupID.z * gl_NumWorkGroups.x + gl_WorkGroupID.x;
    if (job >= pc.jobs) return;
    const uint hd = pc.head_dim, stride = hd + 2u;
    const uint base = job * pc.splits * stride;
    float m = -1.0 / 0.0;
    for (uint s = 0u; s < pc.splits; ++s) m = max(m, part[base + s * stride]);
    float l = 0.0;
    for (uint s = 0u; s < pc.splits; ++s) {
        const float ms = part[base + s * stride];
        if (ms != -1.0 / 0.0) l += part[base + s * stride + 1u] * exp(ms - m);
    }
    const float inv = 1.0 / l;
    for (uint d = gl_LocalInvocationID.x; d < hd; d += 64u) {
        float a = 0.0;
        for (uint s = 0u; s < pc.splits; ++s) {
            const float ms = part[base + s * stride];
            if (ms != -1.0 / 0.0) a += part[base + s * stride + 2u + d] * exp(ms - m);
        }
        o[pc.o_off + job * hd + d] = a * inv;
    }
}
