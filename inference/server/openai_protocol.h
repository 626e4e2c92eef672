// The OpenAI chat-completions wire format, as vLLM and SGLang speak it for Qwen3: request bodies parsed into
// an engine GenerationRequest (every field checked for type and range, errors named by field), and the
// response bodies and stream chunks built from engine events, with the thinking split out as
// `reasoning_content` the way their Qwen3 reasoning parsers do. No HTTP here: the server wires it up, tests
// and fuzzers call it directly.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "qwendesk/engine.h"

namespace qwendesk::server {

// An error answered with an OpenAI-style body: {"error": {"message", "type", "param", "code"}}.
struct ApiError : std::runtime_error {
    ApiError(int status, std::string type, std::string code, std::string message, std::string param = {})
        : std::runtime_error(message), status(status), type(std::move(type)), code(std::move(code)), param(std::move(param)) {}
    int status;
    std::string type;   // invalid_request_error, authentication_error, rate_limit_error, server_error
    std::string code;   // model_not_found, context_length_exceeded, invalid_api_key, ...
    std::string param;  // the request field at fault, if any
};

std::string error_body(const ApiError& error);
ApiError bad_request(const std::string& message, const std::string& param = {});

struct ChatRequest {
    std::string model;             // as the client named it (empty: the served model)
    GenerationRequest generation;  // conversation, thinking, sampling, limits
    bool max_tokens_given = false; // false: until the context is full
    bool stream = false;
    bool include_usage = false;    // stream_options.include_usage
};

// Parses a POST /v1/chat/completions body. Throws ApiError (400, or 404 for an unknown model).
// `served_model` is the one model id this server answers to.
ChatRequest parse_chat_request(std::string_view body, const std::string& served_model);

// "stop", "length" or "abort" (vLLM's word for a request cut short).
const char* finish_reason_name(FinishReason reason);

nlohmann::json usage_json(const GenerationResult& result);
nlohmann::json models_json(const std::string& model_id, std::int64_t created);

// One SSE chunk ("chat.completion.chunk"): `delta` is {"role": ...}, {"reasoning_content": ...} or
// {"content": ...}; finish_reason null until the last choice chunk.
nlohmann::json chunk_json(const std::string& id, std::int64_t created, const std::string& model, nlohmann::json delta,
                          const char* finish_reason = nullptr);
// The usage chunk sent last when stream_options.include_usage is set (empty choices, as OpenAI does).
nlohmann::json usage_chunk_json(const std::string& id, std::int64_t created, const std::string& model,
                                 const GenerationResult& result);
// The whole reply ("chat.completion").
nlohmann::json completion_json(const std::string& id, std::int64_t created, const std::string& model,
                               const GenerationResult& result);

// "data: <json>\n\n"
std::string sse_event(const nlohmann::json& payload);

}  // namespace qwendesk::server
