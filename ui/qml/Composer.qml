// Where a message is written: Enter sends, Shift+Enter adds a line. The thinking toggle chooses Qwen3's
// thinking mode for this message (typing /think or /no_think in the message works too).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: composer
    color: theme.background
    implicitHeight: composerRow.implicitHeight + 20

    function submit() {
        if (app.send(input.text))
            input.text = ""
    }

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: 1
        color: theme.border
    }

    RowLayout {
        id: composerRow
        anchors.fill: parent
        anchors.margins: 10
        spacing: 8

        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(160, Math.max(44, input.implicitHeight))
            TextArea {
                id: input
                placeholderText: qsTr("Message QwenDesk… (/think or /no_think switch the mode)")
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                enabled: app.historyError.length === 0
                Keys.onReturnPressed: (event) => {
                    if (event.modifiers & Qt.ShiftModifier) {
                        event.accepted = false
                    } else {
                        composer.submit()
                    }
                }
                Keys.onEnterPressed: composer.submit()
            }
        }

        Switch {
            id: thinkingSwitch
            text: qsTr("Think")
            checked: app.thinkingEnabled
            onToggled: app.thinkingEnabled = checked
            ToolTip.visible: hovered
            ToolTip.text: checked ? qsTr("Thinking mode: the model reasons before it answers")
                                  : qsTr("Non-thinking mode: the model answers directly")
        }

        Button {
            text: app.busy ? qsTr("Stop") : qsTr("Send")
            highlighted: true
            enabled: app.busy || (input.text.trim().length > 0 && app.modelState === "ready")
            onClicked: app.busy ? app.stop() : composer.submit()
        }
    }
}
