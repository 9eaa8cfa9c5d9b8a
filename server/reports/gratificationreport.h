#pragma once

#include "db/sql.h"
#include "scope.h"

#include <QJsonObject>
#include <QJsonValue>

namespace suara::server::reports {

struct AckCount
{
    QString service;
    QString statement; // no_reward | reward_requested
    qint64 n = 0;
};

// One visitor's report of a solicitation (domain.md §3.4, §3.6).
struct Solicitation
{
    QString deviceId;
    QString recordId;
    QString unitCode;
    QString day; // local day of capture
    QString capturedAt; // as recorded (the kiosk may coarsen it to the day)
    qint64 tzMinutes = 0; // the device's UTC offset at capture
    QString service;
    QJsonValue serviceName; // {"id", "en"} from the unit's service lists (servicewords.h), or null
    bool misuse = false;
    QString kind;
    QString what;
    QString when;
    QString counter;
    QString note;
};

struct GratificationReport
{
    Scope scope;
    QList<AckCount> acks; // by service and statement (misuse-flagged left out unless asked)
    qint64 misuseFlagged = 0; // flagged acknowledgements in scope
    QList<Solicitation> solicitations; // every one in scope, newest first, flagged ones marked
};

[[nodiscard]] GratificationReport gratificationReport(Sql &sql, const Scope &scope);
[[nodiscard]] QJsonObject toJson(const GratificationReport &report);

struct Comment
{
    QString deviceId;
    QString recordId;
    QString unitCode;
    QString day;
    QString capturedAt;
    qint64 tzMinutes = 0; // the device's UTC offset at capture
    QString service;
    QJsonValue serviceName; // {"id", "en"} from the unit's service lists (servicewords.h), or null
    QString questionnaire;
    bool misuse = false;
    QString text;
};

struct CommentPage
{
    Scope scope;
    QString search;
    qint64 total = 0; // matching comments in scope
    int offset = 0;
    int limit = 0;
    QList<Comment> comments; // newest first
};

// Comments in scope whose text contains `search` (case-insensitive; empty: all), newest first.
[[nodiscard]] CommentPage comments(Sql &sql, const Scope &scope, const QString &search, int offset, int limit);
[[nodiscard]] QJsonObject toJson(const CommentPage &page);

} // namespace suara::server::reports
