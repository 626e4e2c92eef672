// The model's reasoning for one answer. While it thinks: a live timer and a small window that follows the
// newest lines. Once the answer starts it collapses to "Thought for N s" (unless the user opened it or
// turned auto-collapse off) and can be reopened and copied.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: panel
    property int row: -1
    property string thinking
    property string tail
    property bool active
    property bool expanded
    property int seconds

    radius: 8
    color: theme.thinkingBackground
    border.color: theme.border
    implicitHeight: panelColumn.implicitHeight + 12

    ColumnLayout {
        id: panelColumn
        anchors.fill: parent
        anchors.margins: 6
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            ToolButton {
                id: header
                Layout.fillWidth: true
                contentItem: Label {
                    text: (panel.expanded ? "▾ " : "▸ ")
                          + (panel.active ? qsTr("Thinking… %n s", "", panel.seconds)
                                          : qsTr("Thought for %n s", "", panel.seconds))
                    color: theme.mutedText
                    font.italic: panel.active
                    horizontalAlignment: Text.AlignLeft
                }
                onClicked: app.messages.toggleThinking(panel.row)
                Accessible.name: panel.expanded ? qsTr("Hide the thinking") : qsTr("Show the thinking")
            }
            ToolButton {
                visible: panel.expanded && !panel.active
                text: qsTr("Copy")
                onClicked: app.copyText(panel.thinking)
            }
        }

        // While thinking: a small window on the newest reasoning.
        Label {
            visible: panel.expanded && panel.active
            Layout.fillWidth: true
            Layout.maximumHeight: 110
            clip: true
            text: panel.tail
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignBottom
            color: theme.mutedText
            font.pixelSize: 13
        }

        // Afterwards: the whole reasoning, selectable.
        TextEdit {
            visible: panel.expanded && !panel.active
            Layout.fillWidth: true
            text: panel.thinking
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            color: theme.mutedText
            font.pixelSize: 13
            selectionColor: theme.accent
            selectedTextColor: theme.accentText
        }
    }
}
