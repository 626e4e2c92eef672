// Chat-template renderer: Qwen3 reference renderings (fixtures), the bundled default template, the
// interpreter's Python/Jinja2 semantics, hostile templates, and `qwendesk-cli render`.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "chat/jinja_interpreter.h"
#include "chat/jinja_parser.h"
#include "chat/jinja_value.h"
#include "chat/python_json.h"
#include "fixtures.h"
#include "qwendesk/chat_template.h"
#include "qwendesk/errors.h"

using namespace qwendesk;
using json = nlohmann::ordered_json;

namespace {

json load_cases(const std::filesystem::path& dir) {
    return json::parse(test::read_file(dir / "cases.json"));
}

ChatRenderOptions options_of(const json& c) {
    ChatRenderOptions o;
    o.add_generation_prompt = c.at("add_generation_prompt").get<bool>();
    if (c.contains("enable_thinking")) o.enable_thinking = c.at("enable_thinking").get<bool>();
    return o;
}

json conversation_of(const json& c) {
    json conv = json::object();
    conv["messages"] = c.at("messages");
    if (c.contains("tools")) conv["tools"] = c.at("tools");
    return conv;
}

// Renders `tmpl` with `conversation` ({"messages": []} unless given).
std::string render(const std::string& tmpl, const json& conversation = json::parse(R"({"messages": []})"),
                   ChatRenderOptions options = {}) {
    return ChatTemplate::from_text(tmpl)->render(conversation, options);
}

// The error message render() throws, or "" when it does not throw.
std::string render_error(const std::string& tmpl, const json& conversation = json::parse(R"({"messages": []})")) {
    try {
        render(tmpl, conversation);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

std::string parse_error(const std::string& tmpl) {
    try {
        ChatTemplate::from_text(tmpl);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

}  // namespace

// ---- Qwen3 reference renderings ----

TEST(ChatTemplateFixtures, EveryCaseMatchesJinja2ByteForByte) {
    QWENDESK_REQUIRE_FIXTURE(cases_dir, "chat-template");
    QWENDESK_REQUIRE_FIXTURE(tokenizer_dir, "qwen3-tokenizer");
    const auto tmpl = ChatTemplate::from_tokenizer_config(tokenizer_dir);
    const json cases = load_cases(cases_dir);
    ASSERT_GT(cases.at("cases").size(), 0u);
    for (const auto& c : cases.at("cases")) {
        SCOPED_TRACE(c.at("name").get<std::string>());
        EXPECT_EQ(tmpl->render(conversation_of(c), options_of(c)), c.at("expected").get<std::string>());
    }
}

TEST(ChatTemplateFixtures, TokenizerConfigFileOrDirectory) {
    QWENDESK_REQUIRE_FIXTURE(cases_dir, "chat-template");
    QWENDESK_REQUIRE_FIXTURE(tokenizer_dir, "qwen3-tokenizer");
    const json c = load_cases(cases_dir).at("cases").at(0);
    const auto from_file = ChatTemplate::from_tokenizer_config(tokenizer_dir / "tokenizer_config.json");
    EXPECT_EQ(from_file->render(conversation_of(c), options_of(c)), c.at("expected").get<std::string>());
}

TEST(ChatTemplateFixtures, BundledQwen3DefaultMatchesFixtureTemplate) {
    QWENDESK_REQUIRE_FIXTURE(cases_dir, "chat-template");
    const auto tmpl = ChatTemplate::qwen3_default();
    const json cases = load_cases(cases_dir);
    ASSERT_GT(cases.at("cases").size(), 0u);
    for (const auto& c : cases.at("cases")) {
        SCOPED_TRACE(c.at("name").get<std::string>());
        EXPECT_EQ(tmpl->render(conversation_of(c), options_of(c)), c.at("expected").get<std::string>());
    }
}

TEST(ChatTemplate, Qwen3DefaultWithoutFixtures) {
    const json conv = json::parse(R"({"messages": [{"role": "user", "content": "Hi"}]})");
    ChatRenderOptions o;
    EXPECT_EQ(ChatTemplate::qwen3_default()->render(conv, o), "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n");
    o.enable_thinking = false;
    EXPECT_EQ(ChatTemplate::qwen3_default()->render(conv, o),
              "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\n");
}

TEST(ChatTemplate, MissingTokenizerConfig) {
    try {
        ChatTemplate::from_tokenizer_config("/nonexistent/qwendesk/model");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::FileNotFound);
    }
}

TEST(ChatTemplate, TokenizerConfigWithoutTemplate) {
    const auto dir = std::filesystem::temp_directory_path() / "qwendesk_test_chat_no_template";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "tokenizer_config.json") << R"({"eos_token": "<|im_end|>"})";
    try {
        ChatTemplate::from_tokenizer_config(dir);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::CorruptFile);
        EXPECT_NE(std::string(e.what()).find("chat_template"), std::string::npos);
    }
    std::filesystem::remove_all(dir);
}

TEST(ChatTemplate, RenderGlobals) {
    const json conv = json::parse(R"({"messages": [{"role": "user", "content": "x"}]})");
    ChatRenderOptions o;
    o.add_generation_prompt = false;
    EXPECT_EQ(render("{{ eos_token }}|{{ pad_token }}|{{ tools }}|{{ documents }}|{{ add_generation_prompt }}|"
                     "{{ enable_thinking is defined }}|{{ messages|length }}",
                     conv, o),
              "<|im_end|>|<|endoftext|>|None|None|False|False|1");
    o.enable_thinking = true;
    EXPECT_EQ(render("{{ enable_thinking }}", conv, o), "True");
    EXPECT_NE(render("{{ strftime_now('%Y') }}").size(), 0u);
}

TEST(ChatTemplate, ConversationMustHaveMessages) {
    try {
        ChatTemplate::from_text("x")->render(json::parse(R"({"tools": []})"), {});
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidArgument);
    }
}

