// The app's remote-engine client over real HTTP on loopback: against `qwendesk-cli serve --model demo`
// (streamed and not, the thinking toggle, cancellation through EngineWorker, 401 with a key set, 429 when
// the queue is full) and against a scripted socket that replays recorded streams or cuts one mid-answer
// (the partial answer arrives and the failure is "interrupted").
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

#include "engine_worker.h"
#include "remote/remote_engine.h"
#include "remote/remote_engines.h"
#include "remote/secret_store.h"

using namespace qwendesk::app;

#ifdef QWENDESK_HAVE_SERVE
#define REQUIRE_SERVE() (void)0
#else
#define REQUIRE_SERVE() QSKIP("qwendesk-cli serve is not built (cpp-httplib missing)")
#endif

namespace {

// `qwendesk-cli serve` on an ephemeral port; stopped (SIGTERM) when destroyed.
class Serve {
public:
    explicit Serve(QStringList extra = {}) {
        process_.setProgram(QStringLiteral(QWENDESK_CLI_PATH));
        process_.setArguments(QStringList{QStringLiteral("serve"), QStringLiteral("--model"), QStringLiteral("demo"),
                                          QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--ctx"),
                                          QStringLiteral("4096"), QStringLiteral("--threads"), QStringLiteral("2")} + extra);
        process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process_.start();
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains('\n') && t.elapsed() < 20000 && process_.state() != QProcess::NotRunning) {
            process_.waitForReadyRead(200);
            out += process_.readAllStandardOutput();
        }
        const auto m = QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/v1")).match(QString::fromUtf8(out));
        if (m.hasMatch()) url_ = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m.captured(1)));
    }
    ~Serve() {
        process_.terminate();
        if (!process_.waitForFinished(5000)) process_.kill();
    }
    QUrl url() const { return url_; }

private:
    QProcess process_;
    QUrl url_;
};

RemoteEngineOptions optionsFor(const QUrl& url, const QString& key = {}) {
    RemoteEngineOptions o;
    o.endpoint.id = QStringLiteral("test");
    o.endpoint.name = QStringLiteral("Test server");
    o.endpoint.baseUrl = url;
    o.apiKey = key;
    o.model = QStringLiteral("demo");
    o.connectTimeoutMs = 10000;
    o.idleTimeoutMs = 10000;
    return o;
}

qwendesk::GenerationRequest ask(const char* text, int maxTokens, bool thinking = true) {
    qwendesk::GenerationRequest r;
    r.conversation = {{"messages", {{{"role", "user"}, {"content", text}}}}};
    r.sampling = qwendesk::SamplingParams::greedy_decoding();
    r.max_tokens = maxTokens;
    r.enable_thinking = thinking;
    return r;
}

// A one-connection-at-a-time HTTP responder: sends `response` (status line, headers, body) and hangs up.
class ScriptedHttp : public QObject {
public:
    explicit ScriptedHttp(QByteArray response) : response_(std::move(response)) {
        server_.listen(QHostAddress::LocalHost, 0);
        connect(&server_, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = server_.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    request_ += s->readAll();
                    if (!request_.contains("\r\n\r\n") || answered_) return;
                    answered_ = true;
                    s->write(response_);
                    s->flush();
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(server_.serverPort())); }
    QByteArray request() const { return request_; }

private:
    QTcpServer server_;
    QByteArray response_;
    QByteArray request_;
    bool answered_ = false;
};

QByteArray sse(const QByteArray& body) {
    return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n" + body;
}

QByteArray recording(const char* name) {
    QFile f(QStringLiteral(QWENDESK_SSE_RECORDINGS "/") + QLatin1String(name));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// EngineWorker on its own thread with the remote-aware factory, as the app runs it.
struct WorkerRig {
    explicit WorkerRig(RemoteEngineOptions o) {
        options = std::move(o);
        worker = new EngineWorker(remoteAwareFactory([](const qwendesk::EngineOptions&) -> std::unique_ptr<qwendesk::Engine> {
                                                          throw qwendesk::Error(qwendesk::ErrorKind::FileNotFound, "local");
                                                      },
                                                      [this](const QString&, const QString& model) {
                                                          RemoteEngineOptions r = options;
                                                          r.model = model;
                                                          return std::optional<RemoteEngineOptions>(r);
                                                      }));
        worker->moveToThread(&thread);
        thread.start();
    }
    ~WorkerRig() {
        thread.quit();
        thread.wait();
        delete worker;
    }
    bool load(const QString& model = QStringLiteral("demo")) {
        QSignalSpy loaded(worker, &EngineWorker::loaded);
        QMetaObject::invokeMethod(worker, [this, model] { worker->load(remoteModelPath(QStringLiteral("test"), model), 0, {}); });
        return loaded.wait(15000);
    }
    void generate(GenerationJob job) {
        QMetaObject::invokeMethod(worker, [this, job] { worker->generate(job); });
    }
    RemoteEngineOptions options;
    QThread thread;
    EngineWorker* worker = nullptr;
};

GenerationJob job(quint64 id, const QString& text, int maxTokens) {
    GenerationJob j;
    j.id = id;
    j.turns = {ChatTurn{QStringLiteral("user"), text}};
    j.sampling = qwendesk::SamplingParams::greedy_decoding();
    j.maxTokens = maxTokens;
    return j;
}

}  // namespace

class TestRemoteEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void requestBodyCarriesTheToggleAndSampling() {
        RemoteEngineOptions o = optionsFor(QUrl(QStringLiteral("http://x/v1")));
        qwendesk::GenerationRequest r = ask("Hi", 16, false);
        r.sampling = qwendesk::SamplingParams::non_thinking_preset();
        r.sampling.seed = 5;
        r.stop = {"END"};
        QJsonObject b = RemoteEngine::requestBody(o, r);
        QCOMPARE(b[QStringLiteral("chat_template_kwargs")].toObject()[QStringLiteral("enable_thinking")].toBool(), false);
        QCOMPARE(b[QStringLiteral("temperature")].toDouble(), double(0.7f));
        QCOMPARE(b[QStringLiteral("top_k")].toInt(), 20);
        QCOMPARE(b[QStringLiteral("seed")].toInteger(), 5);
        QCOMPARE(b[QStringLiteral("max_tokens")].toInt(), 16);
        QCOMPARE(b[QStringLiteral("stop")].toArray().first().toString(), QStringLiteral("END"));
        QVERIFY(b[QStringLiteral("stream_options")].toObject()[QStringLiteral("include_usage")].toBool());
        // Ollama's /v1 ignores chat_template_kwargs: thinking off is reasoning_effort "none".
        o.endpoint.thinkingControl = QStringLiteral("reasoning_effort");
        b = RemoteEngine::requestBody(o, r);
        QVERIFY(!b.contains(QStringLiteral("chat_template_kwargs")));
        QCOMPARE(b[QStringLiteral("reasoning_effort")].toString(), QStringLiteral("none"));
        QVERIFY(!RemoteEngine::requestBody(o, ask("Hi", 4, true)).contains(QStringLiteral("reasoning_effort")));
    }

    void streamedAndWholeRepliesFromServe() {
        REQUIRE_SERVE();
        Serve serve;
        QVERIFY2(serve.url().isValid(), "qwendesk-cli serve did not start");
        QCOMPARE(RemoteEngine::listModels(optionsFor(serve.url()).endpoint, {}), QStringList{QStringLiteral("demo")});
        RemoteEngineOptions o = optionsFor(serve.url());
        o.endpoint.extraBody = QJsonObject{{QStringLiteral("ignore_eos"), true}};
        RemoteEngine streaming(o);
        std::string streamed;
        int events = 0;
        auto a = streaming.generate(ask("Hello", 8), [&](const qwendesk::GenerationEvent& e) {
            streamed += e.text;
            ++events;
        });
        // The demo model's random tokens mostly decode to nothing, so the text may be empty; the counts are exact.
        QCOMPARE(streamed, a.thinking + a.answer);
        QVERIFY(events >= 0);
        QCOMPARE(a.stats.generated_tokens, 8);
        QVERIFY(a.stats.prompt_tokens > 5);
        QCOMPARE(a.finish, qwendesk::FinishReason::Length);

        o.stream = false;
        RemoteEngine whole(o);
        auto b = whole.generate(ask("Hello", 8), nullptr);
        QCOMPARE(b.thinking + b.answer, a.thinking + a.answer);  // greedy: the same tokens
        QCOMPARE(b.stats.generated_tokens, 8);

        // Thinking off reaches the chat template: an empty <think></think> block makes the prompt longer.
        auto off = whole.generate(ask("Hello", 8, false), nullptr);
        QVERIFY(off.stats.prompt_tokens > b.stats.prompt_tokens);
        QCOMPARE(whole.info().path, std::string("remote:test/demo"));
        QCOMPARE(whole.info().backend, std::string("Test server"));
    }

    void stopCancelsTheServersGeneration() {
        REQUIRE_SERVE();
        Serve serve;
        QVERIFY(serve.url().isValid());
        RemoteEngineOptions o = optionsFor(serve.url());
        o.endpoint.extraBody = QJsonObject{{QStringLiteral("ignore_eos"), true}};
        WorkerRig rig(o);
        QVERIFY(rig.load());
        QSignalSpy started(rig.worker, &EngineWorker::started);
        QSignalSpy finished(rig.worker, &EngineWorker::finished);
        rig.generate(job(1, QStringLiteral("Count to a thousand"), 3000));
        QVERIFY(started.count() > 0 || started.wait(15000));
        QTest::qWait(400);  // the request reaches the server and starts decoding (3000 tokens take seconds)
        rig.worker->cancel(1);
        QVERIFY(finished.count() > 0 || finished.wait(5000));
        QCOMPARE(finished.first().first().value<GenerationOutcome>().finishReason, QStringLiteral("cancelled"));
        // The server dropped it too: a short request is answered at once, not after 900 tokens.
        RemoteEngine again(o);
        QElapsedTimer quick;
        quick.start();
        auto r = again.generate(ask("Hi", 2), nullptr);
        QCOMPARE(r.stats.generated_tokens, 2);
        QVERIFY2(quick.elapsed() < 5000, qPrintable(QString::number(quick.elapsed())));
    }

    void wrongOrMissingKeyIs401() {
        REQUIRE_SERVE();
        Serve serve({QStringLiteral("--api-key"), QStringLiteral("k3y")});
        QVERIFY(serve.url().isValid());
        try {
            RemoteEngine e(optionsFor(serve.url()));
            QFAIL("loaded without a key");
        } catch (const RemoteError& e) {
            QCOMPARE(e.failureKind(), QStringLiteral("unauthorized"));
            QCOMPARE(e.httpStatus(), 401);
        }
        RemoteEngineOptions wrong = optionsFor(serve.url(), QStringLiteral("nope"));
        wrong.checkOnLoad = false;
        RemoteEngine engine(wrong);
        try {
            engine.generate(ask("Hi", 2), nullptr);
            QFAIL("generated with a wrong key");
        } catch (const RemoteError& e) {
            QCOMPARE(e.failureKind(), QStringLiteral("unauthorized"));
            QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("401")));
        }
        RemoteEngine right(optionsFor(serve.url(), QStringLiteral("k3y")));
        QCOMPARE(right.generate(ask("Hi", 2), nullptr).stats.generated_tokens > 0, true);
    }

    void burstBeyondTheQueueIs429() {
        REQUIRE_SERVE();
        Serve serve({QStringLiteral("--queue"), QStringLiteral("0")});
        QVERIFY(serve.url().isValid());
        RemoteEngineOptions o = optionsFor(serve.url());
        o.endpoint.extraBody = QJsonObject{{QStringLiteral("ignore_eos"), true}};
        WorkerRig busy(o);
        QVERIFY(busy.load());
        QSignalSpy started(busy.worker, &EngineWorker::started);
        QSignalSpy finished(busy.worker, &EngineWorker::finished);
        busy.generate(job(1, QStringLiteral("Count to a thousand"), 3000));
        QVERIFY(started.count() > 0 || started.wait(15000));
        QTest::qWait(400);  // the one request the engine runs is running (3000 tokens take seconds)
        RemoteEngine second(o);
        try {
            second.generate(ask("Hi", 2), nullptr);
            QFAIL("a second request was taken with --queue 0");
        } catch (const RemoteError& e) {
            QCOMPARE(e.failureKind(), QStringLiteral("rate_limited"));
            QCOMPARE(e.httpStatus(), 429);
            QVERIFY(e.retryAfterSeconds() >= 1);
        }
        busy.worker->cancel(1);
        QVERIFY(finished.count() > 0 || finished.wait(5000));
    }

    void streamCutMidAnswerIsKeptAndInterrupted() {
        QByteArray cut = recording("cut_mid_answer.txt");
        QVERIFY(!cut.isEmpty());
        ScriptedHttp server(sse(cut));
        RemoteEngineOptions o = optionsFor(server.url());
        o.checkOnLoad = false;
        WorkerRig rig(o);
        QVERIFY(rig.load());
        QSignalSpy thinking(rig.worker, &EngineWorker::thinkingDelta);
        QSignalSpy answer(rig.worker, &EngineWorker::answerDelta);
        QSignalSpy failed(rig.worker, &EngineWorker::failed);
        rig.generate(job(7, QStringLiteral("2+2?"), 100));
        QVERIFY(failed.count() > 0 || failed.wait(10000));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("interrupted"));
        QString thought, text;
        for (const auto& a : thinking) thought += a.at(1).toString();
        for (const auto& a : answer) text += a.at(1).toString();
        QCOMPARE(thought, QStringLiteral("Okay, the user asks for 2+2. That is 4."));
        QCOMPARE(text, QStringLiteral("2 + 2"));
        QVERIFY(server.request().contains("\"enable_thinking\":true"));
    }

    void recordedServerStreamsGiveTheSameMessage() {
        for (const char* name : {"vllm_reasoning_content.txt", "vllm_reasoning.txt", "sglang_reasoning_content.txt",
                                 "llamacpp_reasoning_content.txt", "llamacpp_think_tags.txt", "ollama_reasoning.txt"}) {
            ScriptedHttp server(sse(recording(name)));
            RemoteEngineOptions o = optionsFor(server.url());
            o.checkOnLoad = false;
            RemoteEngine engine(o);
            auto r = engine.generate(ask("2+2?", 100), nullptr);
            QCOMPARE(QString::fromStdString(r.thinking), QStringLiteral("Okay, the user asks for 2+2. That is 4."));
            QCOMPARE(QString::fromStdString(r.answer), QStringLiteral("2 + 2 = **4**."));
            QCOMPARE(r.stats.generated_tokens, 27);
        }
    }

    void serverAndNetworkErrorsAreNamed() {
        ScriptedHttp five(QByteArray("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                     "Content-Length: 45\r\n\r\n{\"error\":{\"message\":\"engine is restarting\"}}\n"));
        RemoteEngineOptions o = optionsFor(five.url());
        o.checkOnLoad = false;
        try {
            RemoteEngine(o).generate(ask("x", 2), nullptr);
            QFAIL("no error");
        } catch (const RemoteError& e) {
            QCOMPARE(e.failureKind(), QStringLiteral("server_error"));
            QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("engine is restarting")));
        }
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        const quint16 port = closed.serverPort();
        closed.close();  // nothing listens there now
        o = optionsFor(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
        try {
            RemoteEngine e(o);
            QFAIL("no error");
        } catch (const RemoteError& e) {
            QCOMPARE(e.failureKind(), QStringLiteral("network"));
        }
    }

    void endpointsKeepKeysOutOfSettings() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QString id;
        {
            RemoteEngines engines(ini, std::make_unique<MemorySecretStore>());
            id = engines.add(QStringLiteral("GPU box"), QStringLiteral("http://gpu-box:8000/v1"), QStringLiteral("sk-secret"));
            QVERIFY(!id.isEmpty());
            QCOMPARE(engines.add(QStringLiteral("bad"), QStringLiteral("ftp://x"), {}), QString());
            auto r = engines.resolve(id, QStringLiteral("Qwen/Qwen3-235B-A22B"));
            QVERIFY(r);
            QCOMPARE(r->apiKey, QStringLiteral("sk-secret"));
            QCOMPARE(r->endpoint.baseUrl, QUrl(QStringLiteral("http://gpu-box:8000/v1")));
        }
        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("gpu-box"));
        QVERIFY(!text.contains("sk-secret"));
        RemoteEngines reopened(ini, std::make_unique<MemorySecretStore>());
        QCOMPARE(reopened.list().size(), 1);
        QCOMPARE(reopened.list().first().name, QStringLiteral("GPU box"));
        const auto [endpoint, model] = splitRemoteModelPath(remoteModelPath(id, QStringLiteral("Qwen/Qwen3-235B-A22B")));
        QCOMPARE(endpoint, id);
        QCOMPARE(model, QStringLiteral("Qwen/Qwen3-235B-A22B"));

        // The fallback file store: 0600, keys only there.
        auto file = makeFileSecretStore(dir.filePath(QStringLiteral("secrets.ini")));
        QVERIFY(file->write(QStringLiteral("a"), QStringLiteral("b")));
        QCOMPARE(file->read(QStringLiteral("a")).value_or(QString()), QStringLiteral("b"));
        QCOMPARE(QFile::permissions(dir.filePath(QStringLiteral("secrets.ini"))) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestRemoteEngine)
#include "tst_remote_engine.moc"
