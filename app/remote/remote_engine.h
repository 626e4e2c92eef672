// A remote OpenAI-compatible server (vLLM, SGLang, llama.cpp's server, Ollama, `qwendesk-cli serve`) behind
// the same qwendesk::Engine interface the local engine has, so EngineWorker, the thinking panel, stop and
// regenerate work unchanged. generate() runs on the worker thread: one QNetworkAccessManager per engine,
// a local event loop per request, the body read as it streams through remote::ChatStreamParser (Qt-free,
// fuzzed). cancel() from any thread aborts the request within ~20 ms.
//
// Failures are RemoteError, a qwendesk::Error that names its kind for the UI (EngineWorker passes it on):
//   unauthorized (401/403), rate_limited (429, with Retry-After), context_full, bad_request (other 4xx),
//   server_error (5xx, or an error event in the stream), network (nothing arrived: refused, DNS, timeout),
//   interrupted (the stream was cut after text arrived: what arrived was already streamed and is kept).
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include "engine_worker.h"
#include "qwendesk/engine.h"
#include "qwendesk/errors.h"

class QNetworkAccessManager;

namespace qwendesk::app {

struct RemoteEndpoint {
    QString id;        // stable, no '/'; the key of its API key in the keychain
    QString name;      // shown in the UI and recorded with every answer
    QUrl baseUrl;      // up to and including /v1, e.g. http://gpu-box:8000/v1
    // How the per-message thinking toggle is sent: "chat_template_kwargs" (vLLM, SGLang, llama.cpp, ours)
    // or "reasoning_effort" (Ollama's /v1 endpoint, which ignores chat_template_kwargs).
    QString thinkingControl = QStringLiteral("chat_template_kwargs");
    QJsonObject extraBody;  // merged into every request (e.g. {"ignore_eos": true} in tests)
};

struct RemoteEngineOptions {
    RemoteEndpoint endpoint;
    QString apiKey;   // empty: no Authorization header
    QString model;    // the id /v1/models lists
    int contextLength = 0;  // 0: unknown (the server decides and answers 400 when it is exceeded)
    bool stream = true;
    int connectTimeoutMs = 15000;  // until the response headers
    int idleTimeoutMs = 120000;    // between two reads of a streaming body
    bool checkOnLoad = true;       // load() fails unless GET /v1/models answers and lists the model
};

class RemoteError : public qwendesk::Error, public EngineFailureKind {
public:
    RemoteError(QString kind, const std::string& message, int status = 0, int retryAfter = 0)
        : qwendesk::Error(kind == QLatin1String("context_full") ? qwendesk::ErrorKind::ContextOverflow : qwendesk::ErrorKind::Internal, message),
          kind_(std::move(kind)), status_(status), retryAfter_(retryAfter) {}
    QString failureKind() const override { return kind_; }
    int httpStatus() const { return status_; }
    int retryAfterSeconds() const { return retryAfter_; }

private:
    QString kind_;
    int status_;
    int retryAfter_;
};

class RemoteEngine : public qwendesk::Engine {
public:
    // Throws RemoteError when checkOnLoad is set and the server cannot be reached, refuses the key, or does
    // not list the model.
    explicit RemoteEngine(RemoteEngineOptions options);
    ~RemoteEngine() override;

    qwendesk::GenerationResult generate(const qwendesk::GenerationRequest& request, const qwendesk::EventSink& sink) override;
    void cancel() override { cancelled_ = true; }
    // No tokenizer here: an estimate (4 bytes a token) so the context policy can still trim a long chat when
    // the context length is known.
    std::vector<qwendesk::TokenId> prompt_tokens(const qwendesk::GenerationRequest& request) const override;
    std::string render_prompt(const qwendesk::GenerationRequest& request) const override;
    const qwendesk::Tokenizer& tokenizer() const override;
    qwendesk::ModelInfo info() const override;

    // The request body generate() sends (tests check it).
    static QJsonObject requestBody(const RemoteEngineOptions& options, const qwendesk::GenerationRequest& request);
    // GET {baseUrl}/models on the calling thread; throws RemoteError.
    static QStringList listModels(const RemoteEndpoint& endpoint, const QString& apiKey, int timeoutMs = 15000);

private:
    RemoteEngineOptions options_;
    std::unique_ptr<QNetworkAccessManager> network_;
    std::atomic<bool> cancelled_{false};
};

// "remote:<endpoint id>/<model id>" names a remote model wherever the app keeps a model path.
QString remoteModelPath(const QString& endpointId, const QString& model);
bool isRemoteModelPath(const QString& path);
// {endpoint id, model id}; empty strings when the path is not a remote one.
std::pair<QString, QString> splitRemoteModelPath(const QString& path);

// Wraps the local factory: remote paths become RemoteEngines (options from `resolve`, which may read the
// keychain), everything else goes to `local`.
using RemoteResolver = std::function<std::optional<RemoteEngineOptions>(const QString& endpointId, const QString& model)>;
EngineFactory remoteAwareFactory(EngineFactory local, RemoteResolver resolve);

}  // namespace qwendesk::app
