#include "localization.h"

#include <QDirIterator>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>

namespace qwendesk::app {

Localization::Localization(QObject* parent) : QObject(parent) {}

QStringList Localization::translatedLanguages() {
    QStringList out;
    QDirIterator it(QStringLiteral(":/i18n"), {QStringLiteral("qwendesk_*.qm")});
    while (it.hasNext()) {
        QString name = it.next().section(QLatin1Char('/'), -1);
        out << name.mid(9, name.size() - 12);
    }
    out.sort();
    return out;
}

bool Localization::apply(const QString& code, QQmlEngine* engine) {
    if (translator_) QCoreApplication::removeTranslator(translator_.get());
    if (qtTranslator_) QCoreApplication::removeTranslator(qtTranslator_.get());
    translator_.reset();
    qtTranslator_.reset();

    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    bool loaded = false;
    auto t = std::make_unique<QTranslator>();
    if (t->load(locale, QStringLiteral("qwendesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(t.get());
        translator_ = std::move(t);
        loaded = true;
    }
    auto qt = std::make_unique<QTranslator>();  // Qt's own strings (dialog buttons), when installed
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator_ = std::move(qt);
    }
    if (locale.language() == QLocale::English) loaded = true;  // the source language needs no file
    QGuiApplication::setLayoutDirection(locale.textDirection());
    if (engine) engine->retranslate();
    return loaded;
}

}  // namespace qwendesk::app
