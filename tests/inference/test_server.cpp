// `qwendesk-cli serve` over real HTTP on 127.0.0.1 (ephemeral ports): the OpenAI wire format (streamed and
// not, thinking split out as reasoning_content, usage), authentication, the bounded queue (429 with
// Retry-After), cancellation when a client disconnects, and 4xx errors for bad requests. A scripted engine
// gives exact, timed events; the demo model and the real CLI process run end to end.
#include <gtest/gtest.h>

#ifndef QWENDESK_HAVE_SERVER
TEST(Server, NotBuilt) { GTEST_SKIP() << "cpp-httplib not found: qwendesk-cli serve is not built"; }
#else

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <future>
#include <mutex>
#include <sstream>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include "model/demo_model.h"
#include "openai_protocol.h"
#include "qwendesk/bundled_resources.h"
#include "qwendesk/engine.h"
#include "qwendesk/errors.h"
#include "server.h"

using namespace qwendesk;
using namespace std::chrono_literals;
using json = nlohmann::json;

namespace {

// ---- A scripted engine: exact events, a delay between them, every request recorded, cancel() honoured.

class NullTokenizer : public Tokenizer {
public:
    std::vector<TokenId> encode(std::string_view) const override { return {}; }
    std::string decode(const std::vector<TokenId>&, bool) const override { return {}; }
    std::string token_bytes(TokenId) const override { return {}; }
    std::optional<TokenId> token_id(std::string_view) const override { return std::nullopt; }
    bool is_special(TokenId) const override { return false; }
    std::size_t vocab_size() const override { return 0; }
};

struct Script {
    std::vector<GenerationEvent> events;
    std::chrono::milliseconds delay{0};
};

struct ScriptState {
    std::mutex mutex;
    Script script;
    std::vector<GenerationRequest> requests;
    std::atomic<bool> cancel{false};
    std::atomic<int> running{0};
    std::atomic<bool> hold{false};  // generate() waits while set (or until cancelled)
    void set(Script s) {
        std::lock_guard lock(mutex);
        script = std::move(s);
    }
    GenerationRequest last() {
        std::lock_guard lock(mutex);
        return requests.back();
    }
};

class ScriptedEngine : public Engine {
public:
    ScriptedEngine(std::shared_ptr<ScriptState> state, int context) : state_(std::move(state)), context_(context) {}
    GenerationResult generate(const GenerationRequest& request, const EventSink& sink) override {
        Script script;
        {
            std::lock_guard lock(state_->mutex);
            state_->requests.push_back(request);
            script = state_->script;
        }
        ++state_->running;
        state_->cancel = false;
        while (state_->hold && !state_->cancel) std::this_thread::sleep_for(1ms);
        GenerationResult r;
        r.stats.prompt_tokens = int(prompt_tokens(request).size());
        r.stats.context_length = context_;
        for (const auto& e : script.events) {
            if (r.stats.generated_tokens >= request.max_tokens) {
                r.finish = FinishReason::Length;
                break;
            }
            std::this_thread::sleep_for(script.delay);
            if (state_->cancel.exchange(false)) {
                r.finish = FinishReason::Cancelled;
                break;
            }
            if (sink) sink(e);
            (e.kind == EventKind::Thinking ? r.thinking : r.answer) += e.text;
            ++r.stats.generated_tokens;
            if (e.kind == EventKind::Thinking) ++r.stats.thinking_tokens;
        }
        --state_->running;
        return r;
    }
    void cancel() override { state_->cancel = true; }
    std::vector<TokenId> prompt_tokens(const GenerationRequest& request) const override {
        std::istringstream in(render_prompt(request));
        std::string w;
        std::vector<TokenId> out;
        while (in >> w) out.push_back(1);
        return out;
    }
    std::string render_prompt(const GenerationRequest& request) const override {
        std::string out;
        for (const auto& m : request.conversation["messages"]) out += m["role"].get<std::string>() + ": " + m["content"].get<std::string>() + "\n";
        return out;
    }
    const Tokenizer& tokenizer() const override { return tokenizer_; }
    ModelInfo info() const override {
        ModelInfo i;
        i.context_length = context_;
        i.architecture = "scripted";
        return i;
    }

private:
    std::shared_ptr<ScriptState> state_;
    int context_;
    NullTokenizer tokenizer_;
};

Script thinking_then_answer(int repeat = 1, std::chrono::milliseconds delay = 0ms) {
    Script s;
    s.delay = delay;
    for (int i = 0; i < repeat; ++i) s.events.push_back({EventKind::Thinking, i == 0 ? "Let me think." : " more"});
    s.events.push_back({EventKind::Answer, "The answer"});
    s.events.push_back({EventKind::Answer, " is 4."});
    return s;
}

json ask(const std::string& text, bool stream = false) {
    return {{"model", "scripted"}, {"messages", {{{"role", "user"}, {"content", text}}}}, {"stream", stream}};
}

// ---- SSE as a client reads it: "data: " lines up to [DONE].
struct Stream {
    int status = 0;
    std::vector<json> chunks;
    bool done = false;
    std::string reasoning, content, finish;
    json usage;
};

Stream parse_sse(const std::string& body) {
    Stream s;
    std::istringstream in(body);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("data: ", 0) != 0) continue;
        const std::string data = line.substr(6);
        if (data == "[DONE]") {
            s.done = true;
            continue;
        }
        json j = json::parse(data);
        s.chunks.push_back(j);
        if (j.contains("usage") && !j["usage"].is_null()) s.usage = j["usage"];
        for (const auto& c : j.value("choices", json::array())) {
            const json& d = c["delta"];
            if (d.contains("reasoning_content") && d["reasoning_content"].is_string()) s.reasoning += d["reasoning_content"].get<std::string>();
            if (d.contains("content") && d["content"].is_string()) s.content += d["content"].get<std::string>();
            if (!c["finish_reason"].is_null()) s.finish = c["finish_reason"].get<std::string>();
        }
    }
    return s;
}

