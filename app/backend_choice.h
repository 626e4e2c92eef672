// Which engine backends the user may choose in Settings, and what a stored choice means at load time. The
// offer is "auto" plus the planner's list of backends compiled into this build (hw::built_backends()), so a
// backend the engine lacks is never shown; a stored value this build cannot run (settings copied from another
// build) falls back to "auto" instead of failing every load.
#pragma once

#include <QString>
#include <QStringList>

namespace qwendesk::app {

// "auto" first, then the built backends by their engine names ("cpu", "vulkan", "cuda").
QStringList backendChoices();
// `stored` when it is one of backendChoices() (any case), otherwise "auto".
QString engineBackend(const QString& stored);

}  // namespace qwendesk::app
