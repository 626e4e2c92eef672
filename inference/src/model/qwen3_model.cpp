#include "model/qwen3_model.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "qwendesk/errors.h"

namespace qwendesk {

Qwen3Model::Qwen3Model(std::shared_ptr<const ModelWeights> weights, Backend& backend)
    : Qwen3Model(std::move(weights), ModelPlacement{&backend, nullptr, -1, {}}) {}

Qwen3Model::Qwen3Model(std::shared_ptr<const ModelWeights> weights, ModelPlacement placement)
    : weights_(std::move(weights)), placement_(std::move(placement)), rope_(weights_->config) {
    const ModelConfig& c = config();
    if (!placement_.primary) throw Error(ErrorKind::InvalidArgument, "model placement without a backend");
    int& gpu_layers = placement_.gpu_layers;
    if (gpu_layers < -1 || gpu_layers > c.num_layers)
        throw Error(ErrorKind::InvalidArgument, "--gpu-layers " + std::to_string(gpu_layers) + ": the model has " +
                                                    std::to_string(c.num_layers) + " layers");
    if (gpu_layers == -1) gpu_layers = c.num_layers;
    auto& experts = placement_.experts_on_offload;
    if (!experts.empty() && experts.size() != static_cast<std::size_t>(c.num_layers))
        throw Error(ErrorKind::Internal, "experts_on_offload needs one entry per layer");
    experts.resize(static_cast<std::size_t>(c.num_layers), false);
    for (int l = 0; l < c.num_layers; ++l)
        if (experts[static_cast<std::size_t>(l)] && !weights_->layers[static_cast<std::size_t>(l)].is_moe)
            throw Error(ErrorKind::InvalidArgument, "layer " + std::to_string(l) + " has no experts to keep on the CPU");
    const bool splits = gpu_layers < c.num_layers || std::find(experts.begin(), experts.end(), true) != experts.end();
    if (splits && !placement_.offload)
        throw Error(ErrorKind::InvalidArgument, "a layer or expert split needs a second backend");
    for (int l = 0; l < c.num_layers; ++l) layer_backends_.push_back(l < gpu_layers ? placement_.primary : placement_.offload);
    prepare_weights();
}

// Every matrix goes to the backend that will use it now, so a model too large for the GPU fails at load.
void Qwen3Model::prepare_weights() {
    const ModelConfig& c = config();
    auto norm = [](const std::vector<float>& w) {
        return WeightMatrix{DType::F32, 1, static_cast<std::int64_t>(w.size()), reinterpret_cast<const std::uint8_t*>(w.data()),
                            sizeof(float) * w.size()};
    };
    for (int l = 0; l < c.num_layers; ++l) {
        const LayerWeights& L = weights_->layers[static_cast<std::size_t>(l)];
        Backend& b = layer_backend(l);
        for (const auto* w : {&L.attn_norm, &L.ffn_norm, &L.q_norm, &L.k_norm}) b.prepare(norm(*w));
        for (const WeightMatrix* w : {&L.q, &L.k, &L.v, &L.o, &L.gate, &L.up, &L.down, &L.router}) b.prepare(*w);
        Backend& experts = placement_.experts_on_offload[static_cast<std::size_t>(l)] ? *placement_.offload : b;
        for (const auto* list : {&L.expert_gate, &L.expert_up, &L.expert_down}) experts.prepare_experts(*list);
    }
    Backend& out = layer_backend(c.num_layers - 1);
    out.prepare(norm(weights_->final_norm));
    out.prepare(weights_->lm_head);
    (placement_.offload ? *placement_.offload : layer_backend(0)).prepare(weights_->embed);
}

Qwen3Model::~Qwen3Model() = default;

Backend& Qwen3Model::layer_backend(int l) const { return *layer_backends_.at(static_cast<std::size_t>(l)); }

KvCache Qwen3Model::make_cache(int capacity) const { return KvCache(config(), capacity, layer_backends_); }

Qwen3Model::Scratch& Qwen3Model::scratch(Backend& b, int n) {
    auto it = std::find_if(scratch_.begin(), scratch_.end(), [&](const auto& s) { return s->backend == &b; });
    if (it == scratch_.end()) {
        scratch_.push_back(std::make_unique<Scratch>());
        scratch_.back()->backend = &b;
        it = scratch_.end() - 1;
    }
    Scratch& s = **it;
    if (s.tokens >= n) return s;
    const ModelConfig& c = config();
    const std::size_t N = static_cast<std::size_t>(n), H = static_cast<std::size_t>(c.hidden_size);
    const std::size_t Q = static_cast<std::size_t>(c.num_heads) * c.head_dim, KV = static_cast<std::size_t>(c.num_kv_heads) * c.head_dim;
    const std::size_t K = static_cast<std::size_t>(std::max(c.num_experts_per_token, 1));
    // gate/up hold a dense FFN's [n][I] or, routed on the device, [n * k][moe I]; expert_out [n * k][H] likewise.
    const std::size_t I = std::max(static_cast<std::size_t>(c.intermediate_size), K * static_cast<std::size_t>(c.moe_intermediate_size));
    const std::size_t E = static_cast<std::size_t>(std::max(c.num_experts, 1));
    const std::size_t sizes[] = {N * H, N * H, N * Q, N * KV, N * KV, N * Q, N * H, N * I, N * I, N * E, N * H, N * K * H, N * 2 * K};
    DevicePtr* slots[] = {&s.x,    &s.xn,   &s.q,      &s.k,         &s.v,          &s.attn,   &s.proj,
                          &s.gate, &s.up,   &s.router, &s.expert_in, &s.expert_out, &s.routing};
    s.memory.reset();  // before allocating the new one: the old scratch may be most of a GPU's free memory
    s.tokens = 0;
    s.memory = b.allocate(std::accumulate(std::begin(sizes), std::end(sizes), std::size_t{0}));
    std::size_t offset = 0;
    for (std::size_t i = 0; i < std::size(sizes); ++i) {
        *slots[i] = DevicePtr{s.memory.get(), offset};
        offset += sizes[i];
    }
    s.tokens = n;
    return s;
}

void Qwen3Model::transfer(Backend& from, DevicePtr src, Backend& to, DevicePtr dst, std::size_t n) {
    host_.resize(n);
    from.download(src, host_.data(), n);
    to.upload(dst, host_.data(), n);
}

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
    for (int begin = 0; begin < n; begin += kMaxBatch) {
        const int len = std::min(kMaxBatch, n - begin);
        forward_chunk(cache, tokens.subspan(static_cast<std::size_t>(begin), static_cast<std::size_t>(len)), start_pos + begin);
        // Final norm and output projection only where logits are wanted, on the backend holding the hidden state.
        const bool all = which == LogitsFor::AllTokens;
        if (!all && begin + len != n) continue;
        Backend& b = *hidden_on_;
        Scratch& s = scratch(b, len);
        const int rows = all ? len : 1;
        const DevicePtr last = all ? s.x : s.x + static_cast<std::size_t>(len - 1) * H;
        const std::size_t need = static_cast<std::size_t>(rows) * V;
        if (!s.logits || s.logits->floats() < need) {
            s.logits.reset();
            s.logits = b.allocate(need);
        }
        b.rms_norm(last, weights_->final_norm.data(), s.xn, rows, c.hidden_size, c.rms_norm_eps);
        b.matmul(weights_->lm_head, s.xn, DevicePtr{s.logits.get(), 0}, rows);
        b.download(DevicePtr{s.logits.get(), 0}, logits.data() + (all ? static_cast<std::size_t>(begin) * V : 0), need);
    }
}

