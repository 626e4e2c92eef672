// Shown for a few seconds after a conversation is deleted, with a way to bring it back.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    visible: app.undoTitle.length > 0
    implicitHeight: visible ? undoRow.implicitHeight + 12 : 0
    radius: 6
    color: theme.surface
    border.color: theme.border

    RowLayout {
        id: undoRow
        anchors.fill: parent
        anchors.margins: 6
        Label {
            Layout.fillWidth: true
            text: qsTr("Deleted “%1”").arg(app.undoTitle)
            elide: Text.ElideRight
            color: theme.text
        }
        Button {
            text: qsTr("Undo")
            onClicked: app.undoDelete()
        }
    }
}
