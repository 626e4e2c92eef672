#include "markdown_blocks.h"

#include "code_highlighter.h"

namespace qwendesk::ui {

QList<MarkdownBlock> splitMarkdown(const QString& text) {
    QList<MarkdownBlock> blocks;
    const QStringList lines = text.split(QLatin1Char('\n'));
    MarkdownBlock current;
    QString fence;
    auto push = [&] {
        if (current.code || !current.text.trimmed().isEmpty()) blocks.append(current);
        current = MarkdownBlock{};
    };
    QStringList buffer;
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (fence.isEmpty()) {
            if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
                current.text = buffer.join(QLatin1Char('\n'));
                buffer.clear();
                push();
                fence = trimmed.left(3);
                current.code = true;
                current.closed = false;
                current.language = trimmed.mid(3).trimmed().section(QLatin1Char(' '), 0, 0).toLower();
                continue;
            }
            buffer << line;
        } else {
            if (trimmed == fence || (trimmed.startsWith(fence) && trimmed.mid(3).trimmed().isEmpty())) {
                current.text = buffer.join(QLatin1Char('\n'));
                current.closed = true;
                buffer.clear();
                push();
                fence.clear();
                continue;
            }
            buffer << line;
        }
    }
    current.text = buffer.join(QLatin1Char('\n'));
    push();
    return blocks;
}

QVariantList markdownSegments(const QString& text, bool dark) {
    QVariantList out;
    for (const MarkdownBlock& b : splitMarkdown(text)) {
        QVariantMap m;
        m.insert(QStringLiteral("kind"), b.code ? QStringLiteral("code") : QStringLiteral("text"));
        m.insert(QStringLiteral("text"), b.text);
        m.insert(QStringLiteral("language"), b.language);
        if (b.code) m.insert(QStringLiteral("html"), highlightCode(b.text, b.language, dark));
        out.append(m);
    }
    return out;
}

}  // namespace qwendesk::ui
