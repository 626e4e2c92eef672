// Settings: the OpenAI-compatible servers QwenDesk can send messages to (vLLM, SGLang, llama.cpp, Ollama,
// `qwendesk-cli serve`), with Add / Edit / Remove, and where their API keys are kept (the system keychain,
// or the 0600 fallback file). The list and the keys live in remoteEngines (C++).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: section
    spacing: 6

    RemoteEngineDialog {
        id: engineDialog
    }

    Repeater {
        model: remoteEngines.endpoints
        delegate: RemoteEngineDelegate {
            required property var modelData
            engine: modelData
            Layout.fillWidth: true
            onEditRequested: (engine) => engineDialog.edit(engine)
            onRemoveRequested: (id) => remoteEngines.remove(id)
        }
    }

    Label {
        visible: remoteEngines.endpoints.length === 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: theme.mutedText
        text: qsTr("None yet. Add a vLLM, SGLang, llama.cpp, Ollama or QwenDesk server to chat with models too large for this computer.")
    }

    Button {
        text: qsTr("Add engine…")
        onClicked: engineDialog.add()
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: 12
        color: remoteEngines.secretStoreKind === "file" ? theme.warning : theme.mutedText
        text: remoteEngines.secretStoreKind === "file"
              ? qsTr("API keys are kept in a file only you can read (secrets.ini), in plain text: no system keychain is available.")
              : qsTr("API keys are kept in the system keychain.")
    }
}
