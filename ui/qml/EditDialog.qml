// Editing a message: a question is resent as a new version; an answer is corrected in place (its thoughts,
// if any, sit in a <think> block and are split off again when saved).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog
    property var messageId: 0
    property string role: "user"
    title: role === "user" ? qsTr("Edit and resend") : qsTr("Edit the answer")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(640, parent.width - 40)
    height: Math.min(480, parent.height - 40)
    standardButtons: Dialog.Ok | Dialog.Cancel

    function edit(id, messageRole, text) {
        messageId = id
        role = messageRole
        editor.text = text
        open()
    }
    onAccepted: {
        if (role === "user")
            app.editAndResend(messageId, editor.text)
        else
            app.editAnswer(messageId, editor.text)
    }

    ScrollView {
        anchors.fill: parent
        TextArea {
            id: editor
            wrapMode: TextEdit.Wrap
            selectByMouse: true
        }
    }
}
