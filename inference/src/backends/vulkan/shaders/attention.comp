#version 450
// Causal attention for one (token, head) per workgroup, online softmax over chunks of 64 positions:
// each invocation scores one position of the chunk, the chunk max and sum come from shared-memory trees,
// and each invocation accumulates up to 4 output dimensions (head_dim <= 256), rescaled as the max grows.
// K and V are the layer's cache, [kv_head][capacity][head_dim] (kv_store.comp wrote the new positions).
//
// Split along the sequence (long contexts, few queries: decode): workgroup y = s takes positions
// [s * split_len, (s + 1) * split_len) and writes its running max, sum and unnormalised output to `part`;
// attention_combine.comp merges the splits. With splits == 1 the output is written directly.
layout(local_size_x = 64) in;
layout(std430, binding = 0) readonly buffer Q { float q[]; };
// Compiled twice: KV_F32 (float cache) and KV_F16 (two halves per 32-bit word, low half first).
#if defined(KV_F16)
layout(std430, binding = 1) readonly buffer K { uint keys[]; };
layout(std430, binding = 2) readonly buffer V { uint values[]; };
float key_at(uint e) { const vec2 h = unpackHalf2x16(keys[e >> 1]); return (e & 1u) == 0u ? h.x : h.y; }
float value_at(uint e) { const vec2 h = unpackHalf2x16(values[e >> 1]); return (e & 1u) == 0u ? h.x : h.y; }
#else
layout(std430, binding = 1) readonly buffer K { float keys[]; };
layout(std430, binding = 2) readonly buffer V { float values[]; };
float key_at(uint e) { return keys[e]; }
float value_at(uint e) { return values[e]; }
#endif
layout(std430, binding = 3) writeonly buffer O { float o[]; };
layout(std430, binding = 4) writeonly buffer Part { float part[]; };  // [job][split][2 + head_dim]
layout(push_constant) uniform Push {
    uint n_tokens; uint start_pos; uint n_heads; uint n_kv_heads; uint head_dim; uint capacity; float scale;
    uint q_off; uint k_off; uint v_off; uint o_off; uint splits; uint split_len;
} pc;

shared float qv[256];
shared float prob[64];
shared float red[64];

float reduce_max(float v) {
    const uint lid = gl_LocalInvocationID.x;
    red[lid] = v;
    barrier();
    for (uint k = 32u; k > 0u; k >>= 1) {
        if (lid < k) red[lid] = max(red[lid], red[lid + k]);
        barrier();
    }
    const float r = red[0];
    barrier();
    return r;
}

float reduce_sum(float v) {
    const uint lid = gl_LocalInvocationID.x;
    red[lid] = v;
    barrier();
    for (uint k = 32u; k > 0u; k >>= 1) {
        if (lid < k) red[lid] += red[lid + k];
        barrier();
    }
    const float r = red[0];
    barrier();
    return r;
}

void main() {
    const uint job = gl_WorkGroupID.z * gl_NumWorkGroups.x + gl_WorkGroupID.x;
    if (job >= pc.n_tokens * pc.n_heads) return;
    const uint lid = gl_LocalInvocationID.x;
    const uint t = job / pc.n_heads, h = job % pc.n_heads;
    const uint hd = pc.head_dim;
    const uint kvh = h / (pc.n_heads / pc.n_kv_heads);
    const uint split = gl_WorkGroupID.y;
    const uint n_pos = pc.start_pos + t + 1u;
    const uint p_begin = split * pc.split_len;
    const uint p_end = pc.splits == 1u ? n_pos : min(n_pos, p_begin + pc.split_len);
    const uint qbase = job * hd;  // in q and o, before their offsets
    for (uint d = lid; d < hd; d += 64u) qv[d] = q[pc.q_off + qbase + d];
    barrier();
    const uint kv_base = kvh * pc.capacity * hd;
    float m = -1.0 / 0.0;  // running max (-inf)
    float l = 0.0;         // running sum of exp(score - m)
    float acc[4] = float[4](0.0, 0.0, 0.0, 0.0);
    for (uint p0 = p_begin; p0 < p_end; p0 += 64u) {  // no iteration when this split starts past the query
        const uint p = p0 + lid;
        float s = -1.0 / 0.0;
        if (p < p_end) {
            float dot_qk = 0.0;
            const uint kb = pc.k_off + kv_base + p * hd;  // element index (offsets are in elements)
            for (uint d = 0u; d < hd; ++d) dot_qk += qv[d] * key_at(kb + d);
            s = dot_qk * pc.scale;
        }
        const float m_new = max(m, reduce_max(s));
        const float alpha = exp(m - m_new);  // 0 on the first chunk (m = -inf)
        const float e = p < p_end ? exp(s - m_new) : 0.0;
        prob[lid] = e;
        l = l * alpha + reduce_sum(e);  // reduce_sum's barriers also publish prob[]
        const uint n_chunk = min(64u, p_end - p0);
        for (uint i = 0u; i < 4u; ++i) {
            const uint d = lid + 64u * i;
            if (d >= hd) break;
            float a = acc[i] * alpha;
            for (uint j = 0u; j < n_chunk; ++j) a += prob[j] * value_at(pc.v_off + kv_base + (p0 + j) * hd + d);
            acc[i] = a;
        }
        m = m_new;
        barrier();  // prob[] is rewritten by the next chunk
    }
    if (pc.splits > 1u) {
        const uint pb = (job * pc.splits + split) * (hd + 2u);
        if (lid == 0u) {
            part[pb] = m;  // -inf for an empty split
            part[pb + 1u] = l;
        }
        for (uint i = 0u; i < 4u; ++i) {
            const uint d = lid + 64u * i;
            if (d < hd) part[pb + 2u + d] = acc[i];
        }
        return;
    }
    const float inv = 1.0 / l;
    for (uint i = 0u; i < 4u; ++i) {
        const uint d = lid + 64u * i;
        if (d < hd) o[pc.o_off + qbase + d] = acc[i] * inv;
    }
}