void Qwen3Model::forward_chunk(KvCache& cache, std::span<const std::int32_t> tokens, int start_pos) {
    const ModelConfig& c = config();
    const int n = static_cast<int>(tokens.size());
    const std::size_t H = static_cast<std::size_t>(c.hidden_size);
    // With a split the token embedding is read in RAM (a whole vocabulary of rows, a few of them used per
    // step: not worth GPU memory); the hidden state then crosses to layer 0's backend like at any split point.
    Backend* on = placement_.offload ? placement_.offload : &layer_backend(0);
    on->embed(weights_->embed, tokens, scratch(*on, n).x);
    rope_.fill(start_pos, n, cos_, sin_);
    for (int l = 0; l < c.num_layers; ++l) {
        Backend& b = layer_backend(l);
        Scratch& s = scratch(b, n);
        if (&b != on) {  // a layer split: the hidden state crosses once
            transfer(*on, scratch(*on, n).x, b, s.x, n * H);
            on = &b;
        }
        const LayerWeights& L = weights_->layers[static_cast<std::size_t>(l)];
        b.rms_norm(s.x, L.attn_norm.data(), s.xn, n, c.hidden_size, c.rms_norm_eps);
        attention_block(s, L, cache.layer(l), start_pos, n);
        b.add(s.x, s.proj, static_cast<std::int64_t>(n * H));
        b.rms_norm(s.x, L.ffn_norm.data(), s.xn, n, c.hidden_size, c.rms_norm_eps);
        if (L.is_moe) moe_ffn(s, l, L, n);
        else dense_ffn(s, L, n);
        b.add(s.x, s.proj, static_cast<std::int64_t>(n * H));
    }
    hidden_on_ = on;
}

