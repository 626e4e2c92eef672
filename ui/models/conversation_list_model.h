// The sidebar's list of conversations (most recently used first) and the list of search hits.
#pragma once

#include <QAbstractListModel>

#include "history/history_store.h"

namespace qwendesk::ui {

class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, UpdatedAtRole, ForkedRole };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setConversations(const QList<app::ConversationRecord>& list);
    Q_INVOKABLE int rowOf(qint64 id) const;
    Q_INVOKABLE QString titleAt(int row) const;
    Q_INVOKABLE qint64 idAt(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<app::ConversationRecord> items_;
};

class SearchResultModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString query READ query NOTIFY queryChanged)
public:
    enum Role { ConversationIdRole = Qt::UserRole + 1, MessageIdRole, TitleRole, SnippetRole };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setResults(const QString& query, const QList<app::SearchHit>& hits);
    const QString& query() const { return query_; }

Q_SIGNALS:
    void countChanged();
    void queryChanged();

private:
    QString query_;
    QList<app::SearchHit> items_;
};

}  // namespace qwendesk::ui
