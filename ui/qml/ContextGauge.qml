// How much of the context window the conversation uses; turns amber, then red, as it fills.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: gauge
    property int used: 0
    property int total: 0
    readonly property real fraction: total > 0 ? Math.min(1, used / total) : 0
    spacing: 2

    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignRight
        font.pixelSize: 11
        color: theme.mutedText
        text: gauge.total > 0
              ? qsTr("Context %1 / %2").arg(Number(gauge.used).toLocaleString(Qt.locale(), "f", 0))
                                     .arg(Number(gauge.total).toLocaleString(Qt.locale(), "f", 0))
              : qsTr("Context —")
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 6
        radius: 3
        color: theme.border
        Rectangle {
            width: parent.width * gauge.fraction
            height: parent.height
            radius: 3
            color: gauge.fraction > 0.9 ? theme.danger : gauge.fraction > 0.7 ? theme.warning : theme.accent
        }
    }
}
