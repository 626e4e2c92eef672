// Settings → Hardware: what the probe found (CPU, RAM, each GPU with its API, memory and driver, or why
// none), where the current model runs and why (the planner's reasons), and the user's backend override
// (only the backends built into this version are offered) and split override (GPU layers, MoE experts in
// RAM; checked in C++ by hardware.setGpuLayers / setExpertsOnCpu, which store only valid input). Data: `hardware` (C++, probed off the GUI thread).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: section
    spacing: 6

    // "custom" while the user types a layer list that is not stored yet
    property bool editingLayers: false
    readonly property string storedExperts: appSettings.expertsOnCpu
    readonly property bool customExperts: storedExperts !== "auto" && storedExperts !== "none" && storedExperts !== "all"

    function sync() {
        backendBox.currentIndex = Math.max(0, backendBox.indexOfValue(appSettings.backend))
        syncSplit()
    }
    // The split controls show the stored override, or what the planner chose while it is automatic.
    function syncSplit() {
        const planned = hardware.modelPlan.gpuLayers
        autoLayers.checked = appSettings.gpuLayers < 0
        layersBox.value = appSettings.gpuLayers >= 0 ? appSettings.gpuLayers
                                                     : (planned !== undefined ? planned : hardware.modelLayers)
        if (!section.editingLayers) {
            expertsBox.currentIndex = Math.max(0, expertsBox.indexOfValue(section.customExperts ? "custom" : section.storedExperts))
            layersField.text = section.customExperts ? section.storedExperts : ""
        }
    }
    Component.onCompleted: sync()
    // The choices are rebuilt when the probe answers or the language changes; keep the stored one selected.
    Connections {
        target: hardware
        function onMachineChanged() { section.sync() }
        function onPlanChanged() { section.syncSplit() }
    }
    Connections {
        target: appSettings
        function onGpuLayersChanged() { section.syncSplit() }
        function onExpertsOnCpuChanged() { section.editingLayers = false; section.syncSplit() }
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

    // The split between the GPU and the CPU: how many layers run on the GPU, and (MoE) whose experts stay in RAM.
    GridLayout {
        id: splitGrid
        objectName: "splitControls"
        Layout.fillWidth: true
        enabled: hardware.splitAvailable
        columns: 2
        columnSpacing: 10
        rowSpacing: 4
        Label { text: qsTr("GPU layers") }
        RowLayout {
            Layout.fillWidth: true
            CheckBox {
                id: autoLayers
                objectName: "gpuLayersAuto"
                text: qsTr("Automatic")
                onToggled: {
                    if (!hardware.setGpuLayers(checked ? -1 : layersBox.value)) section.syncSplit()
                }
            }
            SpinBox {
                id: layersBox
                objectName: "gpuLayersBox"
                from: 0
                to: Math.max(0, hardware.modelLayers)
                editable: true
                enabled: !autoLayers.checked && hardware.modelLayers > 0
                onValueModified: {
                    if (!hardware.setGpuLayers(value)) section.syncSplit()
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: theme.mutedText
                text: hardware.modelLayers > 0 ? qsTr("of %n layer(s)", "", hardware.modelLayers) : ""
            }
        }
        Label {
            visible: hardware.modelMoe
            text: qsTr("MoE experts in RAM")
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            visible: hardware.modelMoe
            Layout.fillWidth: true
            spacing: 4
            ComboBox {
                id: expertsBox
                objectName: "expertsBox"
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: hardware.expertChoices
                onActivated: {
                    if (currentValue === "custom") {
                        section.editingLayers = true
                        layersField.forceActiveFocus()
                    } else {
                        section.editingLayers = false
                        hardware.setExpertsOnCpu(currentValue)
                    }
                }
            }
            RowLayout {
                visible: section.editingLayers || section.customExperts
                Layout.fillWidth: true
                TextField {
                    id: layersField
                    objectName: "expertLayersField"
                    Layout.fillWidth: true
                    placeholderText: "0-3,40-47"
                    inputMethodHints: Qt.ImhNoPredictiveText
                    onAccepted: hardware.setExpertsOnCpu(text)
                }
                Button {
                    text: qsTr("Apply")
                    onClicked: hardware.setExpertsOnCpu(layersField.text)
                }
            }
        }
    }
    Label {
        objectName: "splitError"
        visible: hardware.splitError.length > 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: theme.danger
        text: hardware.splitError
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: 12
        color: theme.mutedText
        text: hardware.splitAvailable
              ? qsTr("Automatic follows the plan, which splits a model too large for the GPU with the CPU. A number puts that many layers on the GPU and the rest on the CPU; experts kept in RAM run on the CPU. The plan above shows the result, and the model is loaded again.")
              : qsTr("A split between the GPU and the CPU needs a GPU backend: choose Automatic, Vulkan or CUDA above.")
    }
}
