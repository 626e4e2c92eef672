// The one place where Qt meets the engine. EngineWorker lives on its own QThread: it loads the model and runs
// Engine::generate(), turning the engine's events into queued signals (coalesced to ~30 per second so a fast
// model cannot flood the UI). cancel() is safe from any thread. The engine comes from a factory, so tests
// put a fake engine behind the same interface and need no model.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

#include "context_policy.h"
#include "qwendesk/engine.h"

namespace qwendesk::app {

using EngineFactory = std::function<std::unique_ptr<qwendesk::Engine>(const qwendesk::EngineOptions&)>;

// Mixed into a qwendesk::Error that names its own failure kind for the UI (a remote engine's unauthorized,
// rate_limited, network, interrupted, ...); EngineWorker reports that kind instead of one from ErrorKind.
class EngineFailureKind {
public:
    virtual ~EngineFailureKind() = default;
    virtual QString failureKind() const = 0;
};

struct GenerationJob {
    quint64 id = 0;
    QString systemPrompt;
    QList<ChatTurn> turns;  // the conversation so far; the new user message last
    bool enableThinking = true;
    qwendesk::SamplingParams sampling;
    int maxTokens = 2048;
    ContextPolicy policy = ContextPolicy::Stop;
};

struct GenerationOutcome {
    quint64 id = 0;
    QString finishReason;  // stop, length, cancelled, context_full, stop_string
    int promptTokens = 0;
    int reusedPromptTokens = 0;
    int generatedTokens = 0;
    int thinkingTokens = 0;
    int contextUsed = 0;
    int contextLength = 0;
    double prefillSeconds = 0;
    double decodeSeconds = 0;
    int droppedTurns = 0;
};

struct LoadedModel {
    QString path;
    QString architecture;
    QString backend;
    int contextLength = 0;
    qint64 weightBytes = 0;
};

class EngineWorker : public QObject {
    Q_OBJECT
public:
    explicit EngineWorker(EngineFactory factory, QObject* parent = nullptr);
    ~EngineWorker() override;

    // Any thread: stops the running generation after its current step, and any job up to `id` not yet started.
    void cancel(quint64 id);

public Q_SLOTS:
    // gpuLayers / expertsOnCpu: EngineOptions::gpu_layers / experts_on_cpu (-1 and "": the engine's own plan).
    void load(const QString& modelPath, int contextLength, const QString& backend, int gpuLayers = -1,
              const QString& expertsOnCpu = QString());
    void generate(const qwendesk::app::GenerationJob& job);
    void unload();

Q_SIGNALS:
    void loaded(const qwendesk::app::LoadedModel& model);
    void loadFailed(const QString& kind, const QString& message);
    void started(quint64 id, int promptTokens, int contextLength, int droppedTurns);
    void thinkingDelta(quint64 id, const QString& text);
    void answerDelta(quint64 id, const QString& text);
    void finished(const qwendesk::app::GenerationOutcome& outcome);
    // kind: context_full, out_of_memory, no_model, cancelled, error
    void failed(quint64 id, const QString& kind, const QString& message);

private:
    void flush(quint64 id);

    EngineFactory factory_;
    std::mutex mutex_;  // guards engine_ against cancel() from other threads
    std::unique_ptr<qwendesk::Engine> engine_;
    std::atomic<quint64> cancelledUpTo_{0};
    std::atomic<quint64> running_{0};
    QString pendingThinking_;
    QString pendingAnswer_;
    QElapsedTimer sinceFlush_;
};

}  // namespace qwendesk::app

Q_DECLARE_METATYPE(qwendesk::app::GenerationJob)
Q_DECLARE_METATYPE(qwendesk::app::GenerationOutcome)
Q_DECLARE_METATYPE(qwendesk::app::LoadedModel)
