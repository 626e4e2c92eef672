// The user's settings, stored with QSettings (an INI file in tests). QML binds to these properties; the
// controller reads them when it loads a model or starts a generation.
#pragma once

#include <QObject>
#include <QSettings>
#include <QVariantList>

#include <memory>

#include "qwendesk/sampling.h"

namespace qwendesk::app {

#define QWENDESK_SETTING(Type, name, Name, defaultValue)                                                   \
public:                                                                                                  \
    Type name() const { return settings_->value(QStringLiteral(#name), QVariant::fromValue<Type>(defaultValue)).template value<Type>(); } \
    void set##Name(const Type& v) {                                                                      \
        if (name() == v) return;                                                                         \
        settings_->setValue(QStringLiteral(#name), QVariant::fromValue<Type>(v));                       \
        Q_EMIT name##Changed();                                                                          \
    }

class Settings : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString modelPath READ modelPath WRITE setModelPath NOTIFY modelPathChanged)
    Q_PROPERTY(int contextLength READ contextLength WRITE setContextLength NOTIFY contextLengthChanged)
    Q_PROPERTY(QString contextPolicy READ contextPolicy WRITE setContextPolicy NOTIFY contextPolicyChanged)
    Q_PROPERTY(QString samplingMode READ samplingMode WRITE setSamplingMode NOTIFY samplingModeChanged)
    Q_PROPERTY(double temperature READ temperature WRITE setTemperature NOTIFY temperatureChanged)
    Q_PROPERTY(double topP READ topP WRITE setTopP NOTIFY topPChanged)
    Q_PROPERTY(int topK READ topK WRITE setTopK NOTIFY topKChanged)
    Q_PROPERTY(double minP READ minP WRITE setMinP NOTIFY minPChanged)
    Q_PROPERTY(int maxTokens READ maxTokens WRITE setMaxTokens NOTIFY maxTokensChanged)
    Q_PROPERTY(QString systemPrompt READ systemPrompt WRITE setSystemPrompt NOTIFY systemPromptChanged)
    Q_PROPERTY(QString backend READ backend WRITE setBackend NOTIFY backendChanged)
    Q_PROPERTY(int gpuLayers READ gpuLayers WRITE setGpuLayers NOTIFY gpuLayersChanged)
    Q_PROPERTY(QString expertsOnCpu READ expertsOnCpu WRITE setExpertsOnCpu NOTIFY expertsOnCpuChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool autoCollapseThinking READ autoCollapseThinking WRITE setAutoCollapseThinking NOTIFY autoCollapseThinkingChanged)
    Q_PROPERTY(bool thinkingDefault READ thinkingDefault WRITE setThinkingDefault NOTIFY thinkingDefaultChanged)

public:
    QWENDESK_SETTING(QString, modelPath, ModelPath, QString())
    QWENDESK_SETTING(int, contextLength, ContextLength, 4096)
    // "stop", "dropOldest" (keeps the system prompt) or "truncateMiddle" (keeps the first exchange)
    QWENDESK_SETTING(QString, contextPolicy, ContextPolicy, QStringLiteral("stop"))
    // "recommended": Qwen3's preset for the message's mode; "custom": the values below
    QWENDESK_SETTING(QString, samplingMode, SamplingMode, QStringLiteral("recommended"))
    QWENDESK_SETTING(double, temperature, Temperature, 0.6)
    QWENDESK_SETTING(double, topP, TopP, 0.95)
    QWENDESK_SETTING(int, topK, TopK, 20)
    QWENDESK_SETTING(double, minP, MinP, 0.0)
    QWENDESK_SETTING(int, maxTokens, MaxTokens, 2048)
    QWENDESK_SETTING(QString, systemPrompt, SystemPrompt, QString())
    QWENDESK_SETTING(QString, backend, Backend, QStringLiteral("auto"))
    // The split between a GPU backend and the CPU (EngineOptions::gpu_layers / experts_on_cpu), per model: both
    // return to automatic when another model is chosen. Written through HardwareInfo, which validates them.
    QWENDESK_SETTING(int, gpuLayers, GpuLayers, -1)                           // -1: automatic; N: layers [0, N) on the GPU
    QWENDESK_SETTING(QString, expertsOnCpu, ExpertsOnCpu, QStringLiteral("auto"))  // auto, none, all or layers "0-3,40-47"
    QWENDESK_SETTING(QString, theme, Theme, QStringLiteral("system"))  // system, light, dark
    QWENDESK_SETTING(QString, language, Language, QString())          // empty: the system's
    QWENDESK_SETTING(bool, autoCollapseThinking, AutoCollapseThinking, true)
    QWENDESK_SETTING(bool, thinkingDefault, ThinkingDefault, true)

public:
    // Empty path: the platform's settings location; otherwise an INI file (tests, portable installs).
    explicit Settings(const QString& iniPath = QString(), QObject* parent = nullptr);

    // The sampling for a message sent in the given mode: Qwen3's recommended preset, or the custom values.
    qwendesk::SamplingParams sampling(bool thinking) const;
    Q_INVOKABLE void applyRecommendedSampling(bool thinking);
    // {code, name} for every language the UI is translated into, names in their own script.
    Q_INVOKABLE QVariantList languages() const;

Q_SIGNALS:
    void modelPathChanged();
    void contextLengthChanged();
    void contextPolicyChanged();
    void samplingModeChanged();
    void temperatureChanged();
    void topPChanged();
    void topKChanged();
    void minPChanged();
    void maxTokensChanged();
    void systemPromptChanged();
    void backendChanged();
    void gpuLayersChanged();
    void expertsOnCpuChanged();
    void themeChanged();
    void languageChanged();
    void autoCollapseThinkingChanged();
    void thinkingDefaultChanged();

private:
    std::unique_ptr<QSettings> settings_;
};

#undef QWENDESK_SETTING

}  // namespace qwendesk::app
