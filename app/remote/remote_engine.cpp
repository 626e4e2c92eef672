#include "remote/remote_engine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <chrono>

#include "remote/openai_stream.h"

namespace qwendesk::app {
namespace {

class NoTokenizer : public qwendesk::Tokenizer {
public:
    std::vector<qwendesk::TokenId> encode(std::string_view) const override { return {}; }
    std::string decode(const std::vector<qwendesk::TokenId>&, bool) const override { return {}; }
    std::string token_bytes(qwendesk::TokenId) const override { return {}; }
    std::optional<qwendesk::TokenId> token_id(std::string_view) const override { return std::nullopt; }
    bool is_special(qwendesk::TokenId) const override { return false; }
    std::size_t vocab_size() const override { return 0; }
};

QUrl endpointUrl(const QUrl& base, const QString& path) {
    QUrl url = base;
    QString p = url.path();
    while (p.endsWith(QLatin1Char('/'))) p.chop(1);
    url.setPath(p + path);
    return url;
}

QNetworkRequest makeRequest(const QUrl& url, const QString& apiKey) {
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!apiKey.isEmpty()) r.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    return r;
}

// A failed HTTP reply as the error the UI shows.
RemoteError httpError(int status, const QByteArray& body, const QByteArray& retryAfter, const QString& where) {
    const std::string text = remote::error_message(std::string_view(body.constData(), std::size_t(body.size())));
    const std::string prefix = "HTTP " + std::to_string(status) + " from " + where.toStdString() + ": ";
    if (status == 401 || status == 403) return RemoteError(QStringLiteral("unauthorized"), prefix + text, status);
    if (status == 429) return RemoteError(QStringLiteral("rate_limited"), prefix + text, status, retryAfter.toInt());
    if (status >= 500) return RemoteError(QStringLiteral("server_error"), prefix + text, status);
    if (status == 400 && (text.find("context") != std::string::npos || body.contains("context_length_exceeded")))
        return RemoteError(QStringLiteral("context_full"), prefix + text, status);
    return RemoteError(QStringLiteral("bad_request"), prefix + text, status);
}

qwendesk::FinishReason finishFrom(const std::string& reason) {
    if (reason == "length") return qwendesk::FinishReason::Length;
    if (reason == "abort" || reason == "cancelled") return qwendesk::FinishReason::Cancelled;
    return qwendesk::FinishReason::Stop;
}

}  // namespace

QString remoteModelPath(const QString& endpointId, const QString& model) {
    return QStringLiteral("remote:") + endpointId + QLatin1Char('/') + model;
}

bool isRemoteModelPath(const QString& path) { return path.startsWith(QLatin1String("remote:")); }

std::pair<QString, QString> splitRemoteModelPath(const QString& path) {
    if (!isRemoteModelPath(path)) return {};
    const QString rest = path.mid(7);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash <= 0) return {rest, QString()};
    return {rest.left(slash), rest.mid(slash + 1)};
}

EngineFactory remoteAwareFactory(EngineFactory local, RemoteResolver resolve) {
    return [local = std::move(local), resolve = std::move(resolve)](const qwendesk::EngineOptions& options) -> std::unique_ptr<qwendesk::Engine> {
        const QString path = QString::fromStdU16String(options.model.u16string());
        if (!isRemoteModelPath(path)) return local(options);
        const auto [id, model] = splitRemoteModelPath(path);
        std::optional<RemoteEngineOptions> remote = resolve ? resolve(id, model) : std::nullopt;
        if (!remote) throw RemoteError(QStringLiteral("file_not_found"), "no remote engine named '" + id.toStdString() + "' in Settings");
        remote->model = model;
        return std::make_unique<RemoteEngine>(*remote);
    };
}

RemoteEngine::RemoteEngine(RemoteEngineOptions options) : options_(std::move(options)) {
    if (!options_.endpoint.baseUrl.isValid() || options_.endpoint.baseUrl.scheme().isEmpty())
        throw RemoteError(QStringLiteral("bad_request"), "'" + options_.endpoint.baseUrl.toString().toStdString() + "' is not a URL");
    if (options_.checkOnLoad) {
        const QStringList models = listModels(options_.endpoint, options_.apiKey, options_.connectTimeoutMs);
        if (!options_.model.isEmpty() && !models.contains(options_.model))
            throw RemoteError(QStringLiteral("file_not_found"), "the server at " + options_.endpoint.baseUrl.toString().toStdString() +
                                                                   " does not serve '" + options_.model.toStdString() + "' (it lists: " +
                                                                   models.join(QStringLiteral(", ")).toStdString() + ")");
    }
}

RemoteEngine::~RemoteEngine() = default;

