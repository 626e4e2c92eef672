#include "backend_choice.h"

#include "qwendesk/hardware.h"

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

}  // namespace qwendesk::app
