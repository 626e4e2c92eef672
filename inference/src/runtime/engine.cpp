// The engine behind qwendesk/engine.h: a loaded model, its tokenizer and chat template, one Session (KV
// cache) and the generation loop: prefill, then sample -> stream-decode -> split thinking from answer.
#include "qwendesk/engine.h"
#include "platform/paths.h"

#include <algorithm>
#include <chrono>
#include <limits>

#include "backends/backend.h"
#include "runtime/model_runtime.h"
#include "model/load_model.h"
#include "model/qwen3_model.h"
#include "model/quantize_model.h"
#include "qwendesk/chat_template.h"
#include "qwendesk/errors.h"
#include "qwendesk/thinking_splitter.h"
#include "runtime/sampler.h"
#include "runtime/session.h"

namespace qwendesk {

namespace {

using Clock = std::chrono::steady_clock;

// The Qwen3 technical report's wording for ending a thought when the thinking budget runs out.
constexpr std::string_view kBudgetEnding =
    "Considering the limited time by the user, I have to give the solution based on the thinking directly now.\n</think>.\n\n";

// True when the prompt leaves the assistant turn inside an open <think> block.
bool prompt_opens_thinking(std::string_view prompt) {
    const std::size_t turn = prompt.rfind("<|im_start|>");
    const std::string_view tail = turn == std::string_view::npos ? prompt : prompt.substr(turn);
    const std::size_t open = tail.rfind("<think>");
    return open != std::string_view::npos && tail.find("</think>", open) == std::string_view::npos;
}

// Passes answer text through while watching for stop strings; text that could be the start of one is held.
class StopStringFilter {
public:
    explicit StopStringFilter(const std::vector<std::string>& stops) {
        for (const auto& s : stops)
            if (!s.empty()) stops_.push_back(s);
    }
    // Returns the text that is safe to emit; sets `hit` when a stop string completed.
    std::string push(std::string_view text, bool& hit) {
        if (stops_.empty()) return std::string(text);
        held_ += text;
        std::size_t first = std::string::npos;
        for (const auto& s : stops_) first = std::min(first, held_.find(s));
        if (first != std::string::npos) {
            hit = true;
            std::string out = held_.substr(0, first);
            held_.clear();
            return out;
        }
        std::size_t keep = 0;
        for (const auto& s : stops_)
            for (std::size_t len = std::min(s.size() - 1, held_.size()); len > keep; --len)
                if (held_.compare(held_.size() - len, len, s, 0, len) == 0) {
                    keep = len;
                    break;
                }
        std::string out = held_.substr(0, held_.size() - keep);
        held_.erase(0, held_.size() - keep);
        return out;
    }
    std::string finish() { return std::exchange(held_, {}); }

private:
    std::vector<std::string> stops_;
    std::string held_;
};

class LocalEngine final : public Engine {
public:
    LocalEngine(const EngineOptions& options, std::shared_ptr<const Tokenizer> fallback_tokenizer) {
        weights_ = load_model(options.model);
        if (options.convert) weights_ = quantize_weights(weights_, parse_quant_mix(*options.convert), options.threads);
        const ModelConfig& c = weights_->config;
        const std::filesystem::path folder =
            std::filesystem::is_directory(options.model) ? options.model : options.model.parent_path();
        if (options.tokenizer) {
            tokenizer_ = Tokenizer::from_file(*options.tokenizer);
        } else if (std::filesystem::exists(folder / "tokenizer.json")) {
            tokenizer_ = Tokenizer::from_file(folder / "tokenizer.json");
        } else if (weights_->tokenizer) {
            tokenizer_ = weights_->tokenizer;
        } else if (fallback_tokenizer) {
            tokenizer_ = std::move(fallback_tokenizer);
        } else {
            throw Error(ErrorKind::FileNotFound, path_to_utf8(folder) + " has no tokenizer.json and no tokenizer was given");
        }
        if (std::filesystem::exists(folder / "tokenizer_config.json"))
            template_ = ChatTemplate::from_tokenizer_config(folder / "tokenizer_config.json");
        else if (!weights_->chat_template.empty())
            template_ = ChatTemplate::from_text(weights_->chat_template);
        else
            template_ = ChatTemplate::qwen3_default();

        for (const char* name : {"<|im_end|>", "<|endoftext|>"})
            if (auto id = tokenizer_->token_id(name)) stop_tokens_.push_back(*id);
        for (auto id : c.eos_token_ids) stop_tokens_.push_back(id);

        RuntimeOptions runtime;
        runtime.backend = options.backend;
        runtime.threads = options.threads;
        runtime.gpu_layers = options.gpu_layers;
        runtime.experts_on_cpu = options.experts_on_cpu;
        const RuntimeOptions planned = resolve_auto(runtime, *weights_, options.context_length);
        try {
            runtime_ = make_runtime(*weights_, planned);
        } catch (const Error& e) {
            // "auto" must always run: when the planned GPU backend cannot start (no module, a driver problem, less
            // memory than the probe saw), the CPU takes the model, and info().backend says why.
            if (options.backend != "auto" || planned.backend == "cpu" ||
                (e.kind() != ErrorKind::Unsupported && e.kind() != ErrorKind::OutOfMemory && e.kind() != ErrorKind::DeviceLost))
                throw;
            RuntimeOptions cpu = runtime;
            cpu.backend = "cpu";
            runtime_ = make_runtime(*weights_, cpu);
            runtime_.description += " (" + planned.backend + " could not start: " + e.what() + ")";
        }
        model_ = std::make_unique<Qwen3Model>(weights_, runtime_.placement);
        if (options.context_length <= 0) throw Error(ErrorKind::InvalidArgument, "context length must be positive");
        const int context = static_cast<int>(std::min<std::int64_t>(options.context_length, c.max_position_embeddings > 0 ? c.max_position_embeddings : options.context_length));
        session_ = std::make_unique<Session>(*model_, context);
        path_ = path_to_utf8(options.model);
    }

