#include "history/history_store.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include "qwendesk/thinking_splitter.h"

namespace qwendesk::app {
namespace {

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

StoreError::Kind kindOf(int rc) {
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StoreError::Kind::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::Kind::Locked;
    default:
        return StoreError::Kind::Io;
    }
}

QString describe(StoreError::Kind kind, const QString& path, const QString& detail) {
    switch (kind) {
    case StoreError::Kind::Corrupt:
        return QStringLiteral("The history database %1 is damaged (%2).").arg(path, detail);
    case StoreError::Kind::Locked:
        return QStringLiteral("The history database %1 is in use by another program, probably another "
                              "QwenDesk window (%2).").arg(path, detail);
    case StoreError::Kind::TooNew:
        return QStringLiteral("The history database %1 was written by a newer QwenDesk (%2).").arg(path, detail);
    case StoreError::Kind::Io:
        break;
    }
    return QStringLiteral("The history database %1 cannot be used (%2).").arg(path, detail);
}

// A prepared statement that finalizes itself; every step is checked.
class Stmt {
public:
    Stmt(sqlite3* db, const char* sql, const QString& path) : db_(db), path_(path) {
        int rc = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr);
        if (rc != SQLITE_OK) fail(rc);
    }
    ~Stmt() { sqlite3_finalize(stmt_); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    Stmt& bind(int i, qint64 v) { check(sqlite3_bind_int64(stmt_, i, v)); return *this; }
    Stmt& bind(int i, int v) { check(sqlite3_bind_int64(stmt_, i, v)); return *this; }
    Stmt& bind(int i, const QString& v) {
        QByteArray utf8 = v.toUtf8();
        check(sqlite3_bind_text(stmt_, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Stmt& bindNullable(int i, qint64 v) {
        check(v ? sqlite3_bind_int64(stmt_, i, v) : sqlite3_bind_null(stmt_, i));
        return *this;
    }
    // true while a row is available
    bool step() {
        int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        fail(rc);
    }
    void run() { while (step()) {} }
    qint64 i64(int col) const { return sqlite3_column_int64(stmt_, col); }
    QString text(int col) const {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(stmt_, col)) : QString();
    }

private:
    void check(int rc) { if (rc != SQLITE_OK) fail(rc); }
    [[noreturn]] void fail(int rc) {
        QString detail = QString::fromUtf8(sqlite3_errmsg(db_));
        auto kind = kindOf(rc);
        throw StoreError(kind, path_, describe(kind, path_, detail));
    }
    sqlite3* db_;
    QString path_;
    sqlite3_stmt* stmt_ = nullptr;
};

constexpr const char* kMessageColumns =
    "id, conversation_id, IFNULL(parent_id, 0), role, content, thinking, thinking_enabled, thinking_ms, model, "
    "sampling, status, finish_reason, error, prompt_tokens, generated_tokens, thinking_tokens, context_used, "
    "context_length, prefill_ms, decode_ms, dropped_messages, created_at";

MessageRecord readMessage(const Stmt& s) {
    MessageRecord m;
    m.id = s.i64(0);
    m.conversationId = s.i64(1);
    m.parentId = s.i64(2);
    m.role = s.text(3);
    m.content = s.text(4);
    m.thinking = s.text(5);
    m.thinkingEnabled = s.i64(6) != 0;
    m.thinkingMs = s.i64(7);
    m.model = s.text(8);
    m.sampling = s.text(9);
    m.status = s.text(10);
    m.finishReason = s.text(11);
    m.error = s.text(12);
    m.promptTokens = int(s.i64(13));
    m.generatedTokens = int(s.i64(14));
    m.thinkingTokens = int(s.i64(15));
    m.contextUsed = int(s.i64(16));
    m.contextLength = int(s.i64(17));
    m.prefillMs = s.i64(18);
    m.decodeMs = s.i64(19);
    m.droppedMessages = int(s.i64(20));
    m.createdAt = s.i64(21);
    return m;
}

QByteArray sql(const char* head, const char* tail) {
    return QByteArray(head) + kMessageColumns + tail;
}

// Schema steps. Version 1 is the first released schema (frozen: tests keep a database made with it).
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE conversations(
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL);
CREATE TABLE messages(
  id INTEGER PRIMARY KEY,
  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  content TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL);
CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
)sql";

// Version 2: the message tree (versions, edits, forks), thinking kept apart, generation metadata.
constexpr const char* kSchemaV2 = R"sql(
ALTER TABLE messages ADD COLUMN parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE;
ALTER TABLE messages ADD COLUMN thinking TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN thinking_enabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN thinking_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN model TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN sampling TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN status TEXT NOT NULL DEFAULT 'complete';
ALTER TABLE messages ADD COLUMN finish_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN error TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN prompt_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN generated_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN thinking_tokens INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN context_used INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN context_length INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN prefill_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN decode_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN dropped_messages INTEGER NOT NULL DEFAULT 0;
CREATE INDEX messages_by_parent ON messages(parent_id);
CREATE INDEX messages_by_status ON messages(status) WHERE status = 'streaming';
ALTER TABLE conversations ADD COLUMN leaf_id INTEGER;
ALTER TABLE conversations ADD COLUMN forked_from_conversation INTEGER;
ALTER TABLE conversations ADD COLUMN forked_from_message INTEGER;
ALTER TABLE conversations ADD COLUMN deleted_at INTEGER;
-- Version 1 conversations were flat lists: each message's parent is the one before it.
UPDATE messages SET parent_id = (SELECT MAX(p.id) FROM messages p
                                 WHERE p.conversation_id = messages.conversation_id AND p.id < messages.id);
UPDATE conversations SET leaf_id = (SELECT MAX(m.id) FROM messages m WHERE m.conversation_id = conversations.id);
)sql";

// Version 3: full-text search in any script (trigram tokens need no word boundaries, so CJK works).
constexpr const char* kSchemaV3 = R"sql(
CREATE VIRTUAL TABLE messages_fts USING fts5(content, thinking, content='messages', content_rowid='id',
                                             tokenize='trigram');
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
  INSERT INTO messages_fts(rowid, content, thinking) VALUES (new.id, new.content, new.thinking);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
  INSERT INTO messages_fts(messages_fts, rowid, content, thinking) VALUES ('delete', old.id, old.content, old.thinking);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF content, thinking ON messages BEGIN
  INSERT INTO messages_fts(messages_fts, rowid, content, thinking) VALUES ('delete', old.id, old.content, old.thinking);
  INSERT INTO messages_fts(rowid, content, thinking) VALUES (new.id, new.content, new.thinking);
END;
INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');
)sql";

}  // namespace

