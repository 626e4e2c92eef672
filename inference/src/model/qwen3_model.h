// The Qwen3 forward pass (dense and MoE), written as a list of backend ops so it reads like the model
// card: embed -> per layer [RMSNorm -> q/k/v -> q/k RMSNorm -> RoPE -> attention -> o -> residual ->
// RMSNorm -> SwiGLU FFN or routed experts -> residual] -> RMSNorm -> lm_head.
//
// One model can run across two backends (issue #13): a layer split (layers [0, gpu_layers) on the primary
// backend, the rest on the CPU) and an expert split (a layer's attention, norms, router and KV cache on the
// primary backend, its expert matrices on the CPU). Hidden states cross between backends only at those points.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "backends/backend.h"
#include "model/rope.h"
#include "model/weights.h"
#include "runtime/kv_cache.h"

namespace qwendesk {

enum class LogitsFor { LastToken, AllTokens };

// Which backend runs what. With no `offload` backend everything runs on `primary`.
struct ModelPlacement {
    Backend* primary = nullptr;
    Backend* offload = nullptr;      // usually the CPU backend; required by the two splits below
    int gpu_layers = -1;             // layers [0, gpu_layers) on primary, the rest on offload; -1: all on primary
    std::vector<bool> experts_on_offload;  // per layer (empty: none): that MoE layer's experts run on offload
};

class Qwen3Model {
public:
    Qwen3Model(std::shared_ptr<const ModelWeights> weights, Backend& backend);
    // Throws Error(InvalidArgument) for a placement that does not fit the model.
    Qwen3Model(std::shared_ptr<const ModelWeights> weights, ModelPlacement placement);
    ~Qwen3Model();

    const ModelConfig& config() const { return weights_->config; }
    const ModelWeights& weights() const { return *weights_; }
    Backend& backend() { return *placement_.primary; }
    const ModelPlacement& placement() const { return placement_; }
    // The backend of layer l (its attention and KV cache).
    Backend& layer_backend(int l) const;

    // A KV cache for `capacity` positions, each layer on its layer's backend.
    KvCache make_cache(int capacity) const;

    // Runs `tokens` at positions [start_pos, start_pos + n) and stores their keys and values in `cache`.
    // `logits` receives [1 or n][vocab] floats. Long inputs are processed in chunks of max_batch tokens.
    void forward(KvCache& cache, std::span<const std::int32_t> tokens, int start_pos, LogitsFor which,
                 std::vector<float>& logits);

    static constexpr int kMaxBatch = 256;
    // Up to this many tokens a MoE layer routes on the device when the backend can (decode): each token's k
    // experts run as k matrix-vector products. More tokens route on the host and run each expert once over all
    // of its tokens, which reads the expert weights once instead of once per token.
    static constexpr int kMaxDeviceRoutedTokens = 4;

private:
    // The activations of one chunk on one backend, carved from one buffer.
    struct Scratch {
        Backend* backend = nullptr;
        std::unique_ptr<DeviceBuffer> memory;
        int tokens = 0;  // what `memory` is sized for
        DevicePtr x, xn, q, k, v, attn, proj, gate, up, router, expert_in, expert_out, routing;
        std::unique_ptr<DeviceBuffer> logits;
    };

    void prepare_weights();
    Scratch& scratch(Backend& b, int n);
    void forward_chunk(KvCache& cache, std::span<const std::int32_t> tokens, int start_pos);
    void attention_block(Scratch& s, const LayerWeights& L, KvLayerView kv, int start_pos, int n);
    void dense_ffn(Scratch& s, const LayerWeights& L, int n);
    void moe_ffn(Scratch& s, int layer, const LayerWeights& L, int n);
    void experts(Scratch& s, const LayerWeights& L, int n, const std::vector<std::vector<std::pair<int, float>>>& assigned);
    // Copies n floats between backends through the host.
    void transfer(Backend& from, DevicePtr src, Backend& to, DevicePtr dst, std::size_t n);

    std::shared_ptr<const ModelWeights> weights_;
    ModelPlacement placement_;
    RopeTable rope_;
    std::vector<Backend*> layer_backends_;
    std::vector<std::unique_ptr<Scratch>> scratch_;
    Backend* hidden_on_ = nullptr;  // the backend whose scratch.x holds the hidden state during a chunk
    std::vector<float> cos_, sin_, host_, router_host_;
};

}  // namespace qwendesk
