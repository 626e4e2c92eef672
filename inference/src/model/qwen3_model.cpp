#include "model/qwen3_model.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "qwendesk/errors.h"

namespace qwendesk {

Qwen3Model::Qwen3Model(std::shared_ptr<const ModelWeights> weights, Backend& backend)
    : weights_(std::move(weights)), backend_(backend), rope_(weights_->config) {}

void Qwen3Model::forward(KvCache& cache, std::span<const std::int32_t> tokens, int start_pos, LogitsFor which,
                         std::vector<float>& logits) {
    const ModelConfig& c = config();
    const int n = static_cast<int>(tokens.size());
    if (n == 0) throw Error(ErrorKind::InvalidArgument, "forward pass over no tokens");
    if (start_pos < 0 || start_pos + n > cache.capacity())
        throw Error(ErrorKind::ContextOverflow, std::to_string(start_pos + n) + " tokens exceed the context of " +
                                                    std::to_string(cache.capacity()));
    for (int t = 0; t < n; ++t)
        if (tokens[t] < 0 || tokens[t] >= c.vocab_size)
            throw Error(ErrorKind::InvalidArgument, "token id " + std::to_string(tokens[t]) + " at position " + std::to_string(t) +
                                                        " is outside the model's vocabulary of " + std::to_string(c.vocab_size));
    const std::size_t H = static_cast<std::size_t>(c.hidden_size), V = static_cast<std::size_t>(c.vocab_size);
    const int out_rows = which == LogitsFor::AllTokens ? n : 1;
    logits.resize(static_cast<std::size_t>(out_rows) * V);
    std::vector<float> normed;
    for (int begin = 0; begin < n; begin += kMaxBatch) {
        const int len = std::min(kMaxBatch, n - begin);
        forward_chunk(cache, tokens.subspan(static_cast<std::size_t>(begin), static_cast<std::size_t>(len)), start_pos + begin);
        // Final norm and output projection only where logits are wanted.
        if (which == LogitsFor::AllTokens) {
            normed.resize(static_cast<std::size_t>(len) * H);
            backend_.rms_norm(x_.data(), weights_->final_norm.data(), normed.data(), len, c.hidden_size, c.rms_norm_eps);
            backend_.matmul(weights_->lm_head, normed.data(), logits.data() + static_cast<std::size_t>(begin) * V, len);
        } else if (begin + len == n) {
            normed.resize(H);
            backend_.rms_norm(x_.data() + static_cast<std::size_t>(len - 1) * H, weights_->final_norm.data(), normed.data(), 1,
                              c.hidden_size, c.rms_norm_eps);
            backend_.matmul(weights_->lm_head, normed.data(), logits.data(), 1);
        }
    }
}

void Qwen3Model::forward_chunk(KvCache& cache, std::span<const std::int32_t> tokens, int start_pos) {
    const ModelConfig& c = config();
    const int n = static_cast<int>(tokens.size());
    const std::size_t H = static_cast<std::size_t>(c.hidden_size);
    x_.resize(n * H);
    xn_.resize(n * H);
    backend_.embed(weights_->embed, tokens.data(), n, x_.data());
    rope_.fill(start_pos, n, cos_, sin_);
    for (int l = 0; l < c.num_layers; ++l) {
        const LayerWeights& L = weights_->layers[static_cast<std::size_t>(l)];
        backend_.rms_norm(x_.data(), L.attn_norm.data(), xn_.data(), n, c.hidden_size, c.rms_norm_eps);
        attention_block(L, cache.layer(l), start_pos, n);
        backend_.add(x_.data(), proj_.data(), static_cast<std::int64_t>(n * H));
        backend_.rms_norm(x_.data(), L.ffn_norm.data(), xn_.data(), n, c.hidden_size, c.rms_norm_eps);
        if (L.is_moe) moe_ffn(L, n);
        else dense_ffn(L, n);
        backend_.add(x_.data(), proj_.data(), static_cast<std::int64_t>(n * H));
    }
}

void Qwen3Model::attention_block(const LayerWeights& L, KvLayerView kv, int start_pos, int n) {
    const ModelConfig& c = config();
    const int hd = c.head_dim;
    const std::size_t q_width = static_cast<std::size_t>(c.num_heads) * hd, kv_width = static_cast<std::size_t>(c.num_kv_heads) * hd;
    q_.resize(n * q_width);
    k_.resize(n * kv_width);
    v_.resize(n * kv_width);
    attn_.resize(n * q_width);
    proj_.resize(static_cast<std::size_t>(n) * c.hidden_size);
    backend_.matmul(L.q, xn_.data(), q_.data(), n);
    backend_.matmul(L.k, xn_.data(), k_.data(), n);
    backend_.matmul(L.v, xn_.data(), v_.data(), n);
    // Qwen3 normalises each query and key head before rotating it.
    backend_.rms_norm(q_.data(), L.q_norm.data(), q_.data(), static_cast<std::int64_t>(n) * c.num_heads, hd, c.rms_norm_eps);
    backend_.rms_norm(k_.data(), L.k_norm.data(), k_.data(), static_cast<std::int64_t>(n) * c.num_kv_heads, hd, c.rms_norm_eps);
    backend_.rope(q_.data(), n, c.num_heads, hd, cos_.data(), sin_.data());
    backend_.rope(k_.data(), n, c.num_kv_heads, hd, cos_.data(), sin_.data());
    backend_.attention(q_.data(), k_.data(), v_.data(), kv, start_pos, n, AttentionShape{c.num_heads, c.num_kv_heads, hd},
                       attn_.data());
    backend_.matmul(L.o, attn_.data(), proj_.data(), n);
}

void Qwen3Model::dense_ffn(const LayerWeights& L, int n) {
    const std::size_t I = static_cast<std::size_t>(L.gate.rows);
    gate_.resize(n * I);
    up_.resize(n * I);
    backend_.matmul(L.gate, xn_.data(), gate_.data(), n);
    backend_.matmul(L.up, xn_.data(), up_.data(), n);
    backend_.swiglu(gate_.data(), up_.data(), gate_.data(), static_cast<std::int64_t>(n * I));
    proj_.resize(static_cast<std::size_t>(n) * config().hidden_size);
    backend_.matmul(L.down, gate_.data(), proj_.data(), n);
}

void Qwen3Model::moe_ffn(const LayerWeights& L, int n) {
    const ModelConfig& c = config();
    const int E = c.num_experts, K = c.num_experts_per_token;
    const std::size_t H = static_cast<std::size_t>(c.hidden_size), I = static_cast<std::size_t>(c.moe_intermediate_size);
    router_.resize(static_cast<std::size_t>(n) * E);
    backend_.matmul(L.router, xn_.data(), router_.data(), n);

    // Routing: softmax over all experts, keep the top k, renormalise them when norm_topk_prob is set.
    std::vector<std::vector<std::pair<int, float>>> assigned(static_cast<std::size_t>(E));  // expert -> (token, weight)
    std::vector<int> order(static_cast<std::size_t>(E));
    std::vector<float> probs(static_cast<std::size_t>(E));
    for (int t = 0; t < n; ++t) {
        const float* logits = router_.data() + static_cast<std::size_t>(t) * E;
        const float max_logit = *std::max_element(logits, logits + E);
        float sum = 0;
        for (int e = 0; e < E; ++e) sum += probs[e] = std::exp(logits[e] - max_logit);
        for (int e = 0; e < E; ++e) probs[e] /= sum;
        std::iota(order.begin(), order.end(), 0);
        std::partial_sort(order.begin(), order.begin() + K, order.end(),
                          [&](int a, int b) { return probs[a] > probs[b] || (probs[a] == probs[b] && a < b); });
        float top_sum = 0;
        for (int i = 0; i < K; ++i) top_sum += probs[order[i]];
        for (int i = 0; i < K; ++i) {
            const float w = c.norm_topk_prob ? probs[order[i]] / top_sum : probs[order[i]];
            assigned[static_cast<std::size_t>(order[i])].emplace_back(t, w);
        }
    }

    proj_.assign(static_cast<std::size_t>(n) * H, 0.0f);
    for (int e = 0; e < E; ++e) {
        const auto& rows = assigned[static_cast<std::size_t>(e)];
        if (rows.empty()) continue;
        const int m = static_cast<int>(rows.size());
        expert_in_.resize(m * H);
        for (int i = 0; i < m; ++i)
            std::copy_n(xn_.data() + static_cast<std::size_t>(rows[i].first) * H, H, expert_in_.data() + i * H);
        gate_.resize(m * I);
        up_.resize(m * I);
        backend_.matmul(L.expert_gate[e], expert_in_.data(), gate_.data(), m);
        backend_.matmul(L.expert_up[e], expert_in_.data(), up_.data(), m);
        backend_.swiglu(gate_.data(), up_.data(), gate_.data(), static_cast<std::int64_t>(m * I));
        expert_out_.resize(m * H);
        backend_.matmul(L.expert_down[e], gate_.data(), expert_out_.data(), m);
        for (int i = 0; i < m; ++i) {
            float* dst = proj_.data() + static_cast<std::size_t>(rows[i].first) * H;
            const float* src = expert_out_.data() + i * H;
            const float w = rows[i].second;
            for (std::size_t j = 0; j < H; ++j) dst[j] += w * src[j];
        }
    }
}

}  // namespace qwendesk
