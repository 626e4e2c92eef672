#include "server.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <ctime>
#include <random>
#include <thread>

#include "openai_protocol.h"

namespace qwendesk::server {
namespace {

using json = nlohmann::json;
using namespace std::chrono_literals;

void send_error(httplib::Response& res, const ApiError& e) {
    res.status = e.status;
    res.set_content(error_body(e), "application/json");
}

// Comparing every byte whatever the first difference, so the key cannot be guessed by timing.
bool same_secret(const std::string& a, const std::string& b) {
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ (i < b.size() ? b[i] : 0));
    return diff == 0;
}

std::string completion_id() {
    static std::atomic<std::uint64_t> counter{0};
    thread_local std::mt19937_64 rng{std::random_device{}()};
    char buf[48];
    std::snprintf(buf, sizeof buf, "chatcmpl-%016llx%04llx", static_cast<unsigned long long>(rng()),
                  static_cast<unsigned long long>(counter++ & 0xffff));
    return buf;
}

std::int64_t now_seconds() { return static_cast<std::int64_t>(std::time(nullptr)); }

ApiError engine_error(const Error& e) {
    switch (e.kind()) {
    case ErrorKind::ContextOverflow: return ApiError(400, "invalid_request_error", "context_length_exceeded", e.what(), "messages");
    case ErrorKind::InvalidArgument:
    case ErrorKind::Unsupported: return ApiError(400, "invalid_request_error", "invalid_request", e.what());
    case ErrorKind::OutOfMemory: return ApiError(503, "server_error", "out_of_memory", e.what());
    case ErrorKind::DeviceLost: return ApiError(503, "server_error", "device_lost", e.what());
    case ErrorKind::Cancelled: return ApiError(499, "invalid_request_error", "cancelled", e.what());
    default: return ApiError(500, "server_error", "internal_error", e.what());
    }
}

}  // namespace

struct Server::Impl {
    Impl(std::unique_ptr<Engine> e, ServerOptions o)
        : engine(std::move(e)), options(std::move(o)), scheduler(*engine, options.max_queued) {}

    void setup();
    void chat_completions(const httplib::Request& req, httplib::Response& res);

    std::unique_ptr<Engine> engine;
    ServerOptions options;
    int context_length = 0;
    std::int64_t created = now_seconds();
    Scheduler scheduler;
    httplib::Server http;
    std::thread thread;
    std::atomic<int> port{-1};
    std::atomic<bool> stopped{false};
};

void Server::Impl::setup() {
    context_length = engine->info().context_length;
    const int threads = options.threads > 0 ? options.threads : int(std::max<std::size_t>(16, 2 * (options.max_queued + 1) + 8));
    http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
    http.set_payload_max_length(options.max_body_bytes);
    http.set_read_timeout(30, 0);
    http.set_write_timeout(30, 0);
    http.set_keep_alive_timeout(5);
    http.set_tcp_nodelay(true);

    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        if (options.api_key.empty() || req.path == "/health") return httplib::Server::HandlerResponse::Unhandled;
        const std::string auth = req.get_header_value("Authorization");
        const std::string prefix = "Bearer ";
        if (auth.size() > prefix.size() && auth.compare(0, prefix.size(), prefix) == 0 &&
            same_secret(auth.substr(prefix.size()), options.api_key))
            return httplib::Server::HandlerResponse::Unhandled;
        res.set_header("WWW-Authenticate", "Bearer");
        send_error(res, ApiError(401, "authentication_error", "invalid_api_key",
                                 auth.empty() ? "this server needs an API key: send 'Authorization: Bearer KEY'"
                                              : "the API key is not the one this server takes"));
        return httplib::Server::HandlerResponse::Handled;
    });
    // Statuses httplib sets itself (404 for an unknown path, 413 for a body over the limit, 400 for a bad
    // request line) get an OpenAI-style body too.
    http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return;
        const std::string code = res.status == 404 ? "not_found" : res.status == 413 ? "payload_too_large" : "http_error";
        const std::string message = res.status == 404   ? "no such endpoint: " + req.method + " " + req.path
                                    : res.status == 413 ? "the request body is too large"
                                                        : "HTTP error " + std::to_string(res.status);
        res.set_content(error_body(ApiError(res.status, "invalid_request_error", code, message)), "application/json");
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown error";
        try {
            std::rethrow_exception(ep);
        } catch (const std::exception& e) {
            what = e.what();
        } catch (...) {
        }
        send_error(res, ApiError(500, "server_error", "internal_error", what));
    });

    http.Get("/health", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(R"({"status":"ok"})", "application/json");
    });
    http.Get("/v1/models", [this](const httplib::Request&, httplib::Response& res) {
        res.set_content(models_json(options.model_id, created).dump(), "application/json");
    });
    http.Post("/v1/chat/completions",
              [this](const httplib::Request& req, httplib::Response& res) { chat_completions(req, res); });
}

