// The public chat-template class: a parsed template plus Hugging Face's apply_chat_template conventions
// for the variables it sees (messages, tools, documents, add_generation_prompt, enable_thinking only when
// set, eos_token, pad_token, raise_exception, strftime_now).
#include "qwendesk/chat_template.h"

#include <fstream>
#include <sstream>

#include "chat/jinja_interpreter.h"
#include "chat/jinja_parser.h"
#include "chat/python_json.h"
#include "qwendesk/errors.h"

namespace qwendesk {

namespace {

constexpr std::size_t kMaxTemplateBytes = std::size_t{4} << 20;
constexpr std::uintmax_t kMaxConfigBytes = std::uintmax_t{64} << 20;

// Qwen3's official chat template (tokenizer_config.json of the Qwen3 releases), byte for byte.
constexpr const char* kQwen3Template = R"QWEN3({%- if tools %}
    {{- '<|im_start|>system\n' }}
    {%- if messages[0].role == 'system' %}
        {{- messages[0].content + '\n\n' }}
    {%- endif %}
    {{- "# Tools\n\nYou may call one or more functions to assist with the user query.\n\nYou are provided with function signatures within <tools></tools> XML tags:\n<tools>" }}
    {%- for tool in tools %}
        {{- "\n" }}
        {{- tool | tojson }}
    {%- endfor %}
    {{- "\n</tools>\n\nFor each function call, return a json object with function name and arguments within <tool_call></tool_call> XML tags:\n<tool_call>\n{\"name\": <function-name>, \"arguments\": <args-json-object>}\n</tool_call><|im_end|>\n" }}
{%- else %}
    {%- if messages[0].role == 'system' %}
        {{- '<|im_start|>system\n' + messages[0].content + '<|im_end|>\n' }}
    {%- endif %}
{%- endif %}
{%- set ns = namespace(multi_step_tool=true, last_query_index=messages|length - 1) %}
{%- for message in messages[::-1] %}
    {%- set index = (messages|length - 1) - loop.index0 %}
    {%- if ns.multi_step_tool and message.role == "user" and message.content is string and not(message.content.startswith('<tool_response>') and message.content.endswith('</tool_response>')) %}
        {%- set ns.multi_step_tool = false %}
        {%- set ns.last_query_index = index %}
    {%- endif %}
{%- endfor %}
{%- for message in messages %}
    {%- if message.content is string %}
        {%- set content = message.content %}
    {%- else %}
        {%- set content = '' %}
    {%- endif %}
    {%- if (message.role == "user") or (message.role == "system" and not loop.first) %}
        {{- '<|im_start|>' + message.role + '\n' + content + '<|im_end|>' + '\n' }}
    {%- elif message.role == "assistant" %}
        {%- set reasoning_content = '' %}
        {%- if message.reasoning_content is string %}
            {%- set reasoning_content = message.reasoning_content %}
        {%- else %}
            {%- if '</think>' in content %}
                {%- set reasoning_content = content.split('</think>')[0].rstrip('\n').split('<think>')[-1].lstrip('\n') %}
                {%- set content = content.split('</think>')[-1].lstrip('\n') %}
            {%- endif %}
        {%- endif %}
        {%- if loop.index0 > ns.last_query_index %}
            {%- if loop.last or (not loop.last and reasoning_content) %}
                {{- '<|im_start|>' + message.role + '\n<think>\n' + reasoning_content.strip('\n') + '\n</think>\n\n' + content.lstrip('\n') }}
            {%- else %}
                {{- '<|im_start|>' + message.role + '\n' + content }}
            {%- endif %}
        {%- else %}
            {{- '<|im_start|>' + message.role + '\n' + content }}
        {%- endif %}
        {%- if message.tool_calls %}
            {%- for tool_call in message.tool_calls %}
                {%- if (loop.first and content) or (not loop.first) %}
                    {{- '\n' }}
                {%- endif %}
                {%- if tool_call.function %}
                    {%- set tool_call = tool_call.function %}
                {%- endif %}
                {{- '<tool_call>\n{"name": "' }}
                {{- tool_call.name }}
                {{- '", "arguments": ' }}
                {%- if tool_call.arguments is string %}
                    {{- tool_call.arguments }}
                {%- else %}
                    {{- tool_call.arguments | tojson }}
                {%- endif %}
                {{- '}\n</tool_call>' }}
            {%- endfor %}
        {%- endif %}
        {{- '<|im_end|>\n' }}
    {%- elif message.role == "tool" %}
        {%- if loop.first or (messages[loop.index0 - 1].role != "tool") %}
            {{- '<|im_start|>user' }}
        {%- endif %}
        {{- '\n<tool_response>\n' }}
        {{- content }}
        {{- '\n</tool_response>' }}
        {%- if loop.last or (messages[loop.index0 + 1].role != "tool") %}
            {{- '<|im_end|>\n' }}
        {%- endif %}
    {%- endif %}
{%- endfor %}
{%- if add_generation_prompt %}
    {{- '<|im_start|>assistant\n' }}
    {%- if enable_thinking is defined and enable_thinking is false %}
        {{- '<think>\n\n</think>\n\n' }}
    {%- endif %}
{%- endif %})QWEN3";

class JinjaChatTemplate final : public ChatTemplate {
public:
    explicit JinjaChatTemplate(std::string text) : text_(std::move(text)), parsed_(jinja::parse_template(text_)) {}

