// The hardware probe and the planner on their own thread: probing may load GPU drivers (a second or more on
// some machines) and planning a model file reads its headers from disk, so neither may run on the GUI
// thread. HardwareInfo sends jobs here by queued signals and gets the results back the same way.
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <set>

#include "qwendesk/hardware.h"

namespace qwendesk::app {

// What the planner plans for: the machine, and where it came from.
struct HardwareSnapshot {
    std::optional<hw::MachineProbe> probe;   // the drivers' own view; empty for a described machine
    hw::MachineDescription machine;
    std::set<hw::Backend> backends;          // what the planner may choose from
    QString error;                           // why the machine could not be probed or described
};

// Runs on the worker thread; must not throw.
using MachineSource = std::function<HardwareSnapshot()>;
// The real probe of this computer, planning with the backends built into this binary.
MachineSource probeThisMachine();
// A machine described as text, as `qwendesk-cli plan --assume` takes it ("gpu=RTX 4060:8GiB,ram=16GiB"):
// deterministic, for tests and screenshots. `backends` plans as if those were built.
MachineSource describedMachine(const QString& text, std::set<hw::Backend> backends = hw::built_backends());

struct PlanJob {
    quint64 seq = 0;
    int context = hw::kDefaultContext;
    QString backend = QStringLiteral("auto");  // the user's override; "auto" lets the planner choose
    int gpuLayers = -1;                         // the split override (backend_choice.h): -1 automatic
    QString expertsOnCpu = QStringLiteral("auto");  // auto, none, all or a layer list
    QString modelPath;                          // a local model folder or file; empty: no file to plan
};

struct PlanResult {
    quint64 seq = 0;
    hw::Recommendation recommendation;          // every Qwen3 model x quantisation at the job's context
    QString modelPath;
    std::optional<hw::ModelFootprint> footprint;
    std::optional<hw::Plan> plan;
    QString planError;                          // the file could not be read, or the override cannot be met
};

class HardwareWorker : public QObject {
    Q_OBJECT
public:
    explicit HardwareWorker(MachineSource source, QObject* parent = nullptr);

public Q_SLOTS:
    void probe();
    void plan(const qwendesk::app::PlanJob& job);

Q_SIGNALS:
    void probed(const qwendesk::app::HardwareSnapshot& snapshot);
    void planned(const qwendesk::app::PlanResult& result);

private:
    MachineSource source_;
    std::optional<HardwareSnapshot> snapshot_;
};

}  // namespace qwendesk::app

Q_DECLARE_METATYPE(qwendesk::app::HardwareSnapshot)
Q_DECLARE_METATYPE(qwendesk::app::PlanJob)
Q_DECLARE_METATYPE(qwendesk::app::PlanResult)
