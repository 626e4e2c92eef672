#include "backend_choice.h"

#include <QRegularExpression>

#include <exception>

namespace qwendesk::app {

QStringList backendChoices() {
    QStringList out{QStringLiteral("auto")};
    for (hw::Backend b : hw::built_backends()) out.append(QString::fromLatin1(hw::to_string(b)));
    return out;
}

QString engineBackend(const QString& stored) {
    const QString wanted = stored.trimmed().toLower();
    return backendChoices().contains(wanted) ? wanted : QStringLiteral("auto");
}

QString expertsChoice(const QString& stored) {
    QString text = stored;
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    const QString lower = text.toLower();
    if (lower.isEmpty() || lower == QLatin1String("auto")) return QStringLiteral("auto");
    if (lower == QLatin1String("none") || lower == QLatin1String("all")) return lower;
    return text;
}

bool splitOverridden(int gpuLayers, const QString& expertsOnCpu) {
    return gpuLayers >= 0 || expertsChoice(expertsOnCpu) != QLatin1String("auto");
}

EngineSplit engineSplit(const QString& backend, int gpuLayers, const QString& expertsOnCpu) {
    EngineSplit out;
    if (engineBackend(backend) == QLatin1String("cpu") || !splitOverridden(gpuLayers, expertsOnCpu)) return out;
    out.gpuLayers = gpuLayers >= 0 ? gpuLayers : -1;
    const QString experts = expertsChoice(expertsOnCpu);
    if (experts != QLatin1String("auto")) out.expertsOnCpu = experts;
    return out;
}

void applySplitOverride(hw::PlanRequest& request, const QString& backend, int gpuLayers, const QString& expertsOnCpu,
                        const hw::ModelFootprint& model) {
    if (engineBackend(backend) == QLatin1String("cpu") || !splitOverridden(gpuLayers, expertsOnCpu)) return;
    if (gpuLayers >= 0) request.force_gpu_layers = gpuLayers;
    const QString experts = expertsChoice(expertsOnCpu);
    if (experts == QLatin1String("none")) request.force_experts_on_cpu = std::vector<int>{};
    else if (experts != QLatin1String("auto")) request.force_experts_on_cpu = hw::parse_layer_list(experts.toStdString(), model);
}

QString checkExpertLayers(const QString& text, const hw::ModelFootprint& model) {
    const QString choice = expertsChoice(text);
    try {
        // The keywords are not layer lists: "auto" and "none" are always fine, the parser checks "all".
        if (choice == QLatin1String("auto") || choice == QLatin1String("none")) return {};
        for (int l : hw::parse_layer_list(choice.toStdString(), model)) {
            const auto i = static_cast<std::size_t>(l);
            if (i >= model.layer_bytes.size() || model.layer_bytes[i].experts == 0)
                return QStringLiteral("--experts-on-cpu: layer %1 of %2 has no experts").arg(l).arg(QString::fromStdString(model.name));
        }
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

}  // namespace qwendesk::app
