#include "chat_controller.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include "backend_choice.h"
#include "settings.h"

namespace qwendesk::app {
namespace {

QString samplingJson(const qwendesk::SamplingParams& p, const QString& preset) {
    QJsonObject o{{QStringLiteral("preset"), preset},
                  {QStringLiteral("temperature"), double(p.temperature)},
                  {QStringLiteral("top_p"), double(p.top_p)},
                  {QStringLiteral("top_k"), p.top_k},
                  {QStringLiteral("min_p"), double(p.min_p)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString titleFrom(const QString& text) {
    QString line = text.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    line.remove(QRegularExpression(QStringLiteral("(^|\\s)/(no_)?think(?=\\s|$)")));
    line = line.simplified();
    if (line.size() > 48) line = line.left(47) + QChar(0x2026);
    return line.isEmpty() ? ChatController::tr("New chat") : line;
}

// CUDA cannot use the GPU again in the process where a sticky error happened (docs/cuda.md): only a new
// process can. The engine's message or the backend's name says whether CUDA was in use.
bool cudaNeedsNewProcess(const QString& message, const QString& loadedBackend, const QString& requestedBackend) {
    const QLatin1String cuda("cuda");
    return message.contains(cuda, Qt::CaseInsensitive) || loadedBackend.contains(cuda, Qt::CaseInsensitive) ||
           requestedBackend.contains(cuda, Qt::CaseInsensitive);
}

QString openConversationFlag() { return QStringLiteral("--open-conversation"); }

}  // namespace

Relauncher defaultRelauncher() {
    return [](const QString& program, const QStringList& arguments) {
        if (!QProcess::startDetached(program, arguments)) return false;
        QCoreApplication::quit();
        return true;
    };
}

ChatController::ChatController(Settings* settings, EngineFactory factory, QString historyPath, QString demoModelPath,
                               QObject* parent)
    : QObject(parent), settings_(settings), historyPath_(std::move(historyPath)), demoModelPath_(std::move(demoModelPath)) {
    worker_ = new EngineWorker(std::move(factory));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(this, &ChatController::requestLoad, worker_, &EngineWorker::load);
    connect(this, &ChatController::requestGenerate, worker_, &EngineWorker::generate);
    connect(worker_, &EngineWorker::loaded, this, &ChatController::onLoaded);
    connect(worker_, &EngineWorker::loadFailed, this, &ChatController::onLoadFailed);
    connect(worker_, &EngineWorker::started, this, &ChatController::onStarted);
    connect(worker_, &EngineWorker::thinkingDelta, this, &ChatController::onThinking);
    connect(worker_, &EngineWorker::answerDelta, this, &ChatController::onAnswer);
    connect(worker_, &EngineWorker::finished, this, &ChatController::onFinished);
    connect(worker_, &EngineWorker::failed, this, &ChatController::onFailed);
    thread_.setObjectName(QStringLiteral("engine"));
    thread_.start();

    saveTimer_.setInterval(250);  // the streaming answer reaches the disk at least 4 times a second
    connect(&saveTimer_, &QTimer::timeout, this, &ChatController::saveStreaming);
    undoTimer_.setSingleShot(true);
    undoTimer_.setInterval(10000);
    connect(&undoTimer_, &QTimer::timeout, this, &ChatController::purgePendingDeletes);

    thinkingEnabled_ = settings_->thinkingDefault();
    messages_.setAutoCollapseThinking(settings_->autoCollapseThinking());
    connect(settings_, &Settings::autoCollapseThinkingChanged, this,
            [this] { messages_.setAutoCollapseThinking(settings_->autoCollapseThinking()); });
    connect(settings_, &Settings::modelPathChanged, this, [this] {
        // A layer count or layer list belongs to one model: another model starts with the planner's split.
        resettingSplit_ = true;
        settings_->setGpuLayers(-1);
        settings_->setExpertsOnCpu(QStringLiteral("auto"));
        resettingSplit_ = false;
        reloadModel();
    });
    connect(settings_, &Settings::gpuLayersChanged, this, [this] {
        if (!resettingSplit_) reloadModel();
    });
    connect(settings_, &Settings::expertsOnCpuChanged, this, [this] {
        if (!resettingSplit_) reloadModel();
    });
    connect(settings_, &Settings::contextLengthChanged, this, &ChatController::reloadModel);
    connect(settings_, &Settings::backendChanged, this, [this] {
        // The user chose a backend in Settings: it wins over "Continue on the CPU".
        if (!sessionBackend_.isEmpty()) {
            sessionBackend_.clear();
            Q_EMIT deviceLostChanged();
        }
        reloadModel();
    });
}

ChatController::~ChatController() {
    if (active_) {
        worker_->cancel(active_->jobId);
        saveStreaming();
    }
    thread_.quit();
    thread_.wait();
    purgePendingDeletes();
}

template <typename F> bool ChatController::guarded(F&& f) {
    try {
        f();
        return true;
    } catch (const StoreError& e) {
        setError(tr("The history could not be saved: %1").arg(e.message()));
        return false;
    }
}

void ChatController::start() {
    openHistory();
    firstRun_ = settings_->modelPath().isEmpty();
    Q_EMIT firstRunChanged();
    reloadModel();
}

void ChatController::openHistory() {
    store_.reset();
    try {
        QDir().mkpath(QFileInfo(historyPath_).absolutePath());
        store_ = std::make_unique<HistoryStore>(historyPath_);
        store_->purgeDeletedConversations();
        historyError_.clear();
        historyErrorKind_.clear();
        if (store_->interruptedAtOpen() > 0)
            setNotice(tr("%n answer(s) were interrupted when QwenDesk last closed; what had arrived was kept.", "",
                         store_->interruptedAtOpen()));
    } catch (const StoreError& e) {
        historyError_ = e.message();
        switch (e.kind()) {
        case StoreError::Kind::Corrupt: historyErrorKind_ = QStringLiteral("corrupt"); break;
        case StoreError::Kind::Locked: historyErrorKind_ = QStringLiteral("locked"); break;
        case StoreError::Kind::TooNew: historyErrorKind_ = QStringLiteral("too_new"); break;
        case StoreError::Kind::Io: historyErrorKind_ = QStringLiteral("io"); break;
        }
    }
    Q_EMIT historyErrorChanged();
    reloadConversations();
    setCurrent(0);
}

void ChatController::moveDamagedHistoryAside() {
    try {
        const QString aside = HistoryStore::moveAside(historyPath_);
        openHistory();
        setNotice(tr("The damaged history was kept as %1. A new history was started.").arg(aside));
    } catch (const StoreError& e) {
        historyError_ = e.message();
        Q_EMIT historyErrorChanged();
    }
}

void ChatController::retryOpenHistory() { openHistory(); }

QString ChatController::notReadyMessage() const {
    if (modelState_ == QLatin1String("loading")) return tr("The model is still loading; try again in a moment.");
    if (deviceLost_) return tr("The GPU stopped responding. Load the model again (on the GPU or the CPU) to go on.");
    return tr("No model is loaded. Choose one in Settings.");
}

bool ChatController::requireStore() {
    if (store_) return true;
    setError(tr("The history is not available: %1").arg(historyError_));
    return false;
}

QString ChatController::currentTitle() const {
    int row = conversations_.rowOf(current_);
    return row >= 0 ? conversations_.titleAt(row) : QString();
}

void ChatController::setThinkingEnabled(bool on) {
    if (on == thinkingEnabled_) return;
    thinkingEnabled_ = on;
    settings_->setThinkingDefault(on);
    Q_EMIT thinkingEnabledChanged();
}

bool ChatController::resolveThinking(const QString& text, bool toggle) {
    static const QRegularExpression re(QStringLiteral("(?:^|\\s)/(no_think|think)(?=\\s|$)"));
    bool result = toggle;
    auto it = re.globalMatch(text);
    while (it.hasNext()) result = it.next().captured(1) == QLatin1String("think");
    return result;
}

void ChatController::setError(const QString& message) {
    if (message == errorMessage_) return;
    errorMessage_ = message;
    Q_EMIT errorMessageChanged();
}

void ChatController::setNotice(const QString& message) {
    notice_ = message;
    Q_EMIT noticeChanged();
}

void ChatController::dismissError() { setError(QString()); }
void ChatController::dismissNotice() { setNotice(QString()); }

void ChatController::dismissFirstRun() {
    if (!firstRun_) return;
    firstRun_ = false;
    Q_EMIT firstRunChanged();
}

void ChatController::setContext(int used, int length) {
    if (used == contextUsed_ && length == contextLength_) return;
    contextUsed_ = used;
    contextLength_ = length;
    Q_EMIT contextChanged();
}

// ---- model

QString ChatController::effectiveModelPath() const {
    return settings_->modelPath().isEmpty() ? demoModelPath_ : settings_->modelPath();
}

void ChatController::reloadModel() {
    if (active_) stop();
    clearDeviceLost();
    const QString path = effectiveModelPath();
    modelState_ = QStringLiteral("loading");
    modelError_.clear();
    modelName_ = QFileInfo(path).fileName();
    modelBackend_.clear();
    isDemo_ = !demoModelPath_.isEmpty() && QFileInfo(path) == QFileInfo(demoModelPath_);
    Q_EMIT modelChanged();
    if (path.isEmpty()) {
        onLoadFailed(QStringLiteral("file_not_found"), tr("no model is set and the demo model is missing"));
        return;
    }
    requestedBackend_ = sessionBackend_.isEmpty() ? engineBackend(settings_->backend()) : sessionBackend_;
    // The user's split override (none on the CPU, nor for a remote engine's model).
    EngineSplit split;
    if (!path.startsWith(QLatin1String("remote:")))
        split = engineSplit(requestedBackend_, settings_->gpuLayers(), settings_->expertsOnCpu());
    Q_EMIT requestLoad(path, settings_->contextLength(), requestedBackend_, split.gpuLayers, split.expertsOnCpu);
}

// ---- a GPU that stopped responding

void ChatController::setDeviceLost(const QString& message) {
    deviceLost_ = true;
    deviceLostDetail_ = message;
    needsRestart_ = cudaNeedsNewProcess(message, modelBackend_, requestedBackend_);
    // The engine refuses every request now: nothing is sent to it until it is loaded again.
    modelState_ = QStringLiteral("error");
    modelError_ = tr("The GPU stopped responding: %1").arg(message);
    Q_EMIT modelChanged();
    Q_EMIT deviceLostChanged();
}

void ChatController::clearDeviceLost() {
    if (!deviceLost_) return;
    deviceLost_ = false;
    needsRestart_ = false;
    deviceLostDetail_.clear();
    Q_EMIT deviceLostChanged();
}

void ChatController::reloadOnGpu() {
    // The same model, context length and backend choice as before the failure.
    const bool hadSessionBackend = !sessionBackend_.isEmpty();
    sessionBackend_.clear();
    if (hadSessionBackend) Q_EMIT deviceLostChanged();
    reloadModel();
}

void ChatController::continueOnCpu() {
    // For this session only: the saved backend choice stays as the user set it.
    sessionBackend_ = QStringLiteral("cpu");
    Q_EMIT deviceLostChanged();
    reloadModel();
}

QStringList ChatController::restartArguments() const {
    QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = args.indexOf(openConversationFlag()); i >= 0; i = args.indexOf(openConversationFlag()))
        args.remove(i, std::min<qsizetype>(2, args.size() - i));
    if (current_ != 0) args << openConversationFlag() << QString::number(current_);
    return args;
}

qint64 ChatController::conversationToOpen(const QStringList& arguments) {
    const qsizetype at = arguments.indexOf(openConversationFlag());
    return at >= 0 ? arguments.value(at + 1).toLongLong() : 0;
}

void ChatController::restartApp() {
    if (active_) {
        worker_->cancel(active_->jobId);
        saveStreaming();
    }
    purgePendingDeletes();
    const QStringList args = restartArguments();
    const qint64 conversation = current_;
    // Every answer and message is already committed; closing the history lets the new process open it at once.
    store_.reset();
    if (relauncher_ && relauncher_(QCoreApplication::applicationFilePath(), args)) return;
    openHistory();
    if (conversation != 0 && store_ && store_->conversation(conversation)) setCurrent(conversation);
    setError(tr("QwenDesk could not restart itself. Close it and open it again to use the GPU."));
}

void ChatController::chooseModel(const QUrl& url) {
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    dismissFirstRun();
    if (path == settings_->modelPath()) reloadModel();
    else settings_->setModelPath(path);
}

void ChatController::useDemoModel() {
    dismissFirstRun();
    if (settings_->modelPath().isEmpty()) {
        if (modelState_ != QLatin1String("ready")) reloadModel();
    } else {
        settings_->setModelPath(QString());
    }
}

void ChatController::onLoaded(const LoadedModel& model) {
    if (model.path != effectiveModelPath()) return;  // a newer load is queued
    loadedPath_ = model.path;
    modelBackend_ = model.backend;
    modelState_ = QStringLiteral("ready");
    modelError_.clear();
    // A remote engine's answers are recorded as "<engine name> · <model id>" (model.backend is the engine's name).
    if (model.path.startsWith(QLatin1String("remote:")))
        modelName_ = model.backend + QStringLiteral(" · ") + model.path.mid(model.path.indexOf(QLatin1Char('/')) + 1);
    else
        modelName_ = isDemo_ ? tr("Demo model") : QFileInfo(model.path).fileName();
    Q_EMIT modelChanged();
    setContext(contextUsed_, model.contextLength);
}

void ChatController::onLoadFailed(const QString& kind, const QString& message) {
    if (kind == QLatin1String("device_lost")) {
        setDeviceLost(message);
        return;
    }
    modelState_ = QStringLiteral("error");
    if (kind == QLatin1String("out_of_memory"))
        modelError_ = tr("The model does not fit in memory: %1. Try a smaller or more quantised model.").arg(message);
    else
        modelError_ = tr("The model could not be loaded: %1").arg(message);
    Q_EMIT modelChanged();
}

// ---- conversations

void ChatController::reloadConversations() {
    conversations_.setConversations(store_ ? store_->conversations() : QList<ConversationRecord>{});
    Q_EMIT currentConversationChanged();  // the title may have changed
}

void ChatController::setCurrent(qint64 id) {
    current_ = id;
    reloadMessages();
    Q_EMIT currentConversationChanged();
}

void ChatController::reloadMessages() {
    if (!store_ || current_ == 0) {
        messages_.clear();
        setContext(0, contextLength_);
        return;
    }
    guarded([&] {
        auto conv = store_->conversation(current_);
        const QList<MessageRecord> path = conv ? store_->path(conv->leafId) : QList<MessageRecord>{};
        QList<QPair<int, int>> versions;
        int used = 0;
        for (const MessageRecord& m : path) {
            const auto sibs = store_->siblings(m.id);
            int index = 0;
            for (int i = 0; i < sibs.size(); ++i)
                if (sibs[i].id == m.id) index = i;
            versions.append({index, int(sibs.size())});
            if (m.role == QLatin1String("assistant") && m.contextUsed > 0) used = m.contextUsed;
        }
        messages_.setMessages(path, versions);
        if (active_ && active_->conversationId == current_ && messages_.rowOf(active_->messageId) >= 0) {
            MessageRecord r = *store_->message(active_->messageId);
            r.content = active_->content;
            r.thinking = active_->thinking;
            messages_.resumeStreaming(r, active_->thinkingActive, activeThinkingMs());
        }
        setContext(used, contextLength_);
    });
}

void ChatController::newConversation() { setCurrent(0); }

void ChatController::selectConversation(qint64 id) {
    if (id != current_) setCurrent(id);
}

void ChatController::renameConversation(qint64 id, const QString& title) {
    const QString t = title.simplified();
    if (!requireStore() || t.isEmpty()) return;
    guarded([&] { store_->renameConversation(id, t); });
    reloadConversations();
}

void ChatController::deleteConversation(qint64 id) {
    if (!requireStore()) return;
    if (active_ && active_->conversationId == id) stop();
    purgePendingDeletes();  // one undo at a time: the previous deletion becomes final
    const int row = conversations_.rowOf(id);
    undoTitle_ = row >= 0 ? conversations_.titleAt(row) : QString();
    if (!guarded([&] { store_->setConversationDeleted(id, true); })) return;
    pendingDeletes_.append(id);
    undoTimer_.start();
    Q_EMIT undoChanged();
    reloadConversations();
    if (current_ == id) setCurrent(0);
}

void ChatController::undoDelete() {
    if (!store_ || pendingDeletes_.isEmpty()) return;
    const qint64 id = pendingDeletes_.takeLast();
    guarded([&] { store_->setConversationDeleted(id, false); });
    undoTimer_.stop();
    undoTitle_.clear();
    Q_EMIT undoChanged();
    reloadConversations();
    setCurrent(id);
}

void ChatController::purgePendingDeletes() {
    if (store_ && !pendingDeletes_.isEmpty()) {
        // Only what is still marked deleted goes: an undone deletion was unmarked.
        guarded([&] { store_->purgeDeletedConversations(); });
    }
    pendingDeletes_.clear();
    if (!undoTitle_.isEmpty()) {
        undoTitle_.clear();
        Q_EMIT undoChanged();
    }
}

void ChatController::search(const QString& query) {
    QList<SearchHit> hits;
    if (store_) guarded([&] { hits = store_->search(query); });
    searchResults_.setResults(query, hits);
}

void ChatController::openSearchHit(qint64 conversationId, qint64 messageId) {
    if (!store_) return;
    // Show the branch that holds the hit.
    guarded([&] {
        if (auto m = store_->message(messageId)) store_->setLeaf(conversationId, store_->newestLeafUnder(m->id));
    });
    current_ = 0;
    setCurrent(conversationId);
}

// ---- messages

bool ChatController::send(const QString& text) {
    if (text.trimmed().isEmpty() || active_ || !requireStore()) return false;
    if (modelState_ != QLatin1String("ready")) {
        setError(notReadyMessage());
        return false;
    }
    const bool thinking = resolveThinking(text, thinkingEnabled_);
    qint64 userId = 0;
    bool ok = guarded([&] {
        if (current_ == 0) {
            current_ = store_->createConversation(titleFrom(text));
            reloadConversations();
        }
        auto conv = store_->conversation(current_);
        MessageRecord user;
        user.conversationId = current_;
        user.parentId = conv ? conv->leafId : 0;
        user.role = QStringLiteral("user");
        user.content = text;
        user.thinkingEnabled = thinking;
        userId = store_->addMessage(user);  // stored before generation starts
    });
    if (!ok) return false;
    startAnswer(userId, thinking);
    return true;
}

void ChatController::startAnswer(qint64 userMessageId, bool thinking) {
    const SamplingParams sampling = settings_->sampling(thinking);
    const QString preset = settings_->samplingMode() == QLatin1String("custom")
                               ? QStringLiteral("custom")
                               : (thinking ? QStringLiteral("thinking") : QStringLiteral("non_thinking"));
    GenerationJob job;
    qint64 answerId = 0;
    bool ok = guarded([&] {
        MessageRecord answer;
        answer.conversationId = current_;
        answer.parentId = userMessageId;
        answer.role = QStringLiteral("assistant");
        answer.status = QStringLiteral("streaming");
        answer.thinkingEnabled = thinking;
        answer.model = modelName_;
        answer.sampling = samplingJson(sampling, preset);
        answerId = store_->addMessage(answer);
        for (const MessageRecord& m : store_->path(userMessageId)) {
            if (m.role == QLatin1String("assistant") && (m.status == QLatin1String("error") || m.content.isEmpty()))
                continue;  // a failed answer is not part of the conversation
            job.turns.append({m.role, m.content});  // answers only: earlier thoughts are never fed back
        }
    });
    if (!ok) return;
    job.id = ++nextJobId_;
    job.systemPrompt = settings_->systemPrompt();
    job.enableThinking = thinking;
    job.sampling = sampling;
    job.maxTokens = settings_->maxTokens();
    job.policy = contextPolicyFromString(settings_->contextPolicy());

    Active a;
    a.jobId = job.id;
    a.messageId = answerId;
    a.conversationId = current_;
    active_ = std::move(a);
    setError(QString());
    reloadMessages();
    reloadConversations();
    saveTimer_.start();
    Q_EMIT busyChanged();
    Q_EMIT requestGenerate(job);
}

void ChatController::stop() {
    if (active_) worker_->cancel(active_->jobId);
}

qint64 ChatController::activeThinkingMs() const {
    if (!active_) return 0;
    return active_->thinkingMs + (active_->thinkingActive ? active_->thinkingClock.elapsed() : 0);
}

void ChatController::saveStreaming() {
    if (!active_ || !active_->dirty || !store_) return;
    if (guarded([&] { store_->updateStreaming(active_->messageId, active_->content, active_->thinking, activeThinkingMs()); }))
        active_->dirty = false;
}

void ChatController::onStarted(quint64 id, int promptTokens, int contextLength, int droppedTurns) {
    if (!active_ || active_->jobId != id) return;
    active_->droppedTurns = droppedTurns;
    if (active_->conversationId == current_) setContext(promptTokens, contextLength);
    if (droppedTurns > 0) {
        guarded([&] {
            if (auto r = store_->message(active_->messageId)) {
                r->droppedMessages = droppedTurns;
                r->content = active_->content;
                r->thinking = active_->thinking;
                store_->updateMessage(*r);
                if (messages_.rowOf(r->id) >= 0) messages_.resumeStreaming(*r, active_->thinkingActive, activeThinkingMs());
            }
        });
    }
}

void ChatController::onThinking(quint64 id, const QString& text) {
    if (!active_ || active_->jobId != id) return;
    if (!active_->thinkingActive) {
        active_->thinkingActive = true;
        active_->thinkingClock.start();
    }
    active_->thinking += text;
    active_->dirty = true;
    messages_.appendThinking(active_->messageId, text);
}

void ChatController::onAnswer(quint64 id, const QString& text) {
    if (!active_ || active_->jobId != id) return;
    if (active_->thinkingActive) {
        active_->thinkingMs += active_->thinkingClock.elapsed();
        active_->thinkingActive = false;
    }
    active_->content += text;
    active_->dirty = true;
    messages_.appendAnswer(active_->messageId, text);
}

void ChatController::onFinished(const GenerationOutcome& outcome) {
    if (!active_ || active_->jobId != outcome.id) return;
    Active a = std::move(*active_);
    if (a.thinkingActive) a.thinkingMs += a.thinkingClock.elapsed();
    active_.reset();
    saveTimer_.stop();
    if (store_) {
        guarded([&] {
            MessageRecord r = store_->message(a.messageId).value_or(MessageRecord{});
            r.id = a.messageId;
            r.content = a.content;
            r.thinking = a.thinking;
            r.thinkingMs = a.thinkingMs;
            r.status = outcome.finishReason == QLatin1String("cancelled") ? QStringLiteral("cancelled") : QStringLiteral("complete");
            r.finishReason = outcome.finishReason;
            r.promptTokens = outcome.promptTokens;
            r.generatedTokens = outcome.generatedTokens;
            r.thinkingTokens = outcome.thinkingTokens;
            r.contextUsed = outcome.contextUsed;
            r.contextLength = outcome.contextLength;
            r.prefillMs = qint64(outcome.prefillSeconds * 1000.0);
            r.decodeMs = qint64(outcome.decodeSeconds * 1000.0);
            r.droppedMessages = outcome.droppedTurns;
            if (outcome.finishReason == QLatin1String("context_full"))
                r.error = tr("The answer stopped because the context is full.");
            store_->updateMessage(r);
            store_->touchConversation(a.conversationId);
            messages_.finishMessage(r);
        });
    }
    if (a.conversationId == current_) setContext(outcome.contextUsed, outcome.contextLength);
    Q_EMIT busyChanged();
    Q_EMIT generationFinished(a.messageId);
}

void ChatController::onFailed(quint64 id, const QString& kind, const QString& message) {
    if (!active_ || active_->jobId != id) return;
    Active a = std::move(*active_);
    if (a.thinkingActive) a.thinkingMs += a.thinkingClock.elapsed();
    active_.reset();
    saveTimer_.stop();
    const bool deviceLost = kind == QLatin1String("device_lost");
    QString text;
    if (deviceLost)
        text = tr("The GPU stopped responding; the answer was cut short and what arrived is kept.");
    else if (kind == QLatin1String("context_full"))
        text = tr("This conversation no longer fits in the model's context (%1). Choose in Settings to drop the oldest "
                  "turns or truncate the middle, raise the context length, or start a new conversation.").arg(message);
    else if (kind == QLatin1String("out_of_memory"))
        text = tr("Out of memory while generating (%1). Try a shorter context length or a smaller model.").arg(message);
    else if (kind == QLatin1String("no_model"))
        text = tr("No model is loaded. Choose one in Settings.");
    else if (kind == QLatin1String("cancelled"))
        text = QString();
    else if (kind == QLatin1String("interrupted"))
        text = tr("The connection was cut mid-answer; what arrived is kept (%1).").arg(message);
    else if (kind == QLatin1String("unauthorized"))
        text = tr("The server refused the API key (%1). Check the key in Settings.").arg(message);
    else if (kind == QLatin1String("rate_limited"))
        text = tr("The server is busy (%1). Try again in a moment.").arg(message);
    else if (kind == QLatin1String("network"))
        text = tr("The server cannot be reached: %1").arg(message);
    else if (kind == QLatin1String("server_error"))
        text = tr("The server failed: %1").arg(message);
    else
        text = tr("The answer could not be generated: %1").arg(message);
    if (store_) {
        guarded([&] {
            MessageRecord r = store_->message(a.messageId).value_or(MessageRecord{});
            r.id = a.messageId;
            r.content = a.content;
            r.thinking = a.thinking;
            r.thinkingMs = a.thinkingMs;
            r.status = kind == QLatin1String("cancelled")                    ? QStringLiteral("cancelled")
                       : kind == QLatin1String("interrupted") || deviceLost ? QStringLiteral("interrupted")
                                                                             : QStringLiteral("error");
            r.error = text;
            store_->updateMessage(r);
            messages_.finishMessage(r);
        });
    }
    if (deviceLost) setDeviceLost(message);  // the chat view's GPU banner says it, with the ways on
    else if (!text.isEmpty()) setError(text);
    Q_EMIT busyChanged();
    Q_EMIT generationFinished(a.messageId);
}

void ChatController::regenerate(qint64 messageId) {
    if (active_ || !requireStore()) return;
    auto m = store_->message(messageId);
    if (!m || m->role != QLatin1String("assistant") || m->parentId == 0) return;
    if (modelState_ != QLatin1String("ready")) {
        setError(notReadyMessage());
        return;
    }
    auto user = store_->message(m->parentId);
    current_ = m->conversationId;
    startAnswer(m->parentId, user ? user->thinkingEnabled : m->thinkingEnabled);  // a new version beside the old
}

void ChatController::editAndResend(qint64 messageId, const QString& text) {
    if (active_ || !requireStore() || text.trimmed().isEmpty()) return;
    auto m = store_->message(messageId);
    if (!m || m->role != QLatin1String("user")) return;
    if (modelState_ != QLatin1String("ready")) {
        setError(notReadyMessage());
        return;
    }
    const bool thinking = resolveThinking(text, m->thinkingEnabled);
    qint64 userId = 0;
    if (!guarded([&] {
            MessageRecord edited;
            edited.conversationId = m->conversationId;
            edited.parentId = m->parentId;  // a sibling: the original and its answers stay browsable
            edited.role = QStringLiteral("user");
            edited.content = text;
            edited.thinkingEnabled = thinking;
            userId = store_->addMessage(edited);
        }))
        return;
    current_ = m->conversationId;
    startAnswer(userId, thinking);
}

void ChatController::editAnswer(qint64 messageId, const QString& text) {
    if (!requireStore() || (active_ && active_->messageId == messageId)) return;
    auto m = store_->message(messageId);
    if (!m || m->role != QLatin1String("assistant")) return;
    const auto [thinking, answer] = ui::MessageModel::splitEditedText(text);
    m->thinking = thinking;
    m->content = answer;
    if (guarded([&] { store_->updateMessage(*m); })) messages_.updateRecord(*m);
}

void ChatController::forkFrom(qint64 messageId) {
    if (!requireStore()) return;
    qint64 forkId = 0;
    guarded([&] {
        auto m = store_->message(messageId);
        if (!m) return;
        auto conv = store_->conversation(m->conversationId);
        forkId = store_->createConversation(tr("%1 (fork)").arg(conv ? conv->title : tr("New chat")), m->conversationId,
                                            messageId);
        qint64 parent = 0;
        for (MessageRecord r : store_->path(messageId)) {
            r.conversationId = forkId;
            r.parentId = parent;
            if (r.status == QLatin1String("streaming")) r.status = QStringLiteral("interrupted");
            parent = store_->addMessage(r);
        }
    });
    if (forkId == 0) return;
    reloadConversations();
    setCurrent(forkId);
}

void ChatController::deleteMessage(qint64 messageId) {
    if (active_ || !requireStore()) return;
    guarded([&] { store_->deleteSubtree(messageId); });
    reloadMessages();
}

void ChatController::showVersion(qint64 messageId, int delta) {
    if (active_ || !requireStore()) return;
    guarded([&] {
        const auto sibs = store_->siblings(messageId);
        int index = -1;
        for (int i = 0; i < sibs.size(); ++i)
            if (sibs[i].id == messageId) index = i;
        const int target = index + delta;
        if (index < 0 || target < 0 || target >= sibs.size()) return;
        store_->setLeaf(sibs[target].conversationId, store_->newestLeafUnder(sibs[target].id));
    });
    reloadMessages();
}

void ChatController::copyText(const QString& text) {
    if (auto* clipboard = QGuiApplication::clipboard()) clipboard->setText(text);
}

}  // namespace qwendesk::app
