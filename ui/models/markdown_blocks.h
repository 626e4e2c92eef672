// Splits a reply's Markdown into prose and fenced code blocks, so the view renders prose with Qt's Markdown
// support and each code block in its own box with a copy button and syntax highlighting. An unclosed fence
// (an answer still streaming) is a code block up to the end.
#pragma once

#include <QString>
#include <QVariantList>

namespace qwendesk::ui {

struct MarkdownBlock {
    bool code = false;
    QString text;
    QString language;
    bool closed = true;
};

QList<MarkdownBlock> splitMarkdown(const QString& text);
// The blocks as QML reads them: {kind: "text"|"code", text, language, html (highlighted code)}.
QVariantList markdownSegments(const QString& text, bool dark);

}  // namespace qwendesk::ui
