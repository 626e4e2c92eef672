// Syntax highlighting for code blocks, as HTML for a rich-text item. With KDE Syntax Highlighting (KF6) found
// at build time every language it knows is coloured with its themes; without it, a small built-in
// highlighter colours keywords, strings, comments and numbers of common languages, and anything else is
// shown plain (monospace, escaped) — never broken.
#pragma once

#include <QString>

namespace qwendesk::ui {

QString highlightCode(const QString& code, const QString& language, bool dark);
// "ksyntaxhighlighting" or "builtin"
const char* highlighterName();

}  // namespace qwendesk::ui