class ScriptedServer : public ::testing::Test {
protected:
    void start(server::ServerOptions options = {}, int context = 256) {
        state_ = std::make_shared<ScriptState>();
        state_->set(thinking_then_answer());
        options.port = 0;
        if (options.model_id.empty()) options.model_id = "scripted";
        server_ = std::make_unique<server::Server>(std::make_unique<ScriptedEngine>(state_, context), options);
        port_ = server_->start();
    }
    void TearDown() override {
        if (server_) server_->stop();
    }
    httplib::Client client(const std::string& key = {}) {
        httplib::Client c("127.0.0.1", port_);
        c.set_read_timeout(20, 0);
        if (!key.empty()) c.set_bearer_token_auth(key.c_str());
        return c;
    }
    httplib::Result post(const json& body, const std::string& key = {}) {
        return client(key).Post("/v1/chat/completions", body.dump(), "application/json");
    }
    httplib::Result post_raw(const std::string& body) { return client().Post("/v1/chat/completions", body, "application/json"); }
    Stream stream(const json& body) {
        auto r = post(body);
        Stream s;
        if (!r) return s;
        s = parse_sse(r->body);
        s.status = r->status;
        return s;
    }
    static json error_of(const httplib::Result& r) {
        EXPECT_TRUE(r);
        json j = json::parse(r->body);
        EXPECT_TRUE(j.contains("error")) << r->body;
        EXPECT_TRUE(j["error"].contains("message"));
        EXPECT_TRUE(j["error"].contains("type"));
        return j["error"];
    }
    template <class F>
    static bool eventually(F f, std::chrono::milliseconds limit = 5000ms) {
        const auto end = std::chrono::steady_clock::now() + limit;
        while (std::chrono::steady_clock::now() < end) {
            if (f()) return true;
            std::this_thread::sleep_for(10ms);
        }
        return f();
    }

    std::shared_ptr<ScriptState> state_;
    std::unique_ptr<server::Server> server_;
    int port_ = 0;
};

}  // namespace

