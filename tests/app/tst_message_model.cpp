// The thinking panel's state in the UI model, fed event by event as the engine streams: a reply that starts
// inside a thinking block, several thinking blocks, a stop mid-thought, the user opening the panel, the
// auto-collapse setting, and an edited answer whose <think> blocks are split with the engine's splitter.
// Also the Markdown/code-block segments the view renders.
#include <QTest>

#include "models/code_highlighter.h"
#include "models/markdown_blocks.h"
#include "models/message_model.h"

using qwendesk::app::MessageRecord;
using qwendesk::ui::MessageModel;

class TstMessageModel : public QObject {
    Q_OBJECT
    MessageModel model_;

    QVariant at(int role) { return model_.data(model_.index(0), role); }
    void streamingAnswer(qint64 id = 7) {
        MessageRecord r;
        r.id = id;
        r.role = QStringLiteral("assistant");
        r.thinkingEnabled = true;
        r.status = QStringLiteral("streaming");
        model_.clear();
        model_.appendMessage(r, 0, 1, true);
    }
    MessageRecord finished(const char* status = "complete") {
        MessageRecord r = model_.item(7)->record;
        r.status = QString::fromLatin1(status);
        return r;
    }

private slots:
    void init() { model_.setAutoCollapseThinking(true); }

    void startsInsideThinkingAndCollapsesWhenTheAnswerStarts() {
        streamingAnswer();
        // The prompt opened <think>: the very first event is thinking, with no tag.
        model_.appendThinking(7, QStringLiteral("Considering the question"));
        QVERIFY(at(MessageModel::ThinkingActiveRole).toBool());
        QVERIFY(at(MessageModel::ThinkingExpandedRole).toBool());
        QTest::qWait(1100);
        QVERIFY(at(MessageModel::ThinkingSecondsRole).toInt() >= 1);  // the live timer runs
        model_.appendAnswer(7, QStringLiteral("The answer"));
        QVERIFY(!at(MessageModel::ThinkingActiveRole).toBool());
        QVERIFY(!at(MessageModel::ThinkingExpandedRole).toBool());
        const int seconds = at(MessageModel::ThinkingSecondsRole).toInt();
        QTest::qWait(1100);
        QCOMPARE(at(MessageModel::ThinkingSecondsRole).toInt(), seconds);  // frozen once the answer began
        model_.finishMessage(finished());
        QCOMPARE(at(MessageModel::ThinkingSecondsRole).toInt(), seconds);
        QVERIFY(!at(MessageModel::StreamingRole).toBool());
    }

    void userOpenedPanelStaysOpen() {
        streamingAnswer();
        model_.appendThinking(7, QStringLiteral("a"));
        model_.toggleThinking(0);  // the user closes it while thinking...
        QVERIFY(!at(MessageModel::ThinkingExpandedRole).toBool());
        model_.toggleThinking(0);  // ...and opens it again
        model_.appendAnswer(7, QStringLiteral("b"));
        QVERIFY(at(MessageModel::ThinkingExpandedRole).toBool());  // the user's choice wins
        model_.finishMessage(finished());
        QVERIFY(at(MessageModel::ThinkingExpandedRole).toBool());
        model_.toggleThinking(0);  // and can be collapsed and reopened later
        QVERIFY(!model_.isThinkingExpanded(0));
        model_.toggleThinking(0);
        QVERIFY(model_.isThinkingExpanded(0));
    }

    void autoCollapseCanBeTurnedOff() {
        model_.setAutoCollapseThinking(false);
        streamingAnswer();
        model_.appendThinking(7, QStringLiteral("a"));
        model_.appendAnswer(7, QStringLiteral("b"));
        QVERIFY(at(MessageModel::ThinkingExpandedRole).toBool());
    }

    void severalThinkingBlocks() {
        streamingAnswer();
        model_.appendThinking(7, QStringLiteral("first thought"));
        model_.appendAnswer(7, QStringLiteral("Part one. "));
        QVERIFY(!at(MessageModel::ThinkingExpandedRole).toBool());
        model_.appendThinking(7, QStringLiteral("\nsecond thought"));
        QVERIFY(at(MessageModel::ThinkingActiveRole).toBool());
        QVERIFY(at(MessageModel::ThinkingExpandedRole).toBool());  // live again
        model_.appendAnswer(7, QStringLiteral("Part two."));
        QVERIFY(!at(MessageModel::ThinkingExpandedRole).toBool());
        QCOMPARE(at(MessageModel::ThinkingRole).toString(), QStringLiteral("first thought\nsecond thought"));
        QCOMPARE(at(MessageModel::ContentRole).toString(), QStringLiteral("Part one. Part two."));
    }

