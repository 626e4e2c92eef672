// "fits" / "tight" / "too large" as a small coloured tag (the planner's verdict for a model on this computer).
import QtQuick
import QtQuick.Controls

Label {
    property string fit: "fits"      // fits, tight, too_large
    property string fitText: ""
    property bool star: false        // the best quantisation of its model

    text: (star ? "★ " : "") + fitText
    font.pixelSize: 12
    font.bold: true
    color: fit === "fits" ? theme.success : fit === "tight" ? theme.warning : theme.danger
}
