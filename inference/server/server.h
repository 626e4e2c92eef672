// `qwendesk-cli serve`: the engine behind an OpenAI-compatible HTTP API (GET /v1/models, POST
// /v1/chat/completions, streamed as server-sent events or not), over cpp-httplib. Loopback by default; with
// an API key every request must carry it as a bearer token. One generation runs at a time (see
// scheduler.h); a client that disconnects cancels its generation, found by the next write to its socket:
// streams write an SSE comment every half second while they wait, non-streamed replies a space (JSON
// allows leading whitespace), so a client gone while queued is noticed too.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "qwendesk/engine.h"
#include "scheduler.h"

namespace qwendesk::server {

struct ServerOptions {
    std::string host = "127.0.0.1";
    int port = 8080;             // 0: an ephemeral port (see Server::port())
    std::string api_key;         // empty: no authentication
    std::string model_id;        // the id /v1/models lists and requests must name
    std::size_t max_queued = 8;  // requests waiting behind the one running; more get 429
    std::size_t max_body_bytes = 16u << 20;
    int threads = 0;             // HTTP threads; 0: enough for the queue plus idle keep-alive connections
};

class Server {
public:
    Server(std::unique_ptr<Engine> engine, ServerOptions options);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // Binds the socket; throws qwendesk::Error (InvalidArgument) when the address cannot be bound.
    // Returns the port (the one chosen when options.port is 0).
    int bind();
    // Serves until stop(); bind() first.
    void run();
    // bind() and run() on a background thread (tests); returns the port.
    int start();
    // Cancels every generation, closes the socket and returns when the server is down. Any thread; idempotent.
    void stop();

    int port() const;
    SchedulerCounters counters() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace qwendesk::server
