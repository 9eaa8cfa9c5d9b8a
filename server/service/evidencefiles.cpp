#include "evidencefiles.h"

#include "failure.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace suara::server::evidencefiles {

using protocol::ErrorCode;

std::optional<Reference> referenceOf(Sql &sql, const QString &deviceId, const QString &sha256)
{
    if (!evidence::isSha256Hex(sha256))
        return std::nullopt;
    // The LIKE only narrows the reports to parse (a hex hash has no LIKE wildcards); the parsed body decides.
    QSqlQuery q = sql.run(QStringLiteral("SELECT record_id, body FROM records WHERE device_id = ?"
                                         " AND type = 'gratification_report' AND body LIKE ? ORDER BY seq"),
                          {deviceId, QStringLiteral("%%1%").arg(sha256)});
    while (q.next()) {
        const QJsonObject data =
            QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().value("data").toObject();
        for (const char *kind : {"photo", "signature"}) {
            const QJsonObject ref = data.value(QLatin1String(kind)).toObject();
            if (ref.value(QLatin1String("sha256")).toString() == sha256)
                return Reference{q.value(0).toString(), ref.value(QLatin1String("type")).toString(),
                                 ref.value(QLatin1String("size")).toInteger(-1)};
        }
    }
    return std::nullopt;
}

Kept keep(Sql &sql, const QString &deviceId, const EvidenceFile &file, const QString &source)
{
    const QString actual = evidence::sha256Hex(file.bytes);
    if (actual != file.sha256)
        fail(ErrorCode::EvidenceHashMismatch,
             QStringLiteral("the file's SHA-256 is %1, not %2: it was damaged on the way; send it again")
                 .arg(actual, file.sha256));
    const std::optional<Reference> ref = referenceOf(sql, deviceId, file.sha256);
    if (!ref)
        fail(ErrorCode::EvidenceUnreferenced,
             QStringLiteral("no record of device %1 names evidence %2; push the report first")
                 .arg(deviceId, file.sha256));
    if (ref->type != file.type)
        fail(ErrorCode::InvalidField,
             QStringLiteral("the report names this file as %1, not %2").arg(ref->type, file.type),
             QStringLiteral("Content-Type"));
    if (ref->size != file.bytes.size())
        fail(ErrorCode::InvalidField,
             QStringLiteral("the report names a file of %1 bytes, this one has %2")
                 .arg(ref->size)
                 .arg(file.bytes.size()));
    QSqlQuery q = sql.run(
        QStringLiteral("INSERT INTO evidence_files (device_id, sha256, record_id, type, size, bytes,"
                       " source, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT DO NOTHING RETURNING sha256"),
        {deviceId, file.sha256, ref->recordId, file.type, qint64(file.bytes.size()), file.bytes, source, nowText()});
    const bool inserted = q.next();
    q.finish();
    return inserted ? Kept::New : Kept::Already;
}

std::optional<EvidenceFile> find(Sql &sql, const QString &deviceId, const QString &sha256, bool withBytes)
{
    QSqlQuery q = sql.run(QStringLiteral("SELECT record_id, type, size, received_at%1 FROM evidence_files"
                                         " WHERE device_id = ? AND sha256 = ?")
                              .arg(withBytes ? QStringLiteral(", bytes") : QString()),
                          {deviceId, sha256});
    if (!q.next())
        return std::nullopt;
    EvidenceFile f;
    f.sha256 = sha256;
    f.recordId = q.value(0).toString();
    f.type = q.value(1).toString();
    f.size = q.value(2).toLongLong();
    f.sentAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    if (withBytes)
        f.bytes = q.value(4).toByteArray();
    return f;
}

QString deviceOfEntry(Sql &sql, qint64 entryId)
{
    return sql.value(QStringLiteral("SELECT device_id FROM register_entries WHERE id = ?"), {entryId}).toString();
}

QJsonObject summaryOf(Sql &sql, const QString &deviceId, const QJsonObject &details)
{
    QJsonObject out;
    for (const char *kind : {"photo", "signature"}) {
        const QJsonObject ref = details.value(QLatin1String(kind)).toObject();
        const QString sha = ref.value(QLatin1String("sha256")).toString();
        if (!evidence::isSha256Hex(sha)) {
            out.insert(QLatin1String(kind), QJsonValue::Null);
            continue;
        }
        const std::optional<EvidenceFile> kept = find(sql, deviceId, sha, false);
        out.insert(QLatin1String(kind),
                   QJsonObject{{QStringLiteral("sha256"), sha},
                               {QStringLiteral("type"), ref.value(QLatin1String("type"))},
                               {QStringLiteral("size"), ref.value(QLatin1String("size"))},
                               {QStringLiteral("received"), kept.has_value()},
                               {QStringLiteral("received_at"),
                                kept ? QJsonValue(kept->sentAt.toString(Qt::ISODateWithMs)) : QJsonValue()}});
    }
    return out;
}

} // namespace suara::server::evidencefiles
