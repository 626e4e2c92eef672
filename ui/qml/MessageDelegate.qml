// One message. A question sits in a bubble; an answer shows its thinking panel, its Markdown with code
// blocks, its status and statistics, and the actions (copy, regenerate, edit, fork, delete, versions).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Item {
    id: message
    required property int index
    required property var messageId
    required property string role
    required property string content
    required property var segments
    required property string thinking
    required property string thinkingTail
    required property bool thinkingEnabled
    required property bool thinkingActive
    required property bool thinkingExpanded
    required property int thinkingSeconds
    required property bool streaming
    required property string status
    required property string errorText
    required property int versionIndex
    required property int versionCount
    required property real tokensPerSecond
    required property int generatedTokens
    required property int contextUsed
    required property int contextLength
    required property int droppedMessages
    required property string answeredBy
    signal editRequested(var messageId, string role, string text)

    readonly property bool isUser: role === "user"
    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: message.isUser ? Math.max(24, parent.width * 0.18) : 24
        anchors.rightMargin: 24
        spacing: 6

        // The question
        Rectangle {
            visible: message.isUser
            Layout.alignment: Qt.AlignRight
            Layout.maximumWidth: column.width
            implicitWidth: Math.min(column.width, userText.implicitWidth + 24)
            implicitHeight: userText.implicitHeight + 16
            radius: 10
            color: theme.userBubble
            TextEdit {
                id: userText
                anchors.fill: parent
                anchors.margins: 8
                anchors.leftMargin: 12
                anchors.rightMargin: 12
                text: message.content
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                color: theme.text
                selectionColor: theme.accent
                selectedTextColor: theme.accentText
            }
        }

        // The answer
        ThinkingPanel {
            Layout.fillWidth: true
            visible: !message.isUser && (message.thinking.length > 0 || message.thinkingActive)
            row: message.index
            thinking: message.thinking
            tail: message.thinkingTail
            active: message.thinkingActive
            expanded: message.thinkingExpanded
            seconds: message.thinkingSeconds
        }

        Repeater {
            model: message.isUser ? [] : message.segments
            delegate: Loader {
                id: segmentLoader
                required property var modelData
                Layout.fillWidth: true
                sourceComponent: modelData.kind === "code" ? codeComponent : textComponent
                Component {
                    id: textComponent
                    TextEdit {
                        text: segmentLoader.modelData.text
                        textFormat: TextEdit.MarkdownText
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        color: theme.text
                        selectionColor: theme.accent
                        selectedTextColor: theme.accentText
                        onLinkActivated: (link) => Qt.openUrlExternally(link)
                    }
                }
                Component {
                    id: codeComponent
                    CodeBlock {
                        code: segmentLoader.modelData.text
                        html: segmentLoader.modelData.html
                        language: segmentLoader.modelData.language
                    }
                }
            }
        }

        BusyIndicator {
            visible: message.streaming && message.content.length === 0 && !message.thinkingActive
            running: visible
            implicitWidth: 28
            implicitHeight: 28
        }

        Label {
            visible: !message.isUser && message.droppedMessages > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: theme.warning
            font.pixelSize: 12
            text: qsTr("%n earlier message(s) were left out to fit the context.", "", message.droppedMessages)
        }

        Label {
            visible: text.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: 12
            color: message.status === "error" ? theme.danger : theme.mutedText
            // An interrupted answer says why when it knows (the GPU stopped, the connection was cut); one left
            // "streaming" by a crash was marked at the next start and has no text of its own.
            text: message.status === "interrupted"
                  ? (message.errorText.length > 0 ? message.errorText
                                                  : qsTr("Interrupted: QwenDesk closed before this answer finished."))
                : message.status === "cancelled" ? qsTr("Stopped.")
                : message.errorText
        }

        RowLayout {
            spacing: 2
            Layout.alignment: message.isUser ? Qt.AlignRight : Qt.AlignLeft
            visible: !message.streaming

            ToolButton {
                visible: message.versionCount > 1
                text: "‹"
                enabled: message.versionIndex > 0 && !app.busy
                onClicked: app.showVersion(message.messageId, -1)
                Accessible.name: qsTr("Previous version")
            }
            Label {
                visible: message.versionCount > 1
                color: theme.mutedText
                text: qsTr("%1 / %2").arg(message.versionIndex + 1).arg(message.versionCount)
            }
            ToolButton {
                visible: message.versionCount > 1
                text: "›"
                enabled: message.versionIndex + 1 < message.versionCount && !app.busy
                onClicked: app.showVersion(message.messageId, 1)
                Accessible.name: qsTr("Next version")
            }
            ToolButton {
                text: qsTr("Copy")
                onClicked: app.copyText(message.content)
            }
            ToolButton {
                visible: !message.isUser
                text: qsTr("Regenerate")
                enabled: !app.busy
                onClicked: app.regenerate(message.messageId)
            }
            ToolButton {
                text: qsTr("Edit")
                enabled: !app.busy
                onClicked: message.editRequested(message.messageId, message.role,
                                                 message.isUser ? message.content : app.messages.editableText(message.index))
            }
            ToolButton {
                text: qsTr("Fork")
                onClicked: app.forkFrom(message.messageId)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Start a new conversation from here")
            }
            ToolButton {
                text: qsTr("Delete")
                enabled: !app.busy
                onClicked: app.deleteMessage(message.messageId)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Delete this message and what follows it")
            }
            Label {
                visible: !message.isUser && message.generatedTokens > 0
                leftPadding: 8
                font.pixelSize: 12
                color: theme.mutedText
                text: qsTr("%1 tokens/s · context %2 / %3")
                      .arg(Number(message.tokensPerSecond).toLocaleString(Qt.locale(), "f", 1))
                      .arg(message.contextUsed).arg(message.contextLength)
            }
            Label {
                visible: !message.isUser
                leftPadding: 4
                font.pixelSize: 12
                color: theme.mutedText
                text: message.thinkingEnabled ? qsTr("thinking mode") : qsTr("non-thinking mode")
            }
            Label {
                // Which engine and model wrote this answer ("GPU cluster · Qwen/Qwen3-235B-A22B" for a remote one).
                visible: !message.isUser && message.answeredBy.length > 0
                leftPadding: 4
                font.pixelSize: 12
                color: theme.mutedText
                text: "· " + message.answeredBy
                ToolTip.visible: answeredByHover.hovered
                ToolTip.text: qsTr("Answered by %1").arg(message.answeredBy)
                HoverHandler { id: answeredByHover }
            }
        }
    }
}
