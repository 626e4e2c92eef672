// The model picker's table: every Qwen3 model x quantisation the planner recommends from, each marked fits /
// tight / too large with the memory it would take, the context it would get and where it would run.
#pragma once

#include <QAbstractListModel>

#include <vector>

#include "qwendesk/hardware.h"

namespace qwendesk::ui {

class RecommendationModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int bestRow READ bestRow NOTIFY countChanged)
public:
    enum Role {
        ModelRole = Qt::UserRole + 1,  // "qwen3-8b"
        QuantRole,                     // "Q4_K_M"
        FitRole,                       // "fits", "tight", "too_large"
        FitTextRole,                   // the same, translated
        BestForModelRole,              // the best quantisation of this model that fits comfortably
        BestRole,                      // the overall pick
        WeightsRole,                   // "4.68 GiB"
        MemoryRole,                    // the plan's total: "7.46 GiB"
        UsableRole,                    // what the chosen device offers: "7.60 GiB"
        ContextRole,                   // tokens of context it would get
        WishedContextRole,
        BackendRole,                   // "cpu", "cuda", "vulkan"; "cuda+cpu" for a model split with the CPU
        DeviceRole,                    // "NVIDIA GeForce RTX 4060", "CPU"
        TokensPerSecondRole,           // rough decode speed (0 when unknown)
        FirstOfModelRole,              // the first row of its model (QML draws a group header)
    };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRecommendation(const hw::Recommendation& recommendation);
    // The language changed: views fetch the translated labels again.
    void retranslate();
    int bestRow() const { return best_; }
    const hw::RecommendationEntry& entry(int row) const { return entries_.at(std::size_t(row)); }

    // "fits", "tight", "too_large" and their translated labels; shared with the plan of a model file.
    static QString fitKey(hw::Fit fit);
    static QString fitText(hw::Fit fit);
    // As `qwendesk-cli plan --recommend` prints it: the backend, "+cpu" when the plan splits the model.
    static QString backendText(const hw::Plan& plan);

Q_SIGNALS:
    void countChanged();

private:
    std::vector<hw::RecommendationEntry> entries_;
    int best_ = -1;
};

}  // namespace qwendesk::ui
