import QtQuick
import QtTest
import Suara.Components

// Contrast of every text/background pair the visitor screens use, computed from the Theme's own tokens
// (WCAG 2 relative luminance): AAA (7:1) in the large-text, high-contrast mode; AA (4.5:1) as the floor
// of the usual look. A token changed to a weaker colour fails here, not on a tired visitor's eyes.
TestCase {
    name: "Contrast"

    // [text token, background token] as the components pair them.
    readonly property var pairs: [
        ["text", "surface"], ["text", "background"], ["text", "surfaceMuted"], ["text", "primarySoft"],
        ["text", "warningSoft"], ["text", "infoSoft"], ["text", "dangerSoft"],
        ["textMuted", "surface"], ["textMuted", "background"], ["textMuted", "surfaceMuted"],
        ["textOnPrimary", "primary"], ["textOnPrimary", "primaryPressed"], ["textOnPrimary", "danger"],
        ["primary", "surface"], ["primary", "background"], ["primary", "primarySoft"],
        ["primary", "primarySoftPressed"], ["primary", "surfaceMuted"],
        ["warning", "warningSoft"], ["warning", "surface"], ["info", "infoSoft"], ["info", "surface"],
        ["danger", "dangerSoft"], ["danger", "surface"], ["textDisabled", "disabled"]
    ]

    function channel(c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    }
    function luminance(color) {
        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
    }
    function ratio(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }
    function weakest() {
        let worst = { ratio: 99, pair: "" }
        for (const p of pairs) {
            const r = ratio(Theme[p[0]], Theme[p[1]])
            if (r < worst.ratio)
                worst = { ratio: r, pair: p[0] + " on " + p[1] }
        }
        return worst
    }

    function cleanup() {
        Theme.largeText = false
    }

    function test_formulaKnowsBlackOnWhite() {
        // The normal case must not pass for the bad one: 21:1, 1:1, and the WCAG example grey.
        fuzzyCompare(ratio(Qt.color("#000000"), Qt.color("#FFFFFF")), 21, 0.01)
        fuzzyCompare(ratio(Qt.color("#777777"), Qt.color("#777777")), 1, 0.001)
        fuzzyCompare(ratio(Qt.color("#767676"), Qt.color("#FFFFFF")), 4.54, 0.01)
    }

    function test_highContrastReachesAAA() {
        Theme.largeText = true
        verify(Theme.highContrast)
        const worst = weakest()
        verify(worst.ratio >= 7, worst.pair + " is only " + worst.ratio.toFixed(2) + ":1")
    }

    function test_usualLookKeepsAA() {
        verify(!Theme.highContrast)
        const worst = weakest()
        verify(worst.ratio >= 4.5, worst.pair + " is only " + worst.ratio.toFixed(2) + ":1")
        // ...and the high-contrast palette really is another one.
        const usual = String(Theme.text)
        Theme.largeText = true
        verify(String(Theme.text) !== usual, usual + " in both looks")
    }

    function test_largeTextEnlargesTextAndTargets() {
        const body = Theme.fontBody, caption = Theme.fontCaption, question = Theme.fontQuestion
        const target = Theme.touchTarget
        Theme.largeText = true
        verify(Theme.fontBody >= body * 1.25, "body " + body + " -> " + Theme.fontBody)
        verify(Theme.fontCaption >= caption * 1.25)
        verify(Theme.fontQuestion >= question * 1.25)
        verify(Theme.touchTarget >= target * 1.25)
    }
}
