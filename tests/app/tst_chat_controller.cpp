// ChatController, EngineWorker and the list models driven without a window, with a fake engine behind the
// real Engine interface: the per-message thinking toggle reaching the engine, streaming saves, stop,
// versions, edits, forks, context policies, readable errors and the conversation list operations; a GPU that
// stops responding mid-reply (the partial answer kept, reload on the GPU, continue on the CPU, restart).
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "chat_controller.h"
#include "fake_engine.h"
#include "settings.h"

using namespace qwendesk::app;
using qwendesk::ui::MessageModel;

class TstChatController : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> dir_;
    std::shared_ptr<FakeState> state_;
    std::unique_ptr<Settings> settings_;
    std::unique_ptr<ChatController> app_;

    QVariant roleAt(int row, int role) { return app_->messages()->data(app_->messages()->index(row), role); }
    bool waitIdle(int ms = 10000) {
        return QTest::qWaitFor([&] { return !app_->busy(); }, ms);
    }
    void sendAndWait(const QString& text) {
        QVERIFY(app_->send(text));
        QVERIFY(waitIdle());
    }
    static std::string contentOf(const qwendesk::GenerationRequest& r, int i) {
        return r.conversation["messages"][std::size_t(i)]["content"].get<std::string>();
    }
    qwendesk::EngineOptions lastOptions() {
        std::lock_guard lock(state_->mutex);
        return state_->lastOptions;
    }
    // Loads the model again with the fake engine reporting `gpu` as where it runs (the backend asked for stays
    // the saved "auto").
    void runOnGpu(const char* gpu) {
        {
            std::lock_guard lock(state_->mutex);
            state_->gpuBackend = gpu;
        }
        app_->reloadModel();
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready"); }, 5000));
        QCOMPARE(app_->modelBackend(), QString::fromLatin1(gpu));
    }
    // One complete exchange, then a reply during which the GPU is lost after a thought and two pieces of answer.
    void loseTheGpuMidReply(const std::string& message) {
        sendAndWait(QStringLiteral("first question"));
        FakeScript lost{{think("Working it out."), answer("Partial "), answer("answer"), answer(" never arrives")}};
        lost.throwKind = qwendesk::ErrorKind::DeviceLost;
        lost.throwAfterEvents = 3;
        lost.throwMessage = message;
        state_->setScript(lost);
        QVERIFY(app_->send(QStringLiteral("second question")));
        QVERIFY(waitIdle());
        QVERIFY(app_->deviceLost());
        state_->setScript({{answer("Hello"), answer(" again")}});
    }
    static std::string vulkanLost() {
        return "vkQueueSubmit on Vulkan device 'Test GPU' returned VK_ERROR_DEVICE_LOST (-4): the GPU driver reset the "
               "device (a crash or a timeout); results are lost and this backend cannot be used again";
    }
    static std::string cudaLost() {
        return "cudaStreamSynchronize: cudaErrorIllegalAddress (an illegal memory access was encountered): the CUDA "
               "context is unusable until the process exits; restart QwenDesk to use the GPU again";
    }

