#include "pdfpage.h"

#include "domain/catalog.h"
#include "exportfailure.h"
#include "scoring/category.h"

#include <algorithm>

namespace suara::server::exports::pdf {

void failPage(const QString &what)
{
    failWriting(what);
}

QString unsurLabel(const QString &key, const QString &lang)
{
    static const std::optional<Questionnaire> skm = Catalog::builtIn().questionnaire(QStringLiteral("skm"));
    const Item *item = skm ? skm->item(key) : nullptr;
    if (!item)
        return key;
    const QString label = item->label.text(lang);
    return label.isEmpty() ? key : label;
}

void nrrBars(Page &pg, const scoring::IkmReport &skm, const BarStyle &style)
{
    const double barH = style.barH;
    const double labelW = style.labelW;
    const double chartH = nrrBarsHeight(style);
    QPainter &p = pg.painter();
    const double x0 = kMargin + labelW;
    const double w = kPageW - 2 * kMargin - labelW - 16;
    const auto xOf = [&](double v) { return x0 + (v - 1.0) / 3.0 * w; }; // the scale runs 1..4
    pg.font(7.5);
    for (int tick = 1; tick <= 4; ++tick) {
        p.setPen(QPen(QColor(0xCB, 0xD5, 0xE1), Page::px(0.15)));
        p.drawLine(QPointF(Page::px(xOf(tick)), Page::px(pg.y)),
                   QPointF(Page::px(xOf(tick)), Page::px(pg.y + chartH - 8)));
        p.setPen(Qt::darkGray);
        pg.cell(xOf(tick) - 5, pg.y + chartH - 7, 10, 4, QString::number(tick), Qt::AlignHCenter);
    }
    p.setPen(Qt::black);
    double top = pg.y + 1;
    for (const scoring::UnsurResult &u : skm.unsur) {
        pg.font(style.labelPt);
        pg.cell(kMargin, top, labelW - 2, barH, unsurLabel(u.key, pg.lang()), Qt::AlignRight);
        if (u.nrr) {
            const QColor colour = u.category == scoring::Category::A ? QColor(0x15, 0x80, 0x3D)
                : u.category == scoring::Category::B                 ? QColor(0x25, 0x63, 0xEB)
                : u.category == scoring::Category::C                 ? QColor(0xD9, 0x77, 0x06)
                                                                     : QColor(0xB9, 0x1C, 0x1C);
            const double end = xOf(std::clamp(*u.nrr, 1.0, 4.0));
            p.fillRect(QRectF(QPointF(Page::px(x0), Page::px(top)),
                              QPointF(Page::px(std::max(end, x0 + 0.5)), Page::px(top + barH))),
                       colour);
            pg.cell(end + 1, top, 13, barH, pg.number(*u.nrr, 2));
        }
        top += barH + style.gap;
    }
    pg.y += chartH + 2;
    pg.font(9.5);
}

} // namespace suara::server::exports::pdf
