// One search hit: the conversation's title and the matching words.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ItemDelegate {
    id: hit
    required property var conversationId
    required property var messageId
    required property string title
    required property string snippet

    onClicked: app.openSearchHit(conversationId, messageId)
    background: Rectangle {
        radius: 6
        color: hit.hovered ? theme.surface : "transparent"
    }
    contentItem: ColumnLayout {
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: hit.title
            font.bold: true
            elide: Text.ElideRight
            color: theme.text
        }
        Label {
            Layout.fillWidth: true
            text: hit.snippet
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: theme.mutedText
        }
    }
}