// ---- whitespace control ----

TEST(JinjaWhitespace, TrimAndLstripBlocks) {
    EXPECT_EQ(render("a\n  {% if true %}\n    b\n  {% endif %}\nc"), "a\n    b\nc");
    EXPECT_EQ(render("a  {%- if true -%}  b  {%- endif -%}  c"), "abc");
    EXPECT_EQ(render("a\n{{- 'b' -}}\nc"), "abc");
    EXPECT_EQ(render("a {{ 'b' }}\n c"), "a b\n c");           // no trimming for {{ }}
    EXPECT_EQ(render("a\n  {%+ if true %}b{% endif %}"), "a\n  b");  // + keeps the indentation
    EXPECT_EQ(render("{% if true +%}\nb{% endif %}"), "\nb");        // + keeps the newline
    EXPECT_EQ(render("x {# comment #}\ny"), "x y");
    EXPECT_EQ(render("line\n"), "line");    // keep_trailing_newline=False
    EXPECT_EQ(render("a\r\nb"), "a\nb");    // newlines normalised
    EXPECT_EQ(render("{% raw %}{{ x }}{% endraw %}"), "{{ x }}");
}

// ---- expressions and Python semantics ----

TEST(JinjaSemantics, PythonStripFamily) {
    EXPECT_EQ(render(R"({{ '\n  x  \n'.strip('\n') }})"), "  x  ");
    EXPECT_EQ(render(R"({{ '\n  x  \n'.strip() }})"), "x");
    EXPECT_EQ(render(R"({{ 'xxhixx'.lstrip('x') }}|{{ 'xxhixx'.rstrip('x') }})"), "hixx|xxhi");
    EXPECT_EQ(render(R"({{ 'abcHIcba'.strip('abc') }})"), "HI");
    EXPECT_EQ(render(R"({{ '  a b  '|trim }}|{{ '\u3000a\u3000'.strip() }})"), "a b|a");
    EXPECT_EQ(render(R"({{ '——x——'.strip('—') }})"), "x");
}