    void stopInTheMiddleOfThinking() {
        streamingAnswer();
        model_.appendThinking(7, QStringLiteral("unfinished"));
        QTest::qWait(300);
        model_.finishMessage(finished("cancelled"));
        QVERIFY(!at(MessageModel::ThinkingActiveRole).toBool());
        QVERIFY(at(MessageModel::ThinkingExpandedRole).toBool());  // the partial thought stays visible
        QVERIFY(model_.thinkingMs(7) >= 250);
        QCOMPARE(at(MessageModel::StatusRole).toString(), QStringLiteral("cancelled"));
        QCOMPARE(at(MessageModel::ContentRole).toString(), QString());
    }

    void thinkingTailFollowsTheNewestLines() {
        streamingAnswer();
        for (int i = 0; i < 20; ++i) model_.appendThinking(7, QStringLiteral("line %1\n").arg(i));
        const QString tail = at(MessageModel::ThinkingTailRole).toString();
        QVERIFY(tail.contains(QStringLiteral("line 19")));
        QVERIFY(!tail.contains(QStringLiteral("line 3\n")));
    }

    void editedAnswerIsSplitWithTheEngineSplitter() {
        auto [t1, a1] = MessageModel::splitEditedText(QStringLiteral("<think>\nplan\n</think>\n\nresult"));
        QCOMPARE(t1, QStringLiteral("plan"));
        QCOMPARE(a1, QStringLiteral("result"));
        auto [t2, a2] = MessageModel::splitEditedText(QStringLiteral("no thoughts here"));
        QCOMPARE(t2, QString());
        QCOMPARE(a2, QStringLiteral("no thoughts here"));
        auto [t3, a3] = MessageModel::splitEditedText(QStringLiteral("<think>one</think>A<think>two</think>B"));
        QVERIFY(t3.contains(QStringLiteral("one")) && t3.contains(QStringLiteral("two")));
        QCOMPARE(a3, QStringLiteral("AB"));
        // Round trip through the editable form.
        streamingAnswer();
        model_.appendThinking(7, QStringLiteral("why"));
        model_.appendAnswer(7, QStringLiteral("because"));
        model_.finishMessage(finished());
        auto [t4, a4] = MessageModel::splitEditedText(model_.editableText(0));
        QCOMPARE(t4, QStringLiteral("why"));
        QCOMPARE(a4, QStringLiteral("because"));
    }

    void markdownSegmentsAndCodeBlocks() {
        const QString text = QStringLiteral("Intro **bold**\n\n```python\ndef f(x):\n    return \"<tag>\"  # note\n```\nAfter\n\n```\nplain < text\n");
        auto blocks = qwendesk::ui::splitMarkdown(text);
        QCOMPARE(blocks.size(), 4);
        QVERIFY(!blocks[0].code);
        QVERIFY(blocks[1].code);
        QCOMPARE(blocks[1].language, QStringLiteral("python"));
        QCOMPARE(blocks[1].text, QStringLiteral("def f(x):\n    return \"<tag>\"  # note"));
        QVERIFY(!blocks[2].code);
        QVERIFY(blocks[3].code);
        QVERIFY(!blocks[3].closed);  // still streaming
        const QString html = qwendesk::ui::highlightCode(blocks[1].text, blocks[1].language, false);
        QVERIFY(html.contains(QStringLiteral("&lt;tag&gt;")));  // escaped
        QVERIFY(html.contains(QStringLiteral("<span")));         // coloured
        const QString plain = qwendesk::ui::highlightCode(QStringLiteral("a < b"), QStringLiteral("unknownlang"), true);
        QVERIFY(plain.contains(QStringLiteral("a &lt; b")));
        QVERIFY(!plain.contains(QStringLiteral("<span")));
        auto segments = qwendesk::ui::markdownSegments(text, true);
        QCOMPARE(segments.size(), 4);
        QCOMPARE(segments[1].toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("code"));
    }
};

QTEST_MAIN(TstMessageModel)
#include "tst_message_model.moc"
