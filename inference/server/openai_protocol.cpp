#include "openai_protocol.h"

#include <cmath>
#include <limits>

namespace qwendesk::server {
namespace {

using json = nlohmann::json;

// A field that is absent or null is "not given" (OpenAI's SDKs send null for unset options).
const json* field(const json& body, const char* name) {
    auto it = body.find(name);
    if (it == body.end() || it->is_null()) return nullptr;
    return &*it;
}

double number_in(const json& body, const char* name, double lo, double hi) {
    const json& v = *field(body, name);
    if (!v.is_number()) throw bad_request(std::string("'") + name + "' must be a number", name);
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < lo || d > hi)
        throw bad_request(std::string("'") + name + "' must be between " + std::to_string(lo) + " and " + std::to_string(hi) +
                              ", got " + v.dump(),
                          name);
    return d;
}

std::int64_t integer_in(const json& v, const char* name, std::int64_t lo, std::int64_t hi) {
    if (!v.is_number_integer() && !(v.is_number_float() && std::floor(v.get<double>()) == v.get<double>() &&
                                    std::abs(v.get<double>()) < 9e15))
        throw bad_request(std::string("'") + name + "' must be an integer", name);
    if (v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
        throw bad_request(std::string("'") + name + "' is out of range", name);
    const std::int64_t i = v.is_number_integer() ? v.get<std::int64_t>() : std::int64_t(v.get<double>());
    if (i < lo || i > hi)
        throw bad_request(std::string("'") + name + "' must be between " + std::to_string(lo) + " and " + std::to_string(hi), name);
    return i;
}

bool boolean(const json& v, const char* name) {
    if (!v.is_boolean()) throw bad_request(std::string("'") + name + "' must be true or false", name);
    return v.get<bool>();
}

// Message content: a string, or an array of {"type": "text", "text": ...} parts (joined), or null.
std::string content_text(const json& content, std::size_t index) {
    const std::string param = "messages[" + std::to_string(index) + "].content";
    if (content.is_null()) return {};
    if (content.is_string()) return content.get<std::string>();
    if (!content.is_array()) throw bad_request("'" + param + "' must be a string or an array of text parts", param);
    std::string text;
    for (const json& part : content) {
        if (!part.is_object() || !part.contains("type") || !part["type"].is_string())
            throw bad_request("'" + param + "' parts must be objects with a 'type'", param);
        if (part["type"] != "text")
            throw bad_request("'" + param + "' has a '" + part["type"].get<std::string>() +
                                  "' part; this server takes text only",
                              param);
        if (!part.contains("text") || !part["text"].is_string())
            throw bad_request("'" + param + "' text parts need a string 'text'", param);
        text += part["text"].get<std::string>();
    }
    return text;
}

}  // namespace

ApiError bad_request(const std::string& message, const std::string& param) {
    return ApiError(400, "invalid_request_error", param.empty() ? "invalid_request" : "invalid_value", message, param);
}

std::string error_body(const ApiError& error) {
    json e = {{"message", error.what()}, {"type", error.type}, {"param", nullptr}, {"code", nullptr}};
    if (!error.param.empty()) e["param"] = error.param;
    if (!error.code.empty()) e["code"] = error.code;
    return json{{"error", e}}.dump(-1, ' ', false, json::error_handler_t::replace);
}

ChatRequest parse_chat_request(std::string_view body, const std::string& served_model) {
    json j;
    try {
        j = json::parse(body.begin(), body.end());
    } catch (const json::parse_error& e) {
        throw ApiError(400, "invalid_request_error", "invalid_json", std::string("the body is not valid JSON: ") + e.what());
    }
    if (!j.is_object()) throw ApiError(400, "invalid_request_error", "invalid_json", "the body must be a JSON object");

    ChatRequest out;
    if (const json* m = field(j, "model")) {
        if (!m->is_string()) throw bad_request("'model' must be a string", "model");
        out.model = m->get<std::string>();
        if (!out.model.empty() && out.model != served_model)
            throw ApiError(404, "invalid_request_error", "model_not_found",
                           "the model '" + out.model + "' does not exist; this server serves '" + served_model + "'", "model");
    }

    const json* messages = field(j, "messages");
    if (!messages) throw bad_request("'messages' is required", "messages");
    if (!messages->is_array() || messages->empty()) throw bad_request("'messages' must be a non-empty array", "messages");
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < messages->size(); ++i) {
        const json& m = (*messages)[i];
        const std::string param = "messages[" + std::to_string(i) + "]";
        if (!m.is_object()) throw bad_request("'" + param + "' must be an object", param);
        if (!m.contains("role") || !m["role"].is_string()) throw bad_request("'" + param + ".role' must be a string", param + ".role");
        const std::string role = m["role"].get<std::string>();
        if (role != "system" && role != "user" && role != "assistant" && role != "tool")
            throw bad_request("'" + param + ".role' must be system, user, assistant or tool, got '" + role + "'", param + ".role");
        nlohmann::ordered_json message = {{"role", role}, {"content", content_text(m.value("content", json()), i)}};
        // Earlier thinking sent back by a client: Qwen3's template decides whether to show it.
        if (role == "assistant" && m.contains("reasoning_content") && m["reasoning_content"].is_string())
            message["reasoning_content"] = m["reasoning_content"].get<std::string>();
        list.push_back(std::move(message));
    }
    GenerationRequest& g = out.generation;
    g.conversation = {{"messages", std::move(list)}};

