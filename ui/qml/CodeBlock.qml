// A fenced code block: language label, copy button and highlighted code (highlighting is done in C++).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: block
    property string code
    property string html
    property string language

    radius: 8
    color: theme.codeBackground
    border.color: theme.border
    implicitHeight: blockColumn.implicitHeight + 12

    ColumnLayout {
        id: blockColumn
        anchors.fill: parent
        anchors.margins: 6
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: block.language.length > 0 ? block.language : qsTr("code")
                color: theme.mutedText
                font.pixelSize: 12
            }
            ToolButton {
                id: copyButton
                property bool copied: false
                text: copied ? qsTr("Copied") : qsTr("Copy")
                onClicked: {
                    app.copyText(block.code)
                    copied = true
                    copiedTimer.restart()
                }
                Timer {
                    id: copiedTimer
                    interval: 1500
                    onTriggered: copyButton.copied = false
                }
            }
        }
        TextEdit {
            Layout.fillWidth: true
            // Code reads left to right even in a right-to-left UI.
            LayoutMirroring.enabled: false
            textFormat: TextEdit.RichText
            text: block.html
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            font.family: "monospace"
            color: theme.text
            selectionColor: theme.accent
            selectedTextColor: theme.accentText
        }
    }
}
