#pragma once

#include "calendar/gratificationdeadlines.h"
#include "db/sql.h"
#include "registerintake.h"

#include <QJsonObject>
#include <QList>
#include <optional>

// The UPG's gratification register: entries, their status workflow and the append-only audit trail
// (docs/adr/0030-upg-register.md). Rights are decided by the API (server/api/auth); this file trusts
// the list of units it is given.
namespace suara::server::registry {

enum class Status { Received, Verifying, Forwarded, Decided, Closed };
[[nodiscard]] QString statusName(Status status); // received, verifying, forwarded, decided, closed
[[nodiscard]] std::optional<Status> statusFromName(const QString &name);
[[nodiscard]] QList<Status> allStatuses();

// What the UPG does to an entry. Each is allowed from some statuses only:
//   verify:     received → verifying
//   forward:    verifying → forwarded (needs the GOL reference; not while incomplete)
//   decide:     forwarded → decided (needs KPK's decision)
//   close:      decided → closed; received or verifying → closed with a note saying why
//   incomplete: received or verifying, status kept; starts the 20-working-day completion deadline
//   complete:   clears "incomplete"
enum class Action { Verify, Forward, Decide, Close, MarkIncomplete, MarkComplete };
[[nodiscard]] QString actionName(Action action); // verify, forward, decide, close, incomplete, complete
[[nodiscard]] std::optional<Action> actionFromName(const QString &name);

struct AuditLine
{
    QString at;
    QString actor;
    QString action; // received, or an Action's name
    QString fromStatus;
    QString toStatus;
    QString note;
    [[nodiscard]] QJsonObject toJson() const;
};

struct Entry
{
    qint64 id = 0;
    QString unitCode;
    Origin origin = Origin::Visitor;
    QString kind;
    QString receivedOn;
    QString reportedAt;
    QString service;
    QString officer;
    std::optional<qint64> valueIdr;
    QJsonObject details;
    Status status = Status::Received;
    QString golReference;
    QString decision;
    QString incompleteSince; // YYYY-MM-DD, empty when complete
    QString updatedAt;
};

// The deadlines of an entry on `today`. The KPK deadline runs until the entry is forwarded (or closed
// without forwarding); the completion deadline while the entry is marked incomplete.
struct Deadlines
{
    calendar::CountedDay kpk;
    std::optional<calendar::CountedDay> completion;
    bool running = false; // still before forwarding or closing
    calendar::Urgency urgency = calendar::Urgency::OnTrack; // the worse of the running deadlines
    int workingDaysLeft = 0; // to the nearest running deadline (0 once it has passed)
};
[[nodiscard]] Deadlines deadlinesOf(const Entry &entry, const QDate &today, const calendar::HolidayCalendar &calendar);

struct Filter
{
    QStringList units;
    QDate from; // received_on, inclusive; invalid: no bound
    QDate to;
    std::optional<Status> status;
    bool openOnly = false; // every status but closed
};

[[nodiscard]] QList<Entry> list(Sql &sql, const Filter &filter);
// nullopt when there is no such entry in `units` (an entry of another unit is "not found" too).
[[nodiscard]] std::optional<Entry> find(Sql &sql, qint64 id, const QStringList &units);
[[nodiscard]] QList<AuditLine> audit(Sql &sql, qint64 id);

struct Change
{
    Action action = Action::Verify;
    QString note;
    QString golReference;
    QString decision;
};
// Applies `change` inside the caller's transaction and appends its audit line; invalid_field (field
// "action", "gol_reference", "decision" or "note") when it is not allowed from the entry's status.
Entry apply(Sql &sql, const Entry &entry, const Change &change, const QString &actor, const QDate &today);

// The JSON of an entry for the UPG: everything, with the deadlines and the missing fields.
[[nodiscard]] QJsonObject toJson(const Entry &entry, const Deadlines &deadlines);

} // namespace suara::server::registry