    std::string render_prompt(const GenerationRequest& request) const override {
        if (request.prompt_tokens) return tokenizer_->decode(*request.prompt_tokens);
        if (!request.conversation.is_object() || !request.conversation.contains("messages") ||
            !request.conversation["messages"].is_array() || request.conversation["messages"].empty())
            throw Error(ErrorKind::InvalidArgument, "the conversation has no messages");
        ChatRenderOptions options;
        options.add_generation_prompt = true;
        options.enable_thinking = request.enable_thinking;
        return template_->render(request.conversation, options);
    }

    std::vector<TokenId> prompt_tokens(const GenerationRequest& request) const override {
        if (request.prompt_tokens) return *request.prompt_tokens;
        return tokenizer_->encode(render_prompt(request));
    }

    const Tokenizer& tokenizer() const override { return *tokenizer_; }

    ModelInfo info() const override {
        const ModelConfig& c = weights_->config;
        return ModelInfo{path_, c.architecture, c.num_layers, c.hidden_size, c.vocab_size, c.is_moe, weights_->weight_bytes(),
                         session_->capacity(), runtime_.description};
    }

    void cancel() override { cancel_requested_.store(true); }

    GenerationResult generate(const GenerationRequest& request, const EventSink& sink) override {
        if (device_lost_)
            throw Error(ErrorKind::DeviceLost, "the GPU was lost during an earlier reply (" + runtime_.description +
                                                   "); load the model again, on the CPU if the GPU keeps failing");
        try {
            return generate_on_device(request, sink);
        } catch (const Error& e) {
            if (e.kind() == ErrorKind::DeviceLost) {
                // The KV cache lived on the lost device: nothing in it can be reused.
                device_lost_ = true;
                session_->clear();
            }
            throw;
        }
    }

