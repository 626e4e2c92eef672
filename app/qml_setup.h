// Hands the C++ side to a QML engine (context properties `app`, `appSettings`, `theme`, `hardware`) and keeps
// language and theme in step. Shared by main() and the tests that load the real QML.
#pragma once

class QQmlEngine;

namespace qwendesk::app {

class ChatController;
class HardwareInfo;
class Localization;
class Settings;
class Theme;

void setupQml(QQmlEngine& engine, ChatController& controller, Settings& settings, Theme& theme, Localization& l10n,
              HardwareInfo& hardware);

}  // namespace qwendesk::app