// ---- The wire format without HTTP.

TEST(OpenAiProtocol, ParsesQwenSamplingAndThinking) {
    auto r = server::parse_chat_request(R"({"model":"m","messages":[{"role":"system","content":"Be brief."},
        {"role":"user","content":[{"type":"text","text":"Hi "},{"type":"text","text":"there"}]}],
        "temperature":0.7,"top_p":0.8,"top_k":20,"min_p":0.05,"presence_penalty":1.5,"repetition_penalty":1.1,
        "seed":42,"max_tokens":64,"stop":["END"],"stream":true,"stream_options":{"include_usage":true},
        "chat_template_kwargs":{"enable_thinking":false}})", "m");
    EXPECT_FALSE(r.generation.enable_thinking);
    EXPECT_TRUE(r.stream);
    EXPECT_TRUE(r.include_usage);
    EXPECT_FLOAT_EQ(r.generation.sampling.temperature, 0.7f);
    EXPECT_FLOAT_EQ(r.generation.sampling.top_p, 0.8f);
    EXPECT_EQ(r.generation.sampling.top_k, 20);
    EXPECT_FLOAT_EQ(r.generation.sampling.min_p, 0.05f);
    EXPECT_FLOAT_EQ(r.generation.sampling.presence_penalty, 1.5f);
    EXPECT_FLOAT_EQ(r.generation.sampling.repetition_penalty, 1.1f);
    EXPECT_EQ(r.generation.sampling.seed, 42u);
    EXPECT_EQ(r.generation.max_tokens, 64);
    EXPECT_EQ(r.generation.stop, std::vector<std::string>{"END"});
    EXPECT_EQ(r.generation.conversation["messages"][1]["content"], "Hi there");

    // Defaults: Qwen3's thinking preset; temperature 0 is greedy; null means "not given".
    auto d = server::parse_chat_request(R"({"messages":[{"role":"user","content":"x"}],"temperature":null,"stop":"S"})", "m");
    EXPECT_TRUE(d.generation.enable_thinking);
    EXPECT_FLOAT_EQ(d.generation.sampling.temperature, 0.6f);
    EXPECT_FALSE(d.max_tokens_given);
    EXPECT_EQ(d.generation.stop, std::vector<std::string>{"S"});
    auto g = server::parse_chat_request(R"({"messages":[{"role":"user","content":"x"}],"temperature":0})", "m");
    EXPECT_TRUE(g.generation.sampling.greedy);
}

TEST(OpenAiProtocol, BadRequestsNameTheField) {
    auto fails = [](const std::string& body, int status, const std::string& param_or_code) {
        try {
            server::parse_chat_request(body, "m");
        } catch (const server::ApiError& e) {
            EXPECT_EQ(e.status, status) << body;
            EXPECT_TRUE(e.param == param_or_code || e.code == param_or_code) << body << " -> " << e.param << "/" << e.code;
            json j = json::parse(server::error_body(e));
            EXPECT_TRUE(j["error"]["message"].is_string());
            return;
        }
        ADD_FAILURE() << "accepted: " << body;
    };
    fails("{", 400, "invalid_json");
    fails("[1,2]", 400, "invalid_json");
    fails(R"({"messages":"hi"})", 400, "messages");
    fails(R"({"messages":[]})", 400, "messages");
    fails(R"({})", 400, "messages");
    fails(R"({"messages":[{"role":"wizard","content":"x"}]})", 400, "messages[0].role");
    fails(R"({"messages":[{"role":"user","content":5}]})", 400, "messages[0].content");
    fails(R"({"messages":[{"role":"user","content":[{"type":"image_url"}]}]})", 400, "messages[0].content");
    fails(R"({"messages":[{"role":"user","content":"x"}],"temperature":"hot"})", 400, "temperature");
    fails(R"({"messages":[{"role":"user","content":"x"}],"top_p":1.5})", 400, "top_p");
    fails(R"({"messages":[{"role":"user","content":"x"}],"top_k":2.5})", 400, "top_k");
    fails(R"({"messages":[{"role":"user","content":"x"}],"max_tokens":0})", 400, "max_tokens");
    fails(R"({"messages":[{"role":"user","content":"x"}],"max_tokens":1e300})", 400, "max_tokens");
    fails(R"({"messages":[{"role":"user","content":"x"}],"seed":18446744073709551615})", 400, "seed");
    fails(R"({"messages":[{"role":"user","content":"x"}],"stop":[1]})", 400, "stop");
    fails(R"({"messages":[{"role":"user","content":"x"}],"n":2})", 400, "n");
    fails(R"({"messages":[{"role":"user","content":"x"}],"stream":"yes"})", 400, "stream");
    fails(R"({"messages":[{"role":"user","content":"x"}],"chat_template_kwargs":{"enable_thinking":"no"}})", 400,
          "chat_template_kwargs.enable_thinking");
    fails(R"({"model":7,"messages":[{"role":"user","content":"x"}]})", 400, "model");
    fails(R"({"model":"gpt-4","messages":[{"role":"user","content":"x"}]})", 404, "model_not_found");
}