TEST(JinjaSemantics, StringMethods) {
    EXPECT_EQ(render(R"({{ 'a</think>b</think>c'.split('</think>') }})"), "['a', 'b', 'c']");
    EXPECT_EQ(render(R"({{ '  a  b '.split() }}|{{ 'a,b,c'.split(',', 1) }}|{{ 'a,b,c'.rsplit(',', 1) }})"),
              "['a', 'b']|['a', 'b,c']|['a,b', 'c']");
    EXPECT_EQ(render(R"({{ 'x'.split('</think>')[-1] }})"), "x");
    EXPECT_EQ(render(R"({{ 'hello'.startswith('he') }}{{ 'hello'.endswith('lo') }}{{ 'hello'.startswith(('x', 'h')) }})"),
              "TrueTrueTrue");
    EXPECT_EQ(render(R"({{ 'aaa'.replace('a', 'b', 2) }}|{{ 'Hi'.upper() }}{{ 'Hi'.lower() }}|{{ 'hi there'.title() }})"),
              "bba|HIhi|Hi There");
    EXPECT_EQ(render(R"({{ '{} and {x}'.format(1, x='y') }}|{{ '%s=%d' % ('a', 3) }})"), "1 and y|a=3");
    EXPECT_EQ(render(R"({{ 'héllo'.find('l') }}|{{ 'ab'.count('') }})"), "2|3");
}

TEST(JinjaSemantics, Slicing) {
    EXPECT_EQ(render("{{ [1, 2, 3, 4][::-1] }}|{{ [1, 2, 3, 4][1:3] }}|{{ [1, 2, 3, 4][-2:] }}|{{ [1, 2, 3, 4][::2] }}"),
              "[4, 3, 2, 1]|[2, 3]|[3, 4]|[1, 3]");
    EXPECT_EQ(render("{{ 'héllo'[::-1] }}|{{ 'héllo'[1:3] }}|{{ 'héllo'[1] }}|{{ 'abc'[10:] }}|{{ [1, 2][5:0:-1] }}"),
              "olléh|él|é||[2]");
    const json conv = json::parse(R"({"messages": [{"role": "a"}, {"role": "b"}, {"role": "c"}]})");
    EXPECT_EQ(render("{% for m in messages[::-1] %}{{ m.role }}{% endfor %}", conv), "cba");
    EXPECT_NE(render_error("{{ [1][::0] }}").find("zero"), std::string::npos);
}

TEST(JinjaSemantics, LoopVariables) {
    EXPECT_EQ(render("{% for x in ['a', 'b', 'c'] %}{{ loop.index0 }}{{ loop.index }}{{ loop.first }}{{ loop.last }}"
                     "{{ loop.length }}{{ loop.revindex }};{% endfor %}"),
              "01TrueFalse33;12FalseFalse32;23FalseTrue31;");
    EXPECT_EQ(render("{% for x in [1, 2, 3, 4] if x is even %}{{ loop.index }}:{{ x }} {% endfor %}"), "1:2 2:4 ");
    EXPECT_EQ(render("{% for x in [] %}x{% else %}empty{% endfor %}"), "empty");
    EXPECT_EQ(render("{% for x in range(10) %}{% if x == 3 %}{% break %}{% endif %}{% if x == 1 %}{% continue %}{% endif %}"
                     "{{ x }}{% endfor %}"),
              "02");
    EXPECT_EQ(render("{% for k, v in {'a': 1, 'b': 2}.items() %}{{ k }}={{ v }},{% endfor %}"), "a=1,b=2,");
    EXPECT_EQ(render("{% for k in {'b': 1, 'a': 2} %}{{ k }}{% endfor %}"), "ba");
    // A set inside a loop does not leak out of it (hence namespace()).
    EXPECT_EQ(render("{% set x = 1 %}{% for i in [1, 2] %}{% set x = x + i %}{{ x }}{% endfor %}{{ x }}"), "231");
    EXPECT_EQ(render("{% for i in [1, 2] %}{{ loop.previtem }}-{{ loop.nextitem }};{% endfor %}"), "-2;1-;");
}