HistoryStore::HistoryStore(const QString& path) : path_(path) {
    QByteArray p = QFile::encodeName(path);
    int rc = sqlite3_open_v2(p.constData(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        QString detail = db_ ? QString::fromUtf8(sqlite3_errmsg(db_)) : QStringLiteral("out of memory");
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError(StoreError::Kind::Io, path, describe(StoreError::Kind::Io, path, detail));
    }
    sqlite3_extended_result_codes(db_, 1);
    try {
        sqlite3_busy_timeout(db_, 1500);
        exec("PRAGMA foreign_keys = ON");
        {
            // Reading the header first tells a non-database file (SQLITE_NOTADB) from a locked one.
            Stmt s(db_, "PRAGMA user_version", path_);
            s.step();
            if (s.i64(0) > kSchemaVersion)
                throw StoreError(StoreError::Kind::TooNew, path,
                                 describe(StoreError::Kind::TooNew, path,
                                          QStringLiteral("schema %1, this version knows %2").arg(s.i64(0)).arg(kSchemaVersion)));
        }
        {
            Stmt s(db_, "PRAGMA journal_mode = WAL", path_);
            s.step();
        }
        exec("PRAGMA synchronous = FULL");
        {
            Stmt s(db_, "PRAGMA quick_check", path_);
            if (s.step() && s.text(0) != QLatin1String("ok"))
                throw StoreError(StoreError::Kind::Corrupt, path, describe(StoreError::Kind::Corrupt, path, s.text(0)));
        }
        migrate();
        exec("BEGIN IMMEDIATE");
        {
            Stmt s(db_, "UPDATE messages SET status = 'interrupted' WHERE status = 'streaming'", path_);
            s.run();
            interruptedAtOpen_ = sqlite3_changes(db_);
        }
        exec("COMMIT");
    } catch (...) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

HistoryStore::~HistoryStore() { sqlite3_close(db_); }

void HistoryStore::exec(const char* sqlText) {
    char* err = nullptr;
    int rc = sqlite3_exec(db_, sqlText, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        QString detail = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        if (sqlite3_get_autocommit(db_) == 0) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        auto kind = kindOf(rc);
        throw StoreError(kind, path_, describe(kind, path_, detail));
    }
}

int HistoryStore::schemaVersion() const {
    Stmt s(db_, "PRAGMA user_version", path_);
    s.step();
    return int(s.i64(0));
}

void HistoryStore::migrate() {
    int version = schemaVersion();
    if (version == kSchemaVersion) return;
    // Each step runs in its own transaction, so an interrupted migration leaves a consistent older version.
    const char* steps[] = {kSchemaV1, kSchemaV2, kSchemaV3};
    for (int v = version + 1; v <= kSchemaVersion; ++v) {
        exec("BEGIN IMMEDIATE");
        exec(steps[v - 1]);
        if (v == 2) splitLegacyThinking();
        exec(QByteArray("PRAGMA user_version = ").append(QByteArray::number(v)).constData());
        exec("COMMIT");
    }
}

// Version 1 stored the raw reply, <think> blocks included; version 2 keeps the thinking apart.
void HistoryStore::splitLegacyThinking() {
    QList<QPair<qint64, QString>> rows;
    {
        Stmt s(db_, "SELECT id, content FROM messages WHERE role = 'assistant' AND "
                    "(instr(content, '<think>') > 0 OR instr(content, '</think>') > 0)", path_);
        while (s.step()) rows.append({s.i64(0), s.text(1)});
    }
    for (const auto& [id, content] : rows) {
        QByteArray utf8 = content.toUtf8();
        auto [thinking, answer] = ThinkingSplitter::split(std::string_view(utf8.constData(), std::size_t(utf8.size())));
        Stmt u(db_, "UPDATE messages SET content = ?1, thinking = ?2, thinking_enabled = ?3 WHERE id = ?4", path_);
        u.bind(1, QString::fromStdString(answer)).bind(2, QString::fromStdString(thinking))
            .bind(3, thinking.empty() ? 0 : 1).bind(4, id).run();
    }
}

QString HistoryStore::moveAside(const QString& path) {
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n) target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, target))
        throw StoreError(StoreError::Kind::Io, path, QStringLiteral("Could not rename %1 to %2.").arg(path, target));
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFileInfo::exists(side)) QFile::rename(side, target + QLatin1String(suffix));
    }
    return target;
}

