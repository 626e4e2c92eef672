// Loads the real QML (from the Qt resource) with the C++ models behind it and fails on any warning: at load,
// while an answer streams with its thinking panel, in every language (Arabic right to left), in both themes;
// Settings with remote engines, and with the Hardware section (with its split override) and the model picker's
// fit table; the banner of a GPU that stopped responding (Vulkan and CUDA) and the session on the CPU after it.
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlContext>

#include "app_fixture.h"
#include "models_server.h"

class TstQmlLoad : public QObject {
    Q_OBJECT
private slots:
    void init() { collectedWarnings().clear(); }

    void loadsWithoutWarnings() {
        AppFixture f;
        QVERIFY(f.start());
        QQuickWindow* window = f.load();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::qWait(200);
        QVERIFY2(collectedWarnings().isEmpty(), qPrintable(collectedWarnings().join(QLatin1Char('\n'))));
    }

    void streamingAndEveryLanguageWithoutWarnings() {
        AppFixture f;
        FakeScript script{{think("Weighing the options.\n"), think("Checking edge cases."), answer("Use `std::span`:\n\n"),
                           answer("```cpp\nint sum(std::span<const int> v);\n```\n"), answer("Done **now**.")}};
        script.delayMs = 30;
        f.state->setScript(script);
        QVERIFY(f.start());
        f.app->dismissFirstRun();
        QQuickWindow* window = f.load();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(f.sendAndWait(QStringLiteral("How do I pass an array?")));
        QVERIFY(f.sendAndWait(QStringLiteral("And in C? /no_think")));
        f.app->regenerate(f.app->messages()->data(f.app->messages()->index(3), qwendesk::ui::MessageModel::MessageIdRole).toLongLong());
        QVERIFY(QTest::qWaitFor([&] { return !f.app->busy(); }, 10000));
        f.app->messages()->toggleThinking(1);
        f.app->search(QStringLiteral("array"));
        f.settings->setTheme(QStringLiteral("dark"));
        QTest::qWait(50);
        QStringList languages = qwendesk::app::Localization::translatedLanguages();
        for (const QString& code : languages) {
            f.settings->setLanguage(code);
            QTest::qWait(30);
        }
        f.settings->setLanguage(QStringLiteral("ar"));
        QTest::qWait(50);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        f.settings->setLanguage(QStringLiteral("en"));
        QTest::qWait(50);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY2(collectedWarnings().isEmpty(), qPrintable(collectedWarnings().join(QLatin1Char('\n'))));
    }

    // Settings with remote engines: the engine list, the model chooser on a remote engine (its models fetched
    // from a loopback /v1/models), the add/edit dialog with a tested connection (listed models, then a
    // failure), in every language and both themes.
    void remoteEngineSettingsWithoutWarnings() {
        AppFixture f;
        ModelsServer server({QStringLiteral("Qwen/Qwen3-235B-A22B"), QStringLiteral("Qwen/Qwen3-30B-A3B")});
        const QString gpu = f.remote->add(QStringLiteral("GPU cluster"), server.url(), QStringLiteral("sk-secret"));
        f.remote->add(QStringLiteral("Ollama"), QStringLiteral("http://127.0.0.1:1/v1"), {}, QStringLiteral("reasoning_effort"));
        QVERIFY(f.start());
        f.app->dismissFirstRun();
        QVERIFY(f.sendAndWait(QStringLiteral("Hello")));
        QQuickWindow* window = f.load();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QObject* settings = window->findChild<QObject*>(QStringLiteral("settingsDialog"));
        QVERIFY(settings);
        QMetaObject::invokeMethod(settings, "open");
        QObject* chooser = window->findChild<QObject*>(QStringLiteral("engineChooser"));
        QVERIFY(chooser);
        QMetaObject::invokeMethod(chooser, "show", Q_ARG(QVariant, gpu));
        QVERIFY(QTest::qWaitFor([&] { return chooser->property("models").toStringList().size() == 2; }, 5000));
        QObject* dialog = window->findChild<QObject*>(QStringLiteral("remoteEngineDialog"));
        QVERIFY(dialog);
        QMetaObject::invokeMethod(dialog, "edit", Q_ARG(QVariant, f.remote->endpoints().first()));
        QVERIFY(QTest::qWaitFor([&] { return dialog->property("visible").toBool(); }, 2000));
        QCOMPARE(dialog->property("hasKey").toBool(), true);
        dialog->setProperty("ticket", f.remote->testConnection(gpu, server.url(), {}));
        QVERIFY(QTest::qWaitFor([&] { return dialog->property("tested").toBool(); }, 5000));
        QCOMPARE(dialog->property("testedModels").toStringList().size(), 2);
        for (const QString& theme : {QStringLiteral("dark"), QStringLiteral("light")}) {
            f.settings->setTheme(theme);
            for (const QString& code : qwendesk::app::Localization::translatedLanguages()) {
                f.settings->setLanguage(code);
                QTest::qWait(20);
            }
        }
        dialog->setProperty("ticket", f.remote->testConnection({}, QStringLiteral("http://127.0.0.1:1/v1"), {}));
        dialog->setProperty("tested", false);
        QVERIFY(QTest::qWaitFor([&] { return dialog->property("tested").toBool(); }, 5000));
        QVERIFY(!dialog->property("testError").toString().isEmpty());
        f.settings->setLanguage(QStringLiteral("ar"));
        QTest::qWait(50);
        QMetaObject::invokeMethod(dialog, "close");
        f.remote->remove(gpu);
        QTest::qWait(50);
        f.settings->setLanguage(QStringLiteral("en"));
        QTest::qWait(50);
        QVERIFY2(collectedWarnings().isEmpty(), qPrintable(collectedWarnings().join(QLatin1Char('\n'))));
    }

