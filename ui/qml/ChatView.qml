// The open conversation: a header with the model and the context gauge, banners for the demo model, for errors
// and for a GPU that stopped responding, the messages streaming in, and the composer.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: chat
    color: theme.background
    signal settingsRequested()
    signal chooseModelRequested()
    signal editRequested(var messageId, string role, string text)

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 10
            spacing: 10
            Label {
                Layout.fillWidth: true
                text: app.currentTitle.length > 0 ? app.currentTitle : qsTr("New chat")
                font.pixelSize: 17
                font.bold: true
                elide: Text.ElideRight
                color: theme.text
            }
            Label {
                text: app.modelState === "loading" ? qsTr("Loading %1…").arg(app.modelName) : app.modelName
                color: theme.mutedText
                elide: Text.ElideMiddle
                Layout.maximumWidth: 240
            }
            ContextGauge {
                Layout.preferredWidth: 200
                used: app.contextUsed
                total: app.contextLength
            }
        }

        Banner {
            Layout.fillWidth: true
            visible: app.isDemoModel && app.modelState !== "error"
            tone: "warning"
            text: qsTr("Demo model — random weights, produces random text")
            actionText: qsTr("Choose a model…")
            onAction: chat.chooseModelRequested()
        }
        DeviceLostBanner {
            objectName: "deviceLostBanner"
            Layout.fillWidth: true
        }
        Banner {
            objectName: "sessionBackendBanner"
            Layout.fillWidth: true
            visible: app.sessionBackend === "cpu" && !app.deviceLost
            tone: "info"
            text: qsTr("This session runs on the CPU because the GPU stopped responding. The backend chosen in Settings is unchanged.")
            actionText: qsTr("Try the GPU again")
            onAction: app.reloadOnGpu()
        }
        Banner {
            Layout.fillWidth: true
            visible: app.modelState === "error" && !app.deviceLost
            tone: "danger"
            text: app.modelError
            actionText: qsTr("Settings")
            onAction: chat.settingsRequested()
        }
        Banner {
            Layout.fillWidth: true
            visible: app.errorMessage.length > 0
            tone: "danger"
            text: app.errorMessage
            actionText: qsTr("Dismiss")
            onAction: app.dismissError()
        }
        Banner {
            Layout.fillWidth: true
            visible: app.notice.length > 0
            tone: "info"
            text: app.notice
            actionText: qsTr("Dismiss")
            onAction: app.dismissNotice()
        }

        ListView {
            id: messageList
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: app.messages
            spacing: 14
            topMargin: 12
            bottomMargin: 12
            // Follow a streaming answer while the user is at the bottom; leave them be when they scrolled up.
            property bool following: true
            onMovementEnded: following = atYEnd
            onContentHeightChanged: if (following) positionViewAtEnd()
            onCountChanged: { following = true; positionViewAtEnd() }
            delegate: MessageDelegate {
                width: messageList.width
                onEditRequested: (messageId, role, text) => chat.editRequested(messageId, role, text)
            }
            ScrollBar.vertical: ScrollBar {}

            Label {
                anchors.centerIn: parent
                visible: messageList.count === 0
                text: qsTr("Ask anything. Everything stays on this computer.")
                color: theme.mutedText
                font.pixelSize: 16
            }
        }

        Composer {
            Layout.fillWidth: true
        }
    }
}
