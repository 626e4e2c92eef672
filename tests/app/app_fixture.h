// The whole app (controller, settings, theme, translations, hardware planner, the real QML from the
// resource) on a fake engine, for the QML load test and the screenshot tool. The hardware is a described
// machine unless a test asks for the real probe, so what the pages show does not depend on the computer.
// Warnings from Qt and QML are collected so a test can fail on any of them.
#pragma once

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "chat_controller.h"
#include "fake_engine.h"
#include "hardware_info.h"
#include "localization.h"
#include "qml_setup.h"
#include "remote/remote_engines.h"
#include "settings.h"
#include "theme.h"

inline QStringList& collectedWarnings() {
    static QStringList warnings;
    return warnings;
}

inline void collectWarnings(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtDebugMsg || type == QtInfoMsg) return;
    collectedWarnings().append(message);
    fprintf(stderr, "WARNING: %s\n", qPrintable(message));
}

// Call before QGuiApplication exists.
inline void prepareGuiEnvironment(const QByteArray& runtimeDir) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("XDG_RUNTIME_DIR", runtimeDir);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
}

// An RTX 4060 with 16 GiB of RAM, planned as if every backend were built: the model picker then shows
// GPU and CPU rows, fits, tight and too large (the table in docs/hardware.md).
inline qwendesk::app::MachineSource describedTestMachine() {
    using qwendesk::hw::Backend;
    return qwendesk::app::describedMachine(QStringLiteral("gpu=NVIDIA GeForce RTX 4060:8GiB,ram=16GiB,cores=8"),
                                           {Backend::Cpu, Backend::Cuda, Backend::Vulkan});
}

// A small real GGUF from the shared fixtures, so the plan of "the model in use" has a file to read.
inline QString fixtureModelFile() {
    return QDir::cleanPath(QStringLiteral(QWENDESK_FIXTURES_DIR "/gguf/qwen3-small-dense-q4_k_m.gguf"));
}

struct AppFixture {
    QTemporaryDir dir;
    std::shared_ptr<FakeState> state = std::make_shared<FakeState>();
    std::unique_ptr<qwendesk::app::Settings> settings;
    std::unique_ptr<qwendesk::app::Theme> theme;
    qwendesk::app::Localization l10n;
    std::unique_ptr<qwendesk::app::ChatController> app;
    // The remote engines list as main() exposes it (`remoteEngines`), keys in the fallback file.
    std::unique_ptr<qwendesk::app::RemoteEngines> remote;
    std::unique_ptr<qwendesk::app::HardwareInfo> hardware;
    std::unique_ptr<QQmlApplicationEngine> engine;

    explicit AppFixture(qwendesk::app::MachineSource machine = describedTestMachine()) {
        settings = std::make_unique<qwendesk::app::Settings>(dir.filePath(QStringLiteral("settings.ini")));
        theme = std::make_unique<qwendesk::app::Theme>(settings.get());
        app = std::make_unique<qwendesk::app::ChatController>(settings.get(), fakeFactory(state),
                                                              dir.filePath(QStringLiteral("history.db")),
                                                              QStringLiteral("/opt/qwendesk/demo-model"));
        remote = std::make_unique<qwendesk::app::RemoteEngines>(
            dir.filePath(QStringLiteral("remote.ini")),
            qwendesk::app::makeFileSecretStore(dir.filePath(QStringLiteral("secrets.ini"))));
        hardware = std::make_unique<qwendesk::app::HardwareInfo>(app.get(), settings.get(), std::move(machine));
    }
    ~AppFixture() {
        engine.reset();
        hardware.reset();
        app.reset();
    }
    bool start() {
        app->start();
        hardware->start();
        return QTest::qWaitFor([&] { return app->modelState() == QLatin1String("ready"); }, 5000);
    }
    // The probe answered and the latest plan arrived.
    bool waitForPlan(int ms = 10000) {
        return QTest::qWaitFor([&] { return hardware->ready() && !hardware->planning(); }, ms);
    }
    QQuickWindow* load() {
        engine = std::make_unique<QQmlApplicationEngine>();
        qwendesk::app::setupQml(*engine, *app, *settings, *theme, l10n, *hardware);
        engine->rootContext()->setContextProperty(QStringLiteral("remoteEngines"), remote.get());
        engine->load(QUrl(QStringLiteral("qrc:/qml/Main.qml")));
        if (engine->rootObjects().isEmpty()) return nullptr;
        return qobject_cast<QQuickWindow*>(engine->rootObjects().first());
    }
    bool sendAndWait(const QString& text, int ms = 10000) {
        if (!app->send(text)) return false;
        return QTest::qWaitFor([&] { return !app->busy(); }, ms);
    }
};
