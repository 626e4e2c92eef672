#include "remote/openai_stream.h"

#include <algorithm>

namespace qwendesk::remote {
namespace {

using json = nlohmann::json;

json parse_json(std::string_view text) {
    return json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
}

const json* string_field(const json& object, const char* name) {
    if (!object.is_object()) return nullptr;
    auto it = object.find(name);
    return it != object.end() && it->is_string() ? &*it : nullptr;
}

int count_of(const json& object, const char* name) {
    auto it = object.find(name);
    if (it == object.end() || !it->is_number_integer()) return 0;
    const auto v = it->get<std::int64_t>();
    return v < 0 ? 0 : int(std::min<std::int64_t>(v, 1 << 30));
}

std::string shorten(std::string_view text, std::size_t limit = 300) {
    std::string s(text.substr(0, limit));
    if (text.size() > limit) s += "…";
    return s;
}

}  // namespace

// ---- SSE

std::vector<SseDecoder::Event> SseDecoder::push(std::string_view bytes) {
    std::vector<Event> out;
    for (char c : bytes) {
        if (after_cr_) {
            after_cr_ = false;
            if (c == '\n') continue;  // the \n of \r\n
        }
        if (c == '\r' || c == '\n') {
            after_cr_ = c == '\r';
            line(line_, out);
            line_.clear();
            continue;
        }
        if (line_.size() < max_event_bytes_) {
            line_ += c;
        } else if (!overflowed_) {
            overflowed_ = true;
        }
    }
    return out;
}

void SseDecoder::line(std::string_view text, std::vector<Event>& out) {
    if (text.empty()) {  // dispatch
        if (has_data_ && !overflowed_) out.push_back({std::move(type_), std::move(data_)});
        data_.clear();
        type_.clear();
        has_data_ = false;
        return;
    }
    if (text.front() == ':') return;  // comment (keep-alives)
    const auto colon = text.find(':');
    std::string_view name = text.substr(0, colon);
    std::string_view value = colon == std::string_view::npos ? std::string_view() : text.substr(colon + 1);
    if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    if (name == "data") {
        if (has_data_) data_ += '\n';
        if (data_.size() + value.size() > max_event_bytes_) {
            overflowed_ = true;
            return;
        }
        data_.append(value);
        has_data_ = true;
    } else if (name == "event") {
        type_.assign(value.substr(0, 64));
    }  // id and retry are of no use to a one-shot reply
}

// ---- streamed chat completions

ChatStreamParser::ChatStreamParser() : splitter_(false) {}

void ChatStreamParser::push(std::string_view bytes) {
    for (auto& e : sse_.push(bytes)) {
        if (e.type == "error") {
            error_ = error_message(e.data);
            continue;
        }
        chunk(e.data);
    }
    if (sse_.overflowed() && !error_) error_ = "the server sent an event larger than the limit";
}

void ChatStreamParser::finish() {
    for (auto& p : splitter_.finish()) emit(p.thinking ? EventKind::Thinking : EventKind::Answer, p.text);
}

std::vector<GenerationEvent> ChatStreamParser::take_events() { return std::exchange(events_, {}); }

void ChatStreamParser::emit(EventKind kind, std::string_view text) {
    if (text.empty()) return;
    (kind == EventKind::Thinking ? thinking_ : answer_).append(text);
    if (!events_.empty() && events_.back().kind == kind)
        events_.back().text.append(text);
    else
        events_.push_back({kind, std::string(text)});
}

void ChatStreamParser::content(std::string_view text) {
    if (server_splits_) {
        emit(EventKind::Answer, text);
        return;
    }
    for (auto& p : splitter_.push(text)) emit(p.thinking ? EventKind::Thinking : EventKind::Answer, p.text);
}

void ChatStreamParser::chunk(const std::string& data) {
    std::string_view trimmed = data;
    while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\n')) trimmed.remove_suffix(1);
    if (trimmed == "[DONE]") {
        done_ = true;
        return;
    }
    const json j = parse_json(trimmed);
    if (!j.is_object()) {
        if (!error_) error_ = "the server sent a chunk that is not JSON: " + shorten(trimmed, 120);
        return;
    }
    if (j.contains("error") || (j.contains("object") && j["object"] == "error")) {
        error_ = error_message(trimmed);
        return;
    }
    if (const json* m = string_field(j, "model")) model_ = m->get<std::string>();
    if (auto it = j.find("usage"); it != j.end() && it->is_object()) usage_ = parse_usage(*it);
    auto choices = j.find("choices");
    if (choices == j.end() || !choices->is_array()) return;
    for (const json& choice : *choices) {
        if (!choice.is_object()) continue;
        if (auto idx = choice.find("index"); idx != choice.end() && idx->is_number_integer() && idx->get<std::int64_t>() != 0)
            continue;  // n > 1 is never asked for
        auto delta = choice.find("delta");
        if (delta != choice.end() && delta->is_object()) {
            for (const char* name : {"reasoning_content", "reasoning"}) {
                if (const json* r = string_field(*delta, name)) {
                    if (!server_splits_) {
                        server_splits_ = true;
                        for (auto& p : splitter_.finish()) emit(p.thinking ? EventKind::Thinking : EventKind::Answer, p.text);
                    }
                    emit(EventKind::Thinking, r->get_ref<const std::string&>());
                    break;  // a server that sends both sends the same text twice
                }
            }
            if (const json* c = string_field(*delta, "content")) content(c->get_ref<const std::string&>());
        }
        if (const json* f = string_field(choice, "finish_reason")) finish_reason_ = f->get<std::string>();
    }
}

// ---- whole replies, errors, model lists

std::optional<Usage> parse_usage(const json& u) {
    if (!u.is_object()) return std::nullopt;
    Usage out;
    out.prompt_tokens = count_of(u, "prompt_tokens");
    out.completion_tokens = count_of(u, "completion_tokens");
    if (auto d = u.find("completion_tokens_details"); d != u.end() && d->is_object()) out.reasoning_tokens = count_of(*d, "reasoning_tokens");
    if (auto d = u.find("prompt_tokens_details"); d != u.end() && d->is_object()) out.cached_tokens = count_of(*d, "cached_tokens");
    return out;
}

std::optional<Completion> parse_completion(std::string_view body) {
    const json j = parse_json(body);
    if (!j.is_object() || !j.contains("choices") || !j["choices"].is_array() || j["choices"].empty()) return std::nullopt;
    const json& choice = j["choices"][0];
    if (!choice.is_object() || !choice.contains("message") || !choice["message"].is_object()) return std::nullopt;
    const json& m = choice["message"];
    Completion c;
    std::string content;
    if (const json* s = string_field(m, "content")) content = s->get<std::string>();
    const json* reasoning = string_field(m, "reasoning_content");
    if (!reasoning) reasoning = string_field(m, "reasoning");
    if (reasoning) {
        c.thinking = reasoning->get<std::string>();
        c.answer = content;
    } else {
        std::tie(c.thinking, c.answer) = ThinkingSplitter::split(content);
    }
    if (const json* f = string_field(choice, "finish_reason")) c.finish_reason = f->get<std::string>();
    if (auto it = j.find("usage"); it != j.end()) c.usage = parse_usage(*it);
    if (const json* model = string_field(j, "model")) c.model = model->get<std::string>();
    return c;
}

std::string error_message(std::string_view body) {
    const json j = parse_json(body);
    if (j.is_object()) {
        if (auto e = j.find("error"); e != j.end()) {
            if (e->is_string()) return e->get<std::string>();
            if (const json* m = string_field(*e, "message")) return m->get<std::string>();
        }
        if (const json* m = string_field(j, "message")) return m->get<std::string>();
        if (const json* d = string_field(j, "detail")) return d->get<std::string>();
    }
    std::string_view t = body;
    while (!t.empty() && (t.back() == '\n' || t.back() == ' ' || t.back() == '\r')) t.remove_suffix(1);
    return shorten(t);
}

std::vector<std::string> parse_model_list(std::string_view body) {
    std::vector<std::string> ids;
    const json j = parse_json(body);
    if (!j.is_object() || !j.contains("data") || !j["data"].is_array()) return ids;
    for (const json& m : j["data"])
        if (const json* id = string_field(m, "id")) ids.push_back(id->get<std::string>());
    return ids;
}

}  // namespace qwendesk::remote
