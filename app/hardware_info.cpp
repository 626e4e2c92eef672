#include "hardware_info.h"

#include <QFileInfo>

#include "backend_choice.h"
#include "chat_controller.h"
#include "settings.h"

namespace qwendesk::app {

namespace {

QString bytes(std::uint64_t n) { return QString::fromStdString(hw::format_bytes(n)); }
QString qs(const std::string& s) { return QString::fromStdString(s); }

QString cudaVersion(int v) {
    return v ? QStringLiteral("%1.%2").arg(v / 1000).arg(v % 1000 / 10) : QStringLiteral("?");
}

QString deviceType(hw::DeviceType type) {
    switch (type) {
    case hw::DeviceType::Discrete: return HardwareInfo::tr("dedicated");
    case hw::DeviceType::Integrated: return HardwareInfo::tr("integrated");
    case hw::DeviceType::Virtual: return HardwareInfo::tr("virtual");
    case hw::DeviceType::Software: return HardwareInfo::tr("software, runs on the CPU");
    case hw::DeviceType::Other: break;
    }
    return HardwareInfo::tr("other");
}

QString probeStatus(hw::ProbeStatus status) {
    switch (status) {
    case hw::ProbeStatus::Ok: return HardwareInfo::tr("working");
    case hw::ProbeStatus::NotBuilt: return HardwareInfo::tr("not built into this version");
    case hw::ProbeStatus::NoDriver: return HardwareInfo::tr("no driver");
    case hw::ProbeStatus::Failed: break;
    }
    return HardwareInfo::tr("failed");
}

QString backendName(const QString& backend) {
    if (backend == QLatin1String("auto")) return HardwareInfo::tr("Automatic (the planner's choice)");
    if (backend == QLatin1String("cpu")) return HardwareInfo::tr("CPU");
    if (backend == QLatin1String("vulkan")) return HardwareInfo::tr("Vulkan (GPU)");
    if (backend == QLatin1String("cuda")) return HardwareInfo::tr("CUDA (NVIDIA GPU)");
    return backend;
}

// Where a plan runs, in words: "the CPU" or "RTX 4060 (CUDA)".
QString where(const hw::Plan& p) {
    if (p.backend == hw::Backend::Cpu) return HardwareInfo::tr("the CPU");
    return QStringLiteral("%1 (%2)").arg(qs(p.device_name), p.backend == hw::Backend::Cuda ? QStringLiteral("CUDA")
                                                                                           : QStringLiteral("Vulkan"));
}

}  // namespace

HardwareInfo::HardwareInfo(ChatController* controller, Settings* settings, MachineSource source, QObject* parent)
    : QObject(parent), controller_(controller), settings_(settings) {
    qRegisterMetaType<HardwareSnapshot>();
    qRegisterMetaType<PlanJob>();
    qRegisterMetaType<PlanResult>();
    worker_ = new HardwareWorker(std::move(source));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(this, &HardwareInfo::requestProbe, worker_, &HardwareWorker::probe);
    connect(this, &HardwareInfo::requestPlan, worker_, &HardwareWorker::plan);
    connect(worker_, &HardwareWorker::probed, this, &HardwareInfo::onProbed);
    connect(worker_, &HardwareWorker::planned, this, &HardwareInfo::onPlanned);
    thread_.setObjectName(QStringLiteral("hardware"));
    thread_.start();

    replanTimer_.setSingleShot(true);
    replanTimer_.setInterval(80);
    connect(&replanTimer_, &QTimer::timeout, this, &HardwareInfo::sendPlan);
    connect(settings_, &Settings::contextLengthChanged, this, &HardwareInfo::replan);
    connect(settings_, &Settings::backendChanged, this, &HardwareInfo::replan);
    connect(settings_, &Settings::backendChanged, this, &HardwareInfo::splitChanged);
    connect(settings_, &Settings::gpuLayersChanged, this, &HardwareInfo::replan);
    connect(settings_, &Settings::expertsOnCpuChanged, this, &HardwareInfo::replan);
    // Queued: the translator is swapped by a slot connected to the same signal, and must run first.
    connect(settings_, &Settings::languageChanged, this, &HardwareInfo::retranslate, Qt::QueuedConnection);
    connect(controller_, &ChatController::modelChanged, this, [this] {
        if (!result_ || result_->modelPath != modelPath()) {
            setSplitError({});  // about the previous model
            replan();
        }
        Q_EMIT runningChanged();
    });
}

HardwareInfo::~HardwareInfo() {
    thread_.quit();
    thread_.wait();
}

void HardwareInfo::start() {
    Q_EMIT requestProbe();
}

void HardwareInfo::onProbed(const HardwareSnapshot& snapshot) {
    snapshot_ = snapshot;
    Q_EMIT machineChanged();
    sendPlan();
}

void HardwareInfo::replan() {
    if (!snapshot_) return;  // the probe's answer plans
    if (!planning_) {
        planning_ = true;
        Q_EMIT planChanged();
    }
    replanTimer_.start();
}

void HardwareInfo::sendPlan() {
    replanTimer_.stop();
    PlanJob job;
    job.seq = ++seq_;
    job.context = settings_->contextLength();
    job.backend = engineBackend(settings_->backend());
    job.gpuLayers = settings_->gpuLayers();
    job.expertsOnCpu = expertsChoice(settings_->expertsOnCpu());
    const QString path = modelPath();
    if (!path.startsWith(QLatin1String("remote:"))) job.modelPath = path;
    planning_ = true;
    Q_EMIT planChanged();
    Q_EMIT requestPlan(job);
}

void HardwareInfo::onPlanned(const PlanResult& result) {
    if (result.seq != seq_) return;  // a newer job is on its way
    result_ = result;
    planning_ = false;
    recommendations_.setRecommendation(result.recommendation);
    Q_EMIT planChanged();
}

void HardwareInfo::retranslate() {
    recommendations_.retranslate();
    Q_EMIT machineChanged();
    Q_EMIT planChanged();
    Q_EMIT runningChanged();
}

QString HardwareInfo::modelPath() const {
    return controller_->modelPath();
}

const hw::ModelFootprint* HardwareInfo::footprint() const {
    if (!result_ || !result_->footprint || result_->modelPath != modelPath()) return nullptr;
    return &*result_->footprint;
}

// ---- the split override

int HardwareInfo::modelLayers() const {
    const hw::ModelFootprint* f = footprint();
    return f ? f->layers : 0;
}

bool HardwareInfo::modelMoe() const {
    const hw::ModelFootprint* f = footprint();
    return f && f->experts > 0;
}

bool HardwareInfo::splitAvailable() const {
    return engineBackend(settings_->backend()) != QLatin1String("cpu");
}

QVariantList HardwareInfo::expertChoices() const {
    auto choice = [](const char* value, const QString& text) {
        return QVariantMap{{QStringLiteral("value"), QString::fromLatin1(value)}, {QStringLiteral("text"), text}};
    };
    return {choice("auto", tr("Automatic")), choice("none", tr("None (every expert on the GPU)")),
            choice("all", tr("All (every layer's experts in RAM)")), choice("custom", tr("These layers…"))};
}

void HardwareInfo::setSplitError(const QString& message) {
    if (splitError_ == message) return;
    splitError_ = message;
    Q_EMIT splitChanged();
}

bool HardwareInfo::setGpuLayers(int gpuLayers) {
    if (gpuLayers >= 0) {
        const int layers = modelLayers();
        if (layers <= 0) {
            setSplitError(tr("The model's layers are not known yet; wait until its plan is shown."));
            return false;
        }
        if (gpuLayers > layers) {
            setSplitError(QStringLiteral("--gpu-layers %1: the model has %2 layers").arg(gpuLayers).arg(layers));
            return false;
        }
    }
    setSplitError({});
    settings_->setGpuLayers(gpuLayers < 0 ? -1 : gpuLayers);
    return true;
}

bool HardwareInfo::setExpertsOnCpu(const QString& expertsOnCpu) {
    const QString choice = expertsChoice(expertsOnCpu);
    if (choice != QLatin1String("auto") && choice != QLatin1String("none")) {
        const hw::ModelFootprint* f = footprint();
        if (!f) {
            setSplitError(tr("The model's layers are not known yet; wait until its plan is shown."));
            return false;
        }
        const QString why = checkExpertLayers(choice, *f);
        if (!why.isEmpty()) {
            setSplitError(why);
            return false;
        }
    }
    setSplitError({});
    settings_->setExpertsOnCpu(choice);
    return true;
}

// ---- the machine

QString HardwareInfo::cpu() const {
    if (!snapshot_ || !snapshot_->error.isEmpty()) return {};
    if (snapshot_->probe) {
        const hw::CpuInfo& c = snapshot_->probe->cpu;
        const QString cores = c.physical_cores > 0 ? tr("%1 cores / %2 threads").arg(c.physical_cores).arg(c.logical_cores)
                                                   : tr("%1 threads").arg(c.logical_cores);
        return tr("%1 (%2), %3, %4 kernels").arg(qs(c.name), qs(c.arch), cores, qs(c.simd));
    }
    const hw::MachineDescription& m = snapshot_->machine;
    QString text = m.cpu_name.empty() ? tr("described CPU") : qs(m.cpu_name);
    if (m.cpu_cores > 0) text += QStringLiteral(", ") + tr("%1 cores").arg(m.cpu_cores);
    if (!m.simd.empty()) text += QStringLiteral(", ") + tr("%1 kernels").arg(qs(m.simd));
    return text;
}

QString HardwareInfo::ram() const {
    if (!snapshot_ || !snapshot_->error.isEmpty()) return {};
    const hw::MachineDescription& m = snapshot_->machine;
    if (m.ram_available > 0) return tr("%1 (%2 available now)").arg(bytes(m.ram_bytes), bytes(m.ram_available));
    return bytes(m.ram_bytes);
}

QVariantList HardwareInfo::gpus() const {
    QVariantList out;
    if (!snapshot_) return out;
    for (const hw::GpuDescription& g : snapshot_->machine.gpus) {
        QStringList apis, drivers;
        if (g.cuda_index >= 0) apis << QStringLiteral("CUDA");
        if (g.vulkan_index >= 0) apis << QStringLiteral("Vulkan");
        if (const auto& probe = snapshot_->probe) {
            if (g.cuda_index >= 0)
                drivers << tr("NVIDIA driver, CUDA %1").arg(cudaVersion(probe->cuda.driver_version));
            for (const hw::VulkanDeviceInfo& v : probe->vulkan.devices) {
                if (v.index != g.vulkan_index) continue;
                QString d = qs(v.driver_name.empty() ? v.vendor : v.driver_name);
                if (!v.driver_info.empty()) d += QLatin1Char(' ') + qs(v.driver_info);
                drivers << tr("%1, Vulkan %2").arg(d, qs(v.api_version));
            }
        } else {
            drivers << tr("described, not probed");
        }
        out.append(QVariantMap{{QStringLiteral("name"), qs(g.name)},
                               {QStringLiteral("type"), deviceType(g.type)},
                               {QStringLiteral("backends"), apis.isEmpty() ? tr("no API") : apis.join(QStringLiteral(" + "))},
                               {QStringLiteral("memory"), bytes(g.memory_bytes)},
                               {QStringLiteral("free"), g.free_bytes ? bytes(g.free_bytes) : QString()},
                               {QStringLiteral("driver"), drivers.join(QStringLiteral("; "))}});
    }
    return out;
}

QString HardwareInfo::gpuNote() const {
    if (!snapshot_ || !snapshot_->error.isEmpty() || !snapshot_->machine.gpus.empty()) return {};
    return tr("No GPU found.");
}

QStringList HardwareInfo::drivers() const {
    QStringList out;
    if (!snapshot_ || !snapshot_->probe) return out;
    const hw::MachineProbe& p = *snapshot_->probe;
    auto line = [](const QString& api, hw::ProbeStatus status, const std::string& message, std::size_t devices) {
        QString text = tr("%1: %2").arg(api, probeStatus(status));
        if (status == hw::ProbeStatus::Ok) text += QStringLiteral(", ") + tr("%n device(s)", "", int(devices));
        if (!message.empty()) text += QStringLiteral(" — ") + qs(message);
        return text;
    };
    out << line(QStringLiteral("CUDA"), p.cuda.status, p.cuda.message, p.cuda.devices.size());
    out << line(QStringLiteral("Vulkan"), p.vulkan.status, p.vulkan.message, p.vulkan.devices.size());
    return out;
}

QStringList HardwareInfo::builtBackends() const {
    QStringList out;
    for (hw::Backend b : hw::built_backends()) out << QString::fromLatin1(hw::to_string(b));
    return out;
}

QVariantList HardwareInfo::backendChoices() const {
    QVariantList out;
    for (const QString& value : app::backendChoices())
        out.append(QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("text"), backendName(value)}});
    return out;
}

