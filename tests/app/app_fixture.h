// The whole app (controller, settings, theme, translations, the real QML from the resource) on a fake
// engine, for the QML load test and the screenshot tool. Warnings from Qt and QML are collected so a test
// can fail on any of them.
#pragma once

#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "chat_controller.h"
#include "fake_engine.h"
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

struct AppFixture {
    QTemporaryDir dir;
    std::shared_ptr<FakeState> state = std::make_shared<FakeState>();
    std::unique_ptr<qwendesk::app::Settings> settings;
    std::unique_ptr<qwendesk::app::Theme> theme;
    qwendesk::app::Localization l10n;
    std::unique_ptr<qwendesk::app::ChatController> app;
    // The remote engines list as main() exposes it (`remoteEngines`), keys in the fallback file.
    std::unique_ptr<qwendesk::app::RemoteEngines> remote;
    std::unique_ptr<QQmlApplicationEngine> engine;

    AppFixture() {
        settings = std::make_unique<qwendesk::app::Settings>(dir.filePath(QStringLiteral("settings.ini")));
        theme = std::make_unique<qwendesk::app::Theme>(settings.get());
        app = std::make_unique<qwendesk::app::ChatController>(settings.get(), fakeFactory(state),
                                                              dir.filePath(QStringLiteral("history.db")),
                                                              QStringLiteral("/opt/qwendesk/demo-model"));
        remote = std::make_unique<qwendesk::app::RemoteEngines>(
            dir.filePath(QStringLiteral("remote.ini")),
            qwendesk::app::makeFileSecretStore(dir.filePath(QStringLiteral("secrets.ini"))));
    }
    ~AppFixture() {
        engine.reset();
        app.reset();
    }
    bool start() {
        app->start();
        return QTest::qWaitFor([&] { return app->modelState() == QLatin1String("ready"); }, 5000);
    }
    QQuickWindow* load() {
        engine = std::make_unique<QQmlApplicationEngine>();
        qwendesk::app::setupQml(*engine, *app, *settings, *theme, l10n);
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
