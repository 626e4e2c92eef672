#include "hardware_worker.h"

#include <exception>

#include "backend_choice.h"
#include "qwendesk/errors.h"

namespace qwendesk::app {

MachineSource probeThisMachine() {
    return [] {
        HardwareSnapshot s;
        s.backends = hw::built_backends();
        try {
            s.probe = hw::probe_machine();  // never throws by contract; the catch is for the unexpected
            s.machine = hw::describe_machine(*s.probe);
        } catch (const std::exception& e) {
            s.error = QString::fromStdString(e.what());
        }
        return s;
    };
}

MachineSource describedMachine(const QString& text, std::set<hw::Backend> backends) {
    return [text, backends] {
        HardwareSnapshot s;
        s.backends = backends;
        try {
            s.machine = hw::parse_machine(text.toStdString());
        } catch (const std::exception& e) {
            s.error = QString::fromStdString(e.what());
        }
        return s;
    };
}

HardwareWorker::HardwareWorker(MachineSource source, QObject* parent) : QObject(parent), source_(std::move(source)) {}

void HardwareWorker::probe() {
    snapshot_ = source_();
    Q_EMIT probed(*snapshot_);
}

void HardwareWorker::plan(const PlanJob& job) {
    PlanResult r;
    r.seq = job.seq;
    r.modelPath = job.modelPath;
    if (!snapshot_ || !snapshot_->error.isEmpty()) {
        Q_EMIT planned(r);
        return;
    }
    hw::PlanRequest request;
    request.context = job.context;
    request.min_context = std::min(job.context, hw::kMinimumContext);
    request.backends = snapshot_->backends;
    try {
        r.recommendation = hw::recommend(snapshot_->machine, request);
    } catch (const std::exception& e) {
        r.planError = QString::fromStdString(e.what());  // cannot happen for the built-in presets; never crash
    }
    if (job.modelPath.isEmpty()) {
        Q_EMIT planned(r);
        return;
    }
    try {
        if (job.backend != QLatin1String("auto")) request.force_backend = hw::parse_backend(job.backend.toStdString());
        r.footprint = hw::footprint_from_file(std::filesystem::path(job.modelPath.toStdU16String()));
        applySplitOverride(request, job.backend, job.gpuLayers, job.expertsOnCpu, *r.footprint);
        r.plan = hw::plan(snapshot_->machine, *r.footprint, request);
    } catch (const std::exception& e) {
        r.planError = QString::fromStdString(e.what());
    }
    Q_EMIT planned(r);
}

}  // namespace qwendesk::app
