// Settings: which engine answers new messages — a model on this computer (a folder, a GGUF file or the demo
// model, with the planner's verdict on it) or a remote engine and one of the models its /v1/models lists. Choosing goes through app.chooseModel;
// each answer then records "engine · model" in its footer.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: chooser
    signal chooseFolderRequested()
    signal chooseFileRequested()

    readonly property var current: remoteEngines.describeModelPath(appSettings.modelPath)
    readonly property string selectedId: engineBox.currentValue === undefined ? "" : engineBox.currentValue
    property var models: []
    property string modelsError: ""
    property bool fetching: false

    spacing: 6

    // Puts the combo boxes on what is in use now (the dialog calls this when it opens).
    function sync() {
        engineBox.currentIndex = Math.max(0, engineBox.indexOfValue(current.remote ? current.id : ""))
        fetch()
    }
    // Shows an engine's models without choosing it yet.
    function show(id) {
        engineBox.currentIndex = Math.max(0, engineBox.indexOfValue(id))
        fetch()
    }
    function fetch() {
        models = current.remote && current.id === selectedId ? [current.model] : []
        modelsError = ""
        fetching = selectedId.length > 0
        if (fetching) remoteEngines.refreshModels(selectedId)
    }

    Connections {
        target: remoteEngines
        function onModelsFetched(id, models, error) {
            if (id !== chooser.selectedId) return
            chooser.fetching = false
            chooser.modelsError = error
            if (error.length === 0) chooser.models = models
            const keep = chooser.current.remote && chooser.current.id === id ? chooser.current.model : ""
            modelBox.currentIndex = Math.max(0, modelBox.find(keep))
        }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: theme.mutedText
        text: app.modelState === "ready" ? qsTr("New messages are answered by %1.").arg(app.modelName)
            : app.modelState === "loading" ? qsTr("Loading %1…").arg(app.modelName)
            : app.modelError
    }

    ComboBox {
        id: engineBox
        Layout.fillWidth: true
        textRole: "name"
        valueRole: "id"
        model: [{ id: "", name: qsTr("This computer") }].concat(remoteEngines.endpoints)
        onActivated: chooser.fetch()
    }

    // A model on this computer.
    Label {
        visible: chooser.selectedId.length === 0
        Layout.fillWidth: true
        text: chooser.current.remote ? qsTr("Choose a model folder or file, or use the demo model.")
            : appSettings.modelPath.length > 0 ? appSettings.modelPath
            : qsTr("Demo model — random weights, produces random text")
        wrapMode: Text.WrapAnywhere
        color: theme.mutedText
    }
    // Where that model runs, the context it gets and the memory it takes (planned before it loads).
    ModelPlanView {
        visible: chooser.selectedId.length === 0 && !chooser.current.remote
        Layout.fillWidth: true
    }
    RowLayout {
        visible: chooser.selectedId.length === 0
        Button { text: qsTr("Folder…"); onClicked: chooser.chooseFolderRequested() }
        Button { text: qsTr("File…"); onClicked: chooser.chooseFileRequested() }
        Button {
            text: qsTr("Use the demo model")
            enabled: appSettings.modelPath.length > 0
            onClicked: app.useDemoModel()
        }
    }

    // A remote engine's model.
    RowLayout {
        visible: chooser.selectedId.length > 0
        ComboBox {
            id: modelBox
            Layout.fillWidth: true
            model: chooser.models
        }
        Button {
            text: qsTr("Refresh")
            enabled: !chooser.fetching
            onClicked: chooser.fetch()
        }
        Button {
            text: qsTr("Use")
            enabled: modelBox.currentText.length > 0
                     && !(chooser.current.remote && chooser.current.id === chooser.selectedId
                          && chooser.current.model === modelBox.currentText)
            onClicked: app.chooseModel(remoteEngines.modelPath(chooser.selectedId, modelBox.currentText))
        }
    }
    Label {
        visible: chooser.selectedId.length > 0 && (chooser.fetching || chooser.modelsError.length > 0)
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: 12
        color: chooser.modelsError.length > 0 ? theme.danger : theme.mutedText
        text: chooser.fetching ? qsTr("Asking the server for its models…")
                               : qsTr("Could not list the models: %1").arg(chooser.modelsError)
    }
}
