#include "publicpage.h"

#include "periodwords.h"

#include <QUrl>

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace suara::server::reports {

namespace {
struct Text
{
    const char *id;
    const char *en;
};

// The page's catalogue: every string in both languages.
const QHash<QString, Text> &catalogue()
{
    static const QHash<QString, Text> all = {
        {QStringLiteral("title"), {"Hasil Survei Kepuasan Masyarakat", "Public Satisfaction Survey Result"}},
        {QStringLiteral("ikm"), {"Indeks Kepuasan Masyarakat (IKM)", "Public Satisfaction Index (IKM)"}},
        {QStringLiteral("category"), {"Mutu pelayanan", "Service quality"}},
        {QStringLiteral("respondents"), {"Jumlah responden", "Respondents"}},
        {QStringLiteral("period"), {"Periode", "Period"}},
        {QStringLiteral("unsur"), {"Nilai rata-rata per unsur (skala 1–4)", "Average score per element (scale 1–4)"}},
        {QStringLiteral("published"), {"Diterbitkan", "Published"}},
        {QStringLiteral("none"),
         {"Unit ini belum menerbitkan hasil survei.", "This unit has not published a survey result yet."}},
        {QStringLiteral("method"),
         {"Dihitung menurut PermenPAN-RB No. 14 Tahun 2017.",
          "Computed as set out in PermenPAN-RB Regulation No. 14/2017."}},
        {QStringLiteral("switch"), {"English", "Bahasa Indonesia"}},
        {QStringLiteral("poster"),
         {"Unduh poster A4 (PDF) untuk dipasang di loket", "Download the A4 poster (PDF) for the counter"}},
    };
    return all;
}

QString html(const QString &s)
{
    return s.toHtmlEscaped();
}

QString number(double v, const QString &language)
{
    return QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::Indonesian).toString(v, 'f', 2);
}
} // namespace

QByteArray renderPublicPage(const QString &unitName, const std::optional<publications::Publication> &published,
                            const QString &language)
{
    const bool en = language == QLatin1String("en");
    auto t = [&](const char *key) {
        const Text &x = catalogue().value(QString::fromLatin1(key));
        return QString::fromUtf8(en ? x.en : x.id);
    };
    auto localized = [&](const QJsonValue &v) {
        return v.isObject() ? v.toObject().value(en ? QLatin1String("en") : QLatin1String("id")).toString()
                            : v.toString();
    };
    QString body;
    body += QStringLiteral("<p class=\"lang\"><a href=\"?lang=%1\">%2</a></p>")
                .arg(en ? QStringLiteral("id") : QStringLiteral("en"), t("switch"));
    body += QStringLiteral("<h1>%1</h1><p class=\"unit\">%2</p>").arg(html(t("title")), html(unitName));
    if (!published) {
        body += QStringLiteral("<p class=\"none\">%1</p>").arg(html(t("none")));
    } else {
        const QJsonObject s = published->snapshot;
        const QJsonObject period = s.value(QLatin1String("period")).toObject();
        body += QStringLiteral("<section class=\"score\"><div class=\"label\">%1</div><div class=\"ikm\">%2</div>"
                               "<div class=\"cat\">%3: <b>%4</b> (%5)</div></section>")
                    .arg(html(t("ikm")), number(s.value(QLatin1String("ikm_rounded")).toDouble(), language),
                         html(t("category")), html(s.value(QLatin1String("category")).toString()),
                         html(localized(s.value(QLatin1String("category_label")))));
        // The period's name and its first and last day, in words ("Triwulan III 2026 (1 Juli – 30
        // September 2026)"): the page is read by visitors, not by the database.
        const QString days = periodInWords(period.value(QLatin1String("from")).toString() + QStringLiteral("..")
                                               + period.value(QLatin1String("to")).toString(),
                                           en);
        body += QStringLiteral("<dl><dt>%1</dt><dd>%2 (%3)</dd><dt>%4</dt><dd>%5</dd></dl>")
                    .arg(html(t("period")), html(periodInWords(period.value(QLatin1String("label")).toString(), en)),
                         html(days), html(t("respondents")))
                    .arg(s.value(QLatin1String("respondents")).toInteger());
        body += QStringLiteral("<h2>%1</h2><table>").arg(html(t("unsur")));
        for (const QJsonValue &v : s.value(QLatin1String("unsur")).toArray()) {
            const QJsonObject u = v.toObject();
            const double nrr = u.value(QLatin1String("nrr_rounded")).toDouble();
            // The bar's cell is the track (td.track has its own width): a percentage of a cell that
            // is sized by its content would be a percentage of nothing.
            body += QStringLiteral(
                        "<tr><th>%1</th><td class=\"track\"><span class=\"bar\" style=\"width:%2%\"></span></td><td "
                        "class=\"n\">%3</td></tr>")
                        .arg(html(localized(u.value(QLatin1String("label")))))
                        .arg(std::clamp(nrr / 4.0 * 100.0, 0.0, 100.0), 0, 'f', 1)
                        .arg(number(nrr, language));
        }
        body += QStringLiteral("</table><p class=\"meta\">%1: %2. %3</p>")
                    .arg(html(t("published")), html(dayInWords(published->publishedAt, en)), html(t("method")));
        body += QStringLiteral(
                    "<p class=\"poster\"><a id=\"poster\" href=\"/public/units/%1/poster.pdf?lang=%2\">%3</a></p>")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(published->unitCode)),
                         en ? QStringLiteral("en") : QStringLiteral("id"), html(t("poster")));
    }
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%2 – %3</title><style>"
            "body{font-family:system-ui,sans-serif;margin:0 "
            "auto;max-width:40rem;padding:1rem;color:#1a1a1a;line-height:1.4}"
            "h1{font-size:1.4rem;margin:.2rem 0}.unit{font-size:1.1rem;margin-top:0}.lang{text-align:right;margin:0}"
            ".score{background:#f1f5f9;border-radius:.5rem;padding:1rem;text-align:center;margin:1rem 0}"
            ".ikm{font-size:3rem;font-weight:700}.cat{font-size:1.1rem}dl{display:grid;grid-template-columns:auto "
            "1fr;gap:.3rem 1rem}"
            "dt{font-weight:600}dd{margin:0}table{width:100%;border-collapse:collapse}th{text-align:left;font-weight:"
            "400;padding:.3rem 0}"
            "td{padding:.3rem}td.track{width:50%}.bar{display:block;height:.8rem;background:#2563eb;border-radius:"
            ".2rem}.n{text-align:right;width:3rem}"
            ".meta{color:#555;font-size:.9rem}.none{font-size:1.1rem}</style></head><body>%4</body></html>")
            .arg(en ? QStringLiteral("en") : QStringLiteral("id"), html(t("title")), html(unitName), body);
    return page.toUtf8();
}

} // namespace suara::server::reports