void Server::Impl::chat_completions(const httplib::Request& req, httplib::Response& res) {
    ChatRequest chat;
    std::shared_ptr<Job> job;
    try {
        chat = parse_chat_request(req.body, options.model_id);
        // The prompt is rendered and counted here, on the HTTP thread (the engine's const methods are
        // thread-safe), so a prompt too long for the context is a 400 before anything is queued or sent.
        std::size_t prompt_tokens = 0;
        try {
            prompt_tokens = engine->prompt_tokens(chat.generation).size();
        } catch (const Error& e) {
            throw engine_error(e);
        }
        if (prompt_tokens == 0) throw bad_request("the prompt is empty", "messages");
        if (int(prompt_tokens) >= context_length)
            throw ApiError(400, "invalid_request_error", "context_length_exceeded",
                           "This model's maximum context length is " + std::to_string(context_length) +
                               " tokens. However, your messages resulted in " + std::to_string(prompt_tokens) +
                               " tokens (at least one more is needed for the reply).",
                           "messages");
        chat.generation.max_tokens = std::min(chat.generation.max_tokens, context_length - int(prompt_tokens));
        job = scheduler.submit(chat.generation);
        if (!job) {
            res.set_header("Retry-After", std::to_string(scheduler.retry_after_seconds()));
            throw ApiError(429, "rate_limit_error", "queue_full",
                           "the server is busy: " + std::to_string(options.max_queued) +
                               " requests already wait for the engine; retry later");
        }
    } catch (const ApiError& e) {
        send_error(res, e);
        return;
    }

    const std::string id = completion_id();
    const std::int64_t created_at = now_seconds();
    const std::string model = options.model_id;
    Scheduler* sched = &scheduler;
    auto releaser = [sched, job](bool) { sched->cancel(job); };  // a no-op once the job has finished

    if (chat.stream) {
        res.set_header("Cache-Control", "no-cache");
        res.set_header("X-Accel-Buffering", "no");
        const bool include_usage = chat.include_usage;
        res.set_chunked_content_provider(
            "text/event-stream",
            [sched, job, id, created_at, model, include_usage](std::size_t, httplib::DataSink& sink) {
                auto write = [&](const std::string& s) { return sink.write(s.data(), s.size()); };
                auto gone = [&] {
                    sched->cancel(job);
                    return false;
                };
                if (!write(sse_event(chunk_json(id, created_at, model, {{"role", "assistant"}, {"content", ""}})))) return gone();
                for (;;) {
                    Job::Poll poll = job->wait(500ms);
                    for (const auto& e : poll.events) {
                        json delta = e.kind == EventKind::Thinking ? json{{"reasoning_content", e.text}} : json{{"content", e.text}};
                        if (!write(sse_event(chunk_json(id, created_at, model, std::move(delta))))) return gone();
                    }
                    if (poll.finished) break;
                    // A comment line (ignored by SSE clients) while queued or thinking silently: it also finds a
                    // client that has gone away.
                    if (poll.events.empty() && !write(job->started() ? ": working\n\n" : ": queued\n\n")) return gone();
                }
                if (const auto& error = job->error()) {
                    const ApiError e = engine_error(*error);
                    write("data: " + error_body(e) + "\n\n");
                } else {
                    const GenerationResult& r = job->result();
                    if (!write(sse_event(chunk_json(id, created_at, model, json::object(), finish_reason_name(r.finish)))))
                        return false;
                    if (include_usage && !write(sse_event(usage_chunk_json(id, created_at, model, r)))) return false;
                }
                write("data: [DONE]\n\n");
                sink.done();
                return true;
            },
            releaser);
        return;
    }

    res.set_chunked_content_provider(
        "application/json",
        [sched, job, id, created_at, model](std::size_t, httplib::DataSink& sink) {
            auto last_write = std::chrono::steady_clock::now();
            for (;;) {
                Job::Poll poll = job->wait(500ms);
                if (poll.finished) break;
                if (std::chrono::steady_clock::now() - last_write >= 500ms) {
                    if (!sink.write(" ", 1)) {  // leading whitespace is valid JSON; a failed write means the client left
                        sched->cancel(job);
                        return false;
                    }
                    last_write = std::chrono::steady_clock::now();
                }
            }
            std::string body;
            if (const auto& error = job->error())
                body = error_body(engine_error(*error));  // the status line (200) is already sent; the body says what failed
            else
                body = completion_json(id, created_at, model, job->result()).dump(-1, ' ', false, json::error_handler_t::replace);
            body += '\n';
            sink.write(body.data(), body.size());
            sink.done();
            return true;
        },
        releaser);
}

Server::Server(std::unique_ptr<Engine> engine, ServerOptions options)
    : impl_(std::make_unique<Impl>(std::move(engine), std::move(options))) {
#ifndef _WIN32
    // A write to a socket the client closed must fail with EPIPE (and cancel the generation), not kill us.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    impl_->setup();
}

Server::~Server() { stop(); }

int Server::bind() {
    const ServerOptions& o = impl_->options;
    int port = -1;
    if (o.port == 0) {
        port = impl_->http.bind_to_any_port(o.host);
    } else if (impl_->http.bind_to_port(o.host, o.port)) {
        port = o.port;
    }
    if (port <= 0)
        throw Error(ErrorKind::InvalidArgument, "cannot listen on " + o.host + ":" + std::to_string(o.port) +
                                                    " (address in use, or not an address of this machine)");
    impl_->port = port;
    return port;
}

void Server::run() { impl_->http.listen_after_bind(); }

int Server::start() {
    const int p = bind();
    impl_->thread = std::thread([this] { run(); });
    for (int i = 0; i < 5000 && !impl_->http.is_running(); ++i) std::this_thread::sleep_for(1ms);
    return p;
}

void Server::stop() {
    if (impl_->stopped.exchange(true)) return;
    impl_->scheduler.shutdown();  // streams waiting on a job end first, so the HTTP threads can be joined
    impl_->http.stop();
    if (impl_->thread.joinable()) impl_->thread.join();
}

int Server::port() const { return impl_->port; }

SchedulerCounters Server::counters() const { return impl_->scheduler.counters(); }

}  // namespace qwendesk::server