// ---- plans

QVariantMap HardwareInfo::modelPlan() const {
    const QString path = modelPath();
    QVariantMap m{{QStringLiteral("path"), path}, {QStringLiteral("model"), QFileInfo(path).fileName()}};
    auto state = [&m](const char* s) {
        m.insert(QStringLiteral("state"), QString::fromLatin1(s));
        return m;
    };
    if (path.startsWith(QLatin1String("remote:"))) return state("remote");
    if (snapshot_ && !snapshot_->error.isEmpty()) {
        m.insert(QStringLiteral("error"), snapshot_->error);
        return state("error");
    }
    if (!result_ || result_->modelPath != path) return state("waiting");
    if (path.isEmpty()) return state("none");
    if (!result_->plan) {
        m.insert(QStringLiteral("error"), result_->planError);
        return state("error");
    }
    const hw::Plan& p = *result_->plan;
    const hw::ModelFootprint& f = *result_->footprint;
    const hw::MemoryPlan& mem = p.memory;
    QStringList reasons;
    for (const std::string& r : p.reasons) reasons << qs(r);
    m.insert(QStringLiteral("backend"), ui::RecommendationModel::backendText(p));
    m.insert(QStringLiteral("device"), qs(p.device_name));
    m.insert(QStringLiteral("context"), p.context);
    m.insert(QStringLiteral("wishedContext"), p.wished_context);
    m.insert(QStringLiteral("fit"), ui::RecommendationModel::fitKey(p.fit));
    m.insert(QStringLiteral("fitText"), ui::RecommendationModel::fitText(p.fit));
    m.insert(QStringLiteral("total"), bytes(mem.total()));
    m.insert(QStringLiteral("usable"), bytes(mem.usable()));
    m.insert(QStringLiteral("headline"),
             tr("Planned on %1 with %2 tokens of context: %3 of %4 usable — %5")
                 .arg(where(p)).arg(p.context).arg(bytes(mem.total()), bytes(mem.usable()),
                                                   ui::RecommendationModel::fitText(p.fit)));
    m.insert(QStringLiteral("weights"), f.exact ? tr("%1 of weights (exact, from the file)").arg(bytes(f.weight_bytes))
                                                : tr("%1 of weights (estimated)").arg(bytes(f.weight_bytes)));
    m.insert(QStringLiteral("memory"), tr("weights %1 + KV cache %2 + working %3 + runtime %4 = %5 of %6 usable (%7, %8 kept free)")
                                           .arg(bytes(mem.weights), bytes(mem.kv_cache), bytes(mem.working), bytes(mem.runtime),
                                                bytes(mem.total()), bytes(mem.usable()), bytes(mem.capacity), bytes(mem.headroom)));
    // A model larger than the GPU is split with the CPU: say how, and what the RAM holds.
    QString split;
    if (p.split != hw::Split::None) {
        split = tr("Split with the CPU: %1 of %2 layers on the GPU").arg(p.gpu_layers < 0 ? f.layers : p.gpu_layers).arg(f.layers);
        const std::string experts = hw::experts_on_cpu_text(p);
        if (!experts.empty()) split += QStringLiteral(", ") + tr("experts of layers %1 in RAM").arg(qs(experts));
        split += QStringLiteral("; ") + tr("%1 in RAM").arg(bytes(p.host_memory.total()));
    }
    m.insert(QStringLiteral("split"), split);
    m.insert(QStringLiteral("gpuLayers"), p.backend == hw::Backend::Cpu ? 0 : p.gpu_layers < 0 ? f.layers : p.gpu_layers);
    m.insert(QStringLiteral("expertsOnCpu"), qs(hw::experts_on_cpu_text(p)));
    m.insert(QStringLiteral("speed"), p.est_tokens_per_s > 0
                                          ? tr("roughly %1 tokens/s when generating").arg(qRound(p.est_tokens_per_s))
                                          : QString());
    m.insert(QStringLiteral("summary"), qs(p.summary));
    m.insert(QStringLiteral("reasons"), reasons);
    return state("ready");
}

QString HardwareInfo::running() const {
    const QString state = controller_->modelState();
    if (state == QLatin1String("loading")) return tr("Loading %1…").arg(controller_->modelName());
    if (state != QLatin1String("ready")) return tr("No model is loaded.");
    if (controller_->modelPath().startsWith(QLatin1String("remote:")))
        return tr("New messages are answered by the remote engine %1.").arg(controller_->modelName());
    return tr("%1 runs on %2 with %3 tokens of context.")
        .arg(controller_->modelName(), backendName(controller_->modelBackend()))
        .arg(controller_->contextLength());
}

QString HardwareInfo::recommendationSummary() const {
    if (!result_ || result_->recommendation.entries.empty()) return {};
    const hw::Recommendation& r = result_->recommendation;
    if (!r.best)
        return tr("No Qwen3 model runs comfortably here; models marked tight may still load but leave little room or run slowly.");
    const hw::RecommendationEntry& e = r.entries[*r.best];
    return tr("Best pick for this computer: %1 %2 on %3 with %4 tokens of context.")
        .arg(qs(e.model), qs(e.quant), where(e.plan))
        .arg(e.plan.context);
}

}  // namespace qwendesk::app
