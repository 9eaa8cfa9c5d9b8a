#include "record.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace suara {

QString recordTypeName(RecordType type)
{
    switch (type) {
    case RecordType::Response:
        return QStringLiteral("response");
    case RecordType::GratificationAck:
        return QStringLiteral("gratification_ack");
    case RecordType::GratificationReport:
        return QStringLiteral("gratification_report");
    }
    return {};
}

std::optional<RecordType> recordTypeFromName(const QString &name)
{
    for (RecordType t : {RecordType::Response, RecordType::GratificationAck, RecordType::GratificationReport}) {
        if (recordTypeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QJsonObject Record::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QStringList Record::flagList() const
{
    QStringList out;
    for (const QJsonValue &v : json().value(QLatin1String("flags")).toArray())
        out.append(v.toString());
    return out;
}

QDateTime Record::capturedUtc() const
{
    return QDateTime::fromString(json().value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
}

namespace recordformat {

QByteArray body(const RecordDraft &draft, const QString &id, const QString &deviceId, qint64 seq)
{
    QJsonObject o;
    o.insert(QStringLiteral("v"), kVersion);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("type"), recordTypeName(draft.type));
    o.insert(QStringLiteral("device"), deviceId);
    o.insert(QStringLiteral("seq"), seq);
    o.insert(QStringLiteral("time"), draft.capturedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("tz"), draft.capturedAt.offsetFromUtc() / 60);
    o.insert(QStringLiteral("lang"), draft.language);
    o.insert(QStringLiteral("mode"), draft.mode);
    o.insert(QStringLiteral("unit"), draft.unitCode);
    if (!draft.service.isEmpty())
        o.insert(QStringLiteral("service"), draft.service);
    if (!draft.questionnaireId.isEmpty())
        o.insert(QStringLiteral("q"),
                 QJsonObject{{QStringLiteral("id"), draft.questionnaireId},
                             {QStringLiteral("version"), draft.questionnaireVersion}});
    if (!draft.officer.isEmpty())
        o.insert(QStringLiteral("officer"), draft.officer);
    o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(draft.flags));
    o.insert(QStringLiteral("data"), draft.data);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace recordformat
} // namespace suara
