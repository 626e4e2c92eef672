#version 450
// Writes the keys and values of n_tokens new positions into one layer's cache:
// cache[kv_head][start_pos + t][d] = new[t][kv_head][d]. Compiled twice: KV_F32, one invocation per element;
// KV_F16, one invocation per pair of elements (d even; head_dim is even) written as one packed word, so no two
// invocations share a word. Offsets are in elements of the new values and in 32-bit slots of the cache.
layout(local_size_x = 64) in;
layout(std430, binding = 0) readonly buffer Kn { float k_new[]; };
layout(std430, binding = 1) readonly buffer Vn { float v_new[]; };
#if defined(KV_F16)
layout(std430, binding = 2) writeonly buffer Kc { uint k_cache[]; };
layout(std430, binding = 3) writeonly buffer Vc { uint v_cache[]; };
#define PER 2u
#else
layout(std430, binding = 2) writeonly buffer Kc { float k_cache[]; };
layout(std430, binding = 3) writeonly buffer Vc { float v_cache[]; };
#define PER 1u
#endif
layout(push_constant) uniform Push {
    uint n_tokens; uint n_kv_heads; uint head_dim; uint capacity; uint start_pos;
    uint k_off; uint v_off; uint kc_off; uint vc_off;
} pc;

void main() {
    const uint i = ((gl_WorkGroupID.y * gl_NumWorkGroups.x + gl_WorkGroupID.x) * 64u + gl_LocalInvocationID.x) * PER;
    if (i >= pc.n_tokens * pc.n_kv_heads * pc.head_dim) return;
    const uint d = i % pc.head_dim;
    const uint th = i / pc.head_dim;  // token * n_kv_heads + head
    const uint h = th % pc.n_kv_heads, t = th / pc.n_kv_heads;
    const uint dst = (h * pc.capacity + pc.start_pos + t) * pc.head_dim + d;
#if defined(KV_F16)
    k_cache[pc.kc_off + dst / 2u] = packHalf2x16(vec2(k_new[pc.k_off + i], k_new[pc.k_off + i + 1u]));
    v_cache[pc.vc_off + dst / 2u] = packHalf2x16(vec2(v_new[pc.v_off + i], v_new[pc.v_off + i + 1u]));
#else
    k_cache[pc.kc_off + dst] = k_new[pc.k_off + i];
    v_cache[pc.vc_off + dst] = v_new[pc.v_off + i];
#endif
}
