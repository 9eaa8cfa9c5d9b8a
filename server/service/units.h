#pragma once

#include "db/sql.h"
#include "protocol/unitsettings.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace suara::server::units {

struct Unit
{
    QString code;
    QString name;
    QString complaintContact;
    int settingsVersion = 1;
    protocol::KioskConfig kiosk;
    QJsonArray questionnaires; // the unit's own definitions (replace built-ins by id)
    std::optional<QJsonObject> services;
};

// invalid_field for a malformed or existing code. Like every service function, throws ApiFailure or DbFailure.
void create(Sql &sql, const QString &code, const QString &name, const QString &complaintContact = {});
[[nodiscard]] std::optional<Unit> find(Sql &sql, const QString &code);
// not_found when the unit does not exist.
[[nodiscard]] Unit get(Sql &sql, const QString &code);

// What a device of the unit pulls (§4): its kiosk settings with the full definition of every
// questionnaire it asks (the unit's own, else the built-in one).
[[nodiscard]] protocol::SettingsDocument settingsDocument(const Unit &unit);
// A strong ETag over the document's bytes, quoted.
[[nodiscard]] QByteArray etagOf(const QByteArray &documentJson);

// Replaces the unit's settings and bumps its version (atomically, whatever other process writes).
// invalid_field when the kiosk names a questionnaire that is neither built in nor supplied.
void updateSettings(Sql &sql, const QString &code, const protocol::SettingsUpdate &update);

// Every built-in definition, by id, exactly as shipped in core's resources.
[[nodiscard]] const QMap<QString, QJsonObject> &builtInQuestionnaires();

} // namespace suara::server::units