    // Settings → Hardware and the model picker: a described machine with a GPU (the fit table with GPU and
    // CPU rows, fits / tight / too large) and a model file's plan, the backend override switched, every
    // language and both themes; then a machine with no GPU, an undescribable one, and the real probe.
    void hardwareAndModelPickerWithoutWarnings() {
        AppFixture f;
        f.settings->setModelPath(fixtureModelFile());
        QVERIFY(f.start());
        QQuickWindow* window = f.load();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QObject* settings = window->findChild<QObject*>(QStringLiteral("settingsDialog"));
        QVERIFY(settings);
        QMetaObject::invokeMethod(settings, "open");
        QVERIFY(f.waitForPlan());
        QCOMPARE(f.hardware->recommendations()->rowCount(), 35);
        QObject* fitList = window->findChild<QObject*>(QStringLiteral("modelFitList"));
        QVERIFY(fitList);
        fitList->setProperty("expanded", true);
        QObject* list = window->findChild<QObject*>(QStringLiteral("modelFitView"));
        QVERIFY(list);
        QVERIFY(QTest::qWaitFor([&] { return list->property("count").toInt() == 35; }, 2000));
        QVariant found;
        for (const char* section : {"modelFitList", "hardwareSection", "engineChooser"}) {
            QMetaObject::invokeMethod(settings, "scrollTo", Q_RETURN_ARG(QVariant, found), Q_ARG(QVariant, QString::fromLatin1(section)));
            QVERIFY2(found.toBool(), section);
            QTest::qWait(30);
        }
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        f.settings->setBackend(QStringLiteral("cpu"));
        QVERIFY(QTest::qWaitFor([&] { return f.app->modelState() == QLatin1String("ready"); }, 5000));
        QVERIFY(f.waitForPlan());
        f.settings->setContextLength(32768);
        QVERIFY(f.waitForPlan());
        for (const QString& theme : {QStringLiteral("dark"), QStringLiteral("light")}) {
            f.settings->setTheme(theme);
            for (const QString& code : qwendesk::app::Localization::translatedLanguages()) {
                f.settings->setLanguage(code);
                QTest::qWait(20);
            }
        }
        f.settings->setLanguage(QStringLiteral("en"));
        f.settings->setBackend(QStringLiteral("auto"));
        f.settings->setModelPath(QStringLiteral("/nowhere/missing-model"));  // a plan error, shown as text
        QTest::qWait(100);
        QVERIFY2(collectedWarnings().isEmpty(), qPrintable(collectedWarnings().join(QLatin1Char('\n'))));

        for (auto machine : {qwendesk::app::describedMachine(QStringLiteral("ram=8GiB")),
                             qwendesk::app::describedMachine(QStringLiteral("gpu=nonsense")),
                             qwendesk::app::probeThisMachine()}) {
            AppFixture g(machine);
            QVERIFY(g.start());
            QQuickWindow* w = g.load();
            QVERIFY(w);
            QObject* dialog = w->findChild<QObject*>(QStringLiteral("settingsDialog"));
            QVERIFY(dialog);
            QMetaObject::invokeMethod(dialog, "open");
            QVERIFY(g.waitForPlan(30000));
            QMetaObject::invokeMethod(dialog, "scrollTo", Q_RETURN_ARG(QVariant, found), Q_ARG(QVariant, QStringLiteral("hardwareSection")));
            g.settings->setLanguage(QStringLiteral("ar"));
            QTest::qWait(50);
            g.settings->setLanguage(QStringLiteral("en"));
            QTest::qWait(50);
        }
        QVERIFY2(collectedWarnings().isEmpty(), qPrintable(collectedWarnings().join(QLatin1Char('\n'))));
    }

