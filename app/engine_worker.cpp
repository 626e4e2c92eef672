#include "engine_worker.h"

#include <QThread>

#include <new>

#include "qwendesk/errors.h"

namespace qwendesk::app {
namespace {

QString finishName(qwendesk::FinishReason reason) {
    switch (reason) {
    case qwendesk::FinishReason::Stop: return QStringLiteral("stop");
    case qwendesk::FinishReason::Length: return QStringLiteral("length");
    case qwendesk::FinishReason::Cancelled: return QStringLiteral("cancelled");
    case qwendesk::FinishReason::ContextFull: return QStringLiteral("context_full");
    case qwendesk::FinishReason::StopString: return QStringLiteral("stop_string");
    }
    return QStringLiteral("stop");
}

QString errorKindName(const qwendesk::Error& error) {
    if (const auto* named = dynamic_cast<const EngineFailureKind*>(&error)) return named->failureKind();
    switch (error.kind()) {
    case qwendesk::ErrorKind::ContextOverflow: return QStringLiteral("context_full");
    case qwendesk::ErrorKind::OutOfMemory: return QStringLiteral("out_of_memory");
    case qwendesk::ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case qwendesk::ErrorKind::FileNotFound: return QStringLiteral("file_not_found");
    case qwendesk::ErrorKind::CorruptFile: return QStringLiteral("corrupt_file");
    case qwendesk::ErrorKind::Unsupported: return QStringLiteral("unsupported");
    case qwendesk::ErrorKind::DeviceLost: return QStringLiteral("device_lost");
    default: return QStringLiteral("error");
    }
}

nlohmann::ordered_json toConversation(const QString& systemPrompt, const QList<ChatTurn>& turns) {
    nlohmann::ordered_json messages = nlohmann::ordered_json::array();
    if (!systemPrompt.trimmed().isEmpty())
        messages.push_back({{"role", "system"}, {"content", systemPrompt.toStdString()}});
    for (const ChatTurn& t : turns) messages.push_back({{"role", t.role.toStdString()}, {"content", t.content.toStdString()}});
    return nlohmann::ordered_json{{"messages", messages}};
}

}  // namespace

EngineWorker::EngineWorker(EngineFactory factory, QObject* parent) : QObject(parent), factory_(std::move(factory)) {
    qRegisterMetaType<GenerationJob>();
    qRegisterMetaType<GenerationOutcome>();
    qRegisterMetaType<LoadedModel>();
}

EngineWorker::~EngineWorker() = default;

void EngineWorker::cancel(quint64 id) {
    quint64 seen = cancelledUpTo_.load();
    while (seen < id && !cancelledUpTo_.compare_exchange_weak(seen, id)) {}
    std::lock_guard lock(mutex_);
    if (engine_ && running_.load() != 0 && running_.load() <= id) engine_->cancel();
}

void EngineWorker::unload() {
    std::lock_guard lock(mutex_);
    engine_.reset();
}

void EngineWorker::load(const QString& modelPath, int contextLength, const QString& backend, int gpuLayers,
                        const QString& expertsOnCpu) {
    qwendesk::EngineOptions options;
    options.model = std::filesystem::path(modelPath.toStdU16String());
    options.context_length = contextLength;
    options.backend = backend.isEmpty() ? std::string("auto") : backend.toStdString();
    options.gpu_layers = gpuLayers;
    options.experts_on_cpu = expertsOnCpu.toStdString();
    try {
        {
            std::lock_guard lock(mutex_);
            engine_.reset();  // free the old model's memory before mapping the new one
        }
        auto engine = factory_(options);
        const qwendesk::ModelInfo info = engine->info();
        {
            std::lock_guard lock(mutex_);
            engine_ = std::move(engine);
        }
        Q_EMIT loaded(LoadedModel{modelPath, QString::fromStdString(info.architecture), QString::fromStdString(info.backend),
                                  info.context_length, qint64(info.weight_bytes)});
    } catch (const qwendesk::Error& e) {
        Q_EMIT loadFailed(errorKindName(e), QString::fromStdString(e.what()));
    } catch (const std::bad_alloc&) {
        Q_EMIT loadFailed(QStringLiteral("out_of_memory"), QStringLiteral("not enough memory for this model"));
    } catch (const std::exception& e) {
        Q_EMIT loadFailed(QStringLiteral("error"), QString::fromStdString(e.what()));
    }
}

void EngineWorker::flush(quint64 id) {
    if (!pendingThinking_.isEmpty()) Q_EMIT thinkingDelta(id, std::exchange(pendingThinking_, QString()));
    if (!pendingAnswer_.isEmpty()) Q_EMIT answerDelta(id, std::exchange(pendingAnswer_, QString()));
    sinceFlush_.restart();
}

void EngineWorker::generate(const GenerationJob& job) {
    if (job.id <= cancelledUpTo_.load()) {
        Q_EMIT failed(job.id, QStringLiteral("cancelled"), QString());
        return;
    }
    qwendesk::Engine* engine = engine_.get();  // only this thread replaces engine_
    if (!engine) {
        Q_EMIT failed(job.id, QStringLiteral("no_model"), QStringLiteral("no model is loaded"));
        return;
    }
    try {
        qwendesk::GenerationRequest request;
        request.enable_thinking = job.enableThinking;
        request.sampling = job.sampling;
        request.max_tokens = job.maxTokens;

        // Fit the conversation into the context, leaving room for the answer.
        const int contextLength = engine->info().context_length;
        const int reserve = contextLength > 0 ? std::min(job.maxTokens, contextLength / 4) : 0;
        auto count = [&](const QList<ChatTurn>& turns) {
            qwendesk::GenerationRequest r = request;
            r.conversation = toConversation(job.systemPrompt, turns);
            return int(engine->prompt_tokens(r).size());
        };
        FitResult fit = fitToContext(job.turns, count, contextLength > 0 ? contextLength - reserve : INT_MAX, job.policy);
        if (!fit.fits) {
            Q_EMIT failed(job.id, QStringLiteral("context_full"),
                          QStringLiteral("%1 of %2 tokens").arg(fit.tokens).arg(contextLength - reserve));
            return;
        }
        request.conversation = toConversation(job.systemPrompt, fit.turns);
        Q_EMIT started(job.id, fit.tokens, contextLength, fit.dropped);

        pendingThinking_.clear();
        pendingAnswer_.clear();
        sinceFlush_.start();
        running_ = job.id;
        if (job.id <= cancelledUpTo_.load()) engine->cancel();
        qwendesk::GenerationResult result = engine->generate(request, [&](const qwendesk::GenerationEvent& event) {
            // Text from one kind is flushed before the other starts, so the order of sections is kept.
            if (event.kind == qwendesk::EventKind::Thinking) {
                if (!pendingAnswer_.isEmpty()) flush(job.id);
                pendingThinking_ += QString::fromStdString(event.text);
            } else {
                if (!pendingThinking_.isEmpty()) flush(job.id);
                pendingAnswer_ += QString::fromStdString(event.text);
            }
            if (sinceFlush_.elapsed() >= 33) flush(job.id);
        });
        running_ = 0;
        flush(job.id);
        GenerationOutcome out;
        out.id = job.id;
        out.finishReason = finishName(result.finish);
        out.promptTokens = result.stats.prompt_tokens;
        out.reusedPromptTokens = result.stats.reused_prompt_tokens;
        out.generatedTokens = result.stats.generated_tokens;
        out.thinkingTokens = result.stats.thinking_tokens;
        out.contextUsed = result.stats.context_used;
        out.contextLength = result.stats.context_length;
        out.prefillSeconds = result.stats.prefill_seconds;
        out.decodeSeconds = result.stats.decode_seconds;
        out.droppedTurns = fit.dropped;
        Q_EMIT finished(out);
    } catch (const qwendesk::Error& e) {
        running_ = 0;
        flush(job.id);
        Q_EMIT failed(job.id, errorKindName(e), QString::fromStdString(e.what()));
    } catch (const std::bad_alloc&) {
        running_ = 0;
        flush(job.id);
        Q_EMIT failed(job.id, QStringLiteral("out_of_memory"), QStringLiteral("the machine ran out of memory"));
    } catch (const std::exception& e) {
        running_ = 0;
        flush(job.id);
        Q_EMIT failed(job.id, QStringLiteral("error"), QString::fromStdString(e.what()));
    }
}

}  // namespace qwendesk::app