    g.enable_thinking = true;  // Qwen3's default
    if (const json* kwargs = field(j, "chat_template_kwargs")) {
        if (!kwargs->is_object()) throw bad_request("'chat_template_kwargs' must be an object", "chat_template_kwargs");
        if (const json* t = field(*kwargs, "enable_thinking")) g.enable_thinking = boolean(*t, "chat_template_kwargs.enable_thinking");
    }
    // Qwen3's recommended sampling for the mode, then whatever the request sets.
    g.sampling = g.enable_thinking ? SamplingParams::thinking_preset() : SamplingParams::non_thinking_preset();
    SamplingParams& s = g.sampling;
    if (field(j, "temperature")) {
        s.temperature = float(number_in(j, "temperature", 0.0, 100.0));
        s.greedy = s.temperature == 0.0f;
    }
    if (field(j, "top_p")) s.top_p = float(number_in(j, "top_p", 0.0, 1.0));
    if (field(j, "min_p")) s.min_p = float(number_in(j, "min_p", 0.0, 1.0));
    if (field(j, "presence_penalty")) s.presence_penalty = float(number_in(j, "presence_penalty", -2.0, 2.0));
    if (field(j, "repetition_penalty")) {
        s.repetition_penalty = float(number_in(j, "repetition_penalty", 0.0, 100.0));
        if (s.repetition_penalty <= 0) throw bad_request("'repetition_penalty' must be greater than 0", "repetition_penalty");
    }
    if (const json* k = field(j, "top_k")) {
        const auto top_k = integer_in(*k, "top_k", -1, std::numeric_limits<int>::max());
        s.top_k = top_k <= 0 ? 0 : int(top_k);
    }
    if (const json* seed = field(j, "seed"))
        s.seed = std::uint64_t(integer_in(*seed, "seed", std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()));
    for (const char* name : {"max_tokens", "max_completion_tokens"}) {
        if (const json* v = field(j, name)) {
            g.max_tokens = int(integer_in(*v, name, 1, std::numeric_limits<int>::max()));
            out.max_tokens_given = true;
        }
    }
    if (!out.max_tokens_given) g.max_tokens = std::numeric_limits<int>::max();  // until the context is full
    if (const json* stop = field(j, "stop")) {
        if (stop->is_string()) {
            g.stop.push_back(stop->get<std::string>());
        } else if (stop->is_array()) {
            if (stop->size() > 16) throw bad_request("'stop' takes at most 16 strings", "stop");
            for (const json& s1 : *stop) {
                if (!s1.is_string()) throw bad_request("'stop' must be a string or an array of strings", "stop");
                g.stop.push_back(s1.get<std::string>());
            }
        } else {
            throw bad_request("'stop' must be a string or an array of strings", "stop");
        }
        for (const auto& s1 : g.stop)
            if (s1.empty()) throw bad_request("'stop' strings must not be empty", "stop");
    }
    if (const json* n = field(j, "n"))
        if (integer_in(*n, "n", 1, 1) != 1) throw bad_request("'n' must be 1", "n");
    if (const json* stream = field(j, "stream")) out.stream = boolean(*stream, "stream");
    if (const json* options = field(j, "stream_options")) {
        if (!options->is_object()) throw bad_request("'stream_options' must be an object", "stream_options");
        if (const json* u = field(*options, "include_usage")) out.include_usage = boolean(*u, "stream_options.include_usage");
    }
    // Extensions vLLM also takes: ignore_eos; and the engine's thinking budget.
    if (const json* v = field(j, "ignore_eos")) g.ignore_stop_tokens = boolean(*v, "ignore_eos");
    if (const json* v = field(j, "thinking_budget")) g.thinking_budget = int(integer_in(*v, "thinking_budget", 0, std::numeric_limits<int>::max()));
    return out;
}