QStringList RemoteEngine::listModels(const RemoteEndpoint& endpoint, const QString& apiKey, int timeoutMs) {
    QNetworkAccessManager network;
    QNetworkRequest request = makeRequest(endpointUrl(endpoint.baseUrl, QStringLiteral("/models")), apiKey);
    request.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString where = endpoint.baseUrl.toString();
    if (status == 0)
        throw RemoteError(QStringLiteral("network"), "cannot reach " + where.toStdString() + ": " + reply->errorString().toStdString());
    if (status >= 400) throw httpError(status, body, reply->rawHeader("Retry-After"), where);
    QStringList out;
    for (const auto& id : remote::parse_model_list(std::string_view(body.constData(), std::size_t(body.size()))))
        out << QString::fromStdString(id);
    return out;
}

QJsonObject RemoteEngine::requestBody(const RemoteEngineOptions& options, const qwendesk::GenerationRequest& request) {
    QJsonObject body;
    body[QStringLiteral("model")] = options.model;
    QJsonArray messages;
    if (request.conversation.is_object() && request.conversation.contains("messages"))
        for (const auto& m : request.conversation["messages"])
            messages.append(QJsonObject{{QStringLiteral("role"), QString::fromStdString(m.value("role", std::string()))},
                                        {QStringLiteral("content"), QString::fromStdString(m.value("content", std::string()))}});
    body[QStringLiteral("messages")] = messages;
    body[QStringLiteral("stream")] = options.stream;
    if (options.stream) body[QStringLiteral("stream_options")] = QJsonObject{{QStringLiteral("include_usage"), true}};
    if (options.endpoint.thinkingControl == QLatin1String("reasoning_effort")) {
        // Ollama: "none" turns thinking off; leaving it out keeps the model's default (on for Qwen3).
        if (!request.enable_thinking) body[QStringLiteral("reasoning_effort")] = QStringLiteral("none");
    } else {
        body[QStringLiteral("chat_template_kwargs")] = QJsonObject{{QStringLiteral("enable_thinking"), request.enable_thinking}};
    }
    const qwendesk::SamplingParams& s = request.sampling;
    body[QStringLiteral("temperature")] = s.greedy ? 0.0 : double(s.temperature);
    body[QStringLiteral("top_p")] = double(s.top_p);
    body[QStringLiteral("top_k")] = s.top_k > 0 ? s.top_k : -1;
    body[QStringLiteral("min_p")] = double(s.min_p);
    if (s.presence_penalty != 0.0f) body[QStringLiteral("presence_penalty")] = double(s.presence_penalty);
    if (s.repetition_penalty != 1.0f) body[QStringLiteral("repetition_penalty")] = double(s.repetition_penalty);
    if (s.seed) body[QStringLiteral("seed")] = qint64(*s.seed & 0x7fffffffffffffffULL);
    if (request.max_tokens > 0) body[QStringLiteral("max_tokens")] = request.max_tokens;
    if (!request.stop.empty()) {
        QJsonArray stop;
        for (const auto& st : request.stop) stop.append(QString::fromStdString(st));
        body[QStringLiteral("stop")] = stop;
    }
    for (auto it = options.endpoint.extraBody.begin(); it != options.endpoint.extraBody.end(); ++it) body[it.key()] = it.value();
    return body;
}

