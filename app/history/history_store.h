// The chat history: one SQLite database file (sqlite3 C library, WAL, synchronous=FULL, foreign keys,
// FTS5 search). Messages form a tree per conversation: every message points at its parent, answer versions
// (regenerate) and edited prompts are siblings, and the conversation remembers the leaf it shows.
// A message being generated is stored with status "streaming" and updated in small transactions; a
// crash leaves the partial text, and the next open marks it "interrupted".
// Every failure to open (corrupt file, locked by another process, written by a newer QwenDesk) is thrown
// as StoreError with a kind the UI can offer a way out for; nothing here deletes user data silently.
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <stdexcept>

struct sqlite3;

namespace qwendesk::app {

class StoreError : public std::runtime_error {
public:
    enum class Kind { Corrupt, Locked, TooNew, Io };
    StoreError(Kind kind, const QString& path, const QString& message)
        : std::runtime_error(message.toStdString()), kind_(kind), path_(path), message_(message) {}
    Kind kind() const { return kind_; }
    const QString& path() const { return path_; }
    const QString& message() const { return message_; }

private:
    Kind kind_;
    QString path_;
    QString message_;
};

struct ConversationRecord {
    qint64 id = 0;
    QString title;
    qint64 createdAt = 0;  // ms since the epoch
    qint64 updatedAt = 0;
    qint64 leafId = 0;     // the message the conversation shows last (0: empty)
    qint64 forkedFromConversation = 0;
    qint64 forkedFromMessage = 0;
};

struct MessageRecord {
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 parentId = 0;  // 0: first message of the conversation
    QString role;         // "user", "assistant", "system"
    QString content;      // the answer (assistant) or the prompt (user)
    QString thinking;     // the assistant's reasoning, kept apart from content
    bool thinkingEnabled = false;
    qint64 thinkingMs = 0;
    QString model;
    QString sampling;     // JSON of the sampling parameters used
    QString status = QStringLiteral("complete");  // complete, streaming, interrupted, cancelled, error
    QString finishReason;
    QString error;
    int promptTokens = 0;
    int generatedTokens = 0;
    int thinkingTokens = 0;
    int contextUsed = 0;
    int contextLength = 0;
    qint64 prefillMs = 0;
    qint64 decodeMs = 0;
    int droppedMessages = 0;  // earlier messages left out to fit the context (never silent)
    qint64 createdAt = 0;
};

struct SearchHit {
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString title;
    QString snippet;
};

class HistoryStore {
public:
    static constexpr int kSchemaVersion = 3;

    // Opens (creating if needed) and migrates the database; throws StoreError.
    explicit HistoryStore(const QString& path);
    ~HistoryStore();
    HistoryStore(const HistoryStore&) = delete;
    HistoryStore& operator=(const HistoryStore&) = delete;

    const QString& path() const { return path_; }
    int schemaVersion() const;
    // Messages found in "streaming" state at open (a crash or kill mid-answer) and marked interrupted.
    int interruptedAtOpen() const { return interruptedAtOpen_; }

    // The way out of a corrupt database: renames the file (and its -wal/-shm) aside, keeping it, and returns
    // the new name. The caller then opens a fresh store at the old path.
    static QString moveAside(const QString& path);

    // Conversations
    qint64 createConversation(const QString& title, qint64 forkedFromConversation = 0, qint64 forkedFromMessage = 0);
    void renameConversation(qint64 id, const QString& title);
    void setConversationDeleted(qint64 id, bool deleted);  // soft delete, for undo
    int purgeDeletedConversations();                       // removes the soft-deleted ones for good
    QList<ConversationRecord> conversations() const;      // not deleted, most recently updated first
    std::optional<ConversationRecord> conversation(qint64 id) const;
    void setLeaf(qint64 conversationId, qint64 messageId);
    void touchConversation(qint64 id);

    // Messages
    qint64 addMessage(MessageRecord record);  // sets createdAt when 0; returns the id
    void updateStreaming(qint64 id, const QString& content, const QString& thinking, qint64 thinkingMs);
    void updateMessage(const MessageRecord& record);  // all mutable fields
    std::optional<MessageRecord> message(qint64 id) const;
    QList<MessageRecord> path(qint64 leafId) const;        // root .. leaf
    QList<MessageRecord> siblings(qint64 id) const;        // same parent and conversation, oldest first
    QList<MessageRecord> allMessages(qint64 conversationId) const;
    qint64 newestLeafUnder(qint64 id) const;               // follows the newest child down
    void deleteSubtree(qint64 id);                         // the message and what follows it

    // Full-text search over contents and thinking, in any script (trigram FTS5; LIKE for 1-2 characters).
    QList<SearchHit> search(const QString& query, int limit = 50) const;

    sqlite3* handle() const { return db_; }

private:
    void exec(const char* sql);
    void migrate();
    void splitLegacyThinking();

    QString path_;
    sqlite3* db_ = nullptr;
    int interruptedAtOpen_ = 0;
};

}  // namespace qwendesk::app
