#pragma once

#include "db/sql.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace suara::server::followups {

// A follow-up action (tindak lanjut) decided on a unit's SKM result for one period (domain.md §1.8,
// PPF4C scores it).
enum class Status { Planned, InProgress, Done };
[[nodiscard]] QString statusName(Status status); // planned, in_progress, done
[[nodiscard]] std::optional<Status> statusFromName(const QString &name);

struct Action
{
    qint64 id = 0;
    QString unitCode;
    QString period; // reports::Period::label
    QString unsur; // the SKM unsur it addresses ("" for a general action)
    QString action;
    QString owner;
    QString dueDate; // YYYY-MM-DD
    Status status = Status::Planned;
    QString createdBy;
    QString createdAt;
    QString updatedAt;
    [[nodiscard]] QJsonObject toJson() const;
};

[[nodiscard]] QList<Action> list(Sql &sql, const QString &unitCode, const QString &period);
// From a JSON body {"unsur","action","owner","due_date","status"}; invalid_field naming the field.
Action create(Sql &sql, const QString &unitCode, const QString &period, const QJsonObject &body, const QString &by);
// Changes the fields present in `patch`; not_found for an action of another unit.
Action update(Sql &sql, const QString &unitCode, qint64 id, const QJsonObject &patch);
void remove(Sql &sql, const QString &unitCode, qint64 id);

} // namespace suara::server::followups
