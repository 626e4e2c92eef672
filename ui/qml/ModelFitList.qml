// The model picker's table: every Qwen3 model x quantisation marked fits / tight / too large on this
// computer, with the memory it would take, the context it would get and where it would run (the same as
// `qwendesk-cli plan --recommend`). The best pick is always shown; the whole table on request, so Settings
// stays short. Data: hardware.recommendations (C++ list model).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: fitList
    property bool expanded: false
    spacing: 6

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: hardware.recommendationSummary.length > 0 ? hardware.recommendationSummary
                                                        : qsTr("Checking which models fit this computer…")
    }
    Button {
        text: fitList.expanded ? qsTr("Hide the table") : qsTr("Show every model and quantisation")
        onClicked: fitList.expanded = !fitList.expanded
    }
    Label {
        visible: fitList.expanded
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: 12
        color: theme.mutedText
        text: qsTr("Estimated for %1 tokens of context (Settings → Context length). ★ marks the best quantisation of each model.")
                .arg(appSettings.contextLength)
    }

    ListView {
        id: list
        objectName: "modelFitView"
        visible: fitList.expanded
        Layout.fillWidth: true
        Layout.preferredHeight: 300
        clip: true
        model: hardware.recommendations
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

        delegate: ColumnLayout {
            id: entry
            required property int index
            required property string modelName
            required property string quant
            required property string fit
            required property string fitText
            required property bool bestForModel
            required property bool best
            required property string memory
            required property int context
            required property string backend
            required property string device
            required property int tokensPerSecond
            required property bool firstOfModel

            width: ListView.view.width - 12
            spacing: 2

            Label {
                visible: entry.firstOfModel
                topPadding: entry.index === 0 ? 0 : 6
                text: entry.modelName
                font.bold: true
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: row.implicitHeight + 6
                radius: 4
                color: entry.best ? theme.userBubble : "transparent"
                RowLayout {
                    id: row
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: 4
                    spacing: 8
                    Label {
                        Layout.preferredWidth: 60
                        text: entry.quant
                        font.family: "monospace"
                        font.pixelSize: 12
                    }
                    FitBadge {
                        Layout.preferredWidth: 80
                        fit: entry.fit
                        fitText: entry.fitText
                        star: entry.bestForModel
                    }
                    Label {
                        Layout.preferredWidth: 72
                        text: entry.memory
                        font.pixelSize: 12
                        horizontalAlignment: Text.AlignRight
                    }
                    Label {
                        Layout.preferredWidth: 92
                        text: qsTr("%1 tokens").arg(entry.context)
                        font.pixelSize: 12
                        horizontalAlignment: Text.AlignRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: entry.backend === "cpu" ? qsTr("CPU") : entry.backend + " · " + entry.device
                        ToolTip.visible: hovered.containsMouse && truncated
                        ToolTip.text: text
                        MouseArea { id: hovered; anchors.fill: parent; hoverEnabled: true; acceptedButtons: Qt.NoButton }
                        font.pixelSize: 12
                        color: theme.mutedText
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.preferredWidth: 76
                        text: entry.tokensPerSecond > 0 ? qsTr("~%1 tok/s").arg(entry.tokensPerSecond) : ""
                        font.pixelSize: 12
                        color: theme.mutedText
                        horizontalAlignment: Text.AlignRight
                    }
                }
            }
        }
    }
}
