#include "qml_setup.h"

#include <QQmlContext>
#include <QQmlEngine>

#include "chat_controller.h"
#include "hardware_info.h"
#include "localization.h"
#include "settings.h"
#include "theme.h"

namespace qwendesk::app {

void setupQml(QQmlEngine& engine, ChatController& controller, Settings& settings, Theme& theme, Localization& l10n,
              HardwareInfo& hardware) {
    QQmlContext* context = engine.rootContext();
    context->setContextProperty(QStringLiteral("app"), &controller);
    context->setContextProperty(QStringLiteral("appSettings"), &settings);
    context->setContextProperty(QStringLiteral("theme"), &theme);
    context->setContextProperty(QStringLiteral("hardware"), &hardware);
    l10n.apply(settings.language(), &engine);
    QObject::connect(&settings, &Settings::languageChanged, &engine,
                     [&engine, &settings, &l10n] { l10n.apply(settings.language(), &engine); });
    controller.messages()->setDark(theme.dark());
    QObject::connect(&theme, &Theme::changed, controller.messages(), [&controller, &theme] {
        controller.messages()->setDark(theme.dark());
    });
}

}  // namespace qwendesk::app