TEST(OpenAiProtocol, ArbitraryBytesNeverCrash) {
    std::mt19937 rng(1);
    const std::string seed = R"({"model":"m","messages":[{"role":"user","content":"hi"}],"max_tokens":5,"stop":["a"]})";
    for (int i = 0; i < 3000; ++i) {
        std::string body = seed;
        for (int k = 0; k < 3; ++k) body[rng() % body.size()] = char(rng() % 256);
        try {
            server::parse_chat_request(body, "m");
        } catch (const server::ApiError&) {
        }
    }
}

// ---- Over HTTP with the scripted engine.

TEST_F(ScriptedServer, ListsTheModel) {
    start();
    auto r = client().Get("/v1/models");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    json j = json::parse(r->body);
    EXPECT_EQ(j["object"], "list");
    EXPECT_EQ(j["data"][0]["id"], "scripted");
    EXPECT_EQ(j["data"][0]["object"], "model");
}

TEST_F(ScriptedServer, NonStreamingSplitsReasoningAndCountsUsage) {
    start();
    auto r = post(ask("What is 2+2?"));
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    json j = json::parse(r->body);
    EXPECT_EQ(j["object"], "chat.completion");
    EXPECT_TRUE(j["id"].get<std::string>().rfind("chatcmpl-", 0) == 0);
    const json& m = j["choices"][0]["message"];
    EXPECT_EQ(m["role"], "assistant");
    EXPECT_EQ(m["reasoning_content"], "Let me think.");
    EXPECT_EQ(m["content"], "The answer is 4.");
    EXPECT_EQ(j["choices"][0]["finish_reason"], "stop");
    EXPECT_EQ(j["usage"]["prompt_tokens"], 4);  // "user: What is 2+2?" as words
    EXPECT_EQ(j["usage"]["completion_tokens"], 3);
    EXPECT_EQ(j["usage"]["total_tokens"], 7);
    EXPECT_EQ(j["usage"]["completion_tokens_details"]["reasoning_tokens"], 1);
}

TEST_F(ScriptedServer, StreamingSendsReasoningThenContentThenDone) {
    start();
    json body = ask("What is 2+2?", true);
    body["stream_options"] = {{"include_usage", true}};
    Stream s = stream(body);
    ASSERT_EQ(s.status, 200);
    EXPECT_TRUE(s.done);
    EXPECT_EQ(s.reasoning, "Let me think.");
    EXPECT_EQ(s.content, "The answer is 4.");
    EXPECT_EQ(s.finish, "stop");
    ASSERT_FALSE(s.usage.is_null());
    EXPECT_EQ(s.usage["completion_tokens"], 3);
    ASSERT_GE(s.chunks.size(), 4u);
    EXPECT_EQ(s.chunks.front()["choices"][0]["delta"]["role"], "assistant");
    for (const auto& c : s.chunks) EXPECT_EQ(c["object"], "chat.completion.chunk");
    EXPECT_TRUE(s.chunks.back()["choices"].empty());  // the usage chunk comes last
}

