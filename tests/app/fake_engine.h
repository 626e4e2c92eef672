// A scripted engine behind the real qwendesk::Engine interface: it streams the events a test gives it,
// counts prompt tokens as words, records every request and honours cancel(). No model needed.
#pragma once

#include <QThread>

#include <atomic>
#include <mutex>
#include <sstream>

#include "qwendesk/engine.h"
#include "qwendesk/errors.h"

struct FakeScript {
    std::vector<qwendesk::GenerationEvent> events;
    int delayMs = 0;  // between events
    std::optional<qwendesk::ErrorKind> throwKind;  // thrown from generate() before streaming
    int contextLength = 4096;
};

struct FakeState {
    std::mutex mutex;
    FakeScript script;
    std::vector<qwendesk::GenerationRequest> requests;
    std::atomic<int> loads{0};
    std::string lastBackend;  // EngineOptions::backend of the latest load (guarded by mutex)
    std::atomic<bool> cancelled{false};

    qwendesk::GenerationRequest last() {
        std::lock_guard lock(mutex);
        return requests.empty() ? qwendesk::GenerationRequest{} : requests.back();
    }
    void setScript(FakeScript s) {
        std::lock_guard lock(mutex);
        script = std::move(s);
    }
};

class NullTokenizer : public qwendesk::Tokenizer {
public:
    std::vector<qwendesk::TokenId> encode(std::string_view) const override { return {}; }
    std::string decode(const std::vector<qwendesk::TokenId>&, bool) const override { return {}; }
    std::string token_bytes(qwendesk::TokenId) const override { return {}; }
    std::optional<qwendesk::TokenId> token_id(std::string_view) const override { return std::nullopt; }
    bool is_special(qwendesk::TokenId) const override { return false; }
    std::size_t vocab_size() const override { return 0; }
};

class FakeEngine : public qwendesk::Engine {
public:
    explicit FakeEngine(std::shared_ptr<FakeState> state, std::string path) : state_(std::move(state)), path_(std::move(path)) {}

    qwendesk::GenerationResult generate(const qwendesk::GenerationRequest& request, const qwendesk::EventSink& sink) override {
        FakeScript script;
        {
            std::lock_guard lock(state_->mutex);
            state_->requests.push_back(request);
            script = state_->script;
        }
        if (script.throwKind) throw qwendesk::Error(*script.throwKind, "scripted failure");
        qwendesk::GenerationResult result;
        result.stats.prompt_tokens = int(prompt_tokens(request).size());
        for (const auto& e : script.events) {
            if (state_->cancelled.exchange(false)) {
                result.finish = qwendesk::FinishReason::Cancelled;
                break;
            }
            if (script.delayMs) QThread::msleep(script.delayMs);
            sink(e);
            (e.kind == qwendesk::EventKind::Thinking ? result.thinking : result.answer) += e.text;
            ++result.stats.generated_tokens;
        }
        state_->cancelled = false;
        result.stats.decode_seconds = 0.5;
        result.stats.context_length = script.contextLength;
        result.stats.context_used = result.stats.prompt_tokens + result.stats.generated_tokens;
        return result;
    }
    void cancel() override { state_->cancelled = true; }
    std::vector<qwendesk::TokenId> prompt_tokens(const qwendesk::GenerationRequest& request) const override {
        return std::vector<qwendesk::TokenId>(std::size_t(words(render_prompt(request))), 0);
    }
    std::string render_prompt(const qwendesk::GenerationRequest& request) const override {
        std::string out;
        for (const auto& m : request.conversation["messages"])
            out += m["role"].get<std::string>() + ": " + m["content"].get<std::string>() + "\n";
        return out;
    }
    const qwendesk::Tokenizer& tokenizer() const override { return tokenizer_; }
    qwendesk::ModelInfo info() const override {
        qwendesk::ModelInfo i;
        i.path = path_;
        i.architecture = "fake";
        i.backend = "cpu";
        std::lock_guard lock(state_->mutex);
        i.context_length = state_->script.contextLength;
        return i;
    }

private:
    static int words(const std::string& s) {
        std::istringstream in(s);
        std::string w;
        int n = 0;
        while (in >> w) ++n;
        return n;
    }
    std::shared_ptr<FakeState> state_;
    std::string path_;
    NullTokenizer tokenizer_;
};

inline qwendesk::app::EngineFactory fakeFactory(std::shared_ptr<FakeState> state) {
    return [state](const qwendesk::EngineOptions& options) -> std::unique_ptr<qwendesk::Engine> {
        ++state->loads;
        {
            std::lock_guard lock(state->mutex);
            state->lastBackend = options.backend;
        }
        if (options.model.string().find("missing") != std::string::npos)
            throw qwendesk::Error(qwendesk::ErrorKind::FileNotFound, options.model.string() + ": no config.json");
        return std::make_unique<FakeEngine>(state, options.model.string());
    };
}

inline qwendesk::GenerationEvent think(const char* t) { return {qwendesk::EventKind::Thinking, t}; }
inline qwendesk::GenerationEvent answer(const char* t) { return {qwendesk::EventKind::Answer, t}; }