    // Settings → Hardware's split override on a MoE model: GPU layers (Automatic off, a number), MoE experts in
    // RAM (All, then a layer list typed into the field, then one the parser rejects, with its message shown), the
    // controls off with the CPU backend; every language and both themes; then a dense model (no experts row).
    void splitOverrideWithoutWarnings() {
        const QString moe = QDir::cleanPath(QStringLiteral(QWENDESK_FIXTURES_DIR "/gguf/qwen3-tiny-moe-q8_0.gguf"));
        if (!QFileInfo::exists(moe)) QSKIP("the shared fixtures are not here");
        AppFixture f;
        f.settings->setModelPath(moe);
        QVERIFY(f.start());
        QQuickWindow* window = f.load();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QObject* settings = window->findChild<QObject*>(QStringLiteral("settingsDialog"));
        QVERIFY(settings);
        QMetaObject::invokeMethod(settings, "open");
        QVERIFY(f.waitForPlan());
        QVERIFY(QTest::qWaitFor([&] { return f.hardware->modelLayers() == 2; }, 5000));
        QVariant found;
        QMetaObject::invokeMethod(settings, "scrollTo", Q_RETURN_ARG(QVariant, found), Q_ARG(QVariant, QStringLiteral("hardwareSection")));
        QVERIFY(found.toBool());
        auto child = [&](const char* name) { return window->findChild<QObject*>(QString::fromLatin1(name)); };
        QObject* controls = child("splitControls");
        QObject* autoLayers = child("gpuLayersAuto");
        QObject* layersBox = child("gpuLayersBox");
        QObject* expertsBox = child("expertsBox");
        QObject* field = child("expertLayersField");
        QObject* error = child("splitError");
        QVERIFY(controls && autoLayers && layersBox && expertsBox && field && error);
        QVERIFY(controls->property("enabled").toBool());
        QVERIFY(expertsBox->property("visible").toBool());
        QVERIFY(autoLayers->property("checked").toBool());
        QVERIFY(!layersBox->property("enabled").toBool());

        // GPU layers: Automatic off keeps the planned count, then a number.
        autoLayers->setProperty("checked", false);
        QMetaObject::invokeMethod(autoLayers, "toggled");
        QCOMPARE(f.settings->gpuLayers(), 2);
        QVERIFY(layersBox->property("enabled").toBool());
        layersBox->setProperty("value", 1);
        QMetaObject::invokeMethod(layersBox, "valueModified");
        QCOMPARE(f.settings->gpuLayers(), 1);
        QVERIFY(QTest::qWaitFor([&] { return f.app->modelState() == QLatin1String("ready"); }, 5000));
        QVERIFY(f.waitForPlan());

        // Experts: All, then a typed list, then a list the parser rejects (shown, not applied).
        expertsBox->setProperty("currentIndex", 2);
        QMetaObject::invokeMethod(expertsBox, "activated", Q_ARG(int, 2));
        QCOMPARE(f.settings->expertsOnCpu(), QStringLiteral("all"));
        expertsBox->setProperty("currentIndex", 3);
        QMetaObject::invokeMethod(expertsBox, "activated", Q_ARG(int, 3));
        QVERIFY(QTest::qWaitFor([&] { return field->property("visible").toBool(); }, 2000));
        field->setProperty("text", QStringLiteral("0"));
        QMetaObject::invokeMethod(field, "accepted");
        QCOMPARE(f.settings->expertsOnCpu(), QStringLiteral("0"));
        QVERIFY(f.waitForPlan());
        QVERIFY(QTest::qWaitFor([&] { return f.app->modelState() == QLatin1String("ready"); }, 5000));
        field->setProperty("text", QStringLiteral("0-3,x"));
        QMetaObject::invokeMethod(field, "accepted");
        QCOMPARE(f.settings->expertsOnCpu(), QStringLiteral("0"));
        QVERIFY(QTest::qWaitFor([&] { return error->property("visible").toBool(); }, 2000));
        QVERIFY(error->property("text").toString().contains(QLatin1String("--experts-on-cpu")));

        for (const QString& theme : {QStringLiteral("dark"), QStringLiteral("light")}) {
            f.settings->setTheme(theme);
            for (const QString& code : qwendesk::app::Localization::translatedLanguages()) {
                f.settings->setLanguage(code);
                QTest::qWait(20);
            }
        }
        f.settings->setLanguage(QStringLiteral("en"));
        QTest::qWait(30);
        QCOMPARE(expertsBox->property("currentIndex").toInt(), 3);  // still the stored layer list

        // The CPU backend: the split controls are off.
        f.settings->setBackend(QStringLiteral("cpu"));
        QVERIFY(QTest::qWaitFor([&] { return !controls->property("enabled").toBool(); }, 2000));
        QVERIFY(QTest::qWaitFor([&] { return f.app->modelState() == QLatin1String("ready"); }, 5000));
        f.settings->setLanguage(QStringLiteral("ar"));
        QTest::qWait(50);
        f.settings->setLanguage(QStringLiteral("en"));
        f.settings->setBackend(QStringLiteral("auto"));
        QVERIFY(QTest::qWaitFor([&] { return controls->property("enabled").toBool(); }, 2000));

        // A dense model: no experts row, and the override is back to automatic.
        f.settings->setModelPath(fixtureModelFile());
        QVERIFY(QTest::qWaitFor([&] { return f.app->modelState() == QLatin1String("ready"); }, 5000));
        QVERIFY(f.waitForPlan());
        QVERIFY(QTest::qWaitFor([&] { return !expertsBox->property("visible").toBool(); }, 2000));
        QVERIFY(autoLayers->property("checked").toBool());
        QVERIFY(!error->property("visible").toBool());
        for (const QString& code : {QStringLiteral("ar"), QStringLiteral("ja"), QStringLiteral("en")}) {
            f.settings->setLanguage(code);
            QTest::qWait(20);
        }
        QVERIFY2(collectedWarnings().isEmpty(), qPrintable(collectedWarnings().join(QLatin1Char('\n'))));
    }

