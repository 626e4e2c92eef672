// The engine's generation API, the one the app and the CLI use: load a model, then generate replies that
// stream as events (thinking text, answer text, stats) and can be cancelled from any thread. The KV cache of
// the previous request is kept, so the next turn of a conversation only prefills what is new.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "qwendesk/sampling.h"
#include "qwendesk/tokenizer.h"

namespace qwendesk {

struct EngineOptions {
    std::filesystem::path model;                   // a Hugging Face folder (config.json + safetensors) or a .gguf file
    std::optional<std::filesystem::path> tokenizer;  // tokenizer.json or a folder; default: beside the model
    int context_length = 8192;                     // capped at the model's max_position_embeddings
    int threads = 0;                               // 0: all hardware threads
    std::string backend = "auto";                  // "auto" (the hardware plan's choice), "cpu", "vulkan" or "cuda"
    int gpu_layers = -1;                           // a layer split: layers on the GPU from the first; -1 all
    std::string experts_on_cpu;                    // an expert split: "all" or layers "0-3,40-47" ("" none)
    std::optional<std::string> convert;            // quantise at load, e.g. "Q8_0" or "Q4_K_M" (model/quant_mix.h)
};

struct ModelInfo {
    std::string path;
    std::string architecture;
    int layers = 0;
    int hidden_size = 0;
    int vocab_size = 0;
    bool moe = false;
    std::size_t weight_bytes = 0;
    int context_length = 0;
    std::string backend;
};

struct GenerationRequest {
    // The conversation in the Hugging Face shape: {"messages": [{"role": ..., "content": ...}, ...]}.
    // Ignored when prompt_tokens is set.
    nlohmann::ordered_json conversation;
    std::optional<std::vector<TokenId>> prompt_tokens;  // raw tokens (no template)
    bool enable_thinking = true;
    SamplingParams sampling = SamplingParams::thinking_preset();
    int max_tokens = 4096;                 // generated tokens, thinking included
    std::optional<int> thinking_budget;    // thinking tokens before the engine ends the thought
    std::vector<std::string> stop;         // extra stop strings (in the answer)
    bool ignore_stop_tokens = false;       // keep going past <|im_end|> (benchmarks and tests)
};

enum class EventKind { Thinking, Answer };

struct GenerationEvent {
    EventKind kind;
    std::string text;
};

enum class FinishReason { Stop, Length, Cancelled, ContextFull, StopString };
const char* to_string(FinishReason reason);

struct GenerationStats {
    int prompt_tokens = 0;
    int reused_prompt_tokens = 0;  // taken from the previous request's KV cache
    int generated_tokens = 0;
    int thinking_tokens = 0;
    double prefill_seconds = 0;
    double decode_seconds = 0;
    int context_used = 0;
    int context_length = 0;
    double prefill_tokens_per_second() const;
    double decode_tokens_per_second() const;
};

struct GenerationResult {
    std::string thinking;
    std::string answer;
    FinishReason finish = FinishReason::Stop;
    bool budget_forced = false;  // the thinking budget ended the thought
    GenerationStats stats;
};

using EventSink = std::function<void(const GenerationEvent&)>;

class Engine {
public:
    // Loads the model; throws qwendesk::Error naming what is wrong. `fallback_tokenizer` is used when the
    // model folder has no tokenizer.json (the app and CLI pass the bundled Qwen3 tokenizer).
    static std::unique_ptr<Engine> load(const EngineOptions& options,
                                        std::shared_ptr<const Tokenizer> fallback_tokenizer = nullptr);
    virtual ~Engine() = default;

    // Generates one reply. Call from one thread at a time; events arrive on that thread. Errors (a prompt
    // longer than the context, an empty prompt) are thrown as qwendesk::Error before anything streams.
    virtual GenerationResult generate(const GenerationRequest& request, const EventSink& sink) = 0;
    // Asks the running generate() to stop after the current step; safe from any thread.
    virtual void cancel() = 0;

    // The prompt tokens a request renders to (what generate() would prefill).
    virtual std::vector<TokenId> prompt_tokens(const GenerationRequest& request) const = 0;
    virtual std::string render_prompt(const GenerationRequest& request) const = 0;
    virtual const Tokenizer& tokenizer() const = 0;
    virtual ModelInfo info() const = 0;
};

}  // namespace qwendesk
