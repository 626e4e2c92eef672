// Settings → Hardware: what the probe found (CPU, RAM, each GPU with its API, memory and driver, or why
// none), where the current model runs and why (the planner's reasons), and the user's backend override
// (only the backends built into this version are offered). Data: `hardware` (C++, probed off the GUI thread).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: section
    spacing: 6

    function sync() {
        backendBox.currentIndex = Math.max(0, backendBox.indexOfValue(appSettings.backend))
    }
    Component.onCompleted: sync()
    // The choices are rebuilt when the probe answers or the language changes; keep the stored one selected.
    Connections {
        target: hardware
        function onMachineChanged() { section.sync() }
    }

    Label {
        visible: !hardware.ready
        Layout.fillWidth: true
        color: theme.mutedText
        text: qsTr("Looking at this computer's processors…")
    }
    Label {
        visible: hardware.error.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: theme.danger
        text: qsTr("The hardware could not be probed: %1").arg(hardware.error)
    }

    GridLayout {
        visible: hardware.ready && hardware.error.length === 0
        Layout.fillWidth: true
        columns: 2
        columnSpacing: 10
        rowSpacing: 4
        Label { text: qsTr("CPU"); color: theme.mutedText }
        Label { Layout.fillWidth: true; wrapMode: Text.Wrap; text: hardware.cpu }
        Label { text: qsTr("Memory"); color: theme.mutedText }
        Label { Layout.fillWidth: true; wrapMode: Text.Wrap; text: hardware.ram }
        Label { text: qsTr("GPUs"); color: theme.mutedText; Layout.alignment: Qt.AlignTop }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Label {
                visible: hardware.gpuNote.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: hardware.gpuNote
            }
            Repeater {
                model: hardware.gpus
                delegate: ColumnLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("%1 — %2, %3 memory, %4").arg(modelData.name).arg(modelData.type)
                                .arg(modelData.memory).arg(modelData.backends)
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: 12
                        color: theme.mutedText
                        text: qsTr("Driver: %1").arg(modelData.driver)
                    }
                }
            }
            Repeater {
                model: hardware.drivers
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: 12
                    color: theme.mutedText
                    text: modelData
                }
            }
        }
        Label { text: qsTr("Built in"); color: theme.mutedText }
        Label { Layout.fillWidth: true; text: hardware.builtBackends.join(", ") }
    }

    Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: theme.border }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.bold: true
        text: hardware.running
    }
    ModelPlanView {
        Layout.fillWidth: true
        detailed: true
    }

    RowLayout {
        Layout.fillWidth: true
        Label { text: qsTr("Backend") }
        ComboBox {
            id: backendBox
            objectName: "backendBox"
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: hardware.backendChoices
            onActivated: appSettings.backend = currentValue
        }
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: 12
        color: theme.mutedText
        text: qsTr("Automatic lets QwenDesk choose. Choosing a backend forces it, and the model is loaded again.")
    }
}
