// Settings: model (local, or a remote engine and its model) with the Qwen3 models that fit this computer,
// remote engines, context, sampling (with Qwen3's recommended presets), system prompt, hardware (what was
// found, where the model runs and why, the backend override), theme and language. Every control writes
// straight to appSettings; the controller reloads the model when needed.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

Dialog {
    id: dialog
    title: qsTr("Settings")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(760, parent.width - 40)
    height: Math.min(720, parent.height - 40)
    standardButtons: Dialog.Close

    function select(combo, value) {
        combo.currentIndex = Math.max(0, combo.indexOfValue(value))
    }
    function findNamed(item, name) {
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.objectName === name) return child
            const found = findNamed(child, name)
            if (found) return found
        }
        return null
    }
    // Scrolls so the section (or control inside one) with this objectName is at the top (the screenshot test uses it).
    function scrollTo(name) {
        const item = findNamed(grid, name)
        if (!item) return false
        const flick = scroller.contentItem
        const y = item.mapToItem(grid, 0, 0).y
        flick.contentY = Math.max(0, Math.min(y - 8, flick.contentHeight - flick.height))
        return true
    }
    onAboutToShow: {
        select(policyBox, appSettings.contextPolicy)
        select(samplingBox, appSettings.samplingMode)
        hardwareSection.sync()
        select(themeBox, appSettings.theme)
        select(languageBox, appSettings.language)
        engineChooser.sync()
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Choose a model folder")
        onAccepted: app.chooseModel(selectedFolder)
    }
    FileDialog {
        id: fileDialog
        title: qsTr("Choose a model file")
        nameFilters: [qsTr("GGUF models (*.gguf)"), qsTr("All files (*)")]
        onAccepted: app.chooseModel(selectedFile)
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth

        GridLayout {
            id: grid
            width: scroller.availableWidth
            columns: 2
            columnSpacing: 12
            rowSpacing: 10

            Label { text: qsTr("Model"); Layout.alignment: Qt.AlignTop }
            EngineChooser {
                id: engineChooser
                objectName: "engineChooser"
                Layout.fillWidth: true
                onChooseFolderRequested: folderDialog.open()
                onChooseFileRequested: fileDialog.open()
            }

            Label { text: qsTr("Qwen3 models"); Layout.alignment: Qt.AlignTop }
            ModelFitList {
                objectName: "modelFitList"
                Layout.fillWidth: true
            }

            Label { text: qsTr("Remote engines"); Layout.alignment: Qt.AlignTop }
            RemoteEnginesSection {
                Layout.fillWidth: true
            }

            Label { text: qsTr("Context length") }
            SpinBox {
                from: 512
                to: 131072
                stepSize: 512
                editable: true
                value: appSettings.contextLength
                onValueModified: appSettings.contextLength = value
            }

            Label { text: qsTr("When the context is full") }
            ComboBox {
                id: policyBox
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: "stop", text: qsTr("Stop and tell me") },
                    { value: "dropOldest", text: qsTr("Drop the oldest turns (keep the system prompt)") },
                    { value: "truncateMiddle", text: qsTr("Truncate the middle (keep the first exchange)") }
                ]
                onActivated: appSettings.contextPolicy = currentValue
            }

            Label { text: qsTr("Sampling") }
            ComboBox {
                id: samplingBox
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: "recommended", text: qsTr("Recommended for the message's mode") },
                    { value: "custom", text: qsTr("Custom") }
                ]
                onActivated: appSettings.samplingMode = currentValue
            }

            Label { text: qsTr("Temperature"); visible: samplingBox.currentValue === "custom" }
            RowLayout {
                visible: samplingBox.currentValue === "custom"
                Slider {
                    Layout.fillWidth: true
                    from: 0; to: 2; stepSize: 0.05
                    value: appSettings.temperature
                    onMoved: appSettings.temperature = value
                }
                Label { text: Number(appSettings.temperature).toLocaleString(Qt.locale(), "f", 2) }
            }
            Label { text: qsTr("Top-p"); visible: samplingBox.currentValue === "custom" }
            RowLayout {
                visible: samplingBox.currentValue === "custom"
                Slider {
                    Layout.fillWidth: true
                    from: 0; to: 1; stepSize: 0.01
                    value: appSettings.topP
                    onMoved: appSettings.topP = value
                }
                Label { text: Number(appSettings.topP).toLocaleString(Qt.locale(), "f", 2) }
            }
            Label { text: qsTr("Top-k"); visible: samplingBox.currentValue === "custom" }
            SpinBox {
                visible: samplingBox.currentValue === "custom"
                from: 0; to: 200
                value: appSettings.topK
                onValueModified: appSettings.topK = value
            }
            Label { text: qsTr("Min-p"); visible: samplingBox.currentValue === "custom" }
            RowLayout {
                visible: samplingBox.currentValue === "custom"
                Slider {
                    Layout.fillWidth: true
                    from: 0; to: 1; stepSize: 0.01
                    value: appSettings.minP
                    onMoved: appSettings.minP = value
                }
                Label { text: Number(appSettings.minP).toLocaleString(Qt.locale(), "f", 2) }
            }
            Item { width: 1; height: 1; visible: samplingBox.currentValue === "custom" }
            RowLayout {
                visible: samplingBox.currentValue === "custom"
                Button { text: qsTr("Thinking preset"); onClicked: appSettings.applyRecommendedSampling(true) }
                Button { text: qsTr("Non-thinking preset"); onClicked: appSettings.applyRecommendedSampling(false) }
            }

            Label { text: qsTr("Longest answer (tokens)") }
            SpinBox {
                from: 64; to: 32768; stepSize: 256
                editable: true
                value: appSettings.maxTokens
                onValueModified: appSettings.maxTokens = value
            }

            Label { text: qsTr("System prompt"); Layout.alignment: Qt.AlignTop }
            TextArea {
                Layout.fillWidth: true
                Layout.preferredHeight: 80
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Optional instructions for every conversation")
                text: appSettings.systemPrompt
                onEditingFinished: appSettings.systemPrompt = text
            }

            Label { text: qsTr("Hardware"); Layout.alignment: Qt.AlignTop }
            HardwareSection {
                id: hardwareSection
                objectName: "hardwareSection"
                Layout.fillWidth: true
            }

            Label { text: qsTr("Theme") }
            ComboBox {
                id: themeBox
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: "system", text: qsTr("Follow the system") },
                    { value: "light", text: qsTr("Light") },
                    { value: "dark", text: qsTr("Dark") }
                ]
                onActivated: appSettings.theme = currentValue
            }

            Label { text: qsTr("Language") }
            ComboBox {
                id: languageBox
                Layout.fillWidth: true
                textRole: "name"
                valueRole: "code"
                model: appSettings.languages()
                onActivated: appSettings.language = currentValue
            }

            Label { text: qsTr("Thinking panel") }
            CheckBox {
                text: qsTr("Collapse when the answer starts")
                checked: appSettings.autoCollapseThinking
                onToggled: appSettings.autoCollapseThinking = checked
            }
        }
    }
}
