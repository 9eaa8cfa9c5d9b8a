#pragma once

#include "pdfpage.h"
#include "scoring/ikm.h"

#include <QString>

namespace suara::server::exports {

// What the public A4 poster shows: a published result only (the publication snapshot of a unit and
// period), never live figures.
struct PosterInput
{
    QString unitCode;
    QString unitName;
    QString periodLabel; // as published, canonical: "2026-Q3" (printed in words: periodwords.h)
    scoring::IkmReport skm;
};

// The poster for the counter: the IKM big, its category, n, the per-unsur NRR bars and the period, in
// Indonesian or English. ApiFailure (failWriting) when the file cannot be written.
void writePosterPdf(const PosterInput &input, Language language, const QString &path);

} // namespace suara::server::exports
