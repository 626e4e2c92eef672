// The messages of the conversation's current branch, as QML shows them. Besides the stored fields it keeps
// the view state of each answer's thinking panel: open while the model thinks (with a live timer and the
// newest lines of reasoning), collapsed when the answer starts unless the user opened it or turned
// auto-collapse off. Thinking and answer text arrive as separate events from the engine; text that a user
// edits (which may contain <think> blocks) is split with the engine's ThinkingSplitter.
#pragma once

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QTimer>

#include "history/history_store.h"

namespace qwendesk::ui {

class MessageModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool autoCollapseThinking READ autoCollapseThinking WRITE setAutoCollapseThinking NOTIFY autoCollapseThinkingChanged)

public:
    enum Role {
        MessageIdRole = Qt::UserRole + 1, RoleRole, ContentRole, SegmentsRole, ThinkingRole, ThinkingTailRole,
        ThinkingEnabledRole, ThinkingActiveRole, ThinkingExpandedRole, ThinkingSecondsRole, StreamingRole,
        StatusRole, ErrorTextRole, VersionIndexRole, VersionCountRole, TokensPerSecondRole, GeneratedTokensRole,
        PromptTokensRole, ContextUsedRole, ContextLengthRole, DroppedMessagesRole, ModelRole,
        // The same text as ModelRole ("engine name · model id" for a remote engine), under a name a QML
        // delegate can declare as a required property ("model" is reserved there).
        AnsweredByRole,
    };

    struct Item {
        app::MessageRecord record;
        int versionIndex = 0;  // 0-based among siblings
        int versionCount = 1;
        bool streaming = false;
        bool thinkingActive = false;
        bool thinkingExpanded = false;
        bool userToggled = false;  // the user opened or closed the panel: auto-collapse leaves it alone
        qint64 thinkingAccumMs = 0;
        QElapsedTimer thinkingClock;
        mutable QVariantList segments;
        mutable bool segmentsValid = false;
    };

    explicit MessageModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Driven by ChatController
    void setMessages(const QList<app::MessageRecord>& path, const QList<QPair<int, int>>& versions);
    void appendMessage(const app::MessageRecord& record, int versionIndex = 0, int versionCount = 1, bool streaming = false);
    void appendThinking(qint64 id, const QString& text);
    void appendAnswer(qint64 id, const QString& text);
    // The stream ended (finished, stopped or failed): keeps the panel state, takes the final record.
    void finishMessage(const app::MessageRecord& record);
    void updateRecord(const app::MessageRecord& record);
    // After a reload during a stream: the row keeps streaming with the text received so far.
    void resumeStreaming(const app::MessageRecord& record, bool thinkingActive, qint64 thinkingMs);
    void clear();
    int rowOf(qint64 id) const;
    const Item* item(qint64 id) const;
    // Live thinking time of a message, including the running interval.
    qint64 thinkingMs(qint64 id) const;

    bool autoCollapseThinking() const { return autoCollapse_; }
    void setAutoCollapseThinking(bool on);
    void setDark(bool dark);

    Q_INVOKABLE void toggleThinking(int row);
    Q_INVOKABLE bool isThinkingExpanded(int row) const;
    // The text a user edits for an answer: thoughts in a <think> block, then the answer.
    Q_INVOKABLE QString editableText(int row) const;
    // Splits edited text back into (thinking, answer) with the engine's ThinkingSplitter.
    static QPair<QString, QString> splitEditedText(const QString& text);

Q_SIGNALS:
    void countChanged();
    void autoCollapseThinkingChanged();

private:
    void changed(int row, const QList<int>& roles);
    void startThinking(Item& item);
    void stopThinking(Item& item);
    void tick();

    QList<Item> items_;
    bool autoCollapse_ = true;
    bool dark_ = false;
    QTimer ticker_;  // drives the live "Thinking… 3 s" timer
};

}  // namespace qwendesk::ui
