// Colours for the light and dark themes. "system" follows the platform palette (Qt 6.4 has no colour-scheme
// hint, so the window colour's lightness decides).
#pragma once

#include <QColor>
#include <QObject>

namespace qwendesk::app {

class Settings;

class Theme : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool dark READ dark NOTIFY changed)
    Q_PROPERTY(QColor background READ background NOTIFY changed)
    Q_PROPERTY(QColor surface READ surface NOTIFY changed)
    Q_PROPERTY(QColor sidebar READ sidebar NOTIFY changed)
    Q_PROPERTY(QColor text READ text NOTIFY changed)
    Q_PROPERTY(QColor mutedText READ mutedText NOTIFY changed)
    Q_PROPERTY(QColor accent READ accent NOTIFY changed)
    Q_PROPERTY(QColor accentText READ accentText NOTIFY changed)
    Q_PROPERTY(QColor border READ border NOTIFY changed)
    Q_PROPERTY(QColor userBubble READ userBubble NOTIFY changed)
    Q_PROPERTY(QColor thinkingBackground READ thinkingBackground NOTIFY changed)
    Q_PROPERTY(QColor codeBackground READ codeBackground NOTIFY changed)
    Q_PROPERTY(QColor danger READ danger NOTIFY changed)
    Q_PROPERTY(QColor warning READ warning NOTIFY changed)
    Q_PROPERTY(QColor success READ success NOTIFY changed)

public:
    explicit Theme(Settings* settings, QObject* parent = nullptr);
    bool dark() const { return dark_; }
    QColor background() const { return dark_ ? QColor(0x1e1f22) : QColor(0xffffff); }
    QColor surface() const { return dark_ ? QColor(0x2b2d31) : QColor(0xf4f5f7); }
    QColor sidebar() const { return dark_ ? QColor(0x232428) : QColor(0xeceef1); }
    QColor text() const { return dark_ ? QColor(0xe6e6e6) : QColor(0x1d1d1f); }
    QColor mutedText() const { return dark_ ? QColor(0x9a9ca3) : QColor(0x6b6e76); }
    QColor accent() const { return dark_ ? QColor(0x7aa2f7) : QColor(0x2f5bd3); }
    QColor accentText() const { return dark_ ? QColor(0x111111) : QColor(0xffffff); }
    QColor border() const { return dark_ ? QColor(0x3a3c42) : QColor(0xd9dbe0); }
    QColor userBubble() const { return dark_ ? QColor(0x2f3a55) : QColor(0xe3ebfd); }
    QColor thinkingBackground() const { return dark_ ? QColor(0x26282c) : QColor(0xf7f7f2); }
    QColor codeBackground() const { return dark_ ? QColor(0x16171a) : QColor(0xf6f8fa); }
    QColor danger() const { return dark_ ? QColor(0xf28b82) : QColor(0xc5221f); }
    QColor warning() const { return dark_ ? QColor(0xfdd663) : QColor(0x8a5a00); }
    QColor success() const { return dark_ ? QColor(0x81c995) : QColor(0x1e7e34); }

Q_SIGNALS:
    void changed();

private:
    void update();
    Settings* settings_;
    bool dark_ = false;
};

}  // namespace qwendesk::app