TEST_F(ScriptedServer, ThinkingToggleAndSamplingReachTheEngine) {
    start();
    json body = ask("Hi");
    body["chat_template_kwargs"] = {{"enable_thinking", false}};
    body["temperature"] = 0.3;
    body["top_k"] = 5;
    body["seed"] = 7;
    body["max_tokens"] = 2;
    auto r = post(body);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    GenerationRequest g = state_->last();
    EXPECT_FALSE(g.enable_thinking);
    EXPECT_FLOAT_EQ(g.sampling.temperature, 0.3f);
    EXPECT_EQ(g.sampling.top_k, 5);
    EXPECT_EQ(g.sampling.seed, 7u);
    EXPECT_EQ(g.max_tokens, 2);
    EXPECT_EQ(json::parse(r->body)["choices"][0]["finish_reason"], "length");
    // Without max_tokens the reply may fill the context, no more.
    ASSERT_TRUE(post(ask("Hi")));
    EXPECT_EQ(state_->last().max_tokens, 256 - 2);
    EXPECT_TRUE(state_->last().enable_thinking);
}

TEST_F(ScriptedServer, ApiKeyIsRequired) {
    server::ServerOptions o;
    o.api_key = "s3cret";
    start(o);
    auto none = post(ask("Hi"));
    ASSERT_TRUE(none);
    EXPECT_EQ(none->status, 401);
    EXPECT_EQ(error_of(none)["code"], "invalid_api_key");
    auto wrong = post(ask("Hi"), "s3creT");
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->status, 401);
    auto models = client().Get("/v1/models");
    ASSERT_TRUE(models);
    EXPECT_EQ(models->status, 401);
    auto right = post(ask("Hi"), "s3cret");
    ASSERT_TRUE(right);
    EXPECT_EQ(right->status, 200);
    EXPECT_EQ(client("s3cret").Get("/v1/models")->status, 200);
}

TEST_F(ScriptedServer, BadRequestsAre4xxWithOpenAiBodies) {
    start({}, 16);
    auto check = [&](httplib::Result r, int status, const std::string& code) {
        ASSERT_TRUE(r);
        EXPECT_EQ(r->status, status) << r->body;
        EXPECT_EQ(error_of(r)["code"], code) << r->body;
    };
    check(post_raw("{not json"), 400, "invalid_json");
    check(post_raw(R"({"messages":[{"role":"user","content":"x"}],"max_tokens":"ten"})"), 400, "invalid_value");
    check(post_raw(R"({"model":"other","messages":[{"role":"user","content":"x"}]})"), 404, "model_not_found");
    std::string long_text;
    for (int i = 0; i < 40; ++i) long_text += "word ";
    check(post(ask(long_text)), 400, "context_length_exceeded");
    check(client().Get("/v1/nothing"), 404, "not_found");
    check(client().Post("/v1/chat/completions", std::string(17u << 20, 'x'), "application/json"), 413, "payload_too_large");
    // The server is still fine.
    auto ok = post(ask("Hi"));
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->status, 200);
    EXPECT_EQ(server_->counters().completed, 1u);
}

