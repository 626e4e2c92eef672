// What the Settings page asks of RemoteEngines: save() adds or updates an engine in one step and keeps the
// stored key unless a new one is typed, clearApiKey() removes it, the key never reaches the settings file
// nor endpoints(), testConnection() lists a server's models before the engine is saved (with the typed key or
// the stored one) and names failures, describeModelPath() says which engine a model path is.
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models_server.h"
#include "remote/remote_engines.h"

using namespace qwendesk::app;

class TestRemoteSettings : public QObject {
    Q_OBJECT

    // Runs testConnection and waits for its answer.
    static std::pair<QStringList, QString> test(RemoteEngines& engines, const QString& id, const QString& url, const QString& key) {
        QSignalSpy spy(&engines, &RemoteEngines::connectionTested);
        const int ticket = engines.testConnection(id, url, key);
        for (int i = 0; i < 200; ++i) {
            for (const QList<QVariant>& args : spy)
                if (args.at(0).toInt() == ticket) return {args.at(1).toStringList(), args.at(2).toString()};
            spy.wait(100);
        }
        return {{}, QStringLiteral("timeout")};
    }

private slots:
    void saveAddsUpdatesAndKeepsTheKey() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        RemoteEngines engines(ini, std::make_unique<MemorySecretStore>());
        QSignalSpy changed(&engines, &RemoteEngines::endpointsChanged);
        QCOMPARE(engines.save({}, QStringLiteral("bad"), QStringLiteral("ftp://x/v1"), {}, QStringLiteral("chat_template_kwargs")), QString());
        QVERIFY(!engines.isValidBaseUrl(QStringLiteral("ftp://x/v1")));
        QVERIFY(!engines.isValidBaseUrl(QString()));
        QVERIFY(engines.isValidBaseUrl(QStringLiteral("http://gpu-box:8000/v1")));

        const QString id = engines.save({}, QStringLiteral("GPU cluster"), QStringLiteral("http://gpu-box:8000/v1"),
                                        QStringLiteral("sk-one"), QStringLiteral("chat_template_kwargs"));
        QVERIFY(!id.isEmpty());
        QVERIFY(changed.count() > 0);
        QCOMPARE(engines.endpoints().size(), 1);
        QVariantMap e = engines.endpoints().first().toMap();
        QCOMPARE(e.value(QStringLiteral("hasKey")).toBool(), true);
        QVERIFY(!e.values().contains(QStringLiteral("sk-one")));  // QML never sees the key

        // Editing without typing a key keeps the stored one.
        QCOMPARE(engines.save(id, QStringLiteral("Ollama box"), QStringLiteral("http://ollama:11434/v1"), {}, QStringLiteral("reasoning_effort")), id);
        auto r = engines.resolve(id, QStringLiteral("qwen3:235b"));
        QVERIFY(r);
        QCOMPARE(r->apiKey, QStringLiteral("sk-one"));
        QCOMPARE(r->endpoint.name, QStringLiteral("Ollama box"));
        QCOMPARE(r->endpoint.thinkingControl, QStringLiteral("reasoning_effort"));
        // A typed key replaces it; clearApiKey removes it.
        QCOMPARE(engines.save(id, QStringLiteral("Ollama box"), QStringLiteral("http://ollama:11434/v1"), QStringLiteral("sk-two"), QStringLiteral("reasoning_effort")), id);
        QCOMPARE(engines.resolve(id, {})->apiKey, QStringLiteral("sk-two"));
        QVERIFY(engines.clearApiKey(id));
        QCOMPARE(engines.resolve(id, {})->apiKey, QString());
        QCOMPARE(engines.endpoints().first().toMap().value(QStringLiteral("hasKey")).toBool(), false);
        // An unknown id is not silently added.
        QCOMPARE(engines.save(QStringLiteral("nope"), QStringLiteral("x"), QStringLiteral("http://x/v1"), {}, QStringLiteral("chat_template_kwargs")), QString());

        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("sk-one") && !text.contains("sk-two"));
    }

    void describesModelPaths() {
        QTemporaryDir dir;
        RemoteEngines engines(dir.filePath(QStringLiteral("s.ini")), std::make_unique<MemorySecretStore>());
        const QString id = engines.save({}, QStringLiteral("GPU cluster"), QStringLiteral("http://gpu-box:8000/v1"), {}, QStringLiteral("chat_template_kwargs"));
        QVariantMap d = engines.describeModelPath(engines.modelPath(id, QStringLiteral("Qwen/Qwen3-235B-A22B")));
        QCOMPARE(d.value(QStringLiteral("remote")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("GPU cluster"));
        QCOMPARE(d.value(QStringLiteral("model")).toString(), QStringLiteral("Qwen/Qwen3-235B-A22B"));
        QCOMPARE(engines.describeModelPath(QStringLiteral("/models/Qwen3-8B")).value(QStringLiteral("remote")).toBool(), false);
        QCOMPARE(engines.describeModelPath(QString()).value(QStringLiteral("remote")).toBool(), false);
        engines.remove(id);  // a path to a removed engine still parses, with no name
        d = engines.describeModelPath(engines.modelPath(id, QStringLiteral("m")));
        QCOMPARE(d.value(QStringLiteral("remote")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("name")).toString(), QString());
    }

    void testConnectionListsModelsWithTypedOrStoredKey() {
        QTemporaryDir dir;
        RemoteEngines engines(dir.filePath(QStringLiteral("s.ini")), std::make_unique<MemorySecretStore>());
        ModelsServer server({QStringLiteral("Qwen/Qwen3-235B-A22B"), QStringLiteral("Qwen/Qwen3-30B-A3B")}, QStringLiteral("sk-right"));

        // Before saving: the typed key.
        auto [models, error] = test(engines, {}, server.url(), QStringLiteral("sk-right"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(models, (QStringList{QStringLiteral("Qwen/Qwen3-235B-A22B"), QStringLiteral("Qwen/Qwen3-30B-A3B")}));
        QVERIFY(server.lastRequest().startsWith("GET /v1/models"));

        // A wrong key is refused and said so.
        std::tie(models, error) = test(engines, {}, server.url(), QStringLiteral("sk-wrong"));
        QVERIFY(models.isEmpty());
        QVERIFY(!error.isEmpty());

        // Editing a saved engine with the key field left empty: the stored key is used.
        const QString id = engines.save({}, QStringLiteral("GPU"), server.url(), QStringLiteral("sk-right"), QStringLiteral("chat_template_kwargs"));
        std::tie(models, error) = test(engines, id, server.url(), {});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(models.size(), 2);

        // An invalid URL and a closed port fail with a message.
        std::tie(models, error) = test(engines, {}, QStringLiteral("ftp://x"), {});
        QVERIFY(!error.isEmpty());
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        std::tie(models, error) = test(engines, {}, QStringLiteral("http://127.0.0.1:%1/v1").arg(port), {});
        QVERIFY(models.isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRemoteSettings)
#include "tst_remote_settings.moc"