void Qwen3Model::attention_block(Scratch& s, const LayerWeights& L, KvLayerView kv, int start_pos, int n) {
    const ModelConfig& c = config();
    Backend& b = *s.backend;
    const int hd = c.head_dim;
    b.matmul(L.q, s.xn, s.q, n);
    b.matmul(L.k, s.xn, s.k, n);
    b.matmul(L.v, s.xn, s.v, n);
    // Qwen3 normalises each query and key head before rotating it.
    b.rms_norm(s.q, L.q_norm.data(), s.q, static_cast<std::int64_t>(n) * c.num_heads, hd, c.rms_norm_eps);
    b.rms_norm(s.k, L.k_norm.data(), s.k, static_cast<std::int64_t>(n) * c.num_kv_heads, hd, c.rms_norm_eps);
    b.rope(s.q, n, c.num_heads, hd, cos_.data(), sin_.data());
    b.rope(s.k, n, c.num_kv_heads, hd, cos_.data(), sin_.data());
    b.attention(s.q, s.k, s.v, kv, start_pos, n, AttentionShape{c.num_heads, c.num_kv_heads, hd}, s.attn);
    b.matmul(L.o, s.attn, s.proj, n);
}

void Qwen3Model::dense_ffn(Scratch& s, const LayerWeights& L, int n) {
    Backend& b = *s.backend;
    b.matmul(L.gate, s.xn, s.gate, n);
    b.matmul(L.up, s.xn, s.up, n);
    b.swiglu(s.gate, s.up, s.gate, static_cast<std::int64_t>(n) * L.gate.rows);
    b.matmul(L.down, s.gate, s.proj, n);
}

void Qwen3Model::moe_ffn(Scratch& s, int layer, const LayerWeights& L, int n) {
    const ModelConfig& c = config();
    Backend& b = *s.backend;
    const int E = c.num_experts, K = c.num_experts_per_token;
    const std::size_t H = static_cast<std::size_t>(c.hidden_size);
    b.matmul(L.router, s.xn, s.router, n);
    const bool on_offload = placement_.experts_on_offload[static_cast<std::size_t>(layer)] && placement_.offload &&
                            placement_.offload != &b;
    if (!on_offload && n <= kMaxDeviceRoutedTokens && b.can_route(L.expert_gate, K) && b.can_route(L.expert_up, K) &&
        b.can_route(L.expert_down, K)) {
        // Decode: routing, experts and their weighted sum stay on the device (no round trip to the host).
        const std::int64_t I = L.expert_gate.front().rows;
        b.moe_route(s.router, n, E, K, c.norm_topk_prob, s.routing);
        b.matmul_routed(L.expert_gate, s.xn, false, s.routing, n, K, s.gate);
        b.matmul_routed(L.expert_up, s.xn, false, s.routing, n, K, s.up);
        b.swiglu(s.gate, s.up, s.gate, static_cast<std::int64_t>(n) * K * I);
        b.matmul_routed(L.expert_down, s.gate, true, s.routing, n, K, s.expert_out);
        b.moe_combine(s.expert_out, s.routing, n, K, c.hidden_size, s.proj);
        return;
    }
    router_host_.resize(static_cast<std::size_t>(n) * E);
    b.download(s.router, router_host_.data(), router_host_.size());

    // Routing: softmax over all experts, keep the top k, renormalise them when norm_topk_prob is set.
    std::vector<std::vector<std::pair<int, float>>> assigned(static_cast<std::size_t>(E));  // expert -> (token, weight)
    std::vector<int> order(static_cast<std::size_t>(E));
    std::vector<float> probs(static_cast<std::size_t>(E));
    for (int t = 0; t < n; ++t) {
        const float* logits = router_host_.data() + static_cast<std::size_t>(t) * E;
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

    Backend* offload = placement_.offload;
    if (on_offload) {
        // An expert split: the normalised hidden state goes to the CPU, the experts' sum comes back.
        Scratch& cpu = scratch(*offload, n);
        transfer(b, s.xn, *offload, cpu.xn, n * H);
        experts(cpu, L, n, assigned);
        transfer(*offload, cpu.proj, b, s.proj, n * H);
    } else {
        experts(s, L, n, assigned);
    }
}

void Qwen3Model::experts(Scratch& s, const LayerWeights& L, int n,
                         const std::vector<std::vector<std::pair<int, float>>>& assigned) {
    Backend& b = *s.backend;
    const int H = config().hidden_size;
    b.fill_zero(s.proj, static_cast<std::size_t>(n) * H);
    std::vector<std::int32_t> rows;
    std::vector<float> gains;
    for (std::size_t e = 0; e < assigned.size(); ++e) {
        if (assigned[e].empty()) continue;
        rows.clear();
        gains.clear();
        for (const auto& [token, w] : assigned[e]) {
            rows.push_back(token);
            gains.push_back(w);
        }
        const int m = static_cast<int>(rows.size());
        b.gather_rows(s.xn, rows, H, s.expert_in);
        b.matmul(L.expert_gate[e], s.expert_in, s.gate, m);
        b.matmul(L.expert_up[e], s.expert_in, s.up, m);
        b.swiglu(s.gate, s.up, s.gate, static_cast<std::int64_t>(m) * L.expert_gate[e].rows);
        b.matmul(L.expert_down[e], s.gate, s.expert_out, m);
        b.scatter_add_rows(s.proj, s.expert_out, rows, gains, H);
    }
}

}  // namespace qwendesk
