#include "conversation_list_model.h"

namespace qwendesk::ui {

int ConversationListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(items_.size()); }

QVariant ConversationListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= items_.size()) return {};
    const auto& c = items_[index.row()];
    switch (role) {
    case IdRole: return c.id;
    case TitleRole: return c.title;
    case UpdatedAtRole: return c.updatedAt;
    case ForkedRole: return c.forkedFromConversation != 0;
    default: return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const {
    return {{IdRole, "conversationId"}, {TitleRole, "title"}, {UpdatedAtRole, "updatedAt"}, {ForkedRole, "forked"}};
}

void ConversationListModel::setConversations(const QList<app::ConversationRecord>& list) {
    beginResetModel();
    items_ = list;
    endResetModel();
    Q_EMIT countChanged();
}

int ConversationListModel::rowOf(qint64 id) const {
    for (int i = 0; i < items_.size(); ++i)
        if (items_[i].id == id) return i;
    return -1;
}

QString ConversationListModel::titleAt(int row) const { return row >= 0 && row < items_.size() ? items_[row].title : QString(); }
qint64 ConversationListModel::idAt(int row) const { return row >= 0 && row < items_.size() ? items_[row].id : 0; }

int SearchResultModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(items_.size()); }

QVariant SearchResultModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= items_.size()) return {};
    const auto& h = items_[index.row()];
    switch (role) {
    case ConversationIdRole: return h.conversationId;
    case MessageIdRole: return h.messageId;
    case TitleRole: return h.title;
    case SnippetRole: return h.snippet;
    default: return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const {
    return {{ConversationIdRole, "conversationId"}, {MessageIdRole, "messageId"}, {TitleRole, "title"}, {SnippetRole, "snippet"}};
}

void SearchResultModel::setResults(const QString& query, const QList<app::SearchHit>& hits) {
    beginResetModel();
    items_ = hits;
    endResetModel();
    if (query != query_) {
        query_ = query;
        Q_EMIT queryChanged();
    }
    Q_EMIT countChanged();
}

}  // namespace qwendesk::ui