qint64 HistoryStore::createConversation(const QString& title, qint64 forkedFromConversation, qint64 forkedFromMessage) {
    const qint64 now = nowMs();
    Stmt s(db_, "INSERT INTO conversations(title, created_at, updated_at, forked_from_conversation, forked_from_message) "
                "VALUES (?1, ?2, ?2, ?3, ?4)", path_);
    s.bind(1, title).bind(2, now).bindNullable(3, forkedFromConversation).bindNullable(4, forkedFromMessage).run();
    return sqlite3_last_insert_rowid(db_);
}

void HistoryStore::renameConversation(qint64 id, const QString& title) {
    Stmt s(db_, "UPDATE conversations SET title = ?1 WHERE id = ?2", path_);
    s.bind(1, title).bind(2, id).run();
}

void HistoryStore::setConversationDeleted(qint64 id, bool deleted) {
    Stmt s(db_, "UPDATE conversations SET deleted_at = ?1 WHERE id = ?2", path_);
    s.bindNullable(1, deleted ? nowMs() : 0).bind(2, id).run();
}

int HistoryStore::purgeDeletedConversations() {
    Stmt s(db_, "DELETE FROM conversations WHERE deleted_at IS NOT NULL", path_);
    s.run();
    return sqlite3_changes(db_);
}

QList<ConversationRecord> HistoryStore::conversations() const {
    QList<ConversationRecord> out;
    Stmt s(db_, "SELECT id, title, created_at, updated_at, IFNULL(leaf_id, 0), IFNULL(forked_from_conversation, 0), "
                "IFNULL(forked_from_message, 0) FROM conversations WHERE deleted_at IS NULL "
                "ORDER BY updated_at DESC, id DESC", path_);
    while (s.step())
        out.append({s.i64(0), s.text(1), s.i64(2), s.i64(3), s.i64(4), s.i64(5), s.i64(6)});
    return out;
}

std::optional<ConversationRecord> HistoryStore::conversation(qint64 id) const {
    Stmt s(db_, "SELECT id, title, created_at, updated_at, IFNULL(leaf_id, 0), IFNULL(forked_from_conversation, 0), "
                "IFNULL(forked_from_message, 0) FROM conversations WHERE id = ?1", path_);
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return ConversationRecord{s.i64(0), s.text(1), s.i64(2), s.i64(3), s.i64(4), s.i64(5), s.i64(6)};
}

