// The planner's plan for the model in use (a folder or file the user chose, or the demo model): where it
// runs, the context it gets and the memory it takes, shown as soon as the model is chosen (before it has
// loaded). `detailed` adds the memory breakdown and the planner's reasons. Data: hardware.modelPlan (C++).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: view
    property bool detailed: false
    readonly property var plan: hardware.modelPlan
    readonly property bool hasPlan: plan.state === "ready"

    spacing: 4

    RowLayout {
        visible: view.hasPlan
        Layout.fillWidth: true
        FitBadge {
            fit: view.plan.fit || "fits"
            fitText: view.plan.fitText || ""
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: view.plan.headline || ""
        }
    }
    Label {
        visible: view.hasPlan
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: 12
        color: theme.mutedText
        text: (view.plan.weights || "") + (view.plan.speed ? " · " + view.plan.speed : "")
    }
    Label {
        visible: view.hasPlan && (view.plan.split || "").length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: 12
        text: view.plan.split || ""
    }
    Label {
        visible: view.hasPlan && view.detailed
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: 12
        color: theme.mutedText
        text: view.plan.memory || ""
    }
    Label {
        visible: view.hasPlan && view.detailed
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.bold: true
        text: qsTr("Why")
    }
    Repeater {
        model: view.hasPlan && view.detailed ? view.plan.reasons : []
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: 12
            text: "• " + modelData
        }
    }
    Label {
        visible: view.hasPlan && view.detailed
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: 12
        text: view.plan.summary || ""
    }
    Label {
        visible: !view.hasPlan && view.plan.state !== "remote" && view.plan.state !== "none"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: 12
        color: view.plan.state === "error" ? theme.danger : theme.mutedText
        text: view.plan.state === "error" ? qsTr("No plan for this model: %1").arg(view.plan.error || "")
                                          : qsTr("Planning where this model runs…")
    }
}
