// The main window: the sidebar of conversations beside the chat view, plus the app-wide dialogs. QML only
// presents the C++ models (`app`, `appSettings`, `theme`) and forwards the user's intent to them.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: window
    width: 1180
    height: 780
    minimumWidth: 640
    minimumHeight: 420
    visible: true
    title: app.currentTitle.length > 0 ? qsTr("%1 — QwenDesk").arg(app.currentTitle) : qsTr("QwenDesk")
    color: theme.background

    // Arabic (and any right-to-left language) mirrors the whole layout.
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    palette.window: theme.background
    palette.windowText: theme.text
    palette.base: theme.surface
    palette.alternateBase: theme.sidebar
    palette.text: theme.text
    palette.button: theme.surface
    palette.buttonText: theme.text
    palette.highlight: theme.accent
    palette.highlightedText: theme.accentText
    palette.placeholderText: theme.mutedText
    palette.mid: theme.border
    palette.light: theme.surface
    palette.dark: theme.border
    palette.toolTipBase: theme.surface
    palette.toolTipText: theme.text

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            Layout.fillHeight: true
            Layout.preferredWidth: 280
            onSettingsRequested: settingsDialog.open()
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: theme.border
        }

        ChatView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            onSettingsRequested: settingsDialog.open()
            onChooseModelRequested: firstRunDialog.open()
            onEditRequested: (messageId, role, text) => editDialog.edit(messageId, role, text)
        }
    }

    SettingsDialog {
        id: settingsDialog
        objectName: "settingsDialog"
    }

    FirstRunDialog {
        id: firstRunDialog
        visible: app.firstRun
    }

    HistoryErrorDialog {
        visible: app.historyError.length > 0
    }

    EditDialog {
        id: editDialog
    }
}