TEST(JinjaSemantics, Namespace) {
    EXPECT_EQ(render("{% set ns = namespace(count=0, found=false) %}{% for i in [1, 2, 3] %}{% set ns.count = ns.count + i %}"
                     "{% if i == 2 %}{% set ns.found = true %}{% endif %}{% endfor %}{{ ns.count }} {{ ns.found }}"),
              "6 True");
    EXPECT_NE(render_error("{% set x = 1 %}{% set x.y = 2 %}").find("namespace"), std::string::npos);
}

TEST(JinjaSemantics, TestsAndOperators) {
    const json conv = json::parse(R"({"messages": [{"role": "user", "content": "hi", "n": null}]})");
    EXPECT_EQ(render("{{ messages[0].content is string }}{{ messages[0].missing is defined }}{{ messages[0].n is none }}"
                     "{{ messages[0] is mapping }}{{ messages is iterable }}{{ false is false }}{{ 0 is false }}"
                     "{{ true is true }}{{ 1.5 is number }}{{ 'x' is number }}",
                     conv),
              "TrueFalseTrueTrueTrueTrueFalseTrueTrueFalse");
    EXPECT_EQ(render("{{ 'a' in 'cat' }}{{ 2 in [1, 2] }}{{ 'k' in {'k': 1} }}{{ 3 not in [1] }}{{ not 1 }}"),
              "TrueTrueTrueTrueFalse");
    EXPECT_EQ(render("{{ 7 // 2 }} {{ -7 // 2 }} {{ 7 % 3 }} {{ -7 % 3 }} {{ 7 / 2 }} {{ 2 ** 10 }} {{ 1 + 2 * 3 }}"),
              "3 -4 1 2 3.5 1024 7");
    EXPECT_EQ(render("{{ 'a' ~ 1 ~ none }} {{ 'ab' * 2 }} {{ [1] + [2] }} {{ 1 == 1.0 }} {{ 1 < 2 < 3 }} {{ 'b' > 'a' }}"),
              "a1None abab [1, 2] True True True");
    EXPECT_EQ(render("{{ 0 or 'x' }} {{ 1 and 'y' }} {{ '' or none }} {{ 'yes' if 1 else 'no' }} {{ 'yes' if 0 }}."),
              "x y None yes .");
    EXPECT_EQ(render("{{ 0.1 + 0.2 }} {{ 1e16 }} {{ 2.0 }} {{ 1e-5 }} {{ true }} {{ none }}"),
              "0.30000000000000004 1e+16 2.0 1e-05 True None");
}

TEST(JinjaSemantics, Filters) {
    EXPECT_EQ(render("{{ [1, 2, 3]|length }} {{ 'héllo'|length }} {{ [3, 1, 2]|sort|join(',') }} {{ ['a', 'b']|first }}"
                     "{{ ['a', 'b']|last }} {{ 'Ab'|upper }}{{ 'Ab'|lower }} {{ x|default('d') }} {{ ''|default('e', true) }}"),
              "3 5 1,2,3 ab ABab d e");
    EXPECT_EQ(render("{{ {'a': 1}|items|list }} {{ 'ab'|list }} {{ 42|string ~ '!' }} {{ '<b>'|safe }} {{ '<b>'|e }}"),
              "[('a', 1)] ['a', 'b'] 42! <b> &lt;b&gt;");
    EXPECT_EQ(render("{{ [{'n': 'x', 'k': 1}, {'n': 'y', 'k': 0}]|selectattr('k')|map(attribute='n')|join }}"
                     "{{ [1, 2, 3]|select('odd')|list }}{{ [1, 2, 3]|reject('odd')|list }}{{ [1, 2, 2]|unique|list }}"
                     "{{ [1, 2]|sum }}{{ [4, 2]|min }}{{ [4, 2]|max }}{{ 3.7|int }}{{ '2'|float }}{{ -2|abs }}"),
              "x[1, 3][2][1, 2]32432.02");
    EXPECT_EQ(render("{{ 'a\nb'|indent(2) }}|{{ 'a\nb'|indent(2, true) }}|{{ 'x'|replace('x', 'y') }}|{{ 2.5|round }}"),
              "a\n  b|  a\n  b|y|2.0");
    EXPECT_EQ(render("{% filter upper %}abc{% endfilter %}|{% set v %}in{{ 1 }}{% endset %}{{ v }}"), "ABC|in1");
}

