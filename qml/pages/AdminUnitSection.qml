import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// Who this kiosk belongs to, the unit's own complaint contact and the language visitors start in.
// Fields save as they are typed; they are filled once, not bound, so typing is never interrupted
// (only a change the store refused refills them).
ScrollArea {
    id: scroll

    showHint: false

    // A change the store refused is taken back: the fields show again what is saved.
    Connections {
        target: Settings
        function onSaveErrorChanged() {
            if (Settings.saveError.length === 0)
                return
            unitName.text = Settings.unitName
            unitCode.text = Settings.unitCode
            contact.text = Settings.complaintContact
        }
    }

    AdminHeading {
        title: qsTr("Unit")
        text: qsTr("The unit name is shown on the welcome screen. The code is stored with every answer. Changes are saved at once.")
    }
    InfoBanner {
        objectName: "settingsSaveError"
        visible: Settings.saveError.length > 0
        tone: "danger"
        textSize: Theme.fontAdminBody
        text: Settings.saveError
        Layout.fillWidth: true
    }
    AdminFieldLabel {
        text: qsTr("Unit name")
    }
    TextInputBox {
        id: unitName
        objectName: "unitNameInput"
        compact: true
        //: Example unit name in the admin settings
        placeholderText: qsTr("For example: Lapas Kelas IIA Yogyakarta")
        maximumLength: 120
        Layout.fillWidth: true
        Component.onCompleted: text = Settings.unitName
        onTextChanged: Settings.unitName = text
        onActiveFocusChanged: if (activeFocus) scroll.reveal(unitName)
    }
    AdminFieldLabel {
        text: qsTr("Unit code")
    }
    TextInputBox {
        id: unitCode
        objectName: "unitCodeInput"
        compact: true
        placeholderText: qsTr("For example: LPYK-01")
        maximumLength: 40
        inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
        Layout.fillWidth: true
        Component.onCompleted: text = Settings.unitCode
        onTextChanged: Settings.unitCode = text
        onActiveFocusChanged: if (activeFocus) scroll.reveal(unitCode)
    }
    AdminFieldLabel {
        text: qsTr("The unit's own complaint contact (shown on the thank-you screen)")
    }
    TextInputBox {
        id: contact
        objectName: "complaintContactInput"
        compact: true
        placeholderText: qsTr("For example: WhatsApp 0812-3456-7890")
        maximumLength: 120
        Layout.fillWidth: true
        Component.onCompleted: text = Settings.complaintContact
        onTextChanged: Settings.complaintContact = text
        onActiveFocusChanged: if (activeFocus) scroll.reveal(contact)
    }
    AdminFieldLabel {
        text: qsTr("Language visitors start in")
    }
    RowLayout {
        spacing: Theme.spaceM

        // Autonyms: each language named in itself.
        ChoiceChip {
            objectName: "defaultLanguage_id"
            compact: true
            text: "Bahasa Indonesia"
            selected: Settings.defaultLanguage === "id"
            onClicked: Settings.defaultLanguage = "id"
        }
        ChoiceChip {
            objectName: "defaultLanguage_en"
            compact: true
            text: "English"
            selected: Settings.defaultLanguage === "en"
            onClicked: Settings.defaultLanguage = "en"
        }
    }
    AdminReadAloudSettings {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceL
    }
}
