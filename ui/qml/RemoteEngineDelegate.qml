// One remote engine in Settings: its name, base URL and whether a key is stored (never the key itself),
// with Edit and Remove. Presentational: the parent section acts on the two signals.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: row
    required property var engine
    signal editRequested(var engine)
    signal removeRequested(string id)

    implicitHeight: layout.implicitHeight + 12
    radius: 6
    color: theme.surface
    border.color: theme.border

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: 6
        spacing: 8

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.engine.name
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: row.engine.baseUrl
                color: theme.mutedText
                font.pixelSize: 12
                elide: Text.ElideMiddle
            }
            Label {
                Layout.fillWidth: true
                text: row.engine.hasKey ? qsTr("API key stored") : qsTr("No API key")
                color: theme.mutedText
                font.pixelSize: 12
            }
        }
        Button {
            text: qsTr("Edit…")
            onClicked: row.editRequested(row.engine)
        }
        Button {
            text: qsTr("Remove")
            onClicked: row.removeRequested(row.engine.id)
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Remove this engine and its stored API key")
        }
    }
}
