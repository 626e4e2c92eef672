#include "theme.h"

#include <QGuiApplication>
#include <QPalette>

#include "settings.h"

namespace qwendesk::app {

Theme::Theme(Settings* settings, QObject* parent) : QObject(parent), settings_(settings) {
    connect(settings_, &Settings::themeChanged, this, &Theme::update);
    update();
}

void Theme::update() {
    const QString mode = settings_->theme();
    bool dark = mode == QLatin1String("dark");
    if (mode != QLatin1String("light") && mode != QLatin1String("dark"))
        dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    if (dark == dark_) return;
    dark_ = dark;
    Q_EMIT changed();
}

}  // namespace qwendesk::app
