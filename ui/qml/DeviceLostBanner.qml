// The GPU stopped responding (the engine's DeviceLost): what happened, that the conversation is kept, and the
// ways on — load the model again on the GPU, continue on the CPU for this session, or (CUDA, which cannot use
// the GPU again in the same process) restart QwenDesk. Every button calls one `app` slot.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: banner
    visible: app.deviceLost
    implicitHeight: visible ? column.implicitHeight + 20 : 0
    color: Qt.rgba(theme.danger.r, theme.danger.g, theme.danger.b, 0.14)

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 10
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 6

        Label {
            Layout.fillWidth: true
            text: qsTr("The GPU stopped responding. Your conversation is kept; load the model again to go on.")
            wrapMode: Text.Wrap
            color: theme.danger
            font.bold: true
        }
        Label {
            objectName: "deviceLostRestartHint"
            visible: app.canRestartApp
            Layout.fillWidth: true
            text: qsTr("CUDA cannot use the GPU again until QwenDesk restarts.")
            wrapMode: Text.Wrap
            color: theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: app.deviceLostDetail.length > 0
            text: app.deviceLostDetail
            wrapMode: Text.Wrap
            font.pixelSize: 12
            color: theme.mutedText
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Button {
                objectName: "restartAppButton"
                visible: app.canRestartApp
                text: qsTr("Restart QwenDesk")
                onClicked: app.restartApp()
            }
            Button {
                objectName: "reloadOnGpuButton"
                text: qsTr("Reload on the GPU")
                onClicked: app.reloadOnGpu()
            }
            Button {
                objectName: "continueOnCpuButton"
                text: qsTr("Continue on the CPU")
                onClicked: app.continueOnCpu()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("For this session only; the backend chosen in Settings stays as it is.")
            }
        }
    }
}
