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

    // ---- Large text and high contrast (the visitor's toggle; Main.qml binds it) ----------------------
    // One switch for both: visitors who need larger words usually need stronger contrast too. Every
    // visitor text and target grows by textScale; the colours switch to a palette where every text pair
    // reaches WCAG AAA (7:1), checked from these tokens by tests/qml/tst_contrast.qml.
    property bool largeText: false
    readonly property bool highContrast: largeText
    readonly property real textScale: largeText ? 1.3 : 1.0

    function tx(value) {
        return Math.round(value * theme.unit * theme.textScale)
    }
    function pick(normal, contrast) {
        return theme.highContrast ? contrast : normal
    }

    // ---- Colour roles (WCAG AA or better for every text/background pair used; AAA in high contrast) ----
    readonly property color background: pick("#F4F1EA", "#FFFFFF")      // warm paper, easy on tired eyes
    readonly property color surface: pick("#FFFFFF", "#FFFFFF")
    readonly property color surfaceMuted: pick("#EAE6DC", "#E6E6E6")
    readonly property color border: pick("#CBC4B5", "#4D4D4D")
    readonly property color borderStrong: pick("#7A7466", "#000000")
    readonly property color text: pick("#17202B", "#000000")            // 15:1 on surface
    readonly property color textMuted: pick("#4A5361", "#222222")       // 7.6:1 on surface, 6.8:1 on background
    readonly property color textOnPrimary: pick("#FFFFFF", "#FFFFFF")
    readonly property color primary: pick("#0B5D4B", "#00392D")         // deep government teal, 7.4:1 with white
    readonly property color primaryPressed: pick("#07412F", "#001F18")
    readonly property color primarySoft: pick("#DDEFE8", "#D2EDE3")
    readonly property color primarySoftPressed: pick("#C4E4D8", "#B5E0D0")
    readonly property color info: pick("#1C4E86", "#002A5C")
    readonly property color infoSoft: pick("#E4EDF8", "#E4EDF8")
    readonly property color warning: pick("#7A4300", "#4A2500")         // text on warningSoft, 7:1
    readonly property color warningSoft: pick("#FCEFD6", "#FFF1D6")
    readonly property color warningBorder: pick("#D99A2B", "#8A5200")
    readonly property color danger: pick("#A3231A", "#6E0A04")
    readonly property color dangerSoft: pick("#FBE5E2", "#FBE5E2")
    readonly property color disabled: pick("#D8D3C8", "#D6D6D6")
    readonly property color textDisabled: pick("#5E5A52", "#2E2E2E")    // 4.9:1 on the disabled fill
    readonly property color focusRing: pick("#1C4E86", "#002A5C")
    readonly property color clear: "transparent"
    readonly property color backgroundClear: pick("#00F4F1EA", "#00FFFFFF")  // background at zero alpha, for fades
    readonly property color progressTrack: pick("#DCD6C9", "#9E9E9E")
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
    readonly property int touchTarget: tx(88)          // visitors: arm's length, tired hands
    readonly property int touchTargetLarge: tx(112)
    readonly property int adminTarget: px(64)          // the admin is trained and closer
    readonly property int pinKey: px(84)

    // ---- Type scale (pixel sizes; body never below 22 at the reference size) -------------------------
    readonly property string fontFamily: "Noto Sans"
    // The smallest visitor text (survey name, counters, hints) is read standing, at arm's length: as
    // large as body text, and never below 22 px even where the scale unit shrinks on a small screen.
    readonly property int fontCaption: Math.max(22, tx(24))
    readonly property int fontBody: tx(24)
    readonly property int fontBodyLarge: tx(28)
    readonly property int fontQuestion: portrait ? tx(36) : tx(34)
    readonly property int fontTitle: tx(40)
    readonly property int fontDisplay: tx(60)
    readonly property int fontAdminBody: px(22)
    readonly property int fontAdminTitle: px(30)
    readonly property real lineHeight: 1.2

    // ---- Icons ----------------------------------------------------------------------------------------
    readonly property int iconS: tx(32)
    readonly property int iconM: tx(44)
    readonly property int iconL: px(72)
    readonly property int iconXl: px(112)
    readonly property int face: portrait ? px(76) : px(112)
    readonly property int star: tx(38)

    // ---- Motion ---------------------------------------------------------------------------------------
    readonly property int durationFast: 120
    readonly property int durationNormal: 200
    readonly property int holdToOpenMs: 1500
}
