// The list of conversations: new chat, search across all messages, select, rename, delete (with undo).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: sidebar
    color: theme.sidebar
    signal settingsRequested()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 8

        Button {
            Layout.fillWidth: true
            text: qsTr("New chat")
            icon.name: "document-new"
            onClicked: {
                searchField.text = ""
                app.newConversation()
            }
        }

        TextField {
            id: searchField
            Layout.fillWidth: true
            placeholderText: qsTr("Search all messages")
            selectByMouse: true
            onTextChanged: app.search(text)
        }

        ListView {
            id: conversationList
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            visible: searchField.text.length === 0
            model: app.conversations
            spacing: 2
            delegate: ConversationDelegate {
                width: conversationList.width
            }
            ScrollBar.vertical: ScrollBar {}

            Label {
                anchors.centerIn: parent
                width: parent.width - 20
                visible: conversationList.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: theme.mutedText
                text: qsTr("No conversations yet")
            }
        }

        ListView {
            id: resultList
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            visible: searchField.text.length > 0
            model: app.searchResults
            spacing: 2
            delegate: SearchResultDelegate {
                width: resultList.width
            }
            ScrollBar.vertical: ScrollBar {}

            Label {
                anchors.centerIn: parent
                width: parent.width - 20
                visible: resultList.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: theme.mutedText
                text: qsTr("No messages match")
            }
        }

        UndoBar {
            Layout.fillWidth: true
        }

        Button {
            Layout.fillWidth: true
            text: qsTr("Settings")
            icon.name: "configure"
            onClicked: sidebar.settingsRequested()
        }
    }
}
