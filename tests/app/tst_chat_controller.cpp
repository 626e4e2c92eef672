// ChatController, EngineWorker and the list models driven without a window, with a fake engine behind the
// real Engine interface: the per-message thinking toggle reaching the engine, streaming saves, stop,
// versions, edits, forks, context policies, readable errors and the conversation list operations.
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