TEST(JinjaSemantics, DictMethodsAndAccess) {
    EXPECT_EQ(render("{% set d = {'a': 1, 'b': none} %}{{ d.get('a') }}{{ d.get('z') }}{{ d.get('z', 5) }}{{ d['a'] }}"
                     "{{ d.keys()|list }}{{ d.values()|list }}{{ d.b is none }}{{ d.zz is defined }}"),
              "1None51['a', 'b'][1, None]TrueFalse");
    EXPECT_EQ(render("{{ [1, 2, 3][-1] }}{{ [1][5] is defined }}{{ (1, 2)[0] }}{{ {'a': {'b': [7]}}.a.b.0 }}"), "3False17");
}

TEST(JinjaSemantics, Macros) {
    EXPECT_EQ(render("{% macro greet(name, punct='!') %}Hi {{ name }}{{ punct }}{% endmacro %}{{ greet('A') }} {{ greet('B', punct='?') }}"),
              "Hi A! Hi B?");
}

TEST(JinjaSemantics, ToJsonMatchesPythonJsonDumps) {
    const json conv = json::parse(R"({"messages": [], "tools": [
        {"type": "function", "function": {"name": "天气", "description": "Wetter \"heute\"\n\tüber\\Ω 😀",
         "parameters": {"type": "object", "properties": {"z": {"type": "number", "default": 1.0},
         "a": {"type": "array", "items": [], "x": {}, "big": 1e100, "small": 0.00001, "neg": -3, "t": true,
               "n": null}}, "required": ["z"]}}}]})");
    EXPECT_EQ(render("{{ tools[0]|tojson }}", conv),
              R"({"type": "function", "function": {"name": "天气", "description": "Wetter \"heute\"\n\tüber\\Ω 😀", )"
              R"("parameters": {"type": "object", "properties": {"z": {"type": "number", "default": 1.0}, )"
              R"("a": {"type": "array", "items": [], "x": {}, "big": 1e+100, "small": 1e-05, "neg": -3, "t": true, )"
              R"("n": null}}, "required": ["z"]}}})");
    EXPECT_EQ(render(R"({{ {'a': [1, 2], 'b': 'x\u0001'}|tojson(indent=2) }})"),
              "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": \"x\\u0001\"\n}");
    EXPECT_EQ(jinja::python_json_dumps(jinja::Value::floating(3.0)), "3.0");
    EXPECT_EQ(jinja::python_json_dumps(jinja::value_from_json(json::parse(R"({"k": [1, {"x": "y"}]})"))),
              R"({"k": [1, {"x": "y"}]})");
}

// ---- bad input ----

