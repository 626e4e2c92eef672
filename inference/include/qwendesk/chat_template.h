// Rendering conversations into Qwen3's prompt format. The template text comes from tokenizer_config.json
// ("chat_template") or GGUF metadata ("tokenizer.chat_template") and is executed by our Jinja2-subset
// interpreter with the settings Hugging Face's apply_chat_template uses (trim_blocks, lstrip_blocks,
// loopcontrols, tojson as Python's json.dumps(ensure_ascii=False)).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace qwendesk {

struct ChatRenderOptions {
    bool add_generation_prompt = true;
    std::optional<bool> enable_thinking;  // nullopt: not passed to the template (Qwen3 then thinks)
};

class ChatTemplate {
public:
    // Parses template text; throws qwendesk::Error(CorruptFile/Unsupported) naming the line for what it cannot parse.
    static std::shared_ptr<const ChatTemplate> from_text(std::string template_text);
    // Reads "chat_template" from a tokenizer_config.json, or a directory holding one.
    static std::shared_ptr<const ChatTemplate> from_tokenizer_config(const std::filesystem::path& path);
    // Qwen3's official template, bundled with the engine (used when a model ships none).
    static std::shared_ptr<const ChatTemplate> qwen3_default();

    virtual ~ChatTemplate() = default;

    // `conversation` is {"messages": [...], "tools": [...]?} in the Hugging Face shape (ordered_json keeps
    // key order, which tojson must preserve). Throws qwendesk::Error on a template runtime error.
    virtual std::string render(const nlohmann::ordered_json& conversation, const ChatRenderOptions& options) const = 0;
};

}  // namespace qwendesk