TEST_F(ScriptedServer, BurstBeyondTheQueueGets429WithRetryAfter) {
    server::ServerOptions o;
    o.max_queued = 2;
    start(o);
    state_->hold = true;  // the first request runs until the burst has been answered
    constexpr int kClients = 8;
    auto send = [&](const std::string& text) {
        return std::async(std::launch::async, [&, text] {
            auto r = post(ask(text));
            return std::make_pair(r ? r->status : -1, r ? r->get_header_value("Retry-After") : "");
        });
    };
    std::vector<std::future<std::pair<int, std::string>>> replies;
    replies.push_back(send("first"));
    ASSERT_TRUE(eventually([&] { return state_->running.load() == 1; }));
    for (int i = 1; i < kClients; ++i) replies.push_back(send("burst " + std::to_string(i)));
    ASSERT_TRUE(eventually([&] { return server_->counters().rejected == std::size_t(kClients - 3); }));
    state_->hold = false;
    int ok = 0, busy = 0;
    for (auto& f : replies) {
        auto [status, retry] = f.get();
        if (status == 200) ++ok;
        if (status == 429) {
            ++busy;
            EXPECT_FALSE(retry.empty());
            EXPECT_GE(std::stoi(retry), 1);
        }
    }
    EXPECT_EQ(ok, 3);  // one running and two queued
    EXPECT_EQ(busy, kClients - 3);
    EXPECT_EQ(server_->counters().rejected, std::size_t(kClients - 3));
    EXPECT_EQ(server_->counters().completed, 3u);
}

TEST_F(ScriptedServer, ClientThatDisconnectsCancelsItsGeneration) {
    start();
    state_->set(thinking_then_answer(2000, 5ms));  // ten seconds if nobody cancels
    std::atomic<int> received{0};
    httplib::Request req;
    req.method = "POST";
    req.path = "/v1/chat/completions";
    req.body = ask("long", true).dump();
    req.set_header("Content-Type", "application/json");
    req.content_receiver = [&](const char*, std::size_t, std::uint64_t, std::uint64_t) {
        return ++received < 5;  // read a few chunks, then hang up
    };
    const auto begin = std::chrono::steady_clock::now();
    auto c = client();
    auto r = c.send(req);
    EXPECT_FALSE(r);  // we aborted the read
    EXPECT_TRUE(eventually([&] { return server_->counters().cancelled == 1; }, 3000ms));
    EXPECT_EQ(state_->running.load(), 0);
    EXPECT_LT(std::chrono::steady_clock::now() - begin, 4s);

    // A queued request whose client leaves is dropped from the queue without running.
    state_->set(thinking_then_answer(100, 10ms));
    auto first = std::async(std::launch::async, [&] { return post(ask("first"))->status; });
    ASSERT_TRUE(eventually([&] { return state_->running.load() == 1; }));
    {
        httplib::Client leaving("127.0.0.1", port_);
        leaving.set_read_timeout(0, 300000);  // gives up after 0.3 s, while still queued
        auto r2 = leaving.Post("/v1/chat/completions", ask("queued", true).dump(), "application/json");
        EXPECT_FALSE(r2);
    }
    EXPECT_EQ(first.get(), 200);
    EXPECT_TRUE(eventually([&] { return server_->counters().cancelled == 2; }, 3000ms));
    std::lock_guard lock(state_->mutex);
    EXPECT_EQ(state_->requests.size(), 2u);  // "queued" never reached the engine
}

TEST_F(ScriptedServer, ConcurrentClientsGetTheirOwnAnswers) {
    start();
    state_->set({});  // the engine echoes nothing; each reply is checked by its usage
    constexpr int kClients = 6;
    std::vector<std::future<int>> prompt_tokens;
    for (int i = 0; i < kClients; ++i)
        prompt_tokens.push_back(std::async(std::launch::async, [&, i] {
            std::string text;
            for (int k = 0; k <= i; ++k) text += "w ";
            auto r = post(ask(text));
            return r && r->status == 200 ? json::parse(r->body)["usage"]["prompt_tokens"].get<int>() : -1;
        }));
    for (int i = 0; i < kClients; ++i) EXPECT_EQ(prompt_tokens[i].get(), i + 2);  // "user:" + i+1 words
}

// ---- The demo model, end to end.

class DemoServer : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new std::filesystem::path(std::filesystem::temp_directory_path() / ("qwendesk-server-test-demo-" + std::to_string(getpid())));
        write_demo_model(*dir_, 7, resources::qwen3_tokenizer_json());
    }
    static void TearDownTestSuite() {
        std::filesystem::remove_all(*dir_);
        delete dir_;
    }
    static std::filesystem::path* dir_;
};
std::filesystem::path* DemoServer::dir_ = nullptr;

