// qwendesk-cli serve --model PATH|demo [--host 127.0.0.1] [--port 8080] [--api-key KEY] [--queue 8]
// The engine as an OpenAI-compatible server (see inference/server/server.h and docs/remote.md).
#include <cstdio>
#include <filesystem>
#include <string>

#include "args.h"
#include "commands.h"
#include "qwendesk/errors.h"

#ifdef QWENDESK_HAVE_SERVER
#include <random>

#ifndef _WIN32
#include <csignal>
#include <pthread.h>
#include <thread>
#include <unistd.h>
#endif

#include "model/demo_model.h"
#include "qwendesk/bundled_resources.h"
#include "qwendesk/engine.h"
#include "server.h"
#endif

namespace qwendesk::cli {

#ifndef QWENDESK_HAVE_SERVER
int run_serve(const CommandArgs&) {
    throw Error(ErrorKind::Unsupported, "serve is not built into this qwendesk-cli (it needs cpp-httplib: libcpp-httplib-dev)");
}
#else
namespace {

bool is_loopback(const std::string& host) {
    return host == "127.0.0.1" || host == "::1" || host == "localhost" || host.rfind("127.", 0) == 0;
}

// A folder for the demo model that is removed when serve ends.
struct TempFolder {
    std::filesystem::path path;
    ~TempFolder() {
        std::error_code ec;
        if (!path.empty()) std::filesystem::remove_all(path, ec);
    }
};

}  // namespace

int run_serve(const CommandArgs& argv) {
    Args args(argv,
              {"--model", "--host", "--port", "--api-key", "--queue", "--ctx", "--threads", "--backend", "--tokenizer",
               "--served-model-name"},
              {});
    const std::string model = args.require("--model");
#ifndef _WIN32
    // SIGINT and SIGTERM are taken by one thread, which stops the server cleanly (and removes the demo folder).
    // Blocked before any thread starts (the engine's workers too), so every thread inherits the mask.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
#endif
    server::ServerOptions options;
    options.host = args.get("--host").value_or("127.0.0.1");
    const long long port = args.get_int("--port", 8080);
    if (port < 0 || port > 65535) throw Error(ErrorKind::InvalidArgument, "--port must be 0..65535");
    options.port = static_cast<int>(port);
    const long long queue = args.get_int("--queue", 8);
    if (queue < 0 || queue > 4096) throw Error(ErrorKind::InvalidArgument, "--queue must be 0..4096");
    options.max_queued = static_cast<std::size_t>(queue);
    // An environment variable keeps the key out of `ps`; --api-key wins when both are given.
    if (const char* env = std::getenv("QWENDESK_API_KEY")) options.api_key = env;
    if (auto key = args.get("--api-key")) options.api_key = *key;

    EngineOptions engine_options;
    TempFolder demo;
    if (model == "demo") {
        demo.path = std::filesystem::temp_directory_path() /
                    ("qwendesk-serve-demo-" + std::to_string(std::random_device{}()));
        write_demo_model(demo.path, 20260501, resources::qwen3_tokenizer_json());
        engine_options.model = demo.path;
    } else {
        engine_options.model = utf8_path(model);
    }
    if (auto t = args.get("--tokenizer")) engine_options.tokenizer = utf8_path(*t);
    engine_options.context_length = static_cast<int>(args.get_int("--ctx", 8192));
    engine_options.threads = static_cast<int>(args.get_int("--threads", 0));
    engine_options.backend = args.get("--backend").value_or("auto");
    if (auto name = args.get("--served-model-name")) {
        options.model_id = *name;
    } else if (model == "demo") {
        options.model_id = "demo";
    } else {
        const std::filesystem::path p = engine_options.model;
        options.model_id = (p.has_filename() ? (p.extension() == ".gguf" ? p.stem() : p.filename())
                                             : p.parent_path().filename()).string();
    }

    auto engine = Engine::load(engine_options, resources::qwen3_tokenizer());
    const int context = engine->info().context_length;

    server::Server server(std::move(engine), options);
    const int bound = server.bind();
    if (!is_loopback(options.host) && options.api_key.empty())
        std::fprintf(stderr, "qwendesk-cli serve: warning: listening on %s without --api-key: anyone who can reach it may use it\n",
                     options.host.c_str());
    const std::string shown_host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
    std::printf("qwendesk-cli serve: model '%s' (context %d) on http://%s:%d/v1, queue %zu, %s\n", options.model_id.c_str(),
                context, shown_host.c_str(), bound, options.max_queued,
                options.api_key.empty() ? "no API key" : "API key required");
    std::fflush(stdout);
#ifndef _WIN32
    std::thread waiter([&] {
        int sig = 0;
        sigwait(&stop_signals, &sig);
        if (sig != 0) server.stop();
    });
    server.run();
    server.stop();
    // Wake the waiter if the server ended on its own.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
#else
    server.run();
#endif
    std::printf("qwendesk-cli serve: stopped\n");
    return 0;
}
#endif

}  // namespace qwendesk::cli
