// A one-line message across the chat view, with an optional action button.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: banner
    property string text
    property string actionText
    property string tone: "info"  // info, warning, danger
    signal action()

    implicitHeight: visible ? bannerRow.implicitHeight + 16 : 0
    color: tone === "danger" ? Qt.rgba(theme.danger.r, theme.danger.g, theme.danger.b, 0.14)
         : tone === "warning" ? Qt.rgba(theme.warning.r, theme.warning.g, theme.warning.b, 0.16)
         : theme.surface

    RowLayout {
        id: bannerRow
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        Label {
            Layout.fillWidth: true
            text: banner.text
            wrapMode: Text.Wrap
            color: banner.tone === "danger" ? theme.danger : banner.tone === "warning" ? theme.warning : theme.text
            font.bold: banner.tone === "warning"
        }
        Button {
            visible: banner.actionText.length > 0
            text: banner.actionText
            onClicked: banner.action()
        }
    }
}
