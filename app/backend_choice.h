// Which engine backends the user may choose in Settings, and what a stored choice means at load time. The
// offer is "auto" plus the planner's list of backends compiled into this build (hw::built_backends()), so a
// backend the engine lacks is never shown; a stored value this build cannot run (settings copied from another
// build) falls back to "auto" instead of failing every load.
//
// The split override (Settings → Hardware, "GPU layers" and "MoE experts in RAM") is turned into the engine's
// EngineOptions::gpu_layers / experts_on_cpu and the planner's PlanRequest::force_gpu_layers /
// force_experts_on_cpu here, so what is planned and shown is what the engine is asked to run.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "qwendesk/hardware.h"

namespace qwendesk::app {

// "auto" first, then the built backends by their engine names ("cpu", "vulkan", "cuda").
QStringList backendChoices();
// `stored` when it is one of backendChoices() (any case), otherwise "auto".
QString engineBackend(const QString& stored);

// The stored "MoE experts in RAM" choice, normalised: "auto" (also for an empty value), "none", "all", or a
// layer list with the white space removed ("0-3,40-47").
QString expertsChoice(const QString& stored);
// Whether the user overrides the planner's split: a GPU layer count (>= 0) or an experts choice other than auto.
bool splitOverridden(int gpuLayers, const QString& expertsOnCpu);

// What EngineOptions gets. Nothing set, or a CPU backend (a split needs a GPU backend; the engine rejects one):
// -1 and "", so the engine follows its own plan. Otherwise the layer count (-1 when only the experts are set:
// every layer on the GPU) and the experts as the engine takes them ("none" keeps every expert on the GPU even
// when the backend is auto, "all", or the layer list; "" when only the layer count is set).
struct EngineSplit {
    int gpuLayers = -1;
    QString expertsOnCpu;
};
EngineSplit engineSplit(const QString& backend, int gpuLayers, const QString& expertsOnCpu);

// The same override for the planner. `model` resolves "all" and the layer list (hw::parse_layer_list, which
// throws Error(InvalidArgument) with its message for text it cannot read).
void applySplitOverride(hw::PlanRequest& request, const QString& backend, int gpuLayers, const QString& expertsOnCpu,
                        const hw::ModelFootprint& model);

// Checks a layer list (or "all") for the model: empty when it may be stored, otherwise why not (the parser's
// message, or the planner's for a layer without experts).
QString checkExpertLayers(const QString& text, const hw::ModelFootprint& model);

}  // namespace qwendesk::app
