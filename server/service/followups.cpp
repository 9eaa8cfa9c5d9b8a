#include "followups.h"

#include "failure.h"
#include "scoring/skmunsur.h"

#include <QDate>
#include <QRegularExpression>

namespace suara::server::followups {

using protocol::ErrorCode;

namespace {
const QString kColumns = QStringLiteral("id, unit_code, period, unsur, action, owner, due_date, status, created_by,"
                                        " created_at, updated_at");

Action fromRow(const QSqlQuery &q)
{
    Action a;
    a.id = q.value(0).toLongLong();
    a.unitCode = q.value(1).toString();
    a.period = q.value(2).toString();
    a.unsur = q.value(3).toString();
    a.action = q.value(4).toString();
    a.owner = q.value(5).toString();
    a.dueDate = q.value(6).toString();
    a.status = statusFromName(q.value(7).toString()).value_or(Status::Planned);
    a.createdBy = q.value(8).toString();
    a.createdAt = q.value(9).toString();
    a.updatedAt = q.value(10).toString();
    return a;
}

std::optional<Action> find(Sql &sql, const QString &unitCode, qint64 id)
{
    QSqlQuery q = sql.run(QStringLiteral("SELECT %1 FROM followups WHERE id = ? AND unit_code = ?").arg(kColumns),
                          {id, unitCode});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

QString text(const QJsonObject &o, const QString &key, int limit)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        fail(ErrorCode::InvalidField, QStringLiteral("%1 must be text").arg(key), key);
    const QString t = v.toString().trimmed();
    if (t.size() > limit)
        fail(ErrorCode::InvalidField, QStringLiteral("%1 is longer than %2 characters").arg(key).arg(limit), key);
    return t;
}

// Applies the fields present in `o` to `a`, checking each.
void apply(Action &a, const QJsonObject &o)
{
    static const QStringList known = {QStringLiteral("unsur"), QStringLiteral("action"), QStringLiteral("owner"),
                                      QStringLiteral("due_date"), QStringLiteral("status")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            fail(ErrorCode::InvalidField,
                 QStringLiteral("unknown field %1 (known: %2)").arg(it.key(), known.join(QStringLiteral(", "))),
                 it.key());
    }
    if (o.contains(QLatin1String("unsur"))) {
        a.unsur = text(o, QStringLiteral("unsur"), 64);
        if (!a.unsur.isEmpty() && scoring::skmUnsurIndex(a.unsur) < 0)
            fail(ErrorCode::InvalidField,
                 QStringLiteral("unsur must be one of %1, or empty")
                     .arg(scoring::skmUnsurKeys().join(QStringLiteral(", "))),
                 QStringLiteral("unsur"));
    }
    if (o.contains(QLatin1String("action")))
        a.action = text(o, QStringLiteral("action"), 2000);
    if (o.contains(QLatin1String("owner")))
        a.owner = text(o, QStringLiteral("owner"), 200);
    if (o.contains(QLatin1String("due_date"))) {
        a.dueDate = text(o, QStringLiteral("due_date"), 10);
        static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!day.match(a.dueDate).hasMatch() || !QDate::fromString(a.dueDate, Qt::ISODate).isValid())
            fail(ErrorCode::InvalidField, QStringLiteral("due_date must be a date like 2026-10-31"),
                 QStringLiteral("due_date"));
    }
    if (o.contains(QLatin1String("status"))) {
        const std::optional<Status> s = statusFromName(text(o, QStringLiteral("status"), 20));
        if (!s)
            fail(ErrorCode::InvalidField, QStringLiteral("status must be planned, in_progress or done"),
                 QStringLiteral("status"));
        a.status = *s;
    }
    if (a.action.isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("a follow-up needs an action"), QStringLiteral("action"));
    if (a.owner.isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("a follow-up needs an owner"), QStringLiteral("owner"));
    if (a.dueDate.isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("a follow-up needs a due_date"), QStringLiteral("due_date"));
}
} // namespace

QString statusName(Status status)
{
    switch (status) {
    case Status::Planned:
        return QStringLiteral("planned");
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::Done:
        return QStringLiteral("done");
    }
    return {};
}

std::optional<Status> statusFromName(const QString &name)
{
    for (Status s : {Status::Planned, Status::InProgress, Status::Done}) {
        if (statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QJsonObject Action::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("unit"), unitCode},
                       {QStringLiteral("period"), period},
                       {QStringLiteral("unsur"), unsur},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("owner"), owner},
                       {QStringLiteral("due_date"), dueDate},
                       {QStringLiteral("status"), statusName(status)},
                       {QStringLiteral("created_by"), createdBy},
                       {QStringLiteral("created_at"), createdAt},
                       {QStringLiteral("updated_at"), updatedAt}};
}

QList<Action> list(Sql &sql, const QString &unitCode, const QString &period)
{
    QSqlQuery q =
        sql.run(QStringLiteral("SELECT %1 FROM followups WHERE unit_code = ? AND period = ? ORDER BY due_date, id")
                    .arg(kColumns),
                {unitCode, period});
    QList<Action> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Action create(Sql &sql, const QString &unitCode, const QString &period, const QJsonObject &body, const QString &by)
{
    Action a;
    a.unitCode = unitCode;
    a.period = period;
    apply(a, body);
    const QString now = nowText();
    QSqlQuery q = sql.run(
        QStringLiteral("INSERT INTO followups (unit_code, period, unsur, action, owner, due_date, status,"
                       " created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {unitCode, period, a.unsur, a.action, a.owner, a.dueDate, statusName(a.status), by, now, now});
    if (!q.next())
        throw DbFailure(q.lastError(), QStringLiteral("adding a follow-up"));
    return *find(sql, unitCode, q.value(0).toLongLong());
}

Action update(Sql &sql, const QString &unitCode, qint64 id, const QJsonObject &patch)
{
    std::optional<Action> a = find(sql, unitCode, id);
    if (!a)
        fail(ErrorCode::NotFound, QStringLiteral("no follow-up %1 in unit %2").arg(id).arg(unitCode));
    apply(*a, patch);
    sql.run(
        QStringLiteral("UPDATE followups SET unsur = ?, action = ?, owner = ?, due_date = ?, status = ?, updated_at = ?"
                       " WHERE id = ? AND unit_code = ?"),
        {a->unsur, a->action, a->owner, a->dueDate, statusName(a->status), nowText(), id, unitCode});
    return *find(sql, unitCode, id);
}

void remove(Sql &sql, const QString &unitCode, qint64 id)
{
    QSqlQuery q = sql.run(QStringLiteral("DELETE FROM followups WHERE id = ? AND unit_code = ?"), {id, unitCode});
    if (q.numRowsAffected() == 0)
        fail(ErrorCode::NotFound, QStringLiteral("no follow-up %1 in unit %2").arg(id).arg(unitCode));
}

} // namespace suara::server::followups