private slots:
    void init() {
        dir_ = std::make_unique<QTemporaryDir>();
        state_ = std::make_shared<FakeState>();
        state_->setScript({{think("Let me think."), think(" Still thinking."), answer("Hello"), answer(" world")}});
        settings_ = std::make_unique<Settings>(dir_->filePath(QStringLiteral("settings.ini")));
        app_ = std::make_unique<ChatController>(settings_.get(), fakeFactory(state_), dir_->filePath(QStringLiteral("h.db")),
                                                QStringLiteral("/opt/demo-model"));
        app_->start();
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready"); }, 5000));
    }
    void cleanup() {
        app_.reset();
        settings_.reset();
    }

    void firstRunUsesTheDemoModel() {
        QVERIFY(app_->firstRun());
        QVERIFY(app_->isDemoModel());
        QCOMPARE(app_->modelName(), QStringLiteral("Demo model"));
        app_->dismissFirstRun();
        QVERIFY(!app_->firstRun());
    }

    void thinkingToggleReachesEngine() {
        app_->setThinkingEnabled(true);
        sendAndWait(QStringLiteral("first question"));
        auto r = state_->last();
        QVERIFY(r.enable_thinking);
        QCOMPARE(r.sampling.temperature, 0.6f);  // the thinking preset
        QCOMPARE(r.sampling.top_p, 0.95f);

        app_->setThinkingEnabled(false);
        sendAndWait(QStringLiteral("second question"));
        r = state_->last();
        QVERIFY(!r.enable_thinking);
        QCOMPARE(r.sampling.temperature, 0.7f);  // the non-thinking preset follows the mode
        QCOMPARE(r.sampling.top_p, 0.8f);

        // Each message records the mode it was sent with.
        auto path = app_->store()->path(app_->store()->conversation(app_->currentConversationId())->leafId);
        QCOMPARE(path.size(), 4);
        QVERIFY(path[0].thinkingEnabled);
        QVERIFY(path[1].thinkingEnabled);
        QVERIFY(!path[2].thinkingEnabled);
        QVERIFY(path[3].sampling.contains(QStringLiteral("non_thinking")));
    }

    void slashCommandsOverrideTheToggle() {
        QVERIFY(!ChatController::resolveThinking(QStringLiteral("hi /no_think"), true));
        QVERIFY(ChatController::resolveThinking(QStringLiteral("/think hi"), false));
        QVERIFY(ChatController::resolveThinking(QStringLiteral("/no_think then /think"), false));
        QVERIFY(ChatController::resolveThinking(QStringLiteral("a path /thinking/x"), true));
        QVERIFY(!ChatController::resolveThinking(QStringLiteral("a path /thinking/x"), false));
        app_->setThinkingEnabled(true);
        sendAndWait(QStringLiteral("quick answer please /no_think"));
        QVERIFY(!state_->last().enable_thinking);
        app_->setThinkingEnabled(false);
        sendAndWait(QStringLiteral("/think reason carefully"));
        QVERIFY(state_->last().enable_thinking);
    }

    void streamingAnswerIsStoredWithThinkingApart() {
        sendAndWait(QStringLiteral("hello"));
        QCOMPARE(app_->messages()->rowCount(), 2);
        QCOMPARE(roleAt(1, MessageModel::ContentRole).toString(), QStringLiteral("Hello world"));
        QCOMPARE(roleAt(1, MessageModel::ThinkingRole).toString(), QStringLiteral("Let me think. Still thinking."));
        QCOMPARE(roleAt(1, MessageModel::ThinkingExpandedRole).toBool(), false);  // auto-collapsed
        QCOMPARE(roleAt(1, MessageModel::StatusRole).toString(), QStringLiteral("complete"));
        QVERIFY(roleAt(1, MessageModel::TokensPerSecondRole).toDouble() > 0);
        auto stored = app_->store()->message(roleAt(1, MessageModel::MessageIdRole).toLongLong());
        QCOMPARE(stored->content, QStringLiteral("Hello world"));
        QCOMPARE(stored->thinking, QStringLiteral("Let me think. Still thinking."));
        QCOMPARE(stored->generatedTokens, 4);
        QVERIFY(stored->contextUsed > 0);
        QCOMPARE(app_->contextLength(), 4096);
        QVERIFY(app_->contextUsed() > 0);
        QCOMPARE(app_->conversations()->rowCount(), 1);
        QCOMPARE(app_->currentTitle(), QStringLiteral("hello"));
    }

    void userMessageIsStoredBeforeGeneration() {
        FakeScript slow{{answer("a"), answer("b"), answer("c")}};
        slow.delayMs = 200;
        state_->setScript(slow);
        QVERIFY(app_->send(QStringLiteral("saved first")));
        // Right away, before any token: the question is on disk and the answer row says streaming.
        auto conv = app_->store()->conversation(app_->currentConversationId());
        auto path = app_->store()->path(conv->leafId);
        QCOMPARE(path.size(), 2);
        QCOMPARE(path[0].content, QStringLiteral("saved first"));
        QCOMPARE(path[1].status, QStringLiteral("streaming"));
        QVERIFY(waitIdle());
    }

    void earlierThoughtsAreNeverFedBack() {
        sendAndWait(QStringLiteral("one"));
        sendAndWait(QStringLiteral("two"));
        auto r = state_->last();
        QCOMPARE(r.conversation["messages"].size(), std::size_t(3));
        QCOMPARE(contentOf(r, 1), std::string("Hello world"));
        QVERIFY(r.conversation.dump().find("Let me think") == std::string::npos);
    }

    void systemPromptIsSent() {
        settings_->setSystemPrompt(QStringLiteral("You are terse."));
        sendAndWait(QStringLiteral("hi"));
        auto r = state_->last();
        QCOMPARE(r.conversation["messages"][0]["role"].get<std::string>(), std::string("system"));
    }

    void stopKeepsThePartialAnswer() {
        FakeScript slow;
        for (int i = 0; i < 200; ++i) slow.events.push_back(answer("x"));
        slow.delayMs = 10;
        state_->setScript(slow);
        QVERIFY(app_->send(QStringLiteral("long")));
        QVERIFY(QTest::qWaitFor([&] { return !roleAt(1, MessageModel::ContentRole).toString().isEmpty(); }, 5000));
        app_->stop();
        QVERIFY(waitIdle());
        QCOMPARE(roleAt(1, MessageModel::StatusRole).toString(), QStringLiteral("cancelled"));
        const QString partial = roleAt(1, MessageModel::ContentRole).toString();
        QVERIFY(!partial.isEmpty() && partial.size() < 200);
        QCOMPARE(app_->store()->message(roleAt(1, MessageModel::MessageIdRole).toLongLong())->content, partial);
    }

    void stopInTheMiddleOfThinking() {
        FakeScript slow;
        for (int i = 0; i < 200; ++i) slow.events.push_back(think("hmm "));
        slow.delayMs = 10;
        state_->setScript(slow);
        QVERIFY(app_->send(QStringLiteral("think long")));
        QVERIFY(QTest::qWaitFor([&] { return roleAt(1, MessageModel::ThinkingActiveRole).toBool(); }, 5000));
        QVERIFY(roleAt(1, MessageModel::ThinkingExpandedRole).toBool());  // open while thinking
        app_->stop();
        QVERIFY(waitIdle());
        QVERIFY(!roleAt(1, MessageModel::ThinkingActiveRole).toBool());
        QCOMPARE(roleAt(1, MessageModel::StatusRole).toString(), QStringLiteral("cancelled"));
        auto stored = app_->store()->message(roleAt(1, MessageModel::MessageIdRole).toLongLong());
        QVERIFY(stored->thinking.startsWith(QStringLiteral("hmm")));
        QVERIFY(stored->content.isEmpty());
    }

    void regenerateKeepsEarlierVersions() {
        sendAndWait(QStringLiteral("q"));
        const qint64 first = roleAt(1, MessageModel::MessageIdRole).toLongLong();
        state_->setScript({{answer("second version")}});
        app_->regenerate(first);
        QVERIFY(waitIdle());
        QCOMPARE(app_->messages()->rowCount(), 2);
        QCOMPARE(roleAt(1, MessageModel::ContentRole).toString(), QStringLiteral("second version"));
        QCOMPARE(roleAt(1, MessageModel::VersionCountRole).toInt(), 2);
        QCOMPARE(roleAt(1, MessageModel::VersionIndexRole).toInt(), 1);
        app_->showVersion(roleAt(1, MessageModel::MessageIdRole).toLongLong(), -1);
        QCOMPARE(roleAt(1, MessageModel::ContentRole).toString(), QStringLiteral("Hello world"));
        QCOMPARE(roleAt(1, MessageModel::VersionIndexRole).toInt(), 0);
        // The regenerated request did not include the answer it replaces.
        QCOMPARE(state_->last().conversation["messages"].size(), std::size_t(1));
    }

    void editAndResendBranches() {
        sendAndWait(QStringLiteral("original question"));
        const qint64 userId = roleAt(0, MessageModel::MessageIdRole).toLongLong();
        state_->setScript({{answer("answer to edit")}});
        app_->editAndResend(userId, QStringLiteral("edited question"));
        QVERIFY(waitIdle());
        QCOMPARE(roleAt(0, MessageModel::ContentRole).toString(), QStringLiteral("edited question"));
        QCOMPARE(roleAt(0, MessageModel::VersionCountRole).toInt(), 2);
        QCOMPARE(roleAt(1, MessageModel::ContentRole).toString(), QStringLiteral("answer to edit"));
        QCOMPARE(contentOf(state_->last(), 0), std::string("edited question"));
        app_->showVersion(roleAt(0, MessageModel::MessageIdRole).toLongLong(), -1);
        QCOMPARE(roleAt(0, MessageModel::ContentRole).toString(), QStringLiteral("original question"));
        QCOMPARE(roleAt(1, MessageModel::ContentRole).toString(), QStringLiteral("Hello world"));
    }

    void editingAnAnswerWithThoughtsSplitsThem() {
        sendAndWait(QStringLiteral("q"));
        const int row = 1;
        const QString editable = app_->messages()->editableText(row);
        QVERIFY(editable.startsWith(QStringLiteral("<think>")));
        app_->editAnswer(roleAt(row, MessageModel::MessageIdRole).toLongLong(),
                         QStringLiteral("<think>\nnew thought\n</think>\n\nnew answer<think>second</think> tail"));
        // The splitter drops whitespace that only pads a section (its documented rule).
        QCOMPARE(roleAt(row, MessageModel::ContentRole).toString(), QStringLiteral("new answertail"));
        QVERIFY(roleAt(row, MessageModel::ThinkingRole).toString().contains(QStringLiteral("new thought")));
        QVERIFY(roleAt(row, MessageModel::ThinkingRole).toString().contains(QStringLiteral("second")));
        // The edited answer, without its thoughts, is what the next turn sees.
        sendAndWait(QStringLiteral("next"));
        QCOMPARE(contentOf(state_->last(), 1), std::string("new answertail"));
    }

    void forkCopiesThePathIntoANewConversation() {
        sendAndWait(QStringLiteral("one"));
        sendAndWait(QStringLiteral("two"));
        const qint64 original = app_->currentConversationId();
        const qint64 firstAnswer = roleAt(1, MessageModel::MessageIdRole).toLongLong();
        app_->forkFrom(firstAnswer);
        QVERIFY(app_->currentConversationId() != original);
        QCOMPARE(app_->messages()->rowCount(), 2);
        QCOMPARE(app_->conversations()->rowCount(), 2);
        QVERIFY(app_->currentTitle().endsWith(QStringLiteral("(fork)")));
        auto conv = app_->store()->conversation(app_->currentConversationId());
        QCOMPARE(conv->forkedFromConversation, original);
        QCOMPARE(conv->forkedFromMessage, firstAnswer);
        QCOMPARE(app_->store()->path(app_->store()->conversation(original)->leafId).size(), 4);  // untouched
    }

    void deleteMessageRemovesWhatFollows() {
        sendAndWait(QStringLiteral("one"));
        sendAndWait(QStringLiteral("two"));
        app_->deleteMessage(roleAt(2, MessageModel::MessageIdRole).toLongLong());
        QCOMPARE(app_->messages()->rowCount(), 2);
    }

    void contextPolicyStopSaysSo() {
        FakeScript small{{answer("ok")}};
        small.contextLength = 40;  // 30 tokens for the prompt, 10 reserved for the answer
        state_->setScript(small);
        QTest::qWait(10);
        app_->reloadModel();
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready"); }, 5000));
        settings_->setContextPolicy(QStringLiteral("stop"));
        const QString longText = QString(QStringLiteral("word ")).repeated(40);
        QVERIFY(app_->send(longText));
        QVERIFY(waitIdle());
        QVERIFY(app_->errorMessage().contains(QStringLiteral("context")));
        QCOMPARE(roleAt(1, MessageModel::StatusRole).toString(), QStringLiteral("error"));
        QVERIFY(!roleAt(1, MessageModel::ErrorTextRole).toString().isEmpty());
        QCOMPARE(roleAt(0, MessageModel::ContentRole).toString(), longText);  // the question is kept
    }

    void contextPolicyDropOldestKeepsSystemPrompt() {
        FakeScript small{{answer("ok")}};
        small.contextLength = 40;
        state_->setScript(small);
        app_->reloadModel();
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready"); }, 5000));
        settings_->setSystemPrompt(QStringLiteral("be brief"));
        settings_->setContextPolicy(QStringLiteral("dropOldest"));
        for (int i = 0; i < 5; ++i) sendAndWait(QStringLiteral("turn %1 with several words in it").arg(i));
        QVERIFY(app_->errorMessage().isEmpty());
        auto r = state_->last();
        QCOMPARE(r.conversation["messages"][0]["content"].get<std::string>(), std::string("be brief"));
        QVERIFY(r.conversation.dump().find("turn 0") == std::string::npos);
        QVERIFY(r.conversation.dump().find("turn 4") != std::string::npos);
        const int last = app_->messages()->rowCount() - 1;
        QVERIFY(roleAt(last, MessageModel::DroppedMessagesRole).toInt() > 0);  // shown, never silent
    }

    void contextPolicyTruncateMiddleKeepsFirstExchange() {
        FakeScript small{{answer("ok")}};
        small.contextLength = 48;
        state_->setScript(small);
        app_->reloadModel();
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready"); }, 5000));
        settings_->setContextPolicy(QStringLiteral("truncateMiddle"));
        for (int i = 0; i < 5; ++i) sendAndWait(QStringLiteral("turn %1 with several words in it").arg(i));
        auto dump = state_->last().conversation.dump();
        QVERIFY(dump.find("turn 0") != std::string::npos);
        QVERIFY(dump.find("turn 1") == std::string::npos);
        QVERIFY(dump.find("turn 4") != std::string::npos);
    }

    void fitToContextUnit() {
        auto count = [](const QList<ChatTurn>& t) { return int(t.size()) * 10; };
        QList<ChatTurn> turns;
        for (int i = 0; i < 7; ++i) turns.append({i % 2 ? QStringLiteral("assistant") : QStringLiteral("user"), QString::number(i)});
        auto stop = fitToContext(turns, count, 35, ContextPolicy::Stop);
        QVERIFY(!stop.fits);
        QCOMPARE(stop.dropped, 0);
        auto drop = fitToContext(turns, count, 35, ContextPolicy::DropOldest);
        QVERIFY(drop.fits);
        QCOMPARE(drop.turns.first().content, QStringLiteral("4"));
        QCOMPARE(drop.turns.first().role, QStringLiteral("user"));
        QCOMPARE(drop.dropped, 4);
        auto middle = fitToContext(turns, count, 45, ContextPolicy::TruncateMiddle);
        QVERIFY(middle.fits);
        QCOMPARE(middle.turns[0].content, QStringLiteral("0"));
        QCOMPARE(middle.turns[1].content, QStringLiteral("1"));
        QCOMPARE(middle.turns.last().content, QStringLiteral("6"));
        auto impossible = fitToContext(turns, count, 5, ContextPolicy::DropOldest);
        QVERIFY(!impossible.fits);
    }

    void modelLoadFailureIsReadable() {
        settings_->setModelPath(QStringLiteral("/nowhere/missing-model"));
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("error"); }, 5000));
        QVERIFY(app_->modelError().contains(QStringLiteral("could not be loaded")));
        QVERIFY(app_->modelError().contains(QStringLiteral("missing-model")));
        QVERIFY(!app_->send(QStringLiteral("hello")));
        QVERIFY(!app_->errorMessage().isEmpty());
        app_->useDemoModel();
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready"); }, 5000));
        QVERIFY(app_->isDemoModel());
    }

    void outOfMemoryIsReadable() {
        FakeScript oom;
        oom.throwKind = qwendesk::ErrorKind::OutOfMemory;
        state_->setScript(oom);
        QVERIFY(app_->send(QStringLiteral("hello")));
        QVERIFY(waitIdle());
        QVERIFY(app_->errorMessage().contains(QStringLiteral("Out of memory")));
        QCOMPARE(roleAt(1, MessageModel::StatusRole).toString(), QStringLiteral("error"));
    }

    // The GPU is lost mid-reply: what streamed is kept as an interrupted answer, what the user wrote is kept, and
    // the controller says so with its ways on; nothing is sent to the dead engine.
    void deviceLostKeepsThePartialAnswer() {
        runOnGpu("vulkan");
        QSignalSpy lostSpy(app_.get(), &ChatController::deviceLostChanged);
        loseTheGpuMidReply(vulkanLost());
        QVERIFY(lostSpy.count() >= 1);
        QCOMPARE(app_->messages()->rowCount(), 4);
        QCOMPARE(roleAt(2, MessageModel::ContentRole).toString(), QStringLiteral("second question"));
        QCOMPARE(roleAt(3, MessageModel::StatusRole).toString(), QStringLiteral("interrupted"));
        QCOMPARE(roleAt(3, MessageModel::ContentRole).toString(), QStringLiteral("Partial answer"));
        QVERIFY(roleAt(3, MessageModel::ErrorTextRole).toString().contains(QStringLiteral("GPU stopped responding")));
        const qint64 answerId = roleAt(3, MessageModel::MessageIdRole).toLongLong();
        auto stored = app_->store()->message(answerId);
        QCOMPARE(stored->status, QStringLiteral("interrupted"));
        QCOMPARE(stored->content, QStringLiteral("Partial answer"));
        QCOMPARE(stored->thinking, QStringLiteral("Working it out."));
        auto question = app_->store()->message(stored->parentId);
        QCOMPARE(question->content, QStringLiteral("second question"));
        QCOMPARE(question->role, QStringLiteral("user"));

        QVERIFY(app_->deviceLost());
        QVERIFY(!app_->canRestartApp());  // Vulkan: a new device in the same process is enough
        QVERIFY(app_->deviceLostDetail().contains(QStringLiteral("VK_ERROR_DEVICE_LOST")));
        QCOMPARE(app_->modelState(), QStringLiteral("error"));
        QVERIFY(app_->modelError().contains(QStringLiteral("GPU stopped responding")));
        QVERIFY(app_->errorMessage().isEmpty());  // the GPU banner says it; no second banner
        QVERIFY(!app_->busy());
        QCOMPARE(app_->sessionBackend(), QString());

        // Sending now is refused with a message that says why (the composer keeps the text).
        const auto requests = state_->requests.size();
        QVERIFY(!app_->send(QStringLiteral("third question")));
        QVERIFY(app_->errorMessage().contains(QStringLiteral("GPU stopped responding")));
        app_->regenerate(answerId);
        QCOMPARE(state_->requests.size(), requests);
        QCOMPARE(app_->messages()->rowCount(), 4);
        QCOMPARE(settings_->backend(), QStringLiteral("auto"));
    }

    // "Continue on the CPU": the same model and context on backend "cpu" for this session; the saved choice is
    // unchanged, regenerate and the next message work, and choosing a backend in Settings ends the override.
    void continueOnCpuReloadsOnTheCpu() {
        runOnGpu("vulkan");
        const qwendesk::EngineOptions before = lastOptions();
        QCOMPARE(before.backend, std::string("auto"));
        loseTheGpuMidReply(vulkanLost());
        const qint64 interrupted = roleAt(3, MessageModel::MessageIdRole).toLongLong();
        const int loads = state_->loads;
        app_->continueOnCpu();
        QVERIFY(!app_->deviceLost());
        QVERIFY(QTest::qWaitFor([&] { return state_->loads > loads && app_->modelState() == QLatin1String("ready"); }, 5000));
        QCOMPARE(state_->loads, loads + 1);
        const qwendesk::EngineOptions options = lastOptions();
        QCOMPARE(options.backend, std::string("cpu"));
        QCOMPARE(options.model, before.model);
        QCOMPARE(options.context_length, before.context_length);
        QCOMPARE(app_->modelBackend(), QStringLiteral("cpu"));
        QCOMPARE(app_->sessionBackend(), QStringLiteral("cpu"));
        QCOMPARE(settings_->backend(), QStringLiteral("auto"));
        QCOMPARE(Settings(dir_->filePath(QStringLiteral("settings.ini"))).backend(), QStringLiteral("auto"));

        // Regenerate the interrupted answer: a new version beside the kept partial one.
        state_->setScript({{answer("Full answer on the CPU")}});
        app_->regenerate(interrupted);
        QVERIFY(waitIdle());
        QVERIFY(!app_->deviceLost());
        QCOMPARE(roleAt(3, MessageModel::ContentRole).toString(), QStringLiteral("Full answer on the CPU"));
        QCOMPARE(roleAt(3, MessageModel::StatusRole).toString(), QStringLiteral("complete"));
        QCOMPARE(roleAt(3, MessageModel::VersionCountRole).toInt(), 2);
        auto r = state_->last();
        QCOMPARE(r.conversation["messages"].size(), std::size_t(3));
        QCOMPARE(contentOf(r, 2), std::string("second question"));
        QCOMPARE(app_->store()->message(interrupted)->content, QStringLiteral("Partial answer"));

        state_->setScript({{answer("And the next one.")}});
        sendAndWait(QStringLiteral("third question"));
        QCOMPARE(app_->messages()->rowCount(), 6);
        QCOMPARE(roleAt(5, MessageModel::StatusRole).toString(), QStringLiteral("complete"));
        QCOMPARE(state_->loads, loads + 1);  // no reload in between

        // A reload for another reason (the context length) stays on the CPU for the session...
        settings_->setContextLength(8192);
        QVERIFY(QTest::qWaitFor([&] { return state_->loads > loads + 1 && app_->modelState() == QLatin1String("ready"); }, 5000));
        QCOMPARE(lastOptions().backend, std::string("cpu"));
        // ...until the user chooses a backend in Settings.
        settings_->setBackend(QStringLiteral("cpu"));
        QVERIFY(QTest::qWaitFor([&] { return state_->loads > loads + 2 && app_->modelState() == QLatin1String("ready"); }, 5000));
        QCOMPARE(app_->sessionBackend(), QString());
    }

    // "Reload on the GPU": the same model, context and backend as the load that failed; the conversation goes on,
    // with the kept partial answer part of it.
    void reloadOnGpuUsesTheSameBackend() {
        settings_->setContextLength(6144);
        QVERIFY(QTest::qWaitFor([&] { return lastOptions().context_length == 6144 && app_->modelState() == QLatin1String("ready"); }, 5000));
        runOnGpu("vulkan");
        const qwendesk::EngineOptions before = lastOptions();
        loseTheGpuMidReply(vulkanLost());
        const int loads = state_->loads;
        app_->reloadOnGpu();
        QVERIFY(!app_->deviceLost());
        QVERIFY(QTest::qWaitFor([&] { return state_->loads > loads && app_->modelState() == QLatin1String("ready"); }, 5000));
        const qwendesk::EngineOptions options = lastOptions();
        QCOMPARE(options.backend, before.backend);
        QCOMPARE(options.backend, std::string("auto"));
        QCOMPARE(options.model, before.model);
        QCOMPARE(options.context_length, 6144);
        QCOMPARE(app_->modelBackend(), QStringLiteral("vulkan"));
        QCOMPARE(app_->sessionBackend(), QString());

        sendAndWait(QStringLiteral("go on"));
        QCOMPARE(app_->messages()->rowCount(), 6);
        QCOMPARE(roleAt(5, MessageModel::ContentRole).toString(), QStringLiteral("Hello again"));
        auto r = state_->last();
        QCOMPARE(r.conversation["messages"].size(), std::size_t(5));
        QCOMPARE(contentOf(r, 3), std::string("Partial answer"));  // what arrived is part of the conversation
        QCOMPARE(contentOf(r, 4), std::string("go on"));

        // From the CPU back to the GPU: "Try the GPU again" ends the session override.
        loseTheGpuMidReply(vulkanLost());
        app_->continueOnCpu();
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready"); }, 5000));
        QCOMPARE(app_->sessionBackend(), QStringLiteral("cpu"));
        app_->reloadOnGpu();
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready") && lastOptions().backend == "auto"; }, 5000));
        QCOMPARE(app_->sessionBackend(), QString());
        QCOMPARE(app_->modelBackend(), QStringLiteral("vulkan"));
    }

    // CUDA cannot use the GPU again in the same process: "Restart QwenDesk" is offered, the GPU reload fails the
    // same way, the CPU still works, and restarting hands the injected relauncher this program and the open
    // conversation; the new process finds everything.
    void cudaDeviceLostOffersRestart() {
        runOnGpu("cuda");
        loseTheGpuMidReply(cudaLost());
        QVERIFY(app_->canRestartApp());
        const qint64 conversation = app_->currentConversationId();
        const qint64 interrupted = roleAt(3, MessageModel::MessageIdRole).toLongLong();

        // The GPU reload fails with DeviceLost at load: the same banner, restart still offered.
        {
            std::lock_guard lock(state_->mutex);
            state_->gpuGone = "CUDA: the context was lost earlier in this process; restart QwenDesk to use the GPU again";
        }
        const int loads = state_->loads;
        app_->reloadOnGpu();
        QVERIFY(QTest::qWaitFor([&] { return state_->loads > loads && app_->deviceLost(); }, 5000));
        QVERIFY(app_->canRestartApp());
        QVERIFY(app_->deviceLostDetail().contains(QStringLiteral("restart QwenDesk")));
        QCOMPARE(app_->modelState(), QStringLiteral("error"));

        // A relauncher that fails: the history is open again, the conversation still shown, and the user is told.
        int calls = 0;
        app_->setRelauncher([&](const QString&, const QStringList&) { return ++calls, false; });
        app_->restartApp();
        QCOMPARE(calls, 1);
        QVERIFY(app_->store());
        QVERIFY(app_->errorMessage().contains(QStringLiteral("could not restart")));
        QCOMPARE(app_->currentConversationId(), conversation);
        QCOMPARE(app_->messages()->rowCount(), 4);

        QString program;
        QStringList arguments;
        app_->setRelauncher([&](const QString& p, const QStringList& a) {
            program = p;
            arguments = a;
            return true;
        });
        app_->restartApp();
        QCOMPARE(program, QCoreApplication::applicationFilePath());
        QCOMPARE(ChatController::conversationToOpen(arguments), conversation);
        QCOMPARE(arguments.count(QStringLiteral("--open-conversation")), 1);
        QVERIFY(!app_->store());  // closed for the new process

        // The new process: the interrupted answer and the question are there, and the GPU works again.
        app_.reset();
        {
            std::lock_guard lock(state_->mutex);
            state_->gpuGone.clear();
        }
        app_ = std::make_unique<ChatController>(settings_.get(), fakeFactory(state_), dir_->filePath(QStringLiteral("h.db")),
                                                QStringLiteral("/opt/demo-model"));
        app_->start();
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready"); }, 5000));
        QCOMPARE(app_->modelBackend(), QStringLiteral("cuda"));
        app_->selectConversation(ChatController::conversationToOpen(arguments));
        QCOMPARE(app_->messages()->rowCount(), 4);
        QCOMPARE(app_->store()->message(interrupted)->status, QStringLiteral("interrupted"));
        QCOMPARE(app_->store()->message(interrupted)->content, QStringLiteral("Partial answer"));
        app_->regenerate(interrupted);
        QVERIFY(waitIdle());
        QCOMPARE(roleAt(3, MessageModel::ContentRole).toString(), QStringLiteral("Hello again"));
        QCOMPARE(roleAt(3, MessageModel::StatusRole).toString(), QStringLiteral("complete"));
    }

    // The same reply with nothing streamed yet (lost before the first token) and a CUDA failure at load after it:
    // "Continue on the CPU" still works in the same process.
    void cudaLostBeforeAnyTokenContinuesOnCpu() {
        runOnGpu("cuda");
        FakeScript lost;
        lost.throwKind = qwendesk::ErrorKind::DeviceLost;
        lost.throwMessage = cudaLost();
        state_->setScript(lost);
        QVERIFY(app_->send(QStringLiteral("question")));
        QVERIFY(waitIdle());
        QVERIFY(app_->canRestartApp());
        QCOMPARE(roleAt(1, MessageModel::StatusRole).toString(), QStringLiteral("interrupted"));
        QCOMPARE(roleAt(0, MessageModel::ContentRole).toString(), QStringLiteral("question"));
        {
            std::lock_guard lock(state_->mutex);
            state_->gpuGone = cudaLost();
        }
        state_->setScript({{answer("on the CPU")}});
        app_->continueOnCpu();
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready"); }, 5000));
        QVERIFY(!app_->canRestartApp());
        QCOMPARE(lastOptions().backend, std::string("cpu"));
        app_->regenerate(roleAt(1, MessageModel::MessageIdRole).toLongLong());
        QVERIFY(waitIdle());
        QCOMPARE(roleAt(1, MessageModel::ContentRole).toString(), QStringLiteral("on the CPU"));
    }

    void restartArgumentsNameTheOpenConversation() {
        QCOMPARE(ChatController::conversationToOpen({QStringLiteral("--open-conversation"), QStringLiteral("42")}), 42);
        QCOMPARE(ChatController::conversationToOpen({QStringLiteral("--other")}), 0);
        QCOMPARE(ChatController::conversationToOpen({QStringLiteral("--open-conversation")}), 0);
        QVERIFY(!app_->restartArguments().contains(QStringLiteral("--open-conversation")));  // none open
        sendAndWait(QStringLiteral("q"));
        const QStringList args = app_->restartArguments();
        QCOMPARE(ChatController::conversationToOpen(args), app_->currentConversationId());
    }

    void conversationListOperations() {
        sendAndWait(QStringLiteral("alpha conversation about rockets"));
        const qint64 a = app_->currentConversationId();
        app_->newConversation();
        QCOMPARE(app_->currentConversationId(), 0);
        QCOMPARE(app_->messages()->rowCount(), 0);
        sendAndWait(QStringLiteral("beta conversation about gardens"));
        const qint64 b = app_->currentConversationId();
        QVERIFY(a != b);
        QCOMPARE(app_->conversations()->rowCount(), 2);
        QCOMPARE(app_->conversations()->idAt(0), b);  // most recent first

        app_->renameConversation(a, QStringLiteral("Rockets"));
        QCOMPARE(app_->conversations()->titleAt(app_->conversations()->rowOf(a)), QStringLiteral("Rockets"));
        app_->renameConversation(a, QStringLiteral("   "));  // blank titles are refused
        QCOMPARE(app_->conversations()->titleAt(app_->conversations()->rowOf(a)), QStringLiteral("Rockets"));

        app_->search(QStringLiteral("gardens"));
        QCOMPARE(app_->searchResults()->rowCount(), 1);
        app_->search(QStringLiteral("Hello world"));  // answers are searched too
        QCOMPARE(app_->searchResults()->rowCount(), 2);

        app_->selectConversation(a);
        QCOMPARE(app_->messages()->rowCount(), 2);
        app_->deleteConversation(a);
        QCOMPARE(app_->conversations()->rowCount(), 1);
        QCOMPARE(app_->undoTitle(), QStringLiteral("Rockets"));
        QCOMPARE(app_->currentConversationId(), 0);
        app_->undoDelete();
        QCOMPARE(app_->conversations()->rowCount(), 2);
        QCOMPARE(app_->currentConversationId(), a);
        QCOMPARE(app_->messages()->rowCount(), 2);

        app_->deleteConversation(b);
        app_->deleteConversation(a);  // the earlier deletion becomes final
        QCOMPARE(app_->conversations()->rowCount(), 0);
        app_->undoDelete();
        QCOMPARE(app_->conversations()->rowCount(), 1);
        QVERIFY(!app_->store()->conversation(b));  // purged
    }

    void interruptedAnswersAreReportedAtStart() {
        sendAndWait(QStringLiteral("q"));
        const qint64 id = roleAt(1, MessageModel::MessageIdRole).toLongLong();
        auto r = app_->store()->message(id);
        r->status = QStringLiteral("streaming");
        app_->store()->updateMessage(*r);
        app_.reset();  // the next start finds it streaming
        app_ = std::make_unique<ChatController>(settings_.get(), fakeFactory(state_), dir_->filePath(QStringLiteral("h.db")),
                                                QStringLiteral("/opt/demo-model"));
        app_->start();
        QVERIFY(app_->notice().contains(QStringLiteral("interrupted")));
        QCOMPARE(app_->store()->message(id)->status, QStringLiteral("interrupted"));
    }

    void corruptHistoryOffersAWayOut() {
        app_.reset();
        const QString path = dir_->filePath(QStringLiteral("bad.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'z'));
        f.close();
        app_ = std::make_unique<ChatController>(settings_.get(), fakeFactory(state_), path, QStringLiteral("/opt/demo-model"));
        app_->start();
        QCOMPARE(app_->historyErrorKind(), QStringLiteral("corrupt"));
        QVERIFY(!app_->historyError().isEmpty());
        app_->moveDamagedHistoryAside();
        QVERIFY(app_->historyError().isEmpty());
        QVERIFY(app_->notice().contains(QStringLiteral("damaged")));
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready"); }, 5000));
        sendAndWait(QStringLiteral("works again"));
    }
};

QTEST_MAIN(TstChatController)
#include "tst_chat_controller.moc"
