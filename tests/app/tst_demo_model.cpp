// The real engine with the built-in demo model (made at build time): the app loads it, streams an answer in
// both thinking modes and stores it, all through the same controller and worker thread as the app.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "chat_controller.h"
#include "real_engine.h"
#include "settings.h"

using namespace qwendesk::app;
using qwendesk::ui::MessageModel;

class TstDemoModel : public QObject {
    Q_OBJECT
private slots:
    void demoModelAnswersInBothModes() {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setMaxTokens(24);
        settings.setContextLength(1024);
        ChatController app(&settings, realEngineFactory(), dir.filePath(QStringLiteral("h.db")),
                           QStringLiteral(QWENDESK_DEMO_MODEL_DIR));
        app.start();
        QVERIFY(QTest::qWaitFor([&] { return app.modelState() != QLatin1String("loading"); }, 60000));
        QVERIFY2(app.modelState() == QLatin1String("ready"), qPrintable(app.modelError()));
        QVERIFY(app.isDemoModel());

        for (bool thinking : {false, true}) {
            app.setThinkingEnabled(thinking);
            QVERIFY(app.send(QStringLiteral("Hello, demo model!")));
            QVERIFY(QTest::qWaitFor([&] { return !app.busy(); }, 120000));
            QVERIFY2(app.errorMessage().isEmpty(), qPrintable(app.errorMessage()));
            const int row = app.messages()->rowCount() - 1;
            auto data = [&](int role) { return app.messages()->data(app.messages()->index(row), role); };
            QCOMPARE(data(MessageModel::StatusRole).toString(), QStringLiteral("complete"));
            QVERIFY(data(MessageModel::GeneratedTokensRole).toInt() > 0);
            QVERIFY(data(MessageModel::ContextUsedRole).toInt() > 0);
            QCOMPARE(data(MessageModel::ThinkingEnabledRole).toBool(), thinking);
            auto stored = app.store()->message(data(MessageModel::MessageIdRole).toLongLong());
            QVERIFY(stored);
            QCOMPARE(stored->status, QStringLiteral("complete"));
            QCOMPARE(stored->generatedTokens, data(MessageModel::GeneratedTokensRole).toInt());
        }
    }
};

QTEST_MAIN(TstDemoModel)
#include "tst_demo_model.moc"