TEST(JinjaErrors, SyntaxErrorsNameLineAndColumn) {
    std::string e = parse_error("hello\n{% if x %}\nno end");
    EXPECT_NE(e.find("endif"), std::string::npos) << e;
    EXPECT_NE(e.find("line 2"), std::string::npos) << e;
    e = parse_error("ok\nok {{ x ");
    EXPECT_NE(e.find("line 2"), std::string::npos) << e;
    EXPECT_NE(e.find("unterminated"), std::string::npos) << e;
    e = parse_error("{% if x %}{% endfor %}");
    EXPECT_NE(e.find("endfor"), std::string::npos) << e;
    EXPECT_NE(parse_error("{{ 'abc }}").find("unterminated string"), std::string::npos);
    EXPECT_NE(parse_error("{% foo %}").find("unknown tag 'foo'"), std::string::npos);
    EXPECT_NE(parse_error("{% include 'x' %}").find("not supported"), std::string::npos);
    EXPECT_NE(parse_error("{% break %}").find("outside a loop"), std::string::npos);
    EXPECT_NE(parse_error("{{ 1 + }}").find("expected an expression"), std::string::npos);
    EXPECT_NE(parse_error("{# never closed").find("comment"), std::string::npos);
}

TEST(JinjaErrors, UnknownFilterAndTest) {
    std::string e = render_error("line one\n{{ 'x'|frobnicate }}");
    EXPECT_NE(e.find("unknown filter 'frobnicate'"), std::string::npos) << e;
    EXPECT_NE(e.find("line 2"), std::string::npos) << e;
    e = render_error("{{ 1 is frobnicated }}");
    EXPECT_NE(e.find("unknown test 'frobnicated'"), std::string::npos) << e;
    // Not reached: no error (as in jinja2, where unknown filters in untaken branches fail only when run).
    EXPECT_EQ(render("{% if false %}{{ x|frobnicate }}{% endif %}ok"), "ok");
}

TEST(JinjaErrors, RaiseExceptionCarriesMessage) {
    const json conv = json::parse(R"({"messages": [{"role": "robot", "content": "x"}]})");
    try {
        render("{% for m in messages %}{% if m.role not in ['user', 'assistant'] %}"
               "{{ raise_exception('Unknown role: ' + m.role) }}{% endif %}{% endfor %}",
               conv);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidArgument);
        EXPECT_NE(std::string(e.what()).find("Unknown role: robot"), std::string::npos) << e.what();
    }
}

TEST(JinjaErrors, RuntimeTypeErrors) {
    EXPECT_NE(render_error("{{ 'a' + 1 }}").find("concatenate"), std::string::npos);
    EXPECT_NE(render_error("{{ x.y }}").find("'x' is undefined"), std::string::npos);
    EXPECT_NE(render_error("{{ 1 // 0 }}").find("zero"), std::string::npos);
    EXPECT_NE(render_error("{% for x in none %}{% endfor %}").find("not iterable"), std::string::npos);
    EXPECT_NE(render_error("{{ [1].append(2) }}").find("immutable"), std::string::npos);
    EXPECT_NE(render_error("{{ 9223372036854775807 + 1 }}").find("overflow"), std::string::npos);
}

TEST(JinjaErrors, DeepNestingIsRefusedNotCrashed) {
    EXPECT_NE(parse_error("{{ " + std::string(100000, '(') + "1" + std::string(100000, ')') + " }}").find("nested too deeply"),
              std::string::npos);
    EXPECT_NE(parse_error("{{ " + std::string(100000, '[') + std::string(100000, ']') + " }}").find("nested too deeply"), std::string::npos);
    std::string chain = "{{ 1";
    for (int i = 0; i < 50000; ++i) chain += " + 1";
    EXPECT_NE(parse_error(chain + " }}").find("nested too deeply"), std::string::npos);
    std::string blocks;
    for (int i = 0; i < 10000; ++i) blocks += "{% if true %}";
    EXPECT_NE(parse_error(blocks).find("nested too deeply"), std::string::npos);
    // Unbounded macro recursion.
    EXPECT_NE(render_error("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}").find("recursion"), std::string::npos);
    // Lists nested through a namespace in a loop.
    EXPECT_NE(render_error("{% set ns = namespace(v=[]) %}{% for i in range(100000) %}{% set ns.v = [ns.v] %}{% endfor %}")
                  .find("nested deeper"),
              std::string::npos);
    // Deep conversation data.
    std::string deep = std::string(10000, '[') + std::string(10000, ']');
    json conv = json::object();
    conv["messages"] = json::array();
    conv["x"] = json::parse(deep);
    EXPECT_NE(render_error("{{ x }}", conv).find("nested deeper"), std::string::npos);
}

