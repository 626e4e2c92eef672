#include "recommendation_model.h"

namespace qwendesk::ui {

namespace {
QString bytes(std::uint64_t n) { return QString::fromStdString(hw::format_bytes(n)); }
}  // namespace

int RecommendationModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(entries_.size());
}

QString RecommendationModel::fitKey(hw::Fit fit) {
    switch (fit) {
    case hw::Fit::Fits: return QStringLiteral("fits");
    case hw::Fit::Tight: return QStringLiteral("tight");
    case hw::Fit::TooLarge: break;
    }
    return QStringLiteral("too_large");
}

QString RecommendationModel::fitText(hw::Fit fit) {
    switch (fit) {
    case hw::Fit::Fits: return tr("fits");
    case hw::Fit::Tight: return tr("tight");
    case hw::Fit::TooLarge: break;
    }
    return tr("too large");
}

QString RecommendationModel::backendText(const hw::Plan& plan) {
    const QString backend = QString::fromLatin1(hw::to_string(plan.backend));
    return plan.split != hw::Split::None ? backend + QStringLiteral("+cpu") : backend;
}

QVariant RecommendationModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount()) return {};
    const hw::RecommendationEntry& e = entries_[std::size_t(index.row())];
    const hw::Plan& p = e.plan;
    switch (role) {
    case ModelRole: return QString::fromStdString(e.model);
    case QuantRole: return QString::fromStdString(e.quant);
    case FitRole: return fitKey(p.fit);
    case FitTextRole: return fitText(p.fit);
    case BestForModelRole: return e.best_for_model;
    case BestRole: return index.row() == best_;
    case WeightsRole: return bytes(e.footprint.weight_bytes);
    case MemoryRole: return bytes(p.memory.total());
    case UsableRole: return bytes(p.memory.usable());
    case ContextRole: return p.context;
    case WishedContextRole: return p.wished_context;
    case BackendRole: return backendText(p);
    case DeviceRole: return QString::fromStdString(p.device_name);
    case TokensPerSecondRole: return int(p.est_tokens_per_s + 0.5);
    case FirstOfModelRole: return index.row() == 0 || entries_[std::size_t(index.row() - 1)].model != e.model;
    default: return {};
    }
}

QHash<int, QByteArray> RecommendationModel::roleNames() const {
    return {{ModelRole, "modelName"},      {QuantRole, "quant"},
            {FitRole, "fit"},           {FitTextRole, "fitText"},
            {BestForModelRole, "bestForModel"}, {BestRole, "best"},
            {WeightsRole, "weights"},   {MemoryRole, "memory"},
            {UsableRole, "usable"},     {ContextRole, "context"},
            {WishedContextRole, "wishedContext"}, {BackendRole, "backend"},
            {DeviceRole, "device"},     {TokensPerSecondRole, "tokensPerSecond"},
            {FirstOfModelRole, "firstOfModel"}};
}

void RecommendationModel::setRecommendation(const hw::Recommendation& recommendation) {
    beginResetModel();
    entries_ = recommendation.entries;
    best_ = recommendation.best ? int(*recommendation.best) : -1;
    endResetModel();
    Q_EMIT countChanged();
}

void RecommendationModel::retranslate() {
    if (!entries_.empty()) Q_EMIT dataChanged(index(0), index(rowCount() - 1), {FitTextRole});
}

}  // namespace qwendesk::ui
