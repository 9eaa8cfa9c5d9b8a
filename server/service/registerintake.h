#pragma once

#include "db/sql.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// Records that become entries of the UPG's gratification register (docs/adr/0030-upg-register.md):
// a visitor's solicitation report (a gratification_ack with data.report, ADR 0023) and an officer's
// own gratification_report (docs/protocol.md §2.1). Kept at ingest, in the record's transaction, like
// the aggregates: an accepted record and its register entry are stored together or not at all.
namespace suara::server::registry {

enum class Origin { Visitor, Officer };
[[nodiscard]] QString originName(Origin origin); // visitor, officer

// What an accepted record adds to the register, read from its signed body; nullopt for a record
// that reports nothing (a response, a no_reward statement).
struct NewEntry
{
    Origin origin = Origin::Visitor;
    QString kind; // visitor: asked / offered; officer: refusal / receipt / request
    QString receivedOn; // YYYY-MM-DD the deadlines count from
    QString reportedAt; // the record's time (a visitor's report: 00:00 of its local day)
    QString service;
    QString officer; // the officer's name (NIP) for an officer's report; empty for a visitor's
    std::optional<qint64> valueIdr;
    QJsonObject details; // the report's fields as the record carries them
};
[[nodiscard]] std::optional<NewEntry> entryOf(const QByteArray &body);
[[nodiscard]] std::optional<NewEntry> entryOf(const QJsonObject &body);

// The fields an officer's report should carry and does not (domain.md §3.4): what the UPG must ask
// for before it can forward the report. Empty for a visitor's report (it asks for no name by design).
[[nodiscard]] QStringList missingFields(Origin origin, const QJsonObject &details);

class Intake
{
public:
    explicit Intake(Sql &sql);
    void add(const QString &deviceId, const QString &recordId, const QString &unitCode, const QByteArray &body);
    // The same with the body already parsed (ingest parses it once, outside its write lock).
    void add(const QString &deviceId, const QString &recordId, const QString &unitCode, const QJsonObject &body);
    // Writes the entries added since the last flush, each with its first audit line. Throws DbFailure.
    void flush();

private:
    struct Pending
    {
        QString deviceId;
        QString recordId;
        QString unitCode;
        NewEntry entry;
    };
    Sql &m_sql;
    QList<Pending> m_pending;
};

// Registers every report already stored (the migration that introduced the register), once.
void backfill(Sql &sql);

} // namespace suara::server::registry
