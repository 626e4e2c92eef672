// QwenDesk: offline Qwen3 chat. main() wires the settings, the history, the engine worker and the QML view.
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>

#include "chat_controller.h"
#include "hardware_info.h"
#include "localization.h"
#include "qml_setup.h"
#include "real_engine.h"
#include "remote/remote_engines.h"
#include "settings.h"
#include "theme.h"

namespace {

// The demo model made at build time: beside the binary in a build tree, under share/ when installed.
QString findDemoModel() {
    const QString env = qEnvironmentVariable("QWENDESK_DEMO_MODEL");
    if (!env.isEmpty()) return env;
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString& candidate : {bin.filePath(QStringLiteral("demo-model")),
                                     bin.filePath(QStringLiteral("../" QWENDESK_INSTALL_DATADIR "/qwendesk/demo-model")),
                                     bin.filePath(QStringLiteral("../Resources/demo-model"))}) {
        if (QFileInfo::exists(candidate + QStringLiteral("/config.json"))) return QDir::cleanPath(candidate);
    }
    return {};
}

// --screenshot FILE --quit-after-ms N: saves the window to FILE after N ms (default 3000) and quits; with
// only --quit-after-ms it just quits. For the installed-package smoke test (packaging/linux/smoke-test-deb.sh).
void scheduleScreenshotAndQuit(const QStringList& args, QQmlApplicationEngine& engine) {
    const qsizetype shotAt = args.indexOf(QStringLiteral("--screenshot"));
    const qsizetype quitAt = args.indexOf(QStringLiteral("--quit-after-ms"));
    if (shotAt < 0 && quitAt < 0) return;
    const QString file = shotAt >= 0 ? args.value(shotAt + 1) : QString();
    const int ms = quitAt >= 0 ? args.value(quitAt + 1).toInt() : 3000;
    QTimer::singleShot(ms, &engine, [&engine, file] {
        int code = 0;
        if (!file.isEmpty()) {
            auto* window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
            code = window && window->grabWindow().save(file) ? 0 : 3;
        }
        QCoreApplication::exit(code);
    });
}

}  // namespace

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("QwenDesk"));
    QGuiApplication::setApplicationName(QStringLiteral("QwenDesk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    qwendesk::app::Settings settings;
    qwendesk::app::Theme theme(&settings);
    qwendesk::app::Localization l10n;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // Remote engines (docs/remote.md): a model path "remote:<id>/<model>" goes to an OpenAI-compatible server.
    QDir().mkpath(dataDir);
    qwendesk::app::RemoteEngines remoteEngines(
        QString(), qwendesk::app::makeSecretStore(QDir(dataDir).filePath(QStringLiteral("secrets.ini"))));
    qwendesk::app::ChatController controller(&settings,
                                             qwendesk::app::remoteAwareFactory(qwendesk::app::realEngineFactory(),
                                                                               remoteEngines.resolver()),
                                             QDir(dataDir).filePath(QStringLiteral("history.sqlite3")), findDemoModel());

    // The hardware probe and the model planner (Settings → Hardware, the model picker), off the GUI thread.
    qwendesk::app::HardwareInfo hardware(&controller, &settings);

    QQmlApplicationEngine engine;
    qwendesk::app::setupQml(engine, controller, settings, theme, l10n, hardware);
    engine.rootContext()->setContextProperty(QStringLiteral("remoteEngines"), &remoteEngines);
    controller.start();
    // After "Restart QwenDesk" (a GPU that CUDA cannot use again in the same process) the new process comes back
    // to the conversation that was open.
    if (const qint64 id = qwendesk::app::ChatController::conversationToOpen(QCoreApplication::arguments());
        id > 0 && controller.store() && controller.store()->conversation(id))
        controller.selectConversation(id);
    hardware.start();
    engine.load(QUrl(QStringLiteral("qrc:/qml/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    scheduleScreenshotAndQuit(QCoreApplication::arguments(), engine);
    return QGuiApplication::exec();
}
