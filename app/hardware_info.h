// HardwareInfo: what QML shows about this computer (as `hardware`): the CPU, RAM and GPUs the probe found,
// which backend the current model is planned on and why, the backends the user may force, and the
// recommendation table of every Qwen3 model x quantisation, and takes the user's split override (GPU layers,
// MoE experts in RAM), checked against the model's shape. It mirrors `qwendesk-cli devices` and
// `qwendesk-cli plan`. Probing and planning run on HardwareWorker's thread, so the window never waits on a
// driver or a disk; results arrive by queued signals and replace what is shown.
#pragma once

#include <QObject>
#include <QThread>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

#include "hardware_worker.h"
#include "models/recommendation_model.h"

namespace qwendesk::app {

class ChatController;
class Settings;

class HardwareInfo : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool ready READ ready NOTIFY machineChanged)
    Q_PROPERTY(bool described READ described NOTIFY machineChanged)
    Q_PROPERTY(QString error READ error NOTIFY machineChanged)
    Q_PROPERTY(QString cpu READ cpu NOTIFY machineChanged)
    Q_PROPERTY(QString ram READ ram NOTIFY machineChanged)
    Q_PROPERTY(QVariantList gpus READ gpus NOTIFY machineChanged)
    Q_PROPERTY(QString gpuNote READ gpuNote NOTIFY machineChanged)
    Q_PROPERTY(QStringList drivers READ drivers NOTIFY machineChanged)
    Q_PROPERTY(QStringList builtBackends READ builtBackends CONSTANT)
    Q_PROPERTY(QVariantList backendChoices READ backendChoices NOTIFY machineChanged)
    Q_PROPERTY(bool planning READ planning NOTIFY planChanged)
    Q_PROPERTY(QVariantMap modelPlan READ modelPlan NOTIFY planChanged)
    Q_PROPERTY(QString running READ running NOTIFY runningChanged)
    Q_PROPERTY(qwendesk::ui::RecommendationModel* recommendations READ recommendations CONSTANT)
    Q_PROPERTY(QString recommendationSummary READ recommendationSummary NOTIFY planChanged)
    // The split override (Settings → Hardware): the model's layer count and whether it is MoE (0 / false until
    // its plan arrived), whether a split may be chosen (not with the CPU backend), and why the latest input was
    // not applied.
    Q_PROPERTY(int modelLayers READ modelLayers NOTIFY planChanged)
    Q_PROPERTY(bool modelMoe READ modelMoe NOTIFY planChanged)
    Q_PROPERTY(bool splitAvailable READ splitAvailable NOTIFY splitChanged)
    Q_PROPERTY(QString splitError READ splitError NOTIFY splitChanged)
    Q_PROPERTY(QVariantList expertChoices READ expertChoices NOTIFY machineChanged)

public:
    HardwareInfo(ChatController* controller, Settings* settings, MachineSource source = probeThisMachine(),
                 QObject* parent = nullptr);
    ~HardwareInfo() override;

    // Starts probing (on the worker thread); the properties fill in when it answers.
    void start();

    bool ready() const { return snapshot_.has_value(); }
    bool described() const { return snapshot_ && !snapshot_->probe; }
    QString error() const { return snapshot_ ? snapshot_->error : QString(); }
    QString cpu() const;
    QString ram() const;
    QVariantList gpus() const;
    QString gpuNote() const;
    QStringList drivers() const;
    QStringList builtBackends() const;
    QVariantList backendChoices() const;
    bool planning() const { return planning_; }
    QVariantMap modelPlan() const;
    QString running() const;
    ui::RecommendationModel* recommendations() { return &recommendations_; }
    QString recommendationSummary() const;
    const std::optional<PlanResult>& lastPlan() const { return result_; }
    int modelLayers() const;
    bool modelMoe() const;
    bool splitAvailable() const;
    QString splitError() const { return splitError_; }
    QVariantList expertChoices() const;

    // The split override, validated against the model in use and stored in the settings only when valid
    // (otherwise splitError says why and the setting is unchanged). gpuLayers: -1 automatic, or 0..modelLayers.
    // expertsOnCpu: "auto", "none", "all" or a layer list such as "0-3,40-47" (hw::parse_layer_list).
    Q_INVOKABLE bool setGpuLayers(int gpuLayers);
    Q_INVOKABLE bool setExpertsOnCpu(const QString& expertsOnCpu);

public Q_SLOTS:
    // Plans again (soon, coalescing bursts such as a spin box being held).
    void replan();
    // The language changed: every translated text is produced again.
    void retranslate();

Q_SIGNALS:
    void machineChanged();
    void planChanged();
    void runningChanged();
    void splitChanged();

    // To the worker thread
    void requestProbe();
    void requestPlan(const qwendesk::app::PlanJob& job);

private:
    void onProbed(const HardwareSnapshot& snapshot);
    void onPlanned(const PlanResult& result);
    void sendPlan();
    QString modelPath() const;
    const hw::ModelFootprint* footprint() const;  // the model in use's, once planned
    void setSplitError(const QString& message);

    ChatController* controller_;
    Settings* settings_;
    QThread thread_;
    HardwareWorker* worker_ = nullptr;
    QTimer replanTimer_;
    std::optional<HardwareSnapshot> snapshot_;
    std::optional<PlanResult> result_;
    quint64 seq_ = 0;
    bool planning_ = false;
    QString splitError_;
    ui::RecommendationModel recommendations_;
};

}  // namespace qwendesk::app
