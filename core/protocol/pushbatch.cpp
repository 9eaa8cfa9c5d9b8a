#include "pushbatch.h"

#include "strictjson.h"
#include "wirerecord.h"
#include "wiretime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace suara::protocol {

QByteArray PushRequest::toJson() const
{
    QJsonArray wire;
    for (const Record &r : records)
        wire.append(toWire(r));
    const QJsonObject o{{QStringLiteral("device_id"), deviceId},
                        {QStringLiteral("last_seq"), lastSeq},
                        {QStringLiteral("records"), wire}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<PushRequest> PushRequest::parse(const QByteArray &json, ApiError *error, int maxRecords)
{
    const std::optional<QJsonObject> root = parseObject(json, error);
    if (!root)
        return std::nullopt;
    FieldReader r(*root, QString(), error);
    const auto deviceId = r.identifier(QStringLiteral("device_id"));
    const auto lastSeq = r.integer(QStringLiteral("last_seq"), 0, std::numeric_limits<qint64>::max());
    const auto records = r.array(QStringLiteral("records"));
    if (!r.finish())
        return std::nullopt;
    if (records->size() > maxRecords) {
        *error = makeError(
            ErrorCode::BatchTooLarge,
            QStringLiteral("a batch may hold at most %1 records, this one has %2").arg(maxRecords).arg(records->size()),
            QStringLiteral("records"));
        return std::nullopt;
    }
    PushRequest out;
    out.deviceId = *deviceId;
    out.lastSeq = *lastSeq;
    out.records.reserve(records->size());
    for (qsizetype i = 0; i < records->size(); ++i) {
        std::optional<Record> rec = fromWire(records->at(i), indexPath(QStringLiteral("records"), i), error);
        if (!rec)
            return std::nullopt;
        out.records.append(std::move(*rec));
    }
    return out;
}

QString recordStatusName(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Accepted:
        return QStringLiteral("accepted");
    case RecordStatus::Duplicate:
        return QStringLiteral("duplicate");
    case RecordStatus::Conflict:
        return QStringLiteral("conflict");
    case RecordStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<RecordStatus> recordStatusFromName(const QString &name)
{
    for (RecordStatus s :
         {RecordStatus::Accepted, RecordStatus::Duplicate, RecordStatus::Conflict, RecordStatus::Rejected}) {
        if (recordStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QJsonArray resultsToJson(const QList<RecordResult> &results)
{
    QJsonArray out;
    for (const RecordResult &r : results) {
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("seq"), r.seq},
                      {QStringLiteral("status"), recordStatusName(r.status)}};
        if (!r.reason.isEmpty())
            o.insert(QStringLiteral("reason"), r.reason);
        out.append(o);
    }
    return out;
}

QByteArray PushResponse::toJson() const
{
    const QJsonObject o{{QStringLiteral("results"), resultsToJson(results)},
                        {QStringLiteral("server_time"), formatTime(serverTime)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<PushResponse> PushResponse::parse(const QByteArray &json, ApiError *error)
{
    const std::optional<QJsonObject> root = parseObject(json, error);
    if (!root)
        return std::nullopt;
    const QJsonValue results = root->value(QLatin1String("results"));
    if (!results.isArray()) {
        *error =
            makeError(ErrorCode::InvalidField, QStringLiteral("results must be an array"), QStringLiteral("results"));
        return std::nullopt;
    }
    PushResponse out;
    out.serverTime = parseTime(root->value(QLatin1String("server_time")).toString()).value_or(QDateTime());
    const QJsonArray array = results.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = indexPath(QStringLiteral("results"), i);
        const QJsonObject o = array.at(i).toObject();
        const std::optional<qint64> seq = jsonInteger(o.value(QLatin1String("seq")));
        const std::optional<RecordStatus> status = recordStatusFromName(o.value(QLatin1String("status")).toString());
        if (!o.value(QLatin1String("id")).isString() || !seq || !status) {
            *error =
                makeError(ErrorCode::InvalidField, path + QStringLiteral(" needs id, seq and a known status"), path);
            return std::nullopt;
        }
        out.results.append(
            {o.value(QLatin1String("id")).toString(), *seq, *status, o.value(QLatin1String("reason")).toString()});
    }
    return out;
}

bool PushResponse::answers(const PushRequest &request) const
{
    if (results.size() != request.records.size())
        return false;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (results.at(i).id != request.records.at(i).id || results.at(i).seq != request.records.at(i).seq)
            return false;
    }
    return true;
}

} // namespace suara::protocol