    GenerationResult generate_on_device(const GenerationRequest& request, const EventSink& sink) {
        cancel_requested_.store(false);
        const std::string prompt_text = render_prompt(request);
        const std::vector<TokenId> prompt = prompt_tokens(request);
        if (prompt.empty()) throw Error(ErrorKind::InvalidArgument, "the prompt is empty");
        if (static_cast<int>(prompt.size()) >= session_->capacity())
            throw Error(ErrorKind::ContextOverflow, "the prompt has " + std::to_string(prompt.size()) + " tokens but the context holds " +
                                                        std::to_string(session_->capacity()) + " (at least one more is needed for the reply)");
        if (request.max_tokens <= 0) throw Error(ErrorKind::InvalidArgument, "max_tokens must be positive");
        for (auto id : prompt)
            if (id < 0 || id >= weights_->config.vocab_size)
                throw Error(ErrorKind::InvalidArgument, "prompt token " + std::to_string(id) + " is outside the model's vocabulary");

        GenerationResult result;
        GenerationStats& stats = result.stats;
        stats.prompt_tokens = static_cast<int>(prompt.size());
        stats.context_length = session_->capacity();

        std::vector<float> logits;
        const auto prefill_start = Clock::now();
        try {
            stats.reused_prompt_tokens = session_->prefill(prompt, logits, [this] { return cancel_requested_.load(); });
        } catch (const Error& e) {
            if (e.kind() != ErrorKind::Cancelled) throw;
            result.finish = FinishReason::Cancelled;
            stats.context_used = static_cast<int>(session_->tokens().size());
            return result;
        }
        stats.prefill_seconds = std::chrono::duration<double>(Clock::now() - prefill_start).count();

        const bool starts_thinking = prompt_opens_thinking(prompt_text);
        ThinkingSplitter splitter(starts_thinking);
        StreamingDecoder decoder(tokenizer_, /*skip_special=*/true);
        StopStringFilter stop_filter(request.stop);
        Sampler sampler(request.sampling);
        // Ids past the tokenizer's vocabulary (Qwen3 pads its 151,669 tokens to 151,936 rows) name nothing.
        const int allowed = std::min<int>(weights_->config.vocab_size, static_cast<int>(tokenizer_->vocab_size()));
        std::vector<TokenId> generated;
        bool stop_string_hit = false;

        auto deliver = [&](const std::vector<ThinkingSplitter::Piece>& pieces) {
            for (const auto& piece : pieces) {
                if (piece.thinking) {
                    result.thinking += piece.text;
                    if (sink) sink(GenerationEvent{EventKind::Thinking, piece.text});
                } else if (!stop_string_hit) {
                    std::string text = stop_filter.push(piece.text, stop_string_hit);
                    if (text.empty()) continue;
                    result.answer += text;
                    if (sink) sink(GenerationEvent{EventKind::Answer, text});
                }
            }
        };

        const auto decode_start = Clock::now();
        result.finish = FinishReason::Length;
        for (;;) {
            if (cancel_requested_.load()) {
                result.finish = FinishReason::Cancelled;
                break;
            }
            const TokenId id = sampler.sample(logits, prompt, generated, allowed);
            if (!request.ignore_stop_tokens && std::find(stop_tokens_.begin(), stop_tokens_.end(), id) != stop_tokens_.end()) {
                result.finish = FinishReason::Stop;
                break;
            }
            const bool was_thinking = splitter.in_thinking();
            generated.push_back(id);
            deliver(splitter.push(decoder.push(id)));
            if (was_thinking) ++stats.thinking_tokens;
            if (stop_string_hit) {
                result.finish = FinishReason::StopString;
                break;
            }
            if (static_cast<int>(generated.size()) >= request.max_tokens) break;

            std::vector<TokenId> feed{id};
            if (request.thinking_budget && splitter.in_thinking() && !result.budget_forced &&
                stats.thinking_tokens >= *request.thinking_budget) {
                // End the thought the way Qwen3 was trained to accept, then let the model answer. The model
                // reads the whole ending; the reader sees it up to </think> (the ".\n\n" after it is for the model).
                const auto ending = tokenizer_->encode(kBudgetEnding);
                const auto visible = tokenizer_->encode(kBudgetEnding.substr(0, kBudgetEnding.find("</think>") + 8));
                feed.insert(feed.end(), ending.begin(), ending.end());
                for (std::size_t i = 0; i < visible.size() && i < ending.size() && visible[i] == ending[i]; ++i)
                    deliver(splitter.push(decoder.push(ending[i])));
                generated.insert(generated.end(), ending.begin(), ending.end());
                result.budget_forced = true;
            }
            if (session_->tokens().size() + feed.size() > static_cast<std::size_t>(session_->capacity())) {
                result.finish = FinishReason::ContextFull;
                break;
            }
            session_->append(feed, logits);
        }
        if (!stop_string_hit) {
            deliver(splitter.push(decoder.flush()));
            deliver(splitter.finish());
            std::string rest = stop_filter.finish();
            if (!rest.empty()) {
                result.answer += rest;
                if (sink) sink(GenerationEvent{EventKind::Answer, rest});
            }
        }
        stats.decode_seconds = std::chrono::duration<double>(Clock::now() - decode_start).count();
        stats.generated_tokens = static_cast<int>(generated.size());
        stats.context_used = static_cast<int>(session_->tokens().size());
        return result;
    }

private:
    std::shared_ptr<ModelWeights> weights_;
    std::shared_ptr<const Tokenizer> tokenizer_;
    std::shared_ptr<const ChatTemplate> template_;
    ModelRuntime runtime_;
    std::unique_ptr<Qwen3Model> model_;
    std::unique_ptr<Session> session_;
    std::vector<TokenId> stop_tokens_;
    std::atomic<bool> cancel_requested_{false};
    bool device_lost_ = false;
    std::string path_;
};

}  // namespace

const char* to_string(FinishReason reason) {
    switch (reason) {
        case FinishReason::Stop: return "stop";
        case FinishReason::Length: return "length";
        case FinishReason::Cancelled: return "cancelled";
        case FinishReason::ContextFull: return "context_full";
        case FinishReason::StopString: return "stop_string";
    }
    return "unknown";
}

double GenerationStats::prefill_tokens_per_second() const {
    const int computed = prompt_tokens - reused_prompt_tokens;
    return prefill_seconds > 0 ? computed / prefill_seconds : 0;
}

double GenerationStats::decode_tokens_per_second() const {
    return decode_seconds > 0 ? generated_tokens / decode_seconds : 0;
}

std::unique_ptr<Engine> Engine::load(const EngineOptions& options, std::shared_ptr<const Tokenizer> fallback_tokenizer) {
    return std::make_unique<LocalEngine>(options, std::move(fallback_tokenizer));
}

}  // namespace qwendesk
