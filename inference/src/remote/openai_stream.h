// The client side of OpenAI-compatible chat completions, with no network and no Qt, so it can be fuzzed:
// an incremental server-sent-events decoder and a parser that turns the chunks vLLM, SGLang, llama.cpp's
// server, Ollama and `qwendesk-cli serve` stream into the engine's thinking/answer events. Thinking arrives
// as `reasoning_content` (vLLM before 0.10, SGLang, llama.cpp, ours), `reasoning` (vLLM 0.10+, Ollama) or
// inside <think>…</think> in the content (servers started without a reasoning parser), which the
// ThinkingSplitter separates. Input is untrusted: every size is bounded, nothing throws on bad bytes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qwendesk/engine.h"
#include "qwendesk/thinking_splitter.h"

namespace qwendesk::remote {

// WHATWG server-sent events: lines end in \n, \r\n or \r; "data:" lines of one event are joined with \n;
// an event ends at a blank line; ":" lines are comments; a partial event at the end of the stream is dropped.
class SseDecoder {
public:
    struct Event {
        std::string type;  // "event:" field; empty means "message"
        std::string data;
    };
    explicit SseDecoder(std::size_t max_event_bytes = 8u << 20) : max_event_bytes_(max_event_bytes) {}

    // Returns the events completed by these bytes. An event larger than the limit sets overflowed() and is dropped.
    std::vector<Event> push(std::string_view bytes);
    bool overflowed() const { return overflowed_; }

private:
    void line(std::string_view text, std::vector<Event>& out);

    std::size_t max_event_bytes_;
    std::string line_;
    bool after_cr_ = false;
    std::string data_;
    std::string type_;
    bool has_data_ = false;
    bool overflowed_ = false;
};

struct Usage {
    int prompt_tokens = 0;
    int completion_tokens = 0;
    int reasoning_tokens = 0;
    int cached_tokens = 0;
};

// Reads one streamed reply. Feed the HTTP body as it arrives, then finish() at the end of the body.
class ChatStreamParser {
public:
    ChatStreamParser();

    void push(std::string_view bytes);
    // The body ended: releases text the splitter held back. complete() says whether the stream ended properly.
    void finish();

    // Events parsed since the last call, in order (consecutive pieces of one kind are merged).
    std::vector<GenerationEvent> take_events();

    // [DONE] seen, or a finish_reason (some servers end without [DONE]).
    bool complete() const { return done_ || finish_reason_.has_value(); }
    bool saw_done() const { return done_; }
    const std::optional<std::string>& finish_reason() const { return finish_reason_; }
    const std::optional<Usage>& usage() const { return usage_; }
    // An error the server sent inside the stream ({"error": ...}), or a malformed chunk.
    const std::optional<std::string>& error() const { return error_; }
    const std::string& model() const { return model_; }
    const std::string& thinking() const { return thinking_; }
    const std::string& answer() const { return answer_; }

private:
    void chunk(const std::string& data);
    void emit(EventKind kind, std::string_view text);
    void content(std::string_view text);

    SseDecoder sse_;
    ThinkingSplitter splitter_;
    bool server_splits_ = false;  // a reasoning field was seen: content is taken as it is
    bool done_ = false;
    std::optional<std::string> finish_reason_;
    std::optional<Usage> usage_;
    std::optional<std::string> error_;
    std::string model_;
    std::string thinking_, answer_;
    std::vector<GenerationEvent> events_;
};

// A whole (non-streamed) reply: {"choices": [{"message": {...}, "finish_reason": ...}], "usage": ...}.
struct Completion {
    std::string thinking;
    std::string answer;
    std::string finish_reason;
    std::optional<Usage> usage;
    std::string model;
};
// nullopt when the body is not a completion (see error_message()).
std::optional<Completion> parse_completion(std::string_view body);

// The message of an error body in any of the shapes servers use: OpenAI's {"error": {"message"}}, vLLM's
// {"object": "error", "message"}, Ollama's {"error": "text"}; else the body itself, shortened.
std::string error_message(std::string_view body);

// The model ids of a GET /v1/models body (empty when it is not one).
std::vector<std::string> parse_model_list(std::string_view body);

// Usage from {"prompt_tokens", "completion_tokens", "completion_tokens_details": {"reasoning_tokens"}, ...}.
std::optional<Usage> parse_usage(const nlohmann::json& usage);

}  // namespace qwendesk::remote
