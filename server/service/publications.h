#pragma once

#include "db/sql.h"

#include <QJsonObject>
#include <optional>

// Published SKM results (domain.md §1.8, PPF4B): a frozen snapshot of a unit's result for a period,
// made by its admin. Only a snapshot that is published and not withdrawn is ever public.
namespace suara::server::publications {

struct Publication
{
    qint64 id = 0;
    QString unitCode;
    QString period;
    // unit, unit_name, period {label, from, to}, respondents, ikm, ikm_rounded, ikm_hundredths,
    // category, category_label, unsur [{key, label, n, nrr, nrr_rounded}]
    QJsonObject snapshot;
    QString publishedAt;
    QString publishedBy;
    QString unpublishedAt; // empty while public
    QString unpublishedBy;
    [[nodiscard]] bool isPublic() const { return unpublishedAt.isEmpty(); }
    // For signed-in users: the snapshot with id, published_at/by and unpublished_at/by.
    [[nodiscard]] QJsonObject toJson() const;
    // For everyone: the snapshot and published_at, nothing about who.
    [[nodiscard]] QJsonObject toPublicJson() const;
};

// Freezes the unit's current SKM result for the period (its own records, misuse left out). Replaces
// (withdraws) an earlier public snapshot of the same period. invalid_field when there is no IKM yet.
Publication publish(Sql &sql, const QString &unitCode, const QString &periodLabel, const QString &by);
// not_found for another unit's or an unknown publication; withdrawing twice is harmless.
Publication unpublish(Sql &sql, const QString &unitCode, qint64 id, const QString &by);
[[nodiscard]] QList<Publication> list(Sql &sql, const QString &unitCode);
// The newest public snapshot of the unit, if any.
[[nodiscard]] std::optional<Publication> latestPublic(Sql &sql, const QString &unitCode);

} // namespace suara::server::publications