TEST_F(DemoServer, StreamedAndWholeRepliesAgree) {
    EngineOptions eo;
    eo.model = *dir_;
    eo.context_length = 512;
    eo.threads = 2;
    server::ServerOptions so;
    so.port = 0;
    so.model_id = "demo";
    server::Server srv(Engine::load(eo), so);
    const int port = srv.start();
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(20, 0);
    json body = {{"model", "demo"}, {"messages", {{{"role", "user"}, {"content", "Hello"}}}}, {"temperature", 0},
                 {"max_tokens", 8}, {"ignore_eos", true}};
    auto whole = c.Post("/v1/chat/completions", body.dump(), "application/json");
    ASSERT_TRUE(whole);
    ASSERT_EQ(whole->status, 200) << whole->body;
    json w = json::parse(whole->body);
    EXPECT_EQ(w["usage"]["completion_tokens"], 8);
    EXPECT_EQ(w["choices"][0]["finish_reason"], "length");
    const int thinking_on_prompt = w["usage"]["prompt_tokens"];

    body["stream"] = true;
    body["stream_options"] = {{"include_usage", true}};
    auto streamed = c.Post("/v1/chat/completions", body.dump(), "application/json");
    ASSERT_TRUE(streamed);
    ASSERT_EQ(streamed->status, 200);
    EXPECT_EQ(streamed->get_header_value("Content-Type"), "text/event-stream");
    Stream s = parse_sse(streamed->body);
    EXPECT_TRUE(s.done);
    const std::string whole_text = w["choices"][0]["message"]["content"].get<std::string>() +
                                   (w["choices"][0]["message"]["reasoning_content"].is_string()
                                        ? w["choices"][0]["message"]["reasoning_content"].get<std::string>() : "");
    EXPECT_EQ(s.content + s.reasoning, whole_text);  // greedy: the same tokens
    EXPECT_EQ(s.usage["completion_tokens"], 8);

    // Thinking off: the template adds an empty <think></think> block to the prompt.
    body["stream"] = false;
    body["chat_template_kwargs"] = {{"enable_thinking", false}};
    auto off = c.Post("/v1/chat/completions", body.dump(), "application/json");
    ASSERT_TRUE(off);
    ASSERT_EQ(off->status, 200);
    EXPECT_GT(json::parse(off->body)["usage"]["prompt_tokens"].get<int>(), thinking_on_prompt);
    srv.stop();
}

TEST(ServeCommand, RunsTheDemoModelWithAKey) {
    int out[2];
    ASSERT_EQ(pipe(out), 0);
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        dup2(out[1], 1);
        close(out[0]);
        execl(QWENDESK_CLI_PATH, QWENDESK_CLI_PATH, "serve", "--model", "demo", "--port", "0", "--api-key", "k3y", "--ctx", "256",
              "--threads", "2", static_cast<char*>(nullptr));
        _exit(127);
    }
    close(out[1]);
    std::string line;
    char ch;
    while (read(out[0], &ch, 1) == 1 && ch != '\n') line += ch;
    const auto at = line.find("http://127.0.0.1:");
    ASSERT_NE(at, std::string::npos) << line;
    const int port = std::stoi(line.substr(at + 17));
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(20, 0);
    EXPECT_EQ(c.Get("/v1/models")->status, 401);
    c.set_bearer_token_auth("k3y");
    auto models = c.Get("/v1/models");
    ASSERT_TRUE(models);
    EXPECT_EQ(json::parse(models->body)["data"][0]["id"], "demo");
    json body = {{"model", "demo"}, {"messages", {{{"role", "user"}, {"content", "Hi"}}}}, {"max_tokens", 4}};
    auto r = c.Post("/v1/chat/completions", body.dump(), "application/json");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << r->body;
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
    close(out[0]);
}

#endif  // QWENDESK_HAVE_SERVER
