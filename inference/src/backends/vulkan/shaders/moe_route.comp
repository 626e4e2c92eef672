#version 450
// MoE routing on the device, one workgroup per token: softmax over the router logits, the k largest
// probabilities (ties to the lower index, in descending order), renormalised when norm_topk. Writes ids (as
// exact floats) to routing[t * k + j] and weights to routing[n_tokens * k + t * k + j]. The softmax and the
// selection run in one invocation, in the CPU's order (a few hundred operations per token).
layout(local_size_x = 64) in;
layout(std430, binding = 0) readonly buffer Logits { float logits[]; };
layout(std430, binding = 1) writeonly buffer Routing { float routing[]; };
layout(push_constant) uniform Push { uint n_tokens; uint n_experts; uint k; uint norm_topk; uint l_off; uint r_off; } pc;

shared float prob[256];  // n_experts <= 256 (checked on the host)

void main() {
    const uint t = gl_WorkGroupID.z * gl_NumWorkGroups.x + gl_WorkGroupID.x;
    if (t >= pc.n_tokens) return;
    const uint E = pc.n_experts;
    for (uint e = gl_LocalInvocationID.x; e < E; e += 64u) prob[e] = logits[pc.l_off + t * E + e];
    barrier();
    if (gl_LocalInvocationID.x != 0u) return;
    float m = prob[0];
    for (uint e = 1u; e < E; ++e) m = max(m, prob[e]);
    float sum = 0.0;
    for (uint e = 0u; e < E; ++e) {
        prob[e] = exp(prob[e] - m);
        sum += prob[e];
    }
    for (uint e = 0u; e < E; ++e) prob[e] /= sum;
    float chosen[16];
    uint ids[16];
    float top_sum = 0.0;
    for (uint j = 0u; j < pc.k; ++j) {
        uint best = 0u;
        float best_p = -1.0;
        for (uint e = 0u; e < E; ++e)
            if (prob[e] > best_p) {
                best_p = prob[e];
                best = e;
            }
        ids[j] = best;
        chosen[j] = best_p;
        top_sum += best_p;
        prob[best] = -2.0;  // taken
    }
    for (uint j = 0u; j < pc.k; ++j) {
        routing[pc.r_off + t * pc.k + j] = float(ids[j]);
        routing[pc.r_off + pc.n_tokens * pc.k + t * pc.k + j] = pc.norm_topk != 0u ? chosen[j] / top_sum : chosen[j];
    }
}
