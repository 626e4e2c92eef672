// The history store tested the way SQLite tests itself: a real writer process killed mid-answer, a damaged
// file, a file locked by another process, and a frozen version-1 database migrated to the current schema.
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <cstdio>
#include <cstring>

#include "history/history_store.h"

using qwendesk::app::HistoryStore;
using qwendesk::app::MessageRecord;
using qwendesk::app::StoreError;

namespace {

// Child mode: streams an answer into the store forever, reporting each committed chunk on stdout.
int crashWriter(const char* path) {
    HistoryStore store(QString::fromLocal8Bit(path));
    qint64 conv = store.createConversation(QStringLiteral("crash"));
    MessageRecord user;
    user.conversationId = conv;
    user.role = QStringLiteral("user");
    user.content = QStringLiteral("Tell me a long story");
    qint64 userId = store.addMessage(user);
    MessageRecord answer;
    answer.conversationId = conv;
    answer.parentId = userId;
    answer.role = QStringLiteral("assistant");
    answer.status = QStringLiteral("streaming");
    answer.thinkingEnabled = true;
    qint64 answerId = store.addMessage(answer);
    QString content;
    for (int i = 1;; ++i) {
        content += QStringLiteral("chunk %1 ").arg(i);
        store.updateStreaming(answerId, content, QStringLiteral("reasoning"), i * 10);
        std::printf("saved %d\n", i);
        if (i == 20) std::printf("READY\n");
        std::fflush(stdout);
        QThread::msleep(5);
    }
}

// Child mode: holds an exclusive lock on the database until killed.
int holdLock(const char* path) {
    sqlite3* db = nullptr;
    if (sqlite3_open(path, &db) != SQLITE_OK) return 2;
    char* err = nullptr;
    if (sqlite3_exec(db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                         "UPDATE conversations SET title = title;", nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "%s\n", err);
        return 3;
    }
    std::printf("LOCKED\n");
    std::fflush(stdout);
    for (;;) QThread::sleep(1);
}

void execSql(const QString& path, const QByteArray& sqlText) {
    sqlite3* db = nullptr;
    QVERIFY(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char* err = nullptr;
    int rc = sqlite3_exec(db, sqlText.constData(), nullptr, nullptr, &err);
    QVERIFY2(rc == SQLITE_OK, err);
    sqlite3_close(db);
}

MessageRecord msg(qint64 conv, qint64 parent, const char* role, const QString& content) {
    MessageRecord m;
    m.conversationId = conv;
    m.parentId = parent;
    m.role = QString::fromLatin1(role);
    m.content = content;
    return m;
}

}  // namespace

class TstHistoryStore : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString dbPath(const char* name) { return dir_.filePath(QString::fromLatin1(name)); }

private slots:
    void createsCurrentSchemaWithPragmas() {
        HistoryStore store(dbPath("fresh.db"));
        QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
        sqlite3_stmt* s = nullptr;
        sqlite3_prepare_v2(store.handle(), "PRAGMA journal_mode", -1, &s, nullptr);
        QCOMPARE(sqlite3_step(s), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s, 0))), QByteArray("wal"));
        sqlite3_finalize(s);
        sqlite3_prepare_v2(store.handle(), "PRAGMA synchronous", -1, &s, nullptr);
        QCOMPARE(sqlite3_step(s), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(s, 0), 2);  // FULL
        sqlite3_finalize(s);
        sqlite3_prepare_v2(store.handle(), "PRAGMA foreign_keys", -1, &s, nullptr);
        QCOMPARE(sqlite3_step(s), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(s, 0), 1);
        sqlite3_finalize(s);
    }

    void migratesFrozenVersion1Database() {
        QFile fixture(QStringLiteral(QWENDESK_APP_FIXTURES "/history_v1.sql"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QString path = dbPath("v1.db");
        execSql(path, fixture.readAll());
        HistoryStore store(path);
        QCOMPARE(store.schemaVersion(), 3);
        auto convs = store.conversations();
        QCOMPARE(convs.size(), 2);
        QCOMPARE(convs[0].title, QStringLiteral("天气 and travel"));  // most recently updated first
        auto rust = store.conversation(1);
        QVERIFY(rust);
        QCOMPARE(rust->leafId, 4);
        auto thread = store.path(rust->leafId);
        QCOMPARE(thread.size(), 4);
        QCOMPARE(thread[0].parentId, 0);
        QCOMPARE(thread[1].parentId, 1);
        QCOMPARE(thread[3].parentId, 3);
        // The raw reply was split with the engine's ThinkingSplitter.
        QCOMPARE(thread[1].thinking, QStringLiteral("The user asks about borrowing."));
        QCOMPARE(thread[1].content, QStringLiteral("Because two mutable references overlap."));
        QVERIFY(thread[1].thinkingEnabled);
        QCOMPARE(thread[3].thinking, QString());
        QCOMPARE(thread[3].status, QStringLiteral("complete"));
        // Old rows are searchable after the FTS migration.
        QCOMPARE(store.search(QStringLiteral("borrow")).size(), 2);
        QCOMPARE(store.search(QStringLiteral("北京的天气")).size(), 1);
    }

    void migrationIsIdempotent() {
        const QString path = dbPath("twice.db");
        { HistoryStore a(path); a.createConversation(QStringLiteral("x")); }
        HistoryStore b(path);
        QCOMPARE(b.conversations().size(), 1);
    }

    void refusesNewerSchema() {
        const QString path = dbPath("newer.db");
        { HistoryStore a(path); }
        execSql(path, "PRAGMA user_version = 99");
        try {
            HistoryStore b(path);
            QFAIL("opened a database from the future");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::TooNew);
            QVERIFY(e.message().contains(QStringLiteral("newer")));
        }
    }

    void messageTreeVersionsAndForks() {
        HistoryStore store(dbPath("tree.db"));
        qint64 c = store.createConversation(QStringLiteral("tree"));
        qint64 u1 = store.addMessage(msg(c, 0, "user", QStringLiteral("hello")));
        qint64 a1 = store.addMessage(msg(c, u1, "assistant", QStringLiteral("first answer")));
        qint64 a2 = store.addMessage(msg(c, u1, "assistant", QStringLiteral("second answer")));
        QCOMPARE(store.conversation(c)->leafId, a2);
        QCOMPARE(store.siblings(a1).size(), 2);
        qint64 u2 = store.addMessage(msg(c, a1, "user", QStringLiteral("follow-up")));
        QCOMPARE(store.newestLeafUnder(a1), u2);
        QCOMPARE(store.path(u2).size(), 3);
        QCOMPARE(store.path(u2)[1].content, QStringLiteral("first answer"));
        store.deleteSubtree(a1);
        QVERIFY(!store.message(u2));  // what followed the deleted answer went with it
        QCOMPARE(store.siblings(a2).size(), 1);
        qint64 fork = store.createConversation(QStringLiteral("fork"), c, a2);
        QCOMPARE(store.conversation(fork)->forkedFromMessage, a2);
    }

    void softDeleteUndoAndPurge() {
        HistoryStore store(dbPath("delete.db"));
        qint64 c = store.createConversation(QStringLiteral("keep me"));
        store.addMessage(msg(c, 0, "user", QStringLiteral("searchable words")));
        store.setConversationDeleted(c, true);
        QCOMPARE(store.conversations().size(), 0);
        QCOMPARE(store.search(QStringLiteral("searchable")).size(), 0);
        store.setConversationDeleted(c, false);
        QCOMPARE(store.conversations().size(), 1);
        store.setConversationDeleted(c, true);
        QCOMPARE(store.purgeDeletedConversations(), 1);
        QCOMPARE(store.allMessages(c).size(), 0);  // messages cascade
    }

    void fullTextSearch() {
        HistoryStore store(dbPath("fts.db"));
        qint64 c = store.createConversation(QStringLiteral("mixed scripts"));
        qint64 u = store.addMessage(msg(c, 0, "user", QStringLiteral("Quelle est la différence entre Rust et C++ ?")));
        auto a = msg(c, u, "assistant", QStringLiteral("日本語のテキストも検索できます"));
        a.thinking = QStringLiteral("Думаю о безопасности памяти");
        qint64 aid = store.addMessage(a);
        QCOMPARE(store.search(QStringLiteral("différence")).size(), 1);
        QCOMPARE(store.search(QStringLiteral("テキスト")).size(), 1);
        QCOMPARE(store.search(QStringLiteral("безопасности")).size(), 1);  // thinking is searched too
        QCOMPARE(store.search(QStringLiteral("日本")).size(), 1);          // two characters: the LIKE path
        QCOMPARE(store.search(QStringLiteral("\"unbalanced AND (")).size(), 0);  // never FTS syntax
        QCOMPARE(store.search(QStringLiteral("nothing-like-this")).size(), 0);
        store.updateStreaming(aid, QStringLiteral("replaced content"), QString(), 0);
        QCOMPARE(store.search(QStringLiteral("テキスト")).size(), 0);
        QCOMPARE(store.search(QStringLiteral("replaced")).size(), 1);
        QCOMPARE(store.search(QStringLiteral("rust c++")).first().conversationId, c);
    }

    void crashMidAnswerKeepsPartialAnswer() {
        const QString path = dbPath("crash.db");
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--crash-writer"), path});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        int lastSaved = 0;
        while (!out.contains("READY")) {
            QVERIFY2(child.waitForReadyRead(10000), "the writer never reported");
            out += child.readAllStandardOutput();
        }
        child.kill();  // SIGKILL: no destructor, no sqlite3_close
        QVERIFY(child.waitForFinished());
        out += child.readAllStandardOutput();
        for (const QByteArray& line : out.split('\n'))
            if (line.startsWith("saved ")) lastSaved = line.mid(6).toInt();
        QVERIFY(lastSaved >= 20);

        HistoryStore store(path);
        QCOMPARE(store.interruptedAtOpen(), 1);
        auto convs = store.conversations();
        QCOMPARE(convs.size(), 1);
        auto thread = store.path(convs[0].leafId);
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread[0].content, QStringLiteral("Tell me a long story"));
        QCOMPARE(thread[1].status, QStringLiteral("interrupted"));
        // Everything reported as saved is there (a later chunk may be too: it committed before the print).
        QVERIFY(thread[1].content.contains(QStringLiteral("chunk %1 ").arg(lastSaved)));
        QVERIFY(thread[1].content.startsWith(QStringLiteral("chunk 1 chunk 2 ")));
        QCOMPARE(thread[1].thinking, QStringLiteral("reasoning"));
    }

    void corruptFileGivesClearErrorAndWayOut() {
        const QString path = dbPath("garbage.db");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        try {
            HistoryStore store(path);
            QFAIL("opened a file that is not a database");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Corrupt);
            QVERIFY(e.message().contains(QStringLiteral("damaged")));
        }
        const QString aside = HistoryStore::moveAside(path);
        QVERIFY(QFile::exists(aside));  // kept, never deleted
        QCOMPARE(QFile(aside).size(), 8192);
        HistoryStore fresh(path);
        QCOMPARE(fresh.conversations().size(), 0);
    }

    void damagedPagesAreDetected() {
        const QString path = dbPath("damaged.db");
        {
            HistoryStore store(path);
            qint64 c = store.createConversation(QStringLiteral("big"));
            qint64 parent = 0;
            for (int i = 0; i < 300; ++i)
                parent = store.addMessage(msg(c, parent, "user", QString(200, QChar(u'a' + i % 26))));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 40 * 4096);
            for (int page = 3; page < 40; page += 2) {
                f.seek(page * 4096 + 16);
                f.write(QByteArray(512, '\xff'));
            }
        }
        try {
            HistoryStore store(path);
            store.search(QStringLiteral("aaaa"));
            auto convs = store.conversations();
            for (const auto& c : convs) store.path(c.leafId);
            QFAIL("damaged pages went unnoticed");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Corrupt);
        }
    }

    void lockedFileGivesClearError() {
        const QString path = dbPath("locked.db");
        { HistoryStore store(path); store.createConversation(QStringLiteral("x")); }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-lock"), path});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        while (!out.contains("LOCKED")) {
            QVERIFY2(child.waitForReadyRead(10000), child.readAllStandardError().constData());
            out += child.readAllStandardOutput();
        }
        try {
            HistoryStore store(path);
            QFAIL("opened a database another process holds");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Locked);
            QVERIFY(e.message().contains(QStringLiteral("in use")));
        }
        child.kill();
        QVERIFY(child.waitForFinished());
        HistoryStore store(path);  // released: opens again with the data intact
        QCOMPARE(store.conversations().size(), 1);
    }
};

int main(int argc, char** argv) {
    if (argc >= 3 && std::strcmp(argv[1], "--crash-writer") == 0) return crashWriter(argv[2]);
    if (argc >= 3 && std::strcmp(argv[1], "--hold-lock") == 0) return holdLock(argv[2]);
    QCoreApplication app(argc, argv);
    TstHistoryStore tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "tst_history_store.moc"
