// A scripted engine behind the real qwendesk::Engine interface: it streams the events a test gives it,
// counts prompt tokens as words, records every request and honours cancel(). No model needed. A script can
// make it fail mid-stream (throwAfterEvents); after a DeviceLost it refuses every later request, as the real
// engine does once its GPU is gone.
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
    std::optional<qwendesk::ErrorKind> throwKind;  // thrown from generate() after throwAfterEvents events
    int throwAfterEvents = 0;                      // 0: before streaming
    std::string throwMessage = "scripted failure";
    int contextLength = 4096;
};

struct FakeState {
    std::mutex mutex;
    FakeScript script;
    std::vector<qwendesk::GenerationRequest> requests;
    std::atomic<int> loads{0};
    std::string lastBackend;  // EngineOptions::backend of the latest load (guarded by mutex)
    qwendesk::EngineOptions lastOptions;  // the whole EngineOptions of the latest load (guarded by mutex)
    std::vector<std::string> loadedBackends;  // EngineOptions::backend of every load, in order (guarded by mutex)
    // What info().backend reports when the load asked for anything but "cpu" (a GPU backend's name).
    std::string gpuBackend = "cpu";
    // While set, every load that asks for anything but "cpu" fails with DeviceLost and this message, as CUDA does
    // in a process where a sticky error happened (guarded by mutex).
    std::string gpuGone;
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
    FakeEngine(std::shared_ptr<FakeState> state, std::string path, std::string backend = "cpu")
        : state_(std::move(state)), path_(std::move(path)), backend_(std::move(backend)) {}

    qwendesk::GenerationResult generate(const qwendesk::GenerationRequest& request, const qwendesk::EventSink& sink) override {
        FakeScript script;
        {
            std::lock_guard lock(state_->mutex);
            state_->requests.push_back(request);
            script = state_->script;
        }
        if (lost_)
            throw qwendesk::Error(qwendesk::ErrorKind::DeviceLost, "the GPU was lost during an earlier reply (" + backend_ +
                                                                       "); load the model again, on the CPU if the GPU keeps failing");
        auto fail = [&] {
            if (*script.throwKind == qwendesk::ErrorKind::DeviceLost) lost_ = true;
            throw qwendesk::Error(*script.throwKind, script.throwMessage);
        };
        if (script.throwKind && script.throwAfterEvents <= 0) fail();
        qwendesk::GenerationResult result;
        result.stats.prompt_tokens = int(prompt_tokens(request).size());
        int sent = 0;
        for (const auto& e : script.events) {
            if (script.throwKind && sent == script.throwAfterEvents) fail();
            if (state_->cancelled.exchange(false)) {
                result.finish = qwendesk::FinishReason::Cancelled;
                break;
            }
            if (script.delayMs) QThread::msleep(script.delayMs);
            sink(e);
            ++sent;
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
        i.backend = backend_;
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
    std::string backend_;
    bool lost_ = false;  // only the engine thread touches it
    NullTokenizer tokenizer_;
};

inline qwendesk::app::EngineFactory fakeFactory(std::shared_ptr<FakeState> state) {
    return [state](const qwendesk::EngineOptions& options) -> std::unique_ptr<qwendesk::Engine> {
        std::string backend, gone;
        {
            std::lock_guard lock(state->mutex);
            state->lastBackend = options.backend;
            state->lastOptions = options;
            state->loadedBackends.push_back(options.backend);
            backend = options.backend == "cpu" ? std::string("cpu") : state->gpuBackend;
            gone = options.backend == "cpu" ? std::string() : state->gpuGone;
        }
        ++state->loads;
        if (!gone.empty()) throw qwendesk::Error(qwendesk::ErrorKind::DeviceLost, gone);
        if (options.model.string().find("missing") != std::string::npos)
            throw qwendesk::Error(qwendesk::ErrorKind::FileNotFound, options.model.string() + ": no config.json");
        return std::make_unique<FakeEngine>(state, options.model.string(), backend);
    };
}

inline qwendesk::GenerationEvent think(const char* t) { return {qwendesk::EventKind::Thinking, t}; }
inline qwendesk::GenerationEvent answer(const char* t) { return {qwendesk::EventKind::Answer, t}; }
