#include "code_highlighter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#ifdef QWENDESK_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#endif

namespace qwendesk::ui {
namespace {

QString wrap(const QString& body, bool dark) {
    return QStringLiteral("<pre style=\"margin:0; color:%1; font-family:monospace;\">%2</pre>")
        .arg(dark ? QStringLiteral("#e6e6e6") : QStringLiteral("#1d1d1f"), body);
}

#ifdef QWENDESK_HAVE_KSYNTAXHIGHLIGHTING
class HtmlHighlighter : public KSyntaxHighlighting::AbstractHighlighter {
public:
    QString run(const QString& code) {
        KSyntaxHighlighting::State state;
        for (const QString& line : code.split(QLatin1Char('\n'))) {
            line_ = line;
            state = highlightLine(line, state);
            out_ += QLatin1Char('\n');
        }
        out_.chop(1);
        return out_;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override {
        const QString piece = line_.mid(offset, length).toHtmlEscaped();
        if (format.isDefaultTextStyle(theme())) {
            out_ += piece;
            return;
        }
        QString style;
        if (format.hasTextColor(theme())) style += QStringLiteral("color:%1;").arg(format.textColor(theme()).name());
        if (format.isBold(theme())) style += QStringLiteral("font-weight:bold;");
        if (format.isItalic(theme())) style += QStringLiteral("font-style:italic;");
        out_ += QStringLiteral("<span style=\"%1\">%2</span>").arg(style, piece);
    }

private:
    QString line_;
    QString out_;
};

KSyntaxHighlighting::Repository& repository() {
    static KSyntaxHighlighting::Repository repo;
    return repo;
}
#endif

struct Language {
    QSet<QString> keywords;
    QString lineComment;
    bool blockComments = false;  // /* */
    bool hashComments = false;
};

const QHash<QString, Language>& languages() {
    static const QHash<QString, Language> table = [] {
        QHash<QString, Language> t;
        auto words = [](const char* list) {
            QSet<QString> s;
            for (const QString& w : QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts)) s.insert(w);
            return s;
        };
        Language c{words("auto bool break case char class const constexpr continue default delete do double else enum "
                         "explicit extern false float for friend if inline int long namespace new nullptr operator "
                         "private protected public return short signed sizeof static struct switch template this "
                         "throw true try typedef typename union unsigned using virtual void volatile while include "
                         "define std"), QStringLiteral("//"), true, false};
        t.insert(QStringLiteral("c"), c);
        t.insert(QStringLiteral("cpp"), c);
        t.insert(QStringLiteral("c++"), c);
        t.insert(QStringLiteral("h"), c);
        Language rust{words("as async await break const continue crate else enum extern false fn for if impl in let "
                            "loop match mod move mut pub ref return self Self static struct super trait true type "
                            "unsafe use where while"), QStringLiteral("//"), true, false};
        t.insert(QStringLiteral("rust"), rust);
        t.insert(QStringLiteral("rs"), rust);
        Language js{words("async await break case catch class const continue default delete do else export extends "
                          "false finally for function if import in instanceof let new null return super switch this "
                          "throw true try typeof undefined var void while yield interface type"), QStringLiteral("//"), true, false};
        for (const char* n : {"js", "javascript", "ts", "typescript", "java", "go", "qml", "kotlin", "swift", "csharp", "cs"})
            t.insert(QString::fromLatin1(n), js);
        Language py{words("and as assert async await break class continue def del elif else except False finally for "
                          "from global if import in is lambda None nonlocal not or pass raise return True try while "
                          "with yield self print"), QString(), false, true};
        t.insert(QStringLiteral("python"), py);
        t.insert(QStringLiteral("py"), py);
        Language sh{words("if then else elif fi for in do done while case esac function return export local echo "
                          "cd exit set sudo"), QString(), false, true};
        for (const char* n : {"sh", "bash", "shell", "zsh", "console"}) t.insert(QString::fromLatin1(n), sh);
        Language json{words("true false null"), QString(), false, false};
        t.insert(QStringLiteral("json"), json);
        Language sql{words("SELECT FROM WHERE INSERT INTO VALUES UPDATE SET DELETE CREATE TABLE INDEX JOIN ON AND OR "
                           "NOT NULL PRIMARY KEY ORDER BY GROUP LIMIT select from where insert into values update set "
                           "delete create table index join on and or not null primary key order by group limit"),
                     QStringLiteral("--"), true, false};
        t.insert(QStringLiteral("sql"), sql);
        return t;
    }();
    return table;
}

QString builtinHighlight(const QString& code, const Language& lang, bool dark) {
    const QString kw = dark ? QStringLiteral("#c678dd") : QStringLiteral("#a626a4");
    const QString str = dark ? QStringLiteral("#98c379") : QStringLiteral("#50a14f");
    const QString com = dark ? QStringLiteral("#7f848e") : QStringLiteral("#a0a1a7");
    const QString num = dark ? QStringLiteral("#d19a66") : QStringLiteral("#986801");
    QString out;
    auto span = [&](const QString& color, const QString& text, bool italic = false) {
        out += QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
                   .arg(color, italic ? QStringLiteral("font-style:italic;") : QString(), text.toHtmlEscaped());
    };
    const int n = int(code.size());
    int i = 0;
    while (i < n) {
        const QChar ch = code[i];
        auto startsWith = [&](const QString& s) { return !s.isEmpty() && QStringView(code).mid(i).startsWith(s); };
        if (startsWith(lang.lineComment) || (lang.hashComments && ch == QLatin1Char('#'))) {
            int end = int(code.indexOf(QLatin1Char('\n'), i));
            if (end < 0) end = n;
            span(com, code.mid(i, end - i), true);
            i = end;
        } else if (lang.blockComments && startsWith(QStringLiteral("/*"))) {
            int end = int(code.indexOf(QStringLiteral("*/"), i + 2));
            end = end < 0 ? n : end + 2;
            span(com, code.mid(i, end - i), true);
            i = end;
        } else if (ch == QLatin1Char('"') || ch == QLatin1Char('\'') || ch == QLatin1Char('`')) {
            int j = i + 1;
            while (j < n && code[j] != ch && code[j] != QLatin1Char('\n')) j += code[j] == QLatin1Char('\\') ? 2 : 1;
            j = std::min(j + 1, n);
            span(str, code.mid(i, j - i));
            i = j;
        } else if (ch.isDigit()) {
            int j = i;
            while (j < n && (code[j].isLetterOrNumber() || code[j] == QLatin1Char('.'))) ++j;
            span(num, code.mid(i, j - i));
            i = j;
        } else if (ch.isLetter() || ch == QLatin1Char('_')) {
            int j = i;
            while (j < n && (code[j].isLetterOrNumber() || code[j] == QLatin1Char('_'))) ++j;
            const QString word = code.mid(i, j - i);
            if (lang.keywords.contains(word)) {
                out += QStringLiteral("<span style=\"color:%1;font-weight:bold;\">%2</span>").arg(kw, word.toHtmlEscaped());
            } else {
                out += word.toHtmlEscaped();
            }
            i = j;
        } else {
            out += QString(ch).toHtmlEscaped();
            ++i;
        }
    }
    return out;
}

}  // namespace

const char* highlighterName() {
#ifdef QWENDESK_HAVE_KSYNTAXHIGHLIGHTING
    return "ksyntaxhighlighting";
#else
    return "builtin";
#endif
}

QString highlightCode(const QString& code, const QString& language, bool dark) {
#ifdef QWENDESK_HAVE_KSYNTAXHIGHLIGHTING
    const auto def = repository().definitionForName(language).isValid()
                         ? repository().definitionForName(language)
                         : repository().definitionForFileName(QStringLiteral("x.") + language);
    if (def.isValid()) {
        HtmlHighlighter h;
        h.setDefinition(def);
        h.setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                  : KSyntaxHighlighting::Repository::LightTheme));
        return wrap(h.run(code), dark);
    }
#endif
    const auto& table = languages();
    auto it = table.find(language.toLower());
    if (it == table.end()) return wrap(code.toHtmlEscaped(), dark);  // the graceful plain style
    return wrap(builtinHighlight(code, *it, dark), dark);
}

}  // namespace qwendesk::ui
