pragma Singleton
import QtQuick
import Suara.Components // its C++ types (OnScreenKeyboard) are not in the implicit import in Qt 6.4

// Semantic design tokens. Pages and components use these; no literal colours or sizes outside this file.
// Main.qml feeds the window size in, and every size here follows it: a 10" tablet in either orientation
// (1280×800 or 800×1280) is the reference, larger screens scale up, small ones never go below it much.
QtObject {
    id: theme

    // ---- Set by the window --------------------------------------------------------------------------
    property real viewWidth: 1280
    property real viewHeight: 800
    readonly property bool portrait: viewHeight > viewWidth
    // While the on-screen keyboard is up on a landscape screen, headers step aside to leave room.
    readonly property bool typingLandscape: OnScreenKeyboard.visible && !portrait
    // 1.0 on a 10" tablet (short side 800), a little less on a small screen, more on a large one.
    readonly property real unit: Math.max(0.85, Math.min(Math.min(viewWidth, viewHeight) / 800, 1.6))

    function px(value) {
        return Math.round(value * theme.unit)
    }

    // ---- Colour roles (WCAG AA or better for every text/background pair used) ------------------------
    readonly property color background: "#F4F1EA"      // warm paper, easy on tired eyes
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceMuted: "#EAE6DC"
    readonly property color border: "#CBC4B5"
    readonly property color borderStrong: "#7A7466"
    readonly property color text: "#17202B"            // 15:1 on surface
    readonly property color textMuted: "#4A5361"       // 7.6:1 on surface, 6.8:1 on background
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color primary: "#0B5D4B"         // deep government teal, 7.4:1 with white
    readonly property color primaryPressed: "#07412F"
    readonly property color primarySoft: "#DDEFE8"
    readonly property color primarySoftPressed: "#C4E4D8"
    readonly property color info: "#1C4E86"
    readonly property color infoSoft: "#E4EDF8"
    readonly property color warning: "#7A4300"         // text on warningSoft, 7:1
    readonly property color warningSoft: "#FCEFD6"
    readonly property color warningBorder: "#D99A2B"
    readonly property color danger: "#A3231A"
    readonly property color dangerSoft: "#FBE5E2"
    readonly property color disabled: "#D8D3C8"
    readonly property color textDisabled: "#5E5A52"    // 4.9:1 on the disabled fill
    readonly property color focusRing: "#1C4E86"
    readonly property color clear: "transparent"
    readonly property color backgroundClear: "#00F4F1EA"  // background at zero alpha, for fades
    readonly property color progressTrack: "#DCD6C9"
    readonly property color starFilled: "#D99100"

    // IKM category colours for the admin summary (A best .. D worst).
    function categoryColor(letter) {
        switch (letter) {
        case "A": return "#0B5D4B"
        case "B": return "#1C4E86"
        case "C": return "#7A4300"
        case "D": return "#A3231A"
        }
        return theme.textMuted
    }

    // ---- Spacing scale ------------------------------------------------------------------------------
    readonly property int spaceXs: px(4)
    readonly property int spaceS: px(8)
    readonly property int spaceM: px(16)
    readonly property int spaceL: px(24)
    readonly property int spaceXl: px(32)
    readonly property int spaceXxl: px(48)
    readonly property int pageMargin: portrait ? px(36) : px(48)
    readonly property int contentMaxWidth: px(1100)

    // ---- Shape --------------------------------------------------------------------------------------
    readonly property int radiusS: px(10)
    readonly property int radiusM: px(16)
    readonly property int radiusL: px(24)
    readonly property int borderWidth: Math.max(1, px(2))
    readonly property int selectedBorderWidth: px(4)

    // ---- Touch targets ------------------------------------------------------------------------------
    readonly property int touchTarget: px(88)          // visitors: arm's length, tired hands
    readonly property int touchTargetLarge: px(112)
    readonly property int adminTarget: px(64)          // the admin is trained and closer
    readonly property int pinKey: px(84)

    // ---- Type scale (pixel sizes; body never below 22 at the reference size) -------------------------
    readonly property string fontFamily: "Noto Sans"
    // The smallest visitor text (survey name, counters, hints) is read standing, at arm's length: as
    // large as body text, and never below 22 px even where the scale unit shrinks on a small screen.
    readonly property int fontCaption: Math.max(22, px(24))
    readonly property int fontBody: px(24)
    readonly property int fontBodyLarge: px(28)
    readonly property int fontQuestion: portrait ? px(36) : px(34)
    readonly property int fontTitle: px(40)
    readonly property int fontDisplay: px(60)
    readonly property int fontAdminBody: px(22)
    readonly property int fontAdminTitle: px(30)
    readonly property real lineHeight: 1.2

    // ---- Icons ----------------------------------------------------------------------------------------
    readonly property int iconS: px(32)
    readonly property int iconM: px(44)
    readonly property int iconL: px(72)
    readonly property int iconXl: px(112)
    readonly property int face: portrait ? px(76) : px(112)
    readonly property int star: px(38)

    // ---- Motion ---------------------------------------------------------------------------------------
    readonly property int durationFast: 120
    readonly property int durationNormal: 200
    readonly property int holdToOpenMs: 1500
}
