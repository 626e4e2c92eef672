// The history database cannot be used (damaged, locked by another program, or from a newer version):
// say so plainly and offer a way out that never deletes anything.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog
    title: qsTr("The chat history cannot be opened")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent.width - 40)
    closePolicy: Popup.NoAutoClose

    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: app.historyError
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: theme.mutedText
            text: app.historyErrorKind === "locked"
                  ? qsTr("Close the other QwenDesk window, then try again.")
                  : qsTr("QwenDesk can keep the old file under a new name and start an empty history. Nothing is deleted.")
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                visible: app.historyErrorKind === "locked" || app.historyErrorKind === "io"
                text: qsTr("Try again")
                onClicked: app.retryOpenHistory()
            }
            Button {
                visible: app.historyErrorKind !== "locked"
                text: qsTr("Keep the old file and start a new history")
                onClicked: app.moveDamagedHistoryAside()
            }
            Button {
                text: qsTr("Quit")
                onClicked: Qt.quit()
            }
        }
    }
}
