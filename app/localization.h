// Switches the UI language at run time: loads the compiled translation from the :/i18n resource, sets the
// layout direction (Arabic mirrors the whole UI) and asks the QML engine to re-evaluate every qsTr().
#pragma once

#include <QObject>
#include <QTranslator>

#include <memory>

class QQmlEngine;

namespace qwendesk::app {

class Localization : public QObject {
    Q_OBJECT
public:
    explicit Localization(QObject* parent = nullptr);
    // Empty code: the system locale. Returns false when no translation exists (the UI stays in English).
    bool apply(const QString& code, QQmlEngine* engine = nullptr);
    static QStringList translatedLanguages();

private:
    std::unique_ptr<QTranslator> translator_;
    std::unique_ptr<QTranslator> qtTranslator_;
};

}  // namespace qwendesk::app
