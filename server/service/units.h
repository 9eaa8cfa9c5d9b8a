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
    QString parentCode; // empty: a top-level unit
    int settingsVersion = 1;
    protocol::KioskConfig kiosk;
    QJsonArray questionnaires; // the unit's own definitions (replace built-ins by id)
    std::optional<QJsonObject> services;
    QStringList regionPrefixes; // the region codes of the unit's area (field mode)
};

// invalid_field for a malformed or existing code or an unknown parent. Like every service function,
// throws ApiFailure or DbFailure.
void create(Sql &sql, const QString &code, const QString &name, const QString &complaintContact = {},
            const QString &parentCode = {});
// Puts `code` under `newParent` (empty: top level). invalid_field when that would make a cycle.
void move(Sql &sql, const QString &code, const QString &newParent);
// Renames a unit (name and complaint contact; empty keeps the current one).
void rename(Sql &sql, const QString &code, const QString &name);

// `code` and every unit below it, `code` first (one recursive query, the same on both engines).
[[nodiscard]] QStringList subtree(Sql &sql, const QString &code);

struct TreeNode
{
    QString code;
    QString name;
    QString parentCode;
    int depth = 0; // 0 for a root of the listing
};
// The units below and including `roots` (every unit when `roots` is empty), parents before children,
// siblings by code.
[[nodiscard]] QList<TreeNode> tree(Sql &sql, const QStringList &roots = {});
[[nodiscard]] std::optional<Unit> find(Sql &sql, const QString &code);
// not_found when the unit does not exist.
[[nodiscard]] Unit get(Sql &sql, const QString &code);

// What a device of the unit pulls (§4): its kiosk settings with the full definition of every
// questionnaire it asks (the unit's own, else the built-in one).
[[nodiscard]] protocol::SettingsDocument settingsDocument(const Unit &unit);
// What a device pulls: the settings document with the unit's officers (and their PIN hashes) and the desa
// of its region prefixes. The admin's GET leaves these out: it is the PUT body, and officers are kept
// through their own endpoints.
[[nodiscard]] protocol::SettingsDocument deviceDocument(Sql &sql, const Unit &unit);
// A strong ETag over the document's bytes, quoted.
[[nodiscard]] QByteArray etagOf(const QByteArray &documentJson);

// Replaces the unit's settings and bumps its version (atomically, whatever other process writes).
// invalid_field when the kiosk names a questionnaire that is neither built in nor supplied.
void updateSettings(Sql &sql, const QString &code, const protocol::SettingsUpdate &update);

// Every built-in definition, by id, exactly as shipped in core's resources.
[[nodiscard]] const QMap<QString, QJsonObject> &builtInQuestionnaires();

} // namespace suara::server::units
