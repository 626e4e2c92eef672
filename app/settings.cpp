#include "settings.h"

namespace qwendesk::app {

Settings::Settings(const QString& iniPath, QObject* parent)
    : QObject(parent),
      settings_(iniPath.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

qwendesk::SamplingParams Settings::sampling(bool thinking) const {
    if (samplingMode() != QLatin1String("custom"))
        return thinking ? SamplingParams::thinking_preset() : SamplingParams::non_thinking_preset();
    SamplingParams p = thinking ? SamplingParams::thinking_preset() : SamplingParams::non_thinking_preset();
    p.temperature = float(temperature());
    p.top_p = float(topP());
    p.top_k = topK();
    p.min_p = float(minP());
    return p;
}

void Settings::applyRecommendedSampling(bool thinking) {
    const SamplingParams p = thinking ? SamplingParams::thinking_preset() : SamplingParams::non_thinking_preset();
    setTemperature(p.temperature);
    setTopP(p.top_p);
    setTopK(p.top_k);
    setMinP(p.min_p);
}

QVariantList Settings::languages() const {
    static const char* const table[][2] = {
        {"", "System"},         {"en", "English"},        {"zh_CN", "简体中文"},     {"zh_TW", "繁體中文"},
        {"ja", "日本語"},       {"ko", "한국어"},          {"ar", "العربية"},         {"es", "Español"},
        {"fr", "Français"},     {"de", "Deutsch"},         {"ru", "Русский"},         {"pt_BR", "Português (Brasil)"},
        {"id", "Bahasa Indonesia"}, {"hi", "हिन्दी"},
    };
    QVariantList out;
    for (const auto& row : table)
        out.append(QVariantMap{{QStringLiteral("code"), QString::fromUtf8(row[0])},
                               {QStringLiteral("name"), QString::fromUtf8(row[1])}});
    return out;
}

}  // namespace qwendesk::app
