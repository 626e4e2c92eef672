// HardwareInfo, the C++ behind Settings → Hardware and the model picker, driven without a window: the
// recommendation rows and the plan of a model file for a described machine (the planner's text input, not
// the real probe, so the numbers are the same on every computer), the backend override stored in the
// settings and reaching the engine, the split override (GPU layers, MoE experts in RAM: stored, validated,
// passed to EngineOptions and planned with the planner's force_* fields), and the probe running off the GUI thread.
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "backend_choice.h"
#include "chat_controller.h"
#include "fake_engine.h"
#include "hardware_info.h"
#include "settings.h"

using namespace qwendesk::app;
using qwendesk::hw::Backend;
using qwendesk::ui::RecommendationModel;

namespace {

const QString kRtx4060 = QStringLiteral("gpu=NVIDIA GeForce RTX 4060:8GiB,ram=16GiB");
const std::set<Backend> kAllBackends{Backend::Cpu, Backend::Cuda, Backend::Vulkan};

QString fixtureGguf() { return QStringLiteral(QWENDESK_FIXTURES_DIR "/gguf/qwen3-small-dense-q4_k_m.gguf"); }
QString fixtureMoe() { return QStringLiteral(QWENDESK_FIXTURES_DIR "/gguf/qwen3-tiny-moe-q8_0.gguf"); }
QString qs(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

class TstHardwareInfo : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> dir_;
    std::shared_ptr<FakeState> state_;
    std::unique_ptr<Settings> settings_;
    std::unique_ptr<ChatController> app_;
    std::unique_ptr<HardwareInfo> hw_;

    void make(MachineSource source) {
        hw_ = std::make_unique<HardwareInfo>(app_.get(), settings_.get(), std::move(source));
        hw_->start();
    }
    bool waitForPlan(int ms = 10000) {
        return QTest::qWaitFor([&] { return hw_->ready() && !hw_->planning() && hw_->lastPlan(); }, ms);
    }
    QVariant role(int row, int role) { return hw_->recommendations()->data(hw_->recommendations()->index(row), role); }
    int rowOf(const QString& model, const QString& quant) {
        for (int r = 0; r < hw_->recommendations()->rowCount(); ++r)
            if (role(r, RecommendationModel::ModelRole) == model && role(r, RecommendationModel::QuantRole) == quant) return r;
        return -1;
    }
    QString lastBackend() {
        std::lock_guard lock(state_->mutex);
        return qs(state_->lastBackend);
    }
    qwendesk::EngineOptions lastOptions() {
        std::lock_guard lock(state_->mutex);
        return state_->lastOptions;
    }
    // The model in use is `path`, loaded, and its plan (or plan error) for the current settings is shown.
    bool useModel(const QString& path) {
        settings_->setModelPath(path);
        return QTest::qWaitFor([&] {
            return app_->modelState() == QLatin1String("ready") && !hw_->planning() && hw_->lastPlan() &&
                   hw_->lastPlan()->modelPath == path;
        }, 5000);
    }
    // Every load asked for has happened and the model is ready.
    bool settled() {
        for (int n = -1; n != state_->loads;) {
            n = state_->loads;
            QTest::qWait(60);
        }
        return QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready") && !hw_->planning(); }, 5000);
    }
    // A change of the override was loaded and planned again.
    bool reloadedAndPlanned(int loadsBefore) {
        return QTest::qWaitFor([&] {
            return state_->loads > loadsBefore && app_->modelState() == QLatin1String("ready") && !hw_->planning();
        }, 5000);
    }

private slots:
    void init() {
        dir_ = std::make_unique<QTemporaryDir>();
        state_ = std::make_shared<FakeState>();
        settings_ = std::make_unique<Settings>(dir_->filePath(QStringLiteral("settings.ini")));
        settings_->setContextLength(8192);
        app_ = std::make_unique<ChatController>(settings_.get(), fakeFactory(state_), dir_->filePath(QStringLiteral("h.db")),
                                                QStringLiteral("/opt/demo-model"));
        app_->start();
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready"); }, 5000));
    }
    void cleanup() {
        hw_.reset();
        app_.reset();
        settings_.reset();
    }

    // Every Qwen3 model x quantisation, as `qwendesk-cli plan --recommend --assume ... --ctx 8192` plans it.
    void recommendationRowsForADescribedMachine() {
        make(describedMachine(kRtx4060, kAllBackends));
        QVERIFY(waitForPlan());
        QVERIFY(hw_->described());
        QVERIFY(hw_->error().isEmpty());

        qwendesk::hw::PlanRequest request;
        request.context = 8192;
        request.backends = kAllBackends;
        const qwendesk::hw::Recommendation expected =
            qwendesk::hw::recommend(qwendesk::hw::parse_machine(kRtx4060.toStdString()), request);
        RecommendationModel* m = hw_->recommendations();
        QCOMPARE(m->rowCount(), int(expected.entries.size()));
        QCOMPARE(m->rowCount(), int(qwendesk::hw::recommended_models().size() * qwendesk::hw::quant_names().size()));
        for (int r = 0; r < m->rowCount(); ++r) {
            const auto& e = expected.entries[std::size_t(r)];
            QCOMPARE(role(r, RecommendationModel::ModelRole).toString(), qs(e.model));
            QCOMPARE(role(r, RecommendationModel::QuantRole).toString(), qs(e.quant));
            QCOMPARE(role(r, RecommendationModel::FitRole).toString(), RecommendationModel::fitKey(e.plan.fit));
            QCOMPARE(role(r, RecommendationModel::ContextRole).toInt(), e.plan.context);
            QCOMPARE(role(r, RecommendationModel::BackendRole).toString(),
                     QString::fromLatin1(to_string(e.plan.backend)) + (e.plan.split != qwendesk::hw::Split::None ? "+cpu" : ""));
            QCOMPARE(role(r, RecommendationModel::MemoryRole).toString(), qs(qwendesk::hw::format_bytes(e.plan.memory.total())));
            QCOMPARE(role(r, RecommendationModel::BestForModelRole).toBool(), e.best_for_model);
            QCOMPARE(role(r, RecommendationModel::FirstOfModelRole).toBool(),
                     r == 0 || expected.entries[std::size_t(r - 1)].model != e.model);
        }

        // The shape of docs/hardware.md's table for this machine: small models fit on the GPU, the 32B in BF16
        // is too large anywhere, and some entries in between are tight.
        const int small = rowOf(QStringLiteral("qwen3-0.6b"), QStringLiteral("Q4_K_M"));
        QVERIFY(small >= 0);
        QCOMPARE(role(small, RecommendationModel::FitRole).toString(), QStringLiteral("fits"));
        QCOMPARE(role(small, RecommendationModel::FitTextRole).toString(), QStringLiteral("fits"));
        QCOMPARE(role(small, RecommendationModel::BackendRole).toString(), QStringLiteral("cuda"));
        QCOMPARE(role(small, RecommendationModel::DeviceRole).toString(), QStringLiteral("NVIDIA GeForce RTX 4060"));
        QCOMPARE(role(small, RecommendationModel::ContextRole).toInt(), 8192);
        const int huge = rowOf(QStringLiteral("qwen3-32b"), QStringLiteral("BF16"));
        QCOMPARE(role(huge, RecommendationModel::FitRole).toString(), QStringLiteral("too_large"));
        QCOMPARE(role(huge, RecommendationModel::FitTextRole).toString(), QStringLiteral("too large"));
        bool anyTight = false;
        for (int r = 0; r < m->rowCount(); ++r) anyTight |= role(r, RecommendationModel::FitRole) == QLatin1String("tight");
        QVERIFY(anyTight);

        // The overall pick is marked and named in the summary.
        QVERIFY(expected.best.has_value());
        QCOMPARE(m->bestRow(), int(*expected.best));
        QVERIFY(role(m->bestRow(), RecommendationModel::BestRole).toBool());
        const auto& best = expected.entries[*expected.best];
        QVERIFY2(hw_->recommendationSummary().contains(qs(best.model) + QLatin1Char(' ') + qs(best.quant)),
                 qPrintable(hw_->recommendationSummary()));

        // The described machine, as Settings → Hardware shows it.
        const QVariantList gpus = hw_->gpus();
        QCOMPARE(gpus.size(), 1);
        const QVariantMap gpu = gpus.first().toMap();
        QCOMPARE(gpu.value(QStringLiteral("name")).toString(), QStringLiteral("NVIDIA GeForce RTX 4060"));
        QCOMPARE(gpu.value(QStringLiteral("memory")).toString(), QStringLiteral("8.00 GiB"));
        QCOMPARE(gpu.value(QStringLiteral("backends")).toString(), QStringLiteral("CUDA + Vulkan"));
        QVERIFY(!gpu.value(QStringLiteral("driver")).toString().isEmpty());
        QVERIFY(hw_->gpuNote().isEmpty());
        QCOMPARE(hw_->ram(), QStringLiteral("16.00 GiB"));

        // A longer context is planned again.
        settings_->setContextLength(32768);
        QVERIFY(QTest::qWaitFor([&] { return !hw_->planning() && role(small, RecommendationModel::WishedContextRole).toInt() == 32768; }, 5000));
    }

    // The model in use: its plan (backend, context, memory) is there while it loads and stays after.
    void planForAModelFile() {
        if (!QFileInfo::exists(fixtureGguf())) QSKIP("the shared fixtures are not here");
        make(describedMachine(kRtx4060, kAllBackends));
        QVERIFY(waitForPlan());
        QCOMPARE(hw_->modelPlan().value(QStringLiteral("state")).toString(), QStringLiteral("error"));  // /opt/demo-model is absent
        app_->chooseModel(QUrl::fromLocalFile(fixtureGguf()));
        QVERIFY(QTest::qWaitFor([&] { return hw_->modelPlan().value(QStringLiteral("state")) == QLatin1String("ready"); }, 5000));

        qwendesk::hw::PlanRequest request;
        request.context = 8192;
        request.backends = kAllBackends;
        const qwendesk::hw::Plan expected = qwendesk::hw::plan(qwendesk::hw::parse_machine(kRtx4060.toStdString()),
                                                               qwendesk::hw::footprint_from_file(fixtureGguf().toStdString()), request);
        const QVariantMap plan = hw_->modelPlan();
        QCOMPARE(plan.value(QStringLiteral("backend")).toString(), RecommendationModel::backendText(expected));
        QVERIFY(plan.value(QStringLiteral("split")).toString().isEmpty());  // a 2 MiB model needs no split
        QCOMPARE(plan.value(QStringLiteral("backend")).toString(), QStringLiteral("cuda"));
        QCOMPARE(plan.value(QStringLiteral("device")).toString(), QStringLiteral("NVIDIA GeForce RTX 4060"));
        QCOMPARE(plan.value(QStringLiteral("context")).toInt(), expected.context);
        QCOMPARE(plan.value(QStringLiteral("fit")).toString(), QStringLiteral("fits"));
        QCOMPARE(plan.value(QStringLiteral("total")).toString(), qs(qwendesk::hw::format_bytes(expected.memory.total())));
        QCOMPARE(plan.value(QStringLiteral("summary")).toString(), qs(expected.summary));
        QCOMPARE(plan.value(QStringLiteral("reasons")).toStringList().size(), int(expected.reasons.size()));
        QVERIFY(plan.value(QStringLiteral("weights")).toString().contains(QLatin1String("exact")));
        QVERIFY(plan.value(QStringLiteral("headline")).toString().contains(QLatin1String("8192")));

        // After loading: what the engine reports it runs on.
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready"); }, 5000));
        QVERIFY2(hw_->running().contains(QLatin1String("qwen3-small-dense-q4_k_m.gguf")) && hw_->running().contains(QLatin1String("4096")),
                 qPrintable(hw_->running()));

        // A file that is not a model gets the reader's error instead of a plan.
        app_->chooseModel(QUrl::fromLocalFile(dir_->filePath(QStringLiteral("missing.gguf"))));
        QVERIFY(QTest::qWaitFor([&] { return hw_->modelPlan().value(QStringLiteral("state")) == QLatin1String("error"); }, 5000));
        QVERIFY(!hw_->modelPlan().value(QStringLiteral("error")).toString().isEmpty());

        // A remote engine's model has no local plan.
        settings_->setModelPath(QStringLiteral("remote:abc/Qwen/Qwen3-32B"));
        QCOMPARE(hw_->modelPlan().value(QStringLiteral("state")).toString(), QStringLiteral("remote"));
    }

    // The backend override: only built backends are offered, the choice is stored in the settings, reaches
    // the engine's options and the plan; a stored backend this build lacks falls back to auto.
    void backendOverrideRoundTrips() {
        make(describedMachine(kRtx4060, kAllBackends));
        QVERIFY(waitForPlan());
        QStringList offered;
        for (const QVariant& c : hw_->backendChoices()) offered << c.toMap().value(QStringLiteral("value")).toString();
        QCOMPARE(offered.first(), QStringLiteral("auto"));
        QCOMPARE(offered, backendChoices());
        QCOMPARE(offered.mid(1), hw_->builtBackends());
        QVERIFY(offered.contains(QStringLiteral("cpu")));
        for (const QString& b : {QStringLiteral("cuda"), QStringLiteral("vulkan")})
            QCOMPARE(offered.contains(b), qwendesk::hw::built_backends().count(qwendesk::hw::parse_backend(b.toStdString())) == 1);
        QCOMPARE(lastBackend(), QStringLiteral("auto"));

        const int loads = state_->loads;
        settings_->setBackend(QStringLiteral("cpu"));
        QVERIFY(QTest::qWaitFor([&] { return state_->loads > loads && app_->modelState() == QLatin1String("ready"); }, 5000));
        QCOMPARE(lastBackend(), QStringLiteral("cpu"));
        QCOMPARE(Settings(dir_->filePath(QStringLiteral("settings.ini"))).backend(), QStringLiteral("cpu"));

        if (QFileInfo::exists(fixtureGguf())) {
            settings_->setModelPath(fixtureGguf());
            QVERIFY(QTest::qWaitFor([&] { return hw_->modelPlan().value(QStringLiteral("state")) == QLatin1String("ready"); }, 5000));
            QCOMPARE(hw_->modelPlan().value(QStringLiteral("backend")).toString(), QStringLiteral("cpu"));  // forced off the GPU
            settings_->setBackend(QStringLiteral("auto"));
            QVERIFY(QTest::qWaitFor([&] { return !hw_->planning() && hw_->modelPlan().value(QStringLiteral("backend")) == QLatin1String("cuda"); }, 5000));
        }

        // Settings copied from a build with more backends: the engine gets "auto", not a load failure.
        QCOMPARE(engineBackend(QStringLiteral("CPU")), QStringLiteral("cpu"));
        QCOMPARE(engineBackend(QStringLiteral("no-such-backend")), QStringLiteral("auto"));
        settings_->setBackend(QStringLiteral("no-such-backend"));
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready"); }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return lastBackend() == QLatin1String("auto"); }, 5000));
        QCOMPARE(Settings(dir_->filePath(QStringLiteral("settings.ini"))).backend(), QStringLiteral("no-such-backend"));
    }

    // The split override is stored in the settings, survives a restart, and returns to automatic for another model.
    void splitOverrideRoundTrips() {
        if (!QFileInfo::exists(fixtureMoe())) QSKIP("the shared fixtures are not here");
        make(describedMachine(kRtx4060, kAllBackends));
        QVERIFY(waitForPlan());
        QCOMPARE(settings_->gpuLayers(), -1);
        QCOMPARE(settings_->expertsOnCpu(), QStringLiteral("auto"));
        QVERIFY(useModel(fixtureMoe()));
        const auto footprint = qwendesk::hw::footprint_from_file(fixtureMoe().toStdString());
        QCOMPARE(hw_->modelLayers(), footprint.layers);
        QVERIFY(hw_->modelMoe());
        QVERIFY(hw_->splitAvailable());

        QVERIFY(hw_->setGpuLayers(footprint.layers - 1));
        QVERIFY(hw_->setExpertsOnCpu(QStringLiteral(" 0 , 1 ")));  // white space is dropped
        QCOMPARE(settings_->gpuLayers(), footprint.layers - 1);
        QCOMPARE(settings_->expertsOnCpu(), QStringLiteral("0,1"));
        {
            Settings again(dir_->filePath(QStringLiteral("settings.ini")));
            QCOMPARE(again.gpuLayers(), footprint.layers - 1);
            QCOMPARE(again.expertsOnCpu(), QStringLiteral("0,1"));
        }
        for (const QString& choice : {QStringLiteral("ALL"), QStringLiteral("none"), QStringLiteral("auto")}) {
            QVERIFY(hw_->setExpertsOnCpu(choice));
            QCOMPARE(Settings(dir_->filePath(QStringLiteral("settings.ini"))).expertsOnCpu(), choice.toLower());
        }
        QVERIFY(hw_->setGpuLayers(-1));
        QCOMPARE(Settings(dir_->filePath(QStringLiteral("settings.ini"))).gpuLayers(), -1);
        QVERIFY(hw_->setGpuLayers(0));  // 0..layers are offered; the planner explains why 0 is no plan
        QVERIFY(QTest::qWaitFor([&] { return !hw_->planning() && hw_->modelPlan().value(QStringLiteral("state")) == QLatin1String("error"); }, 5000));
        QVERIFY2(hw_->modelPlan().value(QStringLiteral("error")).toString().contains(QLatin1String("--gpu-layers 0")),
                 qPrintable(hw_->modelPlan().value(QStringLiteral("error")).toString()));

        // Another model: the layer count and layer list of this one no longer apply.
        QVERIFY(settled());
        int loads = state_->loads;
        QVERIFY(hw_->setGpuLayers(2));
        QVERIFY(hw_->setExpertsOnCpu(QStringLiteral("all")));
        QVERIFY(QTest::qWaitFor([&] { return state_->loads == loads + 2 && app_->modelState() == QLatin1String("ready"); }, 5000));
        if (QFileInfo::exists(fixtureGguf())) {
            QVERIFY(settled());
            loads = state_->loads;
            QVERIFY(useModel(fixtureGguf()));
            QCOMPARE(state_->loads, loads + 1);  // one reload, not one per reset setting
            QCOMPARE(settings_->gpuLayers(), -1);
            QCOMPARE(settings_->expertsOnCpu(), QStringLiteral("auto"));
            QVERIFY(!hw_->modelMoe());  // the dense model shows no experts control
            QCOMPARE(hw_->modelLayers(), int(qwendesk::hw::footprint_from_file(fixtureGguf().toStdString()).layers));
        }
    }

    // What the engine is asked to run: nothing set follows the engine's own plan (-1, ""); an override gives the
    // numbers and text; the CPU backend (or the CPU for this session) gets no split, which the engine would reject.
    void splitOverrideReachesTheEngine() {
        if (!QFileInfo::exists(fixtureMoe())) QSKIP("the shared fixtures are not here");
        make(describedMachine(kRtx4060, kAllBackends));
        QVERIFY(waitForPlan());
        QVERIFY(useModel(fixtureMoe()));
        QCOMPARE(lastBackend(), QStringLiteral("auto"));
        QCOMPARE(lastOptions().gpu_layers, -1);
        QCOMPARE(qs(lastOptions().experts_on_cpu), QString());

        int loads = state_->loads;
        QVERIFY(hw_->setGpuLayers(1));
        QVERIFY(reloadedAndPlanned(loads));
        QCOMPARE(lastOptions().gpu_layers, 1);
        QCOMPARE(qs(lastOptions().experts_on_cpu), QString());

        loads = state_->loads;
        QVERIFY(hw_->setExpertsOnCpu(QStringLiteral("0-1")));
        QVERIFY(reloadedAndPlanned(loads));
        QCOMPARE(lastOptions().gpu_layers, 1);
        QCOMPARE(qs(lastOptions().experts_on_cpu), QStringLiteral("0-1"));

        loads = state_->loads;
        QVERIFY(hw_->setGpuLayers(-1));
        QVERIFY(reloadedAndPlanned(loads));
        QCOMPARE(lastOptions().gpu_layers, -1);
        QCOMPARE(qs(lastOptions().experts_on_cpu), QStringLiteral("0-1"));

        // "None" is said to the engine, so that with the backend on auto it does not split by its own plan.
        loads = state_->loads;
        QVERIFY(hw_->setExpertsOnCpu(QStringLiteral("none")));
        QVERIFY(reloadedAndPlanned(loads));
        QCOMPARE(lastOptions().gpu_layers, -1);
        QCOMPARE(qs(lastOptions().experts_on_cpu), QStringLiteral("none"));

        loads = state_->loads;
        QVERIFY(hw_->setExpertsOnCpu(QStringLiteral("all")));
        QVERIFY(reloadedAndPlanned(loads));
        QCOMPARE(qs(lastOptions().experts_on_cpu), QStringLiteral("all"));

        // The CPU backend: the controls are off and the engine gets no split; the stored override stays.
        loads = state_->loads;
        settings_->setBackend(QStringLiteral("cpu"));
        QVERIFY(reloadedAndPlanned(loads));
        QVERIFY(!hw_->splitAvailable());
        QCOMPARE(lastBackend(), QStringLiteral("cpu"));
        QCOMPARE(lastOptions().gpu_layers, -1);
        QCOMPARE(qs(lastOptions().experts_on_cpu), QString());
        QCOMPARE(hw_->modelPlan().value(QStringLiteral("state")).toString(), QStringLiteral("ready"));  // not planned as a split
        QCOMPARE(hw_->modelPlan().value(QStringLiteral("backend")).toString(), QStringLiteral("cpu"));
        QCOMPARE(settings_->expertsOnCpu(), QStringLiteral("all"));
        QCOMPARE(engineSplit(QStringLiteral("cpu"), 3, QStringLiteral("all")).gpuLayers, -1);
        QVERIFY(engineSplit(QStringLiteral("cpu"), 3, QStringLiteral("all")).expertsOnCpu.isEmpty());

        loads = state_->loads;
        settings_->setBackend(QStringLiteral("auto"));
        QVERIFY(reloadedAndPlanned(loads));
        QVERIFY(hw_->splitAvailable());
        QCOMPARE(qs(lastOptions().experts_on_cpu), QStringLiteral("all"));

        // Back to automatic: the engine follows its plan again.
        loads = state_->loads;
        QVERIFY(hw_->setExpertsOnCpu(QStringLiteral("auto")));
        QVERIFY(reloadedAndPlanned(loads));
        QCOMPARE(lastOptions().gpu_layers, -1);
        QCOMPARE(qs(lastOptions().experts_on_cpu), QString());
    }

    // The plan shown for an override is the planner's plan with the same force_* fields: the memory on the GPU
    // and in RAM, the speed and the "As asked" reasons are those of what will run.
    void planWithSplitOverrideEqualsThePlanner() {
        if (!QFileInfo::exists(fixtureMoe())) QSKIP("the shared fixtures are not here");
        make(describedMachine(kRtx4060, kAllBackends));
        QVERIFY(waitForPlan());
        QVERIFY(useModel(fixtureMoe()));
        const auto machine = qwendesk::hw::parse_machine(kRtx4060.toStdString());
        const auto footprint = qwendesk::hw::footprint_from_file(fixtureMoe().toStdString());
        QVERIFY(footprint.layers >= 2);
        QCOMPARE(hw_->modelPlan().value(QStringLiteral("split")).toString(), QString());  // a tiny model: no split of its own

        struct Case {
            int gpuLayers;
            QString experts;
        };
        for (const Case& c : {Case{footprint.layers - 1, QStringLiteral("auto")}, Case{-1, QStringLiteral("0-1")},
                              Case{footprint.layers - 1, QStringLiteral("all")}, Case{-1, QStringLiteral("none")}}) {
            const int loads = state_->loads;
            QVERIFY(hw_->setGpuLayers(c.gpuLayers));
            QVERIFY(hw_->setExpertsOnCpu(c.experts));
            QVERIFY(reloadedAndPlanned(loads));
            QVERIFY(QTest::qWaitFor([&] { return !hw_->planning(); }, 5000));

            qwendesk::hw::PlanRequest request;
            request.context = 8192;
            request.min_context = std::min(8192, qwendesk::hw::kMinimumContext);
            request.backends = kAllBackends;
            if (c.gpuLayers >= 0) request.force_gpu_layers = c.gpuLayers;
            if (c.experts == QLatin1String("none")) request.force_experts_on_cpu = std::vector<int>{};
            else if (c.experts != QLatin1String("auto"))
                request.force_experts_on_cpu = qwendesk::hw::parse_layer_list(c.experts.toStdString(), footprint);
            const qwendesk::hw::Plan expected = qwendesk::hw::plan(machine, footprint, request);

            const QVariantMap plan = hw_->modelPlan();
            const QString label = QStringLiteral("%1/%2").arg(c.gpuLayers).arg(c.experts);
            QVERIFY2(plan.value(QStringLiteral("state")) == QLatin1String("ready"), qPrintable(label + plan.value(QStringLiteral("error")).toString()));
            QCOMPARE(plan.value(QStringLiteral("backend")).toString(), RecommendationModel::backendText(expected));
            QCOMPARE(plan.value(QStringLiteral("context")).toInt(), expected.context);
            QCOMPARE(plan.value(QStringLiteral("total")).toString(), qs(qwendesk::hw::format_bytes(expected.memory.total())));
            QCOMPARE(plan.value(QStringLiteral("summary")).toString(), qs(expected.summary));
            QStringList reasons;
            for (const std::string& r : expected.reasons) reasons << qs(r);
            QCOMPARE(plan.value(QStringLiteral("reasons")).toStringList(), reasons);
            QCOMPARE(plan.value(QStringLiteral("gpuLayers")).toInt(), expected.gpu_layers < 0 ? footprint.layers : expected.gpu_layers);
            QCOMPARE(plan.value(QStringLiteral("expertsOnCpu")).toString(), qs(qwendesk::hw::experts_on_cpu_text(expected)));
            QCOMPARE(plan.value(QStringLiteral("speed")).toString().isEmpty(), expected.est_tokens_per_s <= 0);
            if (expected.est_tokens_per_s > 0)
                QVERIFY2(plan.value(QStringLiteral("speed")).toString().contains(QString::number(qRound(expected.est_tokens_per_s))), qPrintable(label));
            const QString split = plan.value(QStringLiteral("split")).toString();
            if (c.experts == QLatin1String("none")) {
                QCOMPARE(expected.split, qwendesk::hw::Split::None);  // every layer and expert on the GPU, as asked
                QVERIFY(split.isEmpty());
            } else {
                QVERIFY2(expected.split != qwendesk::hw::Split::None, qPrintable(label));
                QVERIFY2(split.contains(qs(qwendesk::hw::format_bytes(expected.host_memory.total()))), qPrintable(split));
                QVERIFY2(reasons.filter(QStringLiteral("As asked: ")).size() == 1, qPrintable(reasons.join(QLatin1Char('\n'))));
            }
        }
    }

    // A layer list the parser cannot read, or with layers the model lacks, is not applied: the parser's message
    // is shown, the setting and the loaded model stay as they were.
    void invalidExpertLayersAreRejected() {
        if (!QFileInfo::exists(fixtureMoe())) QSKIP("the shared fixtures are not here");
        make(describedMachine(kRtx4060, kAllBackends));
        QVERIFY(waitForPlan());
        QVERIFY(useModel(fixtureMoe()));
        const auto footprint = qwendesk::hw::footprint_from_file(fixtureMoe().toStdString());
        QVERIFY(hw_->setExpertsOnCpu(QStringLiteral("0")));
        QVERIFY(QTest::qWaitFor([&] { return app_->modelState() == QLatin1String("ready") && !hw_->planning(); }, 5000));
        const int loads = state_->loads;
        QSignalSpy changed(hw_.get(), &HardwareInfo::splitChanged);
        for (const QString& bad : {QStringLiteral("0-3,x"), QStringLiteral("5-2"), QStringLiteral("0-999"), QStringLiteral(","),
                                   QStringLiteral("these")}) {
            QString parser;
            try {
                qwendesk::hw::parse_layer_list(bad.toStdString(), footprint);
            } catch (const std::exception& e) {
                parser = QString::fromStdString(e.what());
            }
            QVERIFY2(!parser.isEmpty(), qPrintable(bad));
            QVERIFY(!hw_->setExpertsOnCpu(bad));
            QCOMPARE(hw_->splitError(), parser);
            QCOMPARE(settings_->expertsOnCpu(), QStringLiteral("0"));
        }
        QVERIFY(changed.count() >= 1);
        QVERIFY(!hw_->setGpuLayers(footprint.layers + 1));
        QVERIFY(hw_->splitError().contains(QString::number(footprint.layers)));
        QCOMPARE(settings_->gpuLayers(), -1);
        QTest::qWait(150);
        QCOMPARE(state_->loads, loads);  // nothing was loaded again
        QCOMPARE(lastOptions().gpu_layers, -1);
        QCOMPARE(qs(lastOptions().experts_on_cpu), QStringLiteral("0"));

        // A valid list clears the message.
        QVERIFY(hw_->setExpertsOnCpu(QStringLiteral("0-1")));
        QVERIFY(hw_->splitError().isEmpty());

        // A dense model has no experts to keep in RAM.
        if (QFileInfo::exists(fixtureGguf())) {
            QVERIFY(useModel(fixtureGguf()));
            QVERIFY(!hw_->setExpertsOnCpu(QStringLiteral("all")));
            QVERIFY2(hw_->splitError().contains(QLatin1String("no experts")), qPrintable(hw_->splitError()));
            QCOMPARE(settings_->expertsOnCpu(), QStringLiteral("auto"));
        }
    }

    void noGpuAndUnreadableDescriptions() {
        make(describedMachine(QStringLiteral("ram=8GiB,cores=4")));
        QVERIFY(waitForPlan());
        QVERIFY(hw_->gpus().isEmpty());
        QCOMPARE(hw_->gpuNote(), QStringLiteral("No GPU found."));
        QCOMPARE(hw_->ram(), QStringLiteral("8.00 GiB"));
        QVERIFY(hw_->cpu().contains(QLatin1String("4 cores")));
        for (int r = 0; r < hw_->recommendations()->rowCount(); ++r)
            QCOMPARE(role(r, RecommendationModel::BackendRole).toString(), QStringLiteral("cpu"));

        hw_.reset();
        make(describedMachine(QStringLiteral("gpu=nonsense")));
        QVERIFY(QTest::qWaitFor([&] { return hw_->ready(); }, 5000));
        QVERIFY(!hw_->error().isEmpty());
        QVERIFY(hw_->gpus().isEmpty() && hw_->gpuNote().isEmpty() && hw_->cpu().isEmpty());
        QCOMPARE(hw_->modelPlan().value(QStringLiteral("state")).toString(), QStringLiteral("error"));
        QVERIFY(QTest::qWaitFor([&] { return !hw_->planning(); }, 5000));
        QCOMPARE(hw_->recommendations()->rowCount(), 0);
    }

    // A slow probe (a driver taking its time) never blocks the GUI thread: timers keep firing meanwhile.
    void probeRunsOffTheGuiThread() {
        QThread* gui = QThread::currentThread();
        std::atomic<bool> onGui{true};
        make([&onGui, gui] {
            onGui = QThread::currentThread() == gui;
            QThread::msleep(400);
            return describedMachine(QStringLiteral("ram=8GiB"))();
        });
        QVERIFY(!hw_->ready());
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(20);
        QVERIFY(waitForPlan());
        QVERIFY(!onGui);
        QVERIFY2(ticks >= 8, qPrintable(QString::number(ticks)));
    }

    // The real probe of this computer: it answers, reports the CPU and each driver API's state.
    void realProbe() {
        make(probeThisMachine());
        QVERIFY(waitForPlan(30000));
        QVERIFY(!hw_->described());
        QVERIFY(hw_->error().isEmpty());
        QVERIFY(!hw_->cpu().isEmpty());
        QVERIFY(!hw_->ram().isEmpty());
        QCOMPARE(hw_->drivers().size(), 2);
        QVERIFY(hw_->gpus().isEmpty() != hw_->gpuNote().isEmpty());
        QVERIFY(hw_->recommendations()->rowCount() > 0);
        qInfo("%s | %s | %s", qPrintable(hw_->cpu()), qPrintable(hw_->ram()), qPrintable(hw_->drivers().join(QStringLiteral(" | "))));
    }
};

QTEST_MAIN(TstHardwareInfo)

#include "tst_hardware_info.moc"
