import QtQuick
import QtQuick.Layouts
import Suara.App
import Suara.Components

// The unit's last published SKM result, one modest line on the welcome screen (the ZI evaluation asks
// that results be shown to the public). Nothing at all when the server has published none.
RowLayout {
    id: line

    // protocol §4 `published_result`, as KioskSettings reads it (app/publishedresult.h)
    property publishedResult result
    property string language: "id"
    // The line wraps beyond this width; shorter, it is only as wide as its words (so it can be centred).
    property int maximumWidth: Theme.px(860)

    readonly property var locale: Qt.locale(language === "en" ? "en_GB" : "id_ID")
    readonly property publishedPeriod period: result.period
    readonly property bool hasIkm: result.hasIkm
    readonly property string category: result.categoryLabel(language)
    readonly property string text: hasIkm
        //: On the welcome screen. %1 the period (e.g. "triwulan III 2026"), %2 the IKM (e.g. "84,20"), %3 its category (e.g. "Baik")
        ? qsTr("Satisfaction survey result for %1: %2 (%3)").arg(periodText(period)).arg(ikmText()).arg(category)
        : ""

    function ikmText() {
        return Number(line.result.ikmHundredths / 100).toLocaleString(line.locale, "f", 2)
    }

    function dateText(iso) {
        const d = new Date(iso + "T12:00:00")
        return isNaN(d.getTime()) ? iso : d.toLocaleDateString(line.locale, "d MMMM yyyy")
    }

    // The server's period labels (2026, 2026-S1, 2026-Q3, 2026-07) in words; custom ranges by their dates.
    function periodText(p) {
        const label = p.label ?? ""
        let m = /^(\d{4})-Q([1-4])$/.exec(label)
        if (m) {
            // One string per quarter: Indonesian names them in Roman numerals ("triwulan III 2026").
            const quarters = [qsTr("Q1 %1"), qsTr("Q2 %1"), qsTr("Q3 %1"), qsTr("Q4 %1")]
            return quarters[m[2] - 1].arg(m[1])
        }
        m = /^(\d{4})-S([12])$/.exec(label)
        if (m)
            return m[2] === "1"
                   //: The first half of a year, e.g. "semester I 2026"
                   ? qsTr("the first half of %1").arg(m[1])
                   //: The second half of a year, e.g. "semester II 2026"
                   : qsTr("the second half of %1").arg(m[1])
        m = /^(\d{4})-(\d{2})$/.exec(label)
        if (m)
            return line.locale.standaloneMonthName(Number(m[2]) - 1, Locale.LongFormat) + " " + m[1]
        m = /^(\d{4})$/.exec(label)
        if (m)
            //: A whole year, e.g. "tahun 2026"
            return qsTr("the year %1").arg(m[1])
        if (p.from && p.to)
            return dateText(p.from) + "\u00a0–\u00a0" + dateText(p.to)
        return label
    }

    objectName: "publishedResult"
    visible: text.length > 0
    spacing: Theme.spaceS

    SvgIcon {
        name: "chart"
        size: Theme.iconS
        Layout.alignment: Qt.AlignTop
    }
    PlainLabel {
        objectName: "publishedResultText"
        text: line.text
        color: Theme.textMuted
        Layout.maximumWidth: line.maximumWidth - Theme.iconS - line.spacing
    }
}
