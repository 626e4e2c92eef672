// One conversation in the sidebar: click to open, rename in place, delete (undo is offered below the list).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: row
    required property var conversationId
    required property string title
    required property bool forked
    property bool editing: false

    highlighted: conversationId === app.currentConversationId
    height: 40
    onClicked: app.selectConversation(conversationId)
    onDoubleClicked: editing = true

    background: Rectangle {
        radius: 6
        color: row.highlighted ? theme.surface : (row.hovered ? Qt.darker(theme.sidebar, 1.04) : "transparent")
    }

    contentItem: RowLayout {
        spacing: 4
        Label {
            visible: !row.editing
            Layout.fillWidth: true
            text: (row.forked ? "⑂ " : "") + row.title
            elide: Text.ElideRight
            color: theme.text
        }
        TextField {
            id: titleEdit
            visible: row.editing
            Layout.fillWidth: true
            text: row.title
            selectByMouse: true
            onVisibleChanged: if (visible) { forceActiveFocus(); selectAll() }
            onAccepted: {
                app.renameConversation(row.conversationId, text)
                row.editing = false
            }
            Keys.onEscapePressed: row.editing = false
        }
        ToolButton {
            visible: row.hovered && !row.editing
            text: "✎"
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Rename")
            Accessible.name: qsTr("Rename")
            onClicked: row.editing = true
        }
        ToolButton {
            visible: row.hovered && !row.editing
            text: "✕"
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Delete")
            Accessible.name: qsTr("Delete")
            onClicked: app.deleteConversation(row.conversationId)
        }
    }
}
