// Adds or edits a remote OpenAI-compatible engine: name, base URL (up to /v1), API key, how thinking is
// toggled, and "Test connection", which lists the models GET /v1/models returns. The key field starts empty
// every time: a stored key is never shown, only replaced or removed. remoteEngines does the work.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: dialog
    objectName: "remoteEngineDialog"
    property string engineId: ""
    property bool hasKey: false
    property int ticket: 0
    property bool testing: false
    property var testedModels: []
    property string testError: ""
    property bool tested: false

    title: engineId.length > 0 ? qsTr("Edit remote engine") : qsTr("Add a remote engine")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent.width - 40)
    standardButtons: Dialog.Save | Dialog.Cancel

    function reset(engine) {
        engineId = engine ? engine.id : ""
        hasKey = engine ? engine.hasKey : false
        nameField.text = engine ? engine.name : ""
        urlField.text = engine ? engine.baseUrl : ""
        keyField.text = ""
        removeKeyBox.checked = false
        thinkingBox.currentIndex = Math.max(0, thinkingBox.indexOfValue(engine ? engine.thinkingControl : "chat_template_kwargs"))
        ticket = 0
        testing = false
        tested = false
        testedModels = []
        testError = ""
    }
    function add() { reset(null); open() }
    function edit(engine) { reset(engine); open() }

    onAboutToShow: {
        const save = standardButton(Dialog.Save)
        if (save) save.enabled = Qt.binding(() => remoteEngines.isValidBaseUrl(urlField.text))
    }
    onAccepted: {
        const id = remoteEngines.save(engineId, nameField.text, urlField.text, keyField.text, thinkingBox.currentValue)
        if (id.length > 0 && removeKeyBox.checked && keyField.text.length === 0) remoteEngines.clearApiKey(id)
        keyField.text = ""
    }
    onRejected: keyField.text = ""

    Connections {
        target: remoteEngines
        function onConnectionTested(ticket, models, error) {
            if (ticket !== dialog.ticket) return
            dialog.testing = false
            dialog.tested = true
            dialog.testedModels = models
            dialog.testError = error
        }
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 12
        rowSpacing: 8

        Label { text: qsTr("Name") }
        TextField {
            id: nameField
            Layout.fillWidth: true
            placeholderText: qsTr("GPU cluster")
        }

        Label { text: qsTr("Base URL") }
        TextField {
            id: urlField
            Layout.fillWidth: true
            placeholderText: "http://gpu-box:8000/v1"
            inputMethodHints: Qt.ImhUrlCharactersOnly
        }

        Label { text: qsTr("API key") }
        TextField {
            id: keyField
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: dialog.hasKey ? qsTr("Stored — type a new key to replace it") : qsTr("None (optional)")
        }

        Item { width: 1; height: 1; visible: dialog.hasKey }
        CheckBox {
            id: removeKeyBox
            visible: dialog.hasKey
            enabled: keyField.text.length === 0
            text: qsTr("Remove the stored key")
        }

        Label { text: qsTr("Thinking toggle") }
        ComboBox {
            id: thinkingBox
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "chat_template_kwargs", text: qsTr("chat_template_kwargs (vLLM, SGLang, llama.cpp, QwenDesk)") },
                { value: "reasoning_effort", text: qsTr("reasoning_effort (Ollama)") }
            ]
        }

        Item { width: 1; height: 1 }
        RowLayout {
            Button {
                text: qsTr("Test connection")
                enabled: !dialog.testing && remoteEngines.isValidBaseUrl(urlField.text)
                onClicked: {
                    dialog.testing = true
                    dialog.tested = false
                    dialog.ticket = remoteEngines.testConnection(dialog.engineId, urlField.text, keyField.text)
                }
            }
            BusyIndicator {
                visible: dialog.testing
                running: visible
                implicitWidth: 24
                implicitHeight: 24
            }
        }

        Item { width: 1; height: 1; visible: dialog.tested }
        Label {
            visible: dialog.tested
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: dialog.testError.length > 0 ? theme.danger : theme.text
            text: dialog.testError.length > 0 ? qsTr("Connection failed: %1").arg(dialog.testError)
                : qsTr("Connected. %n model(s) available:", "", dialog.testedModels.length)
        }

        Item { width: 1; height: 1; visible: dialog.tested && dialog.testedModels.length > 0 }
        Label {
            visible: dialog.tested && dialog.testedModels.length > 0
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
            color: theme.mutedText
            font.family: "monospace"
            text: dialog.testedModels.join("\n")
        }
    }
}
