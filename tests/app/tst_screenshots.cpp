// Screenshots of the real UI on a fake engine, saved as build artefacts (QWENDESK_SCREENSHOT_DIR, default
// <build>/screenshots): light, dark, Arabic right to left, and a streaming answer with its thinking panel
// open (while thinking) and collapsed (once the answer started), Settings with remote engines, the model
// picker's fit table and Settings → Hardware, and a GPU (CUDA) that stopped responding mid-reply.
// docs/app.md describes them.
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>

#include "app_fixture.h"
#include "models_server.h"

class TstScreenshots : public QObject {
    Q_OBJECT
    QString outDir_;

    void save(QQuickWindow* window, const char* name) {
        QTest::qWait(150);
        // Opaque RGB: the window has no transparency, and dropping the alpha channel keeps the PNGs small.
        QImage image = window->grabWindow().convertToFormat(QImage::Format_RGB888);
        QVERIFY(!image.isNull());
        const QString path = QDir(outDir_).filePath(QString::fromLatin1(name) + QStringLiteral(".png"));
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
    }
    void seed(AppFixture& f) {
        f.state->setScript({{think("The user wants a small, safe example."), answer("Here is a function that sums a span:\n\n"),
                             answer("```cpp\n#include <span>\n\n// Adds every element.\nint sum(std::span<const int> v) {\n    int total = 0;\n    for (int x : v) total += x;\n    return total;\n}\n```\n\n"),
                             answer("It works with **arrays**, `std::vector` and `std::array` alike.")}});
        QVERIFY(f.sendAndWait(QStringLiteral("How do I sum an array in modern C++?")));
        f.state->setScript({{answer("Écrivez simplement `sum(v)`. 日本語も表示できます。")}});
        QVERIFY(f.sendAndWait(QStringLiteral("And how do I call it? /no_think")));
        f.app->newConversation();
        f.state->setScript({{answer("ok")}});
        QVERIFY(f.sendAndWait(QStringLiteral("Trip ideas for Kyoto")));
        f.app->selectConversation(f.app->conversations()->idAt(1));
    }
    QQuickWindow* show(AppFixture& f) {
        if (!f.start()) return nullptr;
        f.app->dismissFirstRun();
        QQuickWindow* w = f.load();
        if (w) {
            w->resize(1180, 760);
            QTest::qWaitForWindowExposed(w);
        }
        return w;
    }

private slots:
    void initTestCase() {
        outDir_ = qEnvironmentVariable("QWENDESK_SCREENSHOT_DIR", QStringLiteral(QWENDESK_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(outDir_));
    }

    void lightDarkAndArabic() {
        AppFixture f;
        f.settings->setLanguage(QStringLiteral("en"));
        f.settings->setTheme(QStringLiteral("light"));
        QQuickWindow* w = show(f);
        QVERIFY(w);
        seed(f);
        save(w, "light");
        f.settings->setTheme(QStringLiteral("dark"));
        save(w, "dark");
        f.settings->setTheme(QStringLiteral("light"));
        f.settings->setLanguage(QStringLiteral("ar"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        f.state->setScript({{think("يفكر النموذج في السؤال."), answer("مرحبا! هذا نص عربي من اليمين إلى اليسار.")}});
        QVERIFY(f.sendAndWait(QStringLiteral("مرحبا، كيف حالك؟")));
        save(w, "arabic-rtl");
        f.settings->setLanguage(QStringLiteral("en"));
    }

    // CUDA lost mid-reply: the partial answer kept as interrupted, the banner with its three actions.
    void deviceLost() {
        AppFixture f;
        f.settings->setLanguage(QStringLiteral("en"));
        f.settings->setTheme(QStringLiteral("light"));
        {
            std::lock_guard lock(f.state->mutex);
            f.state->gpuBackend = "cuda";
        }
        f.app->setRelauncher([](const QString&, const QStringList&) { return false; });
        QQuickWindow* w = show(f);
        QVERIFY(w);
        f.state->setScript({{answer("Kyoto in three days: Fushimi Inari at dawn, then Gion.")}});
        QVERIFY(f.sendAndWait(QStringLiteral("Plan three days in Kyoto")));
        FakeScript lost{{think("Day two should be Arashiyama."), answer("**Day 2.** Arashiyama: the bamboo grove early, "),
                         answer("then the monkey park and a boat on the Hozu"), answer(" river.")}};
        lost.throwKind = qwendesk::ErrorKind::DeviceLost;
        lost.throwAfterEvents = 3;
        lost.throwMessage = "cudaStreamSynchronize: cudaErrorIllegalAddress (an illegal memory access was encountered): the "
                            "CUDA context is unusable until the process exits";
        f.state->setScript(lost);
        QVERIFY(f.sendAndWait(QStringLiteral("More detail on day two")));
        QVERIFY(f.app->canRestartApp());
        save(w, "device-lost");
    }

    // Settings: the model chooser on a remote engine with the models its /v1/models lists, the remote engines
    // (one with a stored key, one without) and where the keys are kept.
    void remoteEngineSettings() {
        AppFixture f;
        f.settings->setLanguage(QStringLiteral("en"));
        f.settings->setTheme(QStringLiteral("light"));
        ModelsServer server({QStringLiteral("Qwen/Qwen3-235B-A22B"), QStringLiteral("Qwen/Qwen3-30B-A3B")});
        const QString gpu = f.remote->add(QStringLiteral("GPU cluster"), server.url(), QStringLiteral("sk-secret"));
        f.remote->add(QStringLiteral("Ollama on the workstation"), QStringLiteral("http://workstation:11434/v1"), {},
                      QStringLiteral("reasoning_effort"));
        QQuickWindow* w = show(f);
        QVERIFY(w);
        seed(f);
        QObject* settings = w->findChild<QObject*>(QStringLiteral("settingsDialog"));
        QVERIFY(settings);
        QMetaObject::invokeMethod(settings, "open");
        QObject* chooser = w->findChild<QObject*>(QStringLiteral("engineChooser"));
        QVERIFY(chooser);
        QMetaObject::invokeMethod(chooser, "show", Q_ARG(QVariant, gpu));
        QVERIFY(QTest::qWaitFor([&] { return chooser->property("models").toStringList().size() == 2; }, 5000));
        QTest::qWait(300);  // the dialog's open transition
        save(w, "settings-remote-engines");
    }

    // The model picker: the plan of the model in use and the Qwen3 models marked fits / tight / too large on a
    // described machine (an RTX 4060 with 16 GiB of RAM, every backend assumed built, as docs/hardware.md's
    // table), scrolled to Qwen3-8B and -14B where the verdicts change (splits with the CPU, tight, too large).
    void modelPicker() {
        AppFixture f;
        f.settings->setLanguage(QStringLiteral("en"));
        f.settings->setTheme(QStringLiteral("light"));
        f.settings->setContextLength(8192);
        f.settings->setModelPath(fixtureModelFile());
        QQuickWindow* w = show(f);
        QVERIFY(w);
        QObject* settings = w->findChild<QObject*>(QStringLiteral("settingsDialog"));
        QVERIFY(settings);
        QMetaObject::invokeMethod(settings, "open");
        QVERIFY(f.waitForPlan());
        QObject* fitList = w->findChild<QObject*>(QStringLiteral("modelFitList"));
        QVERIFY(fitList);
        fitList->setProperty("expanded", true);
        QObject* list = w->findChild<QObject*>(QStringLiteral("modelFitView"));
        QVERIFY(list);
        QVERIFY(QTest::qWaitFor([&] { return list->property("count").toInt() > 0; }, 2000));
        QTest::qWait(300);  // the dialog's open transition, and the rows laid out at their heights
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, 20), Q_ARG(int, 1 /* ListView.Beginning */));
        save(w, "model-picker");
    }

    // Settings → Hardware on this computer's real probe: CPU, RAM, GPUs and driver states, where the model
    // in use runs and why, and the backend override.
    void hardwareSettings() {
        AppFixture f(qwendesk::app::probeThisMachine());
        f.settings->setLanguage(QStringLiteral("en"));
        f.settings->setTheme(QStringLiteral("light"));
        f.settings->setContextLength(8192);
        f.settings->setModelPath(fixtureModelFile());
        QQuickWindow* w = show(f);
        QVERIFY(w);
        QObject* settings = w->findChild<QObject*>(QStringLiteral("settingsDialog"));
        QVERIFY(settings);
        QMetaObject::invokeMethod(settings, "open");
        QVERIFY(f.waitForPlan(30000));
        QTest::qWait(300);
        QVariant found;
        QMetaObject::invokeMethod(settings, "scrollTo", Q_RETURN_ARG(QVariant, found), Q_ARG(QVariant, QStringLiteral("hardwareSection")));
        QVERIFY(found.toBool());
        save(w, "settings-hardware");
    }

    // Settings → Hardware's split override on the tiny MoE fixture (described RTX 4060): 1 of 2 layers on the GPU,
    // the experts of layer 0 in RAM, and the plan "As asked" above it.
    void splitOverride() {
        const QString moe = QDir::cleanPath(QStringLiteral(QWENDESK_FIXTURES_DIR "/gguf/qwen3-tiny-moe-q8_0.gguf"));
        if (!QFileInfo::exists(moe)) QSKIP("the shared fixtures are not here");
        AppFixture f;
        f.settings->setLanguage(QStringLiteral("en"));
        f.settings->setTheme(QStringLiteral("light"));
        f.settings->setContextLength(8192);
        f.settings->setModelPath(moe);
        QQuickWindow* w = show(f);
        QVERIFY(w);
        QObject* settings = w->findChild<QObject*>(QStringLiteral("settingsDialog"));
        QVERIFY(settings);
        QMetaObject::invokeMethod(settings, "open");
        QVERIFY(f.waitForPlan());
        QVERIFY(QTest::qWaitFor([&] { return f.hardware->modelLayers() == 2; }, 5000));
        QVERIFY(f.hardware->setGpuLayers(1));
        QVERIFY(f.hardware->setExpertsOnCpu(QStringLiteral("0")));
        QVERIFY(QTest::qWaitFor([&] { return f.app->modelState() == QLatin1String("ready"); }, 5000));
        QVERIFY(f.waitForPlan());
        QTest::qWait(300);
        QVariant found;
        QMetaObject::invokeMethod(settings, "scrollTo", Q_RETURN_ARG(QVariant, found), Q_ARG(QVariant, QStringLiteral("splitControls")));
        QVERIFY(found.toBool());
        QTest::qWait(100);
        save(w, "settings-split");
    }

    void streamingThinkingPanel() {
        AppFixture f;
        f.settings->setLanguage(QStringLiteral("en"));
        f.settings->setTheme(QStringLiteral("light"));
        QQuickWindow* w = show(f);
        QVERIFY(w);
        FakeScript script;
        for (int i = 1; i <= 12; ++i)
            script.events.push_back({qwendesk::EventKind::Thinking,
                                     "Step " + std::to_string(i) + ": checking whether the list can be empty.\n"});
        for (const char* word : {"An ", "empty ", "list ", "sums ", "to ", "zero, ", "so ", "the ", "loop ", "needs ",
                                 "no ", "special ", "case. ", "Here ", "is ", "why: ", "the ", "initial ", "value ", "is ", "0."})
            script.events.push_back({qwendesk::EventKind::Answer, word});
        script.delayMs = 120;
        f.state->setScript(script);
        QVERIFY(f.app->send(QStringLiteral("What does sum() return for an empty list?")));
        auto row = [&] { return f.app->messages()->rowCount() - 1; };
        auto role = [&](int r) { return f.app->messages()->data(f.app->messages()->index(row()), r); };
        QVERIFY(QTest::qWaitFor([&] { return role(qwendesk::ui::MessageModel::ThinkingRole).toString().count(QLatin1Char('\n')) >= 8; }, 10000));
        save(w, "streaming-thinking-open");
        QVERIFY(QTest::qWaitFor([&] { return role(qwendesk::ui::MessageModel::ContentRole).toString().size() > 30; }, 10000));
        QVERIFY(!role(qwendesk::ui::MessageModel::ThinkingExpandedRole).toBool());
        save(w, "streaming-thinking-collapsed");
        QVERIFY(QTest::qWaitFor([&] { return !f.app->busy(); }, 10000));
    }
};

int main(int argc, char** argv) {
    QTemporaryDir runtime;
    prepareGuiEnvironment(runtime.path().toLocal8Bit());
    QGuiApplication app(argc, argv);
    TstScreenshots tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "tst_screenshots.moc"