    // The GPU stops responding mid-reply: the banner with its actions (CUDA: with "Restart QwenDesk"), the kept
    // partial answer marked interrupted, every language and both themes; then the session on the CPU with its
    // own banner, and back on the GPU. The relauncher is injected: nothing is really restarted.
    void deviceLostBannerWithoutWarnings() {
        for (const char* gpu : {"cuda", "vulkan"}) {
            AppFixture f;
            {
                std::lock_guard lock(f.state->mutex);
                f.state->gpuBackend = gpu;
            }
            int relaunches = 0;
            f.app->setRelauncher([&](const QString&, const QStringList&) { return ++relaunches, true; });
            QVERIFY(f.start());
            f.app->dismissFirstRun();
            QQuickWindow* window = f.load();
            QVERIFY(window);
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QVERIFY(f.sendAndWait(QStringLiteral("Hello")));
            FakeScript lost{{think("Checking."), answer("Half of the "), answer("answer"), answer(" and the rest")}};
            lost.delayMs = 20;
            lost.throwKind = qwendesk::ErrorKind::DeviceLost;
            lost.throwAfterEvents = 3;
            lost.throwMessage = qstrcmp(gpu, "cuda") == 0
                                    ? "cudaStreamSynchronize: cudaErrorIllegalAddress (an illegal memory access was encountered): "
                                      "the CUDA context is unusable until the process exits"
                                    : "vkQueueSubmit on Vulkan device 'Test GPU' returned VK_ERROR_DEVICE_LOST (-4): the GPU "
                                      "driver reset the device (a crash or a timeout)";
            f.state->setScript(lost);
            QVERIFY(f.sendAndWait(QStringLiteral("Tell me more")));
            QVERIFY(f.app->deviceLost());
            QCOMPARE(f.app->canRestartApp(), qstrcmp(gpu, "cuda") == 0);
            QObject* banner = window->findChild<QObject*>(QStringLiteral("deviceLostBanner"));
            QVERIFY(banner);
            QVERIFY(QTest::qWaitFor([&] { return banner->property("visible").toBool(); }, 2000));
            QObject* restart = window->findChild<QObject*>(QStringLiteral("restartAppButton"));
            QVERIFY(restart);
            QCOMPARE(restart->property("visible").toBool(), f.app->canRestartApp());
            for (const char* name : {"reloadOnGpuButton", "continueOnCpuButton"}) {
                QObject* button = window->findChild<QObject*>(QString::fromLatin1(name));
                QVERIFY2(button && button->property("visible").toBool(), name);
            }
            QCOMPARE(f.app->messages()->data(f.app->messages()->index(3), qwendesk::ui::MessageModel::StatusRole).toString(),
                     QStringLiteral("interrupted"));
            for (const QString& theme : {QStringLiteral("dark"), QStringLiteral("light")}) {
                f.settings->setTheme(theme);
                for (const QString& code : qwendesk::app::Localization::translatedLanguages()) {
                    f.settings->setLanguage(code);
                    QTest::qWait(20);
                }
            }
            f.settings->setLanguage(QStringLiteral("en"));
            QTest::qWait(30);
            if (f.app->canRestartApp()) {
                QMetaObject::invokeMethod(restart, "clicked");
                QCOMPARE(relaunches, 1);
                QVERIFY(!f.app->store());  // closed for the new process
                continue;  // this "process" has ended: the Vulkan round shows the rest
            }

            QObject* cpu = window->findChild<QObject*>(QStringLiteral("continueOnCpuButton"));
            QMetaObject::invokeMethod(cpu, "clicked");
            QVERIFY(QTest::qWaitFor([&] { return f.app->modelState() == QLatin1String("ready"); }, 5000));
            QObject* session = window->findChild<QObject*>(QStringLiteral("sessionBackendBanner"));
            QVERIFY(session);
            QVERIFY(QTest::qWaitFor([&] { return session->property("visible").toBool() && !banner->property("visible").toBool(); }, 2000));
            f.state->setScript({{answer("On the CPU now.")}});
            QVERIFY(f.sendAndWait(QStringLiteral("Go on")));
            for (const QString& code : {QStringLiteral("ar"), QStringLiteral("ja"), QStringLiteral("de"), QStringLiteral("en")}) {
                f.settings->setLanguage(code);
                QTest::qWait(20);
            }
            f.app->reloadOnGpu();
            QVERIFY(QTest::qWaitFor([&] { return f.app->modelState() == QLatin1String("ready"); }, 5000));
            QVERIFY(QTest::qWaitFor([&] { return !session->property("visible").toBool(); }, 2000));
            QCOMPARE(relaunches, 0);
        }
        QVERIFY2(collectedWarnings().isEmpty(), qPrintable(collectedWarnings().join(QLatin1Char('\n'))));
    }

