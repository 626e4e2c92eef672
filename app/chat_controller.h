// ChatController: what QML talks to (as `app`). It turns the user's intent (send, stop, regenerate, edit,
// fork, delete, browse versions, manage conversations) into history writes and engine jobs, and keeps the
// list models in step. The user's message is stored before generation starts; the answer is saved in
// small transactions as it streams. The engine runs on EngineWorker's thread: nothing here blocks.
//
// A GPU that stops responding mid-reply (the engine's ErrorKind::DeviceLost: Vulkan VK_ERROR_DEVICE_LOST, a
// sticky CUDA error) keeps what arrived as an interrupted answer and offers three ways on: load the same model
// again on the same backend, load it on the CPU for this session (the saved backend choice is not changed), or,
// for CUDA, which cannot use the GPU again in the same process, restart QwenDesk through a Relauncher.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

#include "engine_worker.h"
#include "history/history_store.h"
#include "models/conversation_list_model.h"
#include "models/message_model.h"

namespace qwendesk::app {

class Settings;

// Starts `program` with `arguments` as a new process and ends this one; false when it could not be started.
// The default starts the process detached and quits the application; tests inject their own.
using Relauncher = std::function<bool(const QString& program, const QStringList& arguments)>;
Relauncher defaultRelauncher();

class ChatController : public QObject {
    Q_OBJECT
    Q_PROPERTY(qwendesk::ui::ConversationListModel* conversations READ conversations CONSTANT)
    Q_PROPERTY(qwendesk::ui::MessageModel* messages READ messages CONSTANT)
    Q_PROPERTY(qwendesk::ui::SearchResultModel* searchResults READ searchResults CONSTANT)
    Q_PROPERTY(qint64 currentConversationId READ currentConversationId NOTIFY currentConversationChanged)
    Q_PROPERTY(QString currentTitle READ currentTitle NOTIFY currentConversationChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool thinkingEnabled READ thinkingEnabled WRITE setThinkingEnabled NOTIFY thinkingEnabledChanged)
    Q_PROPERTY(QString modelState READ modelState NOTIFY modelChanged)
    Q_PROPERTY(QString modelName READ modelName NOTIFY modelChanged)
    Q_PROPERTY(QString modelError READ modelError NOTIFY modelChanged)
    Q_PROPERTY(QString modelPath READ modelPath NOTIFY modelChanged)
    Q_PROPERTY(QString modelBackend READ modelBackend NOTIFY modelChanged)
    Q_PROPERTY(bool isDemoModel READ isDemoModel NOTIFY modelChanged)
    Q_PROPERTY(int contextUsed READ contextUsed NOTIFY contextChanged)
    Q_PROPERTY(int contextLength READ contextLength NOTIFY contextChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString historyError READ historyError NOTIFY historyErrorChanged)
    Q_PROPERTY(QString historyErrorKind READ historyErrorKind NOTIFY historyErrorChanged)
    Q_PROPERTY(QString undoTitle READ undoTitle NOTIFY undoChanged)
    Q_PROPERTY(bool firstRun READ firstRun NOTIFY firstRunChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    // The GPU stopped responding: the chat view shows what happened and the actions below.
    Q_PROPERTY(bool deviceLost READ deviceLost NOTIFY deviceLostChanged)
    Q_PROPERTY(QString deviceLostDetail READ deviceLostDetail NOTIFY deviceLostChanged)
    // CUDA cannot use the GPU again in this process: "Restart QwenDesk" is offered.
    Q_PROPERTY(bool canRestartApp READ canRestartApp NOTIFY deviceLostChanged)
    // "cpu" while this session runs on the CPU after a GPU failure; empty when the saved choice applies.
    Q_PROPERTY(QString sessionBackend READ sessionBackend NOTIFY deviceLostChanged)

public:
    ChatController(Settings* settings, EngineFactory factory, QString historyPath, QString demoModelPath,
                   QObject* parent = nullptr);
    ~ChatController() override;

    // Opens the history and loads the model (the demo model when none is set).
    void start();

    ui::ConversationListModel* conversations() { return &conversations_; }
    ui::MessageModel* messages() { return &messages_; }
    ui::SearchResultModel* searchResults() { return &searchResults_; }
    qint64 currentConversationId() const { return current_; }
    QString currentTitle() const;
    bool busy() const { return active_.has_value(); }
    bool thinkingEnabled() const { return thinkingEnabled_; }
    void setThinkingEnabled(bool on);
    QString modelState() const { return modelState_; }
    QString modelName() const { return modelName_; }
    QString modelError() const { return modelError_; }
    // The model in use or being loaded (the demo model when none is set).
    QString modelPath() const { return effectiveModelPath(); }
    // What the loaded engine reports it runs on ("cpu", "vulkan"; a remote engine's name); empty until loaded.
    QString modelBackend() const { return modelBackend_; }
    bool isDemoModel() const { return isDemo_; }
    int contextUsed() const { return contextUsed_; }
    int contextLength() const { return contextLength_; }
    QString errorMessage() const { return errorMessage_; }
    QString historyError() const { return historyError_; }
    QString historyErrorKind() const { return historyErrorKind_; }
    QString undoTitle() const { return undoTitle_; }
    bool firstRun() const { return firstRun_; }
    QString notice() const { return notice_; }
    bool deviceLost() const { return deviceLost_; }
    QString deviceLostDetail() const { return deviceLostDetail_; }
    bool canRestartApp() const { return deviceLost_ && needsRestart_; }
    QString sessionBackend() const { return sessionBackend_; }
    // What "Restart QwenDesk" runs (tests inject one that records instead of relaunching).
    void setRelauncher(Relauncher relauncher) { relauncher_ = std::move(relauncher); }
    // The arguments the restarted process gets: this one's, with the open conversation named
    // (--open-conversation ID) so it comes back where the user was.
    QStringList restartArguments() const;
    // The conversation named by --open-conversation in `arguments`, or 0.
    static qint64 conversationToOpen(const QStringList& arguments);
    HistoryStore* store() { return store_.get(); }
    EngineWorker* worker() { return worker_; }

    // Thinking mode for a message: /think or /no_think typed in it win over the toggle (the last one counts).
    static bool resolveThinking(const QString& text, bool toggle);

public Q_SLOTS:
    // Conversations
    void newConversation();
    void selectConversation(qint64 id);
    void renameConversation(qint64 id, const QString& title);
    void deleteConversation(qint64 id);
    void undoDelete();
    void search(const QString& query);
    void openSearchHit(qint64 conversationId, qint64 messageId);

    // Messages
    bool send(const QString& text);
    void stop();
    void regenerate(qint64 messageId);
    void editAndResend(qint64 messageId, const QString& text);
    void editAnswer(qint64 messageId, const QString& text);
    void forkFrom(qint64 messageId);
    void deleteMessage(qint64 messageId);
    void showVersion(qint64 messageId, int delta);
    void copyText(const QString& text);

    // Model and errors
    void chooseModel(const QUrl& url);
    void useDemoModel();
    void reloadModel();
    void dismissFirstRun();
    void dismissError();
    void dismissNotice();
    void moveDamagedHistoryAside();
    void retryOpenHistory();

    // After the GPU stopped responding: the same model and settings again on the same backend; the same model
    // on the CPU for this session only; or (CUDA) save everything and start QwenDesk again.
    void reloadOnGpu();
    void continueOnCpu();
    void restartApp();

Q_SIGNALS:
    void currentConversationChanged();
    void busyChanged();
    void thinkingEnabledChanged();
    void modelChanged();
    void contextChanged();
    void errorMessageChanged();
    void historyErrorChanged();
    void undoChanged();
    void firstRunChanged();
    void noticeChanged();
    void deviceLostChanged();
    // A message is complete (tests and the screenshot tool wait for this).
    void generationFinished(qint64 messageId);

    // To the worker thread
    void requestLoad(const QString& path, int contextLength, const QString& backend, int gpuLayers, const QString& expertsOnCpu);
    void requestGenerate(const qwendesk::app::GenerationJob& job);

private:
    struct Active {
        quint64 jobId = 0;
        qint64 messageId = 0;
        qint64 conversationId = 0;
        QString content;
        QString thinking;
        bool thinkingActive = false;
        qint64 thinkingMs = 0;
        QElapsedTimer thinkingClock;
        bool dirty = false;
        int droppedTurns = 0;
    };

    void openHistory();
    void reloadConversations();
    void reloadMessages();
    void setCurrent(qint64 id);
    void setError(const QString& message);
    void setNotice(const QString& message);
    void setContext(int used, int length);
    void startAnswer(qint64 userMessageId, bool thinking);
    qint64 activeThinkingMs() const;
    void saveStreaming();
    void onStarted(quint64 id, int promptTokens, int contextLength, int droppedTurns);
    void onThinking(quint64 id, const QString& text);
    void onAnswer(quint64 id, const QString& text);
    void onFinished(const GenerationOutcome& outcome);
    void onFailed(quint64 id, const QString& kind, const QString& message);
    void onLoaded(const LoadedModel& model);
    void onLoadFailed(const QString& kind, const QString& message);
    void setDeviceLost(const QString& message);
    void clearDeviceLost();
    void purgePendingDeletes();
    bool requireStore();
    QString notReadyMessage() const;
    QString effectiveModelPath() const;
    template <typename F> bool guarded(F&& f);

    Settings* settings_;
    QString historyPath_;
    QString demoModelPath_;
    std::unique_ptr<HistoryStore> store_;
    QThread thread_;
    EngineWorker* worker_ = nullptr;
    ui::ConversationListModel conversations_;
    ui::MessageModel messages_;
    ui::SearchResultModel searchResults_;

    qint64 current_ = 0;
    bool thinkingEnabled_ = true;
    QString modelState_ = QStringLiteral("none");
    QString modelName_;
    QString modelError_;
    QString loadedPath_;
    QString modelBackend_;
    bool isDemo_ = false;
    int contextUsed_ = 0;
    int contextLength_ = 0;
    QString errorMessage_;
    QString historyError_;
    QString historyErrorKind_;
    QString notice_;
    bool firstRun_ = false;
    std::optional<Active> active_;
    quint64 nextJobId_ = 0;
    QTimer saveTimer_;
    QList<qint64> pendingDeletes_;
    QString undoTitle_;
    QTimer undoTimer_;
    bool deviceLost_ = false;
    bool needsRestart_ = false;
    QString deviceLostDetail_;
    QString sessionBackend_;  // overrides the saved backend for this session ("cpu" after "Continue on the CPU")
    QString requestedBackend_;  // the backend the latest load asked for
    bool resettingSplit_ = false;  // another model was chosen: its split override returns to automatic, one reload
    Relauncher relauncher_ = defaultRelauncher();
};

}  // namespace qwendesk::app