    std::string render(const nlohmann::ordered_json& conversation, const ChatRenderOptions& options) const override {
        using jinja::Value;
        if (!conversation.is_object())
            throw Error(ErrorKind::InvalidArgument, "conversation must be a JSON object with a \"messages\" array");
        const auto messages = conversation.find("messages");
        if (messages == conversation.end() || !messages->is_array())
            throw Error(ErrorKind::InvalidArgument, "conversation has no \"messages\" array");
        std::vector<std::pair<std::string, Value>> vars;
        // Extra top-level keys reach the template as variables, as apply_chat_template's **kwargs do.
        for (auto it = conversation.begin(); it != conversation.end(); ++it) {
            const std::string& k = it.key();
            if (k == "messages" || k == "tools" || k == "add_generation_prompt" || k == "enable_thinking") continue;
            vars.emplace_back(k, jinja::value_from_json(it.value()));
        }
        vars.emplace_back("messages", jinja::value_from_json(*messages));
        const auto tools = conversation.find("tools");
        if (tools == conversation.end() || tools->is_null()) vars.emplace_back("tools", Value::none());
        else if (tools->is_array()) vars.emplace_back("tools", jinja::value_from_json(*tools));
        else throw Error(ErrorKind::InvalidArgument, "conversation \"tools\" must be an array");
        bool has_documents = false;
        for (const auto& [k, v] : vars) has_documents = has_documents || k == "documents";
        if (!has_documents) vars.emplace_back("documents", Value::none());
        vars.emplace_back("add_generation_prompt", Value::boolean(options.add_generation_prompt));
        if (options.enable_thinking) vars.emplace_back("enable_thinking", Value::boolean(*options.enable_thinking));
        vars.emplace_back("eos_token", Value::string("<|im_end|>"));
        vars.emplace_back("pad_token", Value::string("<|endoftext|>"));
        jinja::Interpreter interpreter(*parsed_);
        return interpreter.render(vars);
    }

private:
    std::string text_;
    std::unique_ptr<jinja::Template> parsed_;
};

}  // namespace

std::shared_ptr<const ChatTemplate> ChatTemplate::from_text(std::string template_text) {
    if (template_text.size() > kMaxTemplateBytes)
        throw Error(ErrorKind::Unsupported, "chat template is " + std::to_string(template_text.size()) +
                                                " bytes, over the " + std::to_string(kMaxTemplateBytes >> 20) +
                                                " MiB limit");
    return std::make_shared<JinjaChatTemplate>(std::move(template_text));
}

std::shared_ptr<const ChatTemplate> ChatTemplate::from_tokenizer_config(const std::filesystem::path& path) {
    std::filesystem::path file = path;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) file = path / "tokenizer_config.json";
    if (!std::filesystem::is_regular_file(file, ec))
        throw Error(ErrorKind::FileNotFound, "no tokenizer_config.json at " + file.string());
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) throw Error(ErrorKind::FileNotFound, "cannot read " + file.string() + ": " + ec.message());
    if (size > kMaxConfigBytes)
        throw Error(ErrorKind::CorruptFile, file.string() + " is " + std::to_string(size) + " bytes, too large for a tokenizer_config.json");
    std::ifstream in(file, std::ios::binary);
    if (!in) throw Error(ErrorKind::FileNotFound, "cannot open " + file.string());
    std::ostringstream ss;
    ss << in.rdbuf();
    const auto config = nlohmann::ordered_json::parse(ss.str(), nullptr, false);
    if (config.is_discarded() || !config.is_object())
        throw Error(ErrorKind::CorruptFile, file.string() + " is not a JSON object");
    const auto it = config.find("chat_template");
    if (it == config.end() || it->is_null())
        throw Error(ErrorKind::CorruptFile, file.string() + " has no \"chat_template\"");
    if (it->is_string()) {
        try {
            return from_text(it->get<std::string>());
        } catch (const Error& e) {
            throw Error(e.kind(), file.string() + ": " + e.what());
        }
    }
    // Some models ship a list of named templates: [{"name": "default", "template": "..."}, ...].
    if (it->is_array()) {
        for (const auto& entry : *it) {
            if (entry.is_object() && entry.value("name", "") == "default" && entry.contains("template") &&
                entry["template"].is_string()) {
                try {
                    return from_text(entry["template"].get<std::string>());
                } catch (const Error& e) {
                    throw Error(e.kind(), file.string() + ": " + e.what());
                }
            }
        }
        throw Error(ErrorKind::Unsupported, file.string() + ": \"chat_template\" list has no \"default\" entry");
    }
    throw Error(ErrorKind::CorruptFile, file.string() + ": \"chat_template\" is not a string");
}

std::shared_ptr<const ChatTemplate> ChatTemplate::qwen3_default() {
    static const std::shared_ptr<const ChatTemplate> instance = from_text(kQwen3Template);
    return instance;
}

}  // namespace qwendesk