void HistoryStore::setLeaf(qint64 conversationId, qint64 messageId) {
    Stmt s(db_, "UPDATE conversations SET leaf_id = ?1 WHERE id = ?2", path_);
    s.bindNullable(1, messageId).bind(2, conversationId).run();
}

void HistoryStore::touchConversation(qint64 id) {
    Stmt s(db_, "UPDATE conversations SET updated_at = ?1 WHERE id = ?2", path_);
    s.bind(1, nowMs()).bind(2, id).run();
}

qint64 HistoryStore::addMessage(MessageRecord m) {
    if (m.createdAt == 0) m.createdAt = nowMs();
    exec("BEGIN IMMEDIATE");
    try {
        Stmt s(db_, "INSERT INTO messages(conversation_id, parent_id, role, content, thinking, thinking_enabled, "
                    "thinking_ms, model, sampling, status, finish_reason, error, prompt_tokens, generated_tokens, "
                    "thinking_tokens, context_used, context_length, prefill_ms, decode_ms, dropped_messages, created_at) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
               path_);
        s.bind(1, m.conversationId).bindNullable(2, m.parentId).bind(3, m.role).bind(4, m.content).bind(5, m.thinking)
            .bind(6, m.thinkingEnabled ? 1 : 0).bind(7, m.thinkingMs).bind(8, m.model).bind(9, m.sampling)
            .bind(10, m.status).bind(11, m.finishReason).bind(12, m.error).bind(13, m.promptTokens)
            .bind(14, m.generatedTokens).bind(15, m.thinkingTokens).bind(16, m.contextUsed).bind(17, m.contextLength)
            .bind(18, m.prefillMs).bind(19, m.decodeMs).bind(20, m.droppedMessages).bind(21, m.createdAt).run();
        const qint64 id = sqlite3_last_insert_rowid(db_);
        Stmt c(db_, "UPDATE conversations SET leaf_id = ?1, updated_at = ?2 WHERE id = ?3", path_);
        c.bind(1, id).bind(2, m.createdAt).bind(3, m.conversationId).run();
        exec("COMMIT");
        return id;
    } catch (...) {
        if (sqlite3_get_autocommit(db_) == 0) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void HistoryStore::updateStreaming(qint64 id, const QString& content, const QString& thinking, qint64 thinkingMs) {
    // One statement = one small transaction, committed with a full sync: what is saved survives a kill.
    Stmt s(db_, "UPDATE messages SET content = ?1, thinking = ?2, thinking_ms = ?3 WHERE id = ?4", path_);
    s.bind(1, content).bind(2, thinking).bind(3, thinkingMs).bind(4, id).run();
}

void HistoryStore::updateMessage(const MessageRecord& m) {
    Stmt s(db_, "UPDATE messages SET content = ?1, thinking = ?2, thinking_enabled = ?3, thinking_ms = ?4, model = ?5, "
                "sampling = ?6, status = ?7, finish_reason = ?8, error = ?9, prompt_tokens = ?10, generated_tokens = ?11, "
                "thinking_tokens = ?12, context_used = ?13, context_length = ?14, prefill_ms = ?15, decode_ms = ?16, "
                "dropped_messages = ?17 WHERE id = ?18", path_);
    s.bind(1, m.content).bind(2, m.thinking).bind(3, m.thinkingEnabled ? 1 : 0).bind(4, m.thinkingMs).bind(5, m.model)
        .bind(6, m.sampling).bind(7, m.status).bind(8, m.finishReason).bind(9, m.error).bind(10, m.promptTokens)
        .bind(11, m.generatedTokens).bind(12, m.thinkingTokens).bind(13, m.contextUsed).bind(14, m.contextLength)
        .bind(15, m.prefillMs).bind(16, m.decodeMs).bind(17, m.droppedMessages).bind(18, m.id).run();
}

std::optional<MessageRecord> HistoryStore::message(qint64 id) const {
    Stmt s(db_, sql("SELECT ", " FROM messages WHERE id = ?1").constData(), path_);
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return readMessage(s);
}

QList<MessageRecord> HistoryStore::path(qint64 leafId) const {
    QList<MessageRecord> out;
    if (leafId == 0) return out;
    Stmt s(db_, sql("WITH RECURSIVE chain(id, depth) AS (SELECT ?1, 0 UNION ALL "
                    "SELECT m.parent_id, chain.depth + 1 FROM messages m JOIN chain ON m.id = chain.id "
                    "WHERE m.parent_id IS NOT NULL) SELECT ",
                    " FROM messages JOIN chain USING(id) ORDER BY chain.depth DESC").constData(), path_);
    s.bind(1, leafId);
    while (s.step()) out.append(readMessage(s));
    return out;
}

QList<MessageRecord> HistoryStore::siblings(qint64 id) const {
    QList<MessageRecord> out;
    Stmt s(db_, sql("SELECT ", " FROM messages WHERE conversation_id = (SELECT conversation_id FROM messages WHERE id = ?1) "
                               "AND IFNULL(parent_id, 0) = (SELECT IFNULL(parent_id, 0) FROM messages WHERE id = ?1) "
                               "AND role = (SELECT role FROM messages WHERE id = ?1) ORDER BY id").constData(), path_);
    s.bind(1, id);
    while (s.step()) out.append(readMessage(s));
    return out;
}

QList<MessageRecord> HistoryStore::allMessages(qint64 conversationId) const {
    QList<MessageRecord> out;
    Stmt s(db_, sql("SELECT ", " FROM messages WHERE conversation_id = ?1 ORDER BY id").constData(), path_);
    s.bind(1, conversationId);
    while (s.step()) out.append(readMessage(s));
    return out;
}

qint64 HistoryStore::newestLeafUnder(qint64 id) const {
    qint64 current = id;
    for (;;) {
        Stmt s(db_, "SELECT MAX(id) FROM messages WHERE parent_id = ?1", path_);
        s.bind(1, current);
        if (!s.step() || s.i64(0) == 0) return current;
        current = s.i64(0);
    }
}

void HistoryStore::deleteSubtree(qint64 id) {
    auto m = message(id);
    if (!m) return;
    exec("BEGIN IMMEDIATE");
    try {
        // Children go with their parent (ON DELETE CASCADE); the conversation then shows the parent.
        Stmt d(db_, "DELETE FROM messages WHERE id = ?1", path_);
        d.bind(1, id).run();
        Stmt c(db_, "UPDATE conversations SET leaf_id = ?1 WHERE id = ?2 AND (leaf_id IS NULL OR leaf_id NOT IN "
                    "(SELECT id FROM messages WHERE conversation_id = ?2))", path_);
        c.bindNullable(1, m->parentId).bind(2, m->conversationId).run();
        exec("COMMIT");
    } catch (...) {
        if (sqlite3_get_autocommit(db_) == 0) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

QList<SearchHit> HistoryStore::search(const QString& query, int limit) const {
    QList<SearchHit> out;
    const QString q = query.trimmed();
    if (q.isEmpty()) return out;
    if (q.toUcs4().size() >= 3) {
        // Each word becomes a quoted FTS5 string (quotes doubled), so user text is never FTS syntax.
        QStringList terms;
        for (const QString& word : q.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            if (word.toUcs4().size() < 3) continue;
            QString w = word;
            terms << QLatin1Char('"') + w.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        }
        if (!terms.isEmpty()) {
            Stmt s(db_, "SELECT m.conversation_id, m.id, c.title, "
                        "snippet(messages_fts, -1, '[', ']', '…', 12) FROM messages_fts "
                        "JOIN messages m ON m.id = messages_fts.rowid JOIN conversations c ON c.id = m.conversation_id "
                        "WHERE messages_fts MATCH ?1 AND c.deleted_at IS NULL ORDER BY rank LIMIT ?2", path_);
            s.bind(1, terms.join(QLatin1Char(' '))).bind(2, limit);
            while (s.step()) out.append({s.i64(0), s.i64(1), s.text(2), s.text(3)});
            return out;
        }
    }
    // One or two characters (a CJK word is often that short): a plain scan.
    Stmt s(db_, "SELECT m.conversation_id, m.id, c.title, substr(m.content, 1, 80) FROM messages m "
                "JOIN conversations c ON c.id = m.conversation_id WHERE c.deleted_at IS NULL AND "
                "(instr(m.content, ?1) > 0 OR instr(m.thinking, ?1) > 0) ORDER BY m.id DESC LIMIT ?2", path_);
    s.bind(1, q).bind(2, limit);
    while (s.step()) out.append({s.i64(0), s.i64(1), s.text(2), s.text(3)});
    return out;
}

}  // namespace qwendesk::app