TEST(JinjaErrors, RunawayLoopsAndOutputAreBounded) {
    EXPECT_NE(render_error("{% for i in range(100000000) %}{% endfor %}").find("limit"), std::string::npos);
    // An endless loop hits the step limit (a small one here, to keep the test fast).
    jinja::RenderLimits limits;
    limits.max_steps = 100000;
    const auto endless = jinja::parse_template(
        "{% for i in range(1000000) %}{% for j in range(1000000) %}{% endfor %}{% endfor %}");
    jinja::Interpreter interpreter(*endless, limits);
    try {
        interpreter.render({});
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("steps"), std::string::npos) << e.what();
    }
    EXPECT_NE(render_error("{{ 'x' * 1000000000000 }}").find("MiB"), std::string::npos);
    EXPECT_NE(render_error("{% set ns = namespace(s='xxxxxxxxxxxxxxxx') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}"
                           "{% endfor %}")
                  .find("MiB"),
              std::string::npos);
    EXPECT_NE(render_error("{% for i in range(100000) %}{{ 'y' * 100000 }}{% endfor %}").find("MiB"), std::string::npos);
}

// ---- qwendesk-cli render ----

#ifndef _WIN32
TEST(RenderCli, PrintsThePromptExactly) {
    QWENDESK_REQUIRE_FIXTURE(cases_dir, "chat-template");
    QWENDESK_REQUIRE_FIXTURE(tokenizer_dir, "qwen3-tokenizer");
    if (!std::filesystem::exists(QWENDESK_CLI_PATH)) GTEST_SKIP() << "qwendesk-cli not built at " << QWENDESK_CLI_PATH;
    const json cases = load_cases(cases_dir).at("cases");
    const json* pick = nullptr;
    for (const auto& c : cases)
        if (c.contains("tools") && c.contains("enable_thinking")) {
            pick = &c;
            break;
        }
    ASSERT_NE(pick, nullptr);
    const auto file = std::filesystem::temp_directory_path() /
                      ("qwendesk_test_render_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + ".json");
    std::ofstream(file, std::ios::binary) << conversation_of(*pick).dump();
    std::string cmd = std::string("'") + QWENDESK_CLI_PATH + "' render --tokenizer '" + tokenizer_dir.string() +
                      "' --conversation '" + file.string() + "' --enable-thinking " +
                      ((*pick)["enable_thinking"].get<bool>() ? "true" : "false");
    if (!(*pick)["add_generation_prompt"].get<bool>()) cmd += " --no-generation-prompt";
    FILE* p = popen(cmd.c_str(), "r");
    ASSERT_NE(p, nullptr);
    std::string out;
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof(buf), p)) > 0) out.append(buf, n);
    const int status = pclose(p);
    std::filesystem::remove(file);
    EXPECT_EQ(status, 0);
    EXPECT_EQ(out, (*pick)["expected"].get<std::string>());
}

TEST(RenderCli, BadOptionFails) {
    if (!std::filesystem::exists(QWENDESK_CLI_PATH)) GTEST_SKIP() << "qwendesk-cli not built";
    const std::string cmd = std::string("'") + QWENDESK_CLI_PATH + "' render --tokenizer /nonexistent --conversation /nonexistent 2>/dev/null";
    FILE* p = popen(cmd.c_str(), "r");
    ASSERT_NE(p, nullptr);
    char buf[256];
    EXPECT_EQ(std::fread(buf, 1, sizeof(buf), p), 0u);
    EXPECT_NE(pclose(p), 0);
}
#endif
