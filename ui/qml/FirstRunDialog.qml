// First start without a model: pick a local model folder or file, or go on with the built-in demo model.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

Dialog {
    id: dialog
    title: qsTr("Welcome to QwenDesk")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(560, parent.width - 40)
    closePolicy: Popup.CloseOnEscape
    onRejected: app.dismissFirstRun()

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

    ColumnLayout {
        anchors.fill: parent
        spacing: 12
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("QwenDesk runs Qwen3 models on this computer, offline. Choose a model folder (Hugging Face safetensors) or a GGUF file.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: theme.warning
            text: qsTr("Until then the built-in demo model is loaded so every screen works. Demo model — random weights, produces random text.")
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                text: qsTr("Choose a folder…")
                onClicked: folderDialog.open()
            }
            Button {
                text: qsTr("Choose a file…")
                onClicked: fileDialog.open()
            }
            Button {
                text: qsTr("Use the demo model")
                highlighted: true
                onClicked: {
                    app.useDemoModel()
                    dialog.close()
                }
            }
        }
    }
}