const char* finish_reason_name(FinishReason reason) {
    switch (reason) {
    case FinishReason::Stop:
    case FinishReason::StopString: return "stop";
    case FinishReason::Length:
    case FinishReason::ContextFull: return "length";
    case FinishReason::Cancelled: return "abort";
    }
    return "stop";
}

nlohmann::json usage_json(const GenerationResult& r) {
    return {{"prompt_tokens", r.stats.prompt_tokens},
            {"completion_tokens", r.stats.generated_tokens},
            {"total_tokens", r.stats.prompt_tokens + r.stats.generated_tokens},
            {"completion_tokens_details", {{"reasoning_tokens", r.stats.thinking_tokens}}},
            {"prompt_tokens_details", {{"cached_tokens", r.stats.reused_prompt_tokens}}}};
}

nlohmann::json models_json(const std::string& model_id, std::int64_t created) {
    return {{"object", "list"},
            {"data", json::array({{{"id", model_id}, {"object", "model"}, {"created", created}, {"owned_by", "qwendesk"}}})}};
}

nlohmann::json chunk_json(const std::string& id, std::int64_t created, const std::string& model, nlohmann::json delta,
                          const char* finish_reason) {
    json choice = {{"index", 0}, {"delta", std::move(delta)}, {"logprobs", nullptr}, {"finish_reason", nullptr}};
    if (finish_reason) choice["finish_reason"] = finish_reason;
    return {{"id", id}, {"object", "chat.completion.chunk"}, {"created", created}, {"model", model}, {"choices", json::array({choice})}};
}

nlohmann::json usage_chunk_json(const std::string& id, std::int64_t created, const std::string& model,
                                const GenerationResult& result) {
    return {{"id", id}, {"object", "chat.completion.chunk"}, {"created", created}, {"model", model},
            {"choices", json::array()}, {"usage", usage_json(result)}};
}

nlohmann::json completion_json(const std::string& id, std::int64_t created, const std::string& model,
                               const GenerationResult& result) {
    json message = {{"role", "assistant"}, {"content", result.answer}};
    message["reasoning_content"] = result.thinking.empty() ? json(nullptr) : json(result.thinking);
    return {{"id", id},
            {"object", "chat.completion"},
            {"created", created},
            {"model", model},
            {"choices", json::array({{{"index", 0}, {"message", message}, {"logprobs", nullptr},
                                      {"finish_reason", finish_reason_name(result.finish)}}})},
            {"usage", usage_json(result)}};
}

std::string sse_event(const nlohmann::json& payload) {
    // Invalid UTF-8 (a token boundary inside a character never reaches here, but be safe) is replaced, not thrown.
    return "data: " + payload.dump(-1, ' ', false, json::error_handler_t::replace) + "\n\n";
}

}  // namespace qwendesk::server