qwendesk::GenerationResult RemoteEngine::generate(const qwendesk::GenerationRequest& request, const qwendesk::EventSink& sink) {
    cancelled_ = false;
    if (!network_) network_ = std::make_unique<QNetworkAccessManager>();
    const QString where = options_.endpoint.name.isEmpty() ? options_.endpoint.baseUrl.toString() : options_.endpoint.name;
    QNetworkRequest http = makeRequest(endpointUrl(options_.endpoint.baseUrl, QStringLiteral("/chat/completions")), options_.apiKey);
    if (options_.stream) http.setRawHeader("Accept", "text/event-stream");
    const QByteArray payload = QJsonDocument(requestBody(options_, request)).toJson(QJsonDocument::Compact);

    QElapsedTimer clock;
    clock.start();
    qint64 firstTokenMs = -1;
    remote::ChatStreamParser parser;
    QByteArray wholeBody;  // non-streamed replies and error bodies
    bool anyText = false;
    auto deliver = [&] {
        for (auto& e : parser.take_events()) {
            if (firstTokenMs < 0) firstTokenMs = clock.elapsed();
            anyText = true;
            if (sink) sink(e);
        }
    };

    std::unique_ptr<QNetworkReply> reply(network_->post(http, payload));
    QEventLoop loop;
    QTimer watchdog;
    QElapsedTimer sinceData;
    sinceData.start();
    bool timedOut = false;
    int status = 0;
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        sinceData.restart();
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        if (status >= 400 || !options_.stream) {
            if (wholeBody.size() < (64 << 20)) wholeBody += bytes;
            return;
        }
        parser.push(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        deliver();
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        if (cancelled_) {
            reply->abort();
        } else if (sinceData.elapsed() > (status == 0 ? options_.connectTimeoutMs : options_.idleTimeoutMs)) {
            timedOut = true;
            reply->abort();
        }
    });
    watchdog.start(20);
    if (!reply->isFinished()) loop.exec();
    watchdog.stop();
    if (status == 0) status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Whatever is still buffered (finished can come before the last readyRead is handled).
    if (const QByteArray rest = reply->readAll(); !rest.isEmpty()) {
        if (status >= 400 || !options_.stream)
            wholeBody += rest;
        else
            parser.push(std::string_view(rest.constData(), std::size_t(rest.size())));
    }
    if (status < 400 && options_.stream) {
        parser.finish();
        deliver();
    }

    qwendesk::GenerationResult result;
    result.stats.context_length = options_.contextLength;
    const QNetworkReply::NetworkError netError = reply->error();
    if (cancelled_) {
        result.finish = qwendesk::FinishReason::Cancelled;
        result.thinking = parser.thinking();
        result.answer = parser.answer();
        result.stats.generated_tokens = 0;
        return result;
    }
    if (status >= 400) throw httpError(status, wholeBody, reply->rawHeader("Retry-After"), where);
    if (status == 0 || (netError != QNetworkReply::NoError && !anyText && !parser.complete())) {
        const std::string why = timedOut ? std::string("no answer within the time limit") : reply->errorString().toStdString();
        throw RemoteError(QStringLiteral("network"), "cannot reach " + where.toStdString() + ": " + why);
    }

    if (options_.stream) {
        if (parser.error()) {
            if (anyText) throw RemoteError(QStringLiteral("interrupted"), "the server stopped mid-answer: " + *parser.error());
            throw RemoteError(QStringLiteral("server_error"), where.toStdString() + ": " + *parser.error());
        }
        if (!parser.complete()) {
            const std::string why = timedOut ? "no data for " + std::to_string(options_.idleTimeoutMs / 1000) + " s"
                                             : (netError != QNetworkReply::NoError ? reply->errorString().toStdString()
                                                                                    : std::string("the stream ended before the reply did"));
            throw RemoteError(anyText ? QStringLiteral("interrupted") : QStringLiteral("network"),
                              "the connection to " + where.toStdString() + " was cut mid-answer (" + why + ")");
        }
        result.thinking = parser.thinking();
        result.answer = parser.answer();
        result.finish = finishFrom(parser.finish_reason().value_or("stop"));
        if (const auto& u = parser.usage()) {
            result.stats.prompt_tokens = u->prompt_tokens;
            result.stats.generated_tokens = u->completion_tokens;
            result.stats.thinking_tokens = u->reasoning_tokens;
            result.stats.reused_prompt_tokens = u->cached_tokens;
        }
    } else {
        auto completion = remote::parse_completion(std::string_view(wholeBody.constData(), std::size_t(wholeBody.size())));
        if (!completion)
            throw RemoteError(netError != QNetworkReply::NoError ? QStringLiteral("network") : QStringLiteral("server_error"),
                              where.toStdString() + " sent a reply that is not a chat completion: " +
                                  remote::error_message(std::string_view(wholeBody.constData(), std::size_t(wholeBody.size()))));
        firstTokenMs = clock.elapsed();
        if (sink) {
            if (!completion->thinking.empty()) sink({qwendesk::EventKind::Thinking, completion->thinking});
            if (!completion->answer.empty()) sink({qwendesk::EventKind::Answer, completion->answer});
        }
        result.thinking = completion->thinking;
        result.answer = completion->answer;
        result.finish = finishFrom(completion->finish_reason);
        if (completion->usage) {
            result.stats.prompt_tokens = completion->usage->prompt_tokens;
            result.stats.generated_tokens = completion->usage->completion_tokens;
            result.stats.thinking_tokens = completion->usage->reasoning_tokens;
            result.stats.reused_prompt_tokens = completion->usage->cached_tokens;
        }
    }
    const double total = double(clock.elapsed()) / 1000.0;
    result.stats.prefill_seconds = firstTokenMs >= 0 ? double(firstTokenMs) / 1000.0 : total;
    result.stats.decode_seconds = std::max(0.0, total - result.stats.prefill_seconds);
    result.stats.context_used = result.stats.prompt_tokens + result.stats.generated_tokens;
    return result;
}

std::string RemoteEngine::render_prompt(const qwendesk::GenerationRequest& request) const {
    std::string out;
    if (request.conversation.is_object() && request.conversation.contains("messages"))
        for (const auto& m : request.conversation["messages"])
            out += m.value("role", std::string()) + ": " + m.value("content", std::string()) + "\n";
    return out;
}

std::vector<qwendesk::TokenId> RemoteEngine::prompt_tokens(const qwendesk::GenerationRequest& request) const {
    return std::vector<qwendesk::TokenId>((render_prompt(request).size() + 3) / 4, 0);
}

const qwendesk::Tokenizer& RemoteEngine::tokenizer() const {
    static const NoTokenizer none;
    return none;
}

qwendesk::ModelInfo RemoteEngine::info() const {
    qwendesk::ModelInfo i;
    i.path = remoteModelPath(options_.endpoint.id, options_.model).toStdString();
    i.architecture = "remote";
    i.backend = (options_.endpoint.name.isEmpty() ? options_.endpoint.baseUrl.host() : options_.endpoint.name).toStdString();
    i.context_length = options_.contextLength;
    return i;
}

}  // namespace qwendesk::app
