#pragma once

#include <QJsonObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace suara {

// The period of a published result (protocol §4 `published_result.period`): the server's label
// (2026, 2026-S1, 2026-Q3, 2026-07, or a custom one) and its first and last day (ISO dates).
struct PublishedPeriod
{
    Q_GADGET
    QML_VALUE_TYPE(publishedPeriod)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QString from MEMBER from)
    Q_PROPERTY(QString to MEMBER to)

public:
    QString label;
    QString from;
    QString to;
    bool operator==(const PublishedPeriod &) const = default;
};

// The part of the unit's last published SKM result the welcome screen shows, read once from the
// server's object. `hasIkm` is false when nothing is published (or the figure is missing), so the
// screen says nothing rather than a wrong number.
struct PublishedSkmResult
{
    Q_GADGET
    QML_VALUE_TYPE(publishedResult)
    Q_PROPERTY(bool hasIkm MEMBER hasIkm)
    Q_PROPERTY(int ikmHundredths MEMBER ikmHundredths)
    Q_PROPERTY(suara::PublishedPeriod period MEMBER period)
    Q_PROPERTY(QString category MEMBER category)

public:
    // The category's words in `language` ("id" or "en"), the letter when the server sent none.
    Q_INVOKABLE QString categoryLabel(const QString &language) const;

    // From protocol §4's object; an empty or partial object gives hasIkm false.
    [[nodiscard]] static PublishedSkmResult fromJson(const QJsonObject &json);

    bool hasIkm = false;
    int ikmHundredths = 0;
    PublishedPeriod period;
    QString category;
    QString categoryLabelId;
    QString categoryLabelEn;
    bool operator==(const PublishedSkmResult &) const = default;
};

} // namespace suara
