#pragma once

#include "db/sql.h"
#include "protocol/enrollment.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace suara::server::devices {

struct Device
{
    QString id;
    QString unitCode;
    QByteArray publicKey;
    bool revoked = false;
};

struct Enrollment
{
    Device device;
    QString token; // the only time the token exists in clear; empty for a bundle enrollment
    QString unitName;
    bool created = false; // false: the same device repeated its enrollment (§3: 200, fresh token)
};

// §3, in the caller's write transaction: one code, one device. The code is claimed with a conditional
// UPDATE and the device inserted under its primary key, so concurrent enrollments cannot both win.
// With issueToken false (a bundle's enrollment) no token is handed out and an existing one is kept.
[[nodiscard]] Enrollment enroll(Sql &sql, const protocol::EnrollRequest &request, bool issueToken = true);

// Bearer token -> device. unauthorized when unknown, device_revoked when revoked.
[[nodiscard]] Device authenticate(Sql &sql, const QByteArray &token);
[[nodiscard]] std::optional<Device> find(Sql &sql, const QString &id);
// not_found when unknown; revoking twice is harmless.
void revoke(Sql &sql, const QString &id);

struct Summary
{
    QString id;
    QString unitCode;
    QString label;
    QString appVersion;
    QString enrolledAt;
    QString lastSync;
    qint64 lastSeq = 0; // highest seq stored
    qint64 reportedLastSeq = 0; // highest seq the device says it wrote
    qint64 records = 0;
    QString revokedAt;
    qint64 openAlerts = 0;
    std::optional<qint64> clockSkewSeconds;
};
// Every device, or those of one unit.
[[nodiscard]] QList<Summary> list(Sql &sql, const QString &unitCode = {});
// As the admin API and `suara-server devices --json` show it.
[[nodiscard]] QJsonObject toJson(const Summary &summary);

} // namespace suara::server::devices