    void translationsAreCompiledIn() {
        const QStringList languages = qwendesk::app::Localization::translatedLanguages();
        for (const char* code : {"zh_CN", "zh_TW", "ja", "ko", "ar", "es", "fr", "de", "ru", "pt_BR", "id", "hi"})
            QVERIFY2(languages.contains(QString::fromLatin1(code)), code);
        qwendesk::app::Localization l10n;
        QVERIFY(l10n.apply(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("Composer", "Send"), QStringLiteral("Senden"));
        // Plural forms: Russian has three, Arabic six; each must be filled in.
        QVERIFY(l10n.apply(QStringLiteral("ru")));
        const QString one = QCoreApplication::translate("ThinkingPanel", "Thought for %n s", "", 1);
        const QString few = QCoreApplication::translate("ThinkingPanel", "Thought for %n s", "", 3);
        const QString many = QCoreApplication::translate("ThinkingPanel", "Thought for %n s", "", 12);
        QVERIFY(one.contains(QLatin1String("1")) && few.contains(QLatin1String("3")) && many.contains(QLatin1String("12")));
        QVERIFY(one != QStringLiteral("Thought for 1 s"));
        QVERIFY(l10n.apply(QStringLiteral("en")));
    }
};

int main(int argc, char** argv) {
    QTemporaryDir runtime;
    prepareGuiEnvironment(runtime.path().toLocal8Bit());
    qInstallMessageHandler(collectWarnings);
    QGuiApplication app(argc, argv);
    TstQmlLoad tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "tst_qml_load.moc"
