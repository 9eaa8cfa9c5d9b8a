#pragma once

#include "scoring/ikm.h"

#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

// The A4 page the PDF exports draw on (the report and the poster): millimetre coordinates, Noto Sans,
// elided single-line cells, wrapped paragraphs, page breaks with a numbered footer, and the NRR bars.
namespace suara::server::exports {

enum class Language { Indonesian, English };

namespace pdf {

constexpr int kDpi = 300;
constexpr double kMargin = 20.0; // mm
constexpr double kPageW = 210.0;
constexpr double kPageH = 297.0;

struct Text
{
    const char *id;
    const char *en;
};

const Text kPage{"Halaman %1", "Page %1"};

[[noreturn]] void failPage(const QString &what);

class Page
{
public:
    Page(QPdfWriter &writer, Language language)
        : m_writer(writer)
        , m_en(language == Language::English)
        , m_locale(m_en ? QLocale(QLocale::English) : QLocale(QLocale::Indonesian))
    {
        if (!m_p.begin(&m_writer))
            failPage(QStringLiteral("cannot start the PDF"));
        y = kMargin;
        footer();
    }

    QString t(const Text &text) const { return QString::fromUtf8(m_en ? text.en : text.id); }
    QString number(double v, int decimals) const { return m_locale.toString(v, 'f', decimals); }
    QString integer(qint64 v) const { return m_locale.toString(v); }
    QString lang() const { return m_en ? QStringLiteral("en") : QStringLiteral("id"); }

    static double px(double mm) { return mm * kDpi / 25.4; }
    QRectF rect(double x, double top, double w, double h) const { return {px(x), px(top), px(w), px(h)}; }

    void font(double pt, bool bold = false)
    {
        QFont f(QStringLiteral("Noto Sans"));
        f.setPointSizeF(pt);
        f.setBold(bold);
        m_p.setFont(f);
    }
    // Text in a box, elided if it would not fit on one line.
    void cell(double x, double top, double w, double h, const QString &s, Qt::Alignment align = Qt::AlignLeft)
    {
        const QString fitted = m_p.fontMetrics().elidedText(s, Qt::ElideRight, int(px(w - 2)));
        m_p.drawText(rect(x + 1, top, w - 2, h), int(align | Qt::AlignVCenter), fitted);
    }
    // Wrapped text over the content width; returns its height in mm.
    double paragraph(const QString &s, double x = kMargin, double w = kPageW - 2 * kMargin,
                     Qt::Alignment align = Qt::AlignLeft)
    {
        const int flags = int(Qt::TextWordWrap | align);
        const QRectF bound = m_p.boundingRect(rect(x, y, w, 200), flags, s);
        ensure(bound.height() * 25.4 / kDpi);
        const QRectF box = rect(x, y, w, bound.height() * 25.4 / kDpi + 1);
        m_p.drawText(box, flags, s);
        const double h = bound.height() * 25.4 / kDpi;
        y += h + 1.5;
        return h;
    }
    // A section title, kept on the same page as the first `keepWith` mm of what follows.
    void heading(const QString &s, double keepWith = 6)
    {
        ensure(11 + keepWith);
        y += 3;
        font(12, true);
        cell(kMargin, y, kPageW - 2 * kMargin, 7, s);
        y += 8;
        font(9.5);
    }
    void ensure(double mm)
    {
        if (y + mm <= kPageH - kMargin - 8)
            return;
        if (!m_writer.newPage())
            failPage(QStringLiteral("cannot add a PDF page"));
        ++m_page;
        y = kMargin;
        footer();
    }
    void finish()
    {
        if (!m_p.end())
            failPage(QStringLiteral("cannot finish the PDF"));
    }
    QPainter &painter() { return m_p; }

    double y = 0;

private:
    void footer()
    {
        const QFont keep = m_p.font();
        font(8);
        m_p.setPen(Qt::darkGray);
        cell(kMargin, kPageH - kMargin, kPageW - 2 * kMargin, 5, t(kPage).arg(m_page), Qt::AlignRight);
        m_p.setPen(Qt::black);
        m_p.setFont(keep);
    }

    QPdfWriter &m_writer;
    QPainter m_p;
    bool m_en;
    QLocale m_locale;
    int m_page = 1;
};

// The short report name of an SKM unsur in `lang` ("Waktu penyelesaian"), or its key.
[[nodiscard]] QString unsurLabel(const QString &key, const QString &lang);

struct BarStyle
{
    double barH = 5.5; // mm
    double gap = 1.5; // mm between bars
    double labelW = 62; // mm for the unsur names
    double labelPt = 8.5;
};
[[nodiscard]] inline double nrrBarsHeight(const BarStyle &s)
{
    return 9 * (s.barH + s.gap) + 10;
}
// NRR per unsur on the 1–4 scale, one bar each, coloured by category, starting at pg.y.
void nrrBars(Page &pg, const scoring::IkmReport &skm, const BarStyle &style);

} // namespace pdf
} // namespace suara::server::exports
