// Endpoints a device calls (protocol §3-§5): enroll, settings, records.
#include "earlyauth.h"
#include "endpoint.h"

#include "protocol/enrollment.h"
#include "protocol/protocol.h"
#include "protocol/pushbatch.h"
#include "protocol/wiretime.h"
#include "service/devices.h"
#include "service/enrollmentcodes.h"
#include "service/recoverycodes.h"
#include "service/failure.h"
#include "service/publications.h"
#include "service/ingest.h"
#include "service/units.h"

#include <QDateTime>
#include <QJsonDocument>
#include <cmath>

namespace suara::server::endpoints {

using protocol::ErrorCode;

namespace {
devices::Device authenticateDevice(Call &call)
{
    devices::Device d = devices::authenticate(call.sql, earlyauth::bearerToken(call.request));
    call.who = d.id;
    return d;
}

template<typename T>
T parsed(std::optional<T> value, const protocol::ApiError &error)
{
    if (!value)
        throw ApiFailure(error);
    return std::move(*value);
}

// §5.4: the device's clock minus ours, whole seconds; nothing when the header is absent or unreadable.
std::optional<qint64> clockSkew(const HttpRequest &request)
{
    const QByteArray header = request.header(protocol::kDeviceTimeHeader);
    if (header.isEmpty())
        return std::nullopt;
    const std::optional<QDateTime> device = protocol::parseTime(QString::fromLatin1(header));
    if (!device)
        return std::nullopt;
    return qint64(std::llround(double(QDateTime::currentDateTimeUtc().msecsTo(*device)) / 1000.0));
}

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    if (ifNoneMatch.trimmed() == "*")
        return true;
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag)
            return true;
    }
    return false;
}
} // namespace

Reply enroll(Call &call)
{
    protocol::ApiError error;
    const protocol::EnrollRequest request = parsed(protocol::EnrollRequest::parse(call.body, &error), error);
    call.who = request.deviceId;
    const QHostAddress client = clientAddress(call.request, call.config);
    enrollmentcodes::refuseIfThrottled(call.sql, client);
    devices::Enrollment e;
    try {
        Transaction tx(call.sql);
        e = devices::enroll(call.sql, request);
        tx.commit();
    } catch (const ApiFailure &f) {
        // Only a wrong code counts: guessing is what the limit is against, not a used or revoked one.
        if (f.error.code == ErrorCode::EnrollmentCodeInvalid)
            enrollmentcodes::recordFailure(call.sql, client);
        throw;
    }
    protocol::EnrollResponse response{
        e.device.id, e.token, e.device.unitCode, e.unitName, QDateTime::currentDateTimeUtc(), {}};
    // The device keeps only this slow hash; the code itself is printed by `suara-server recovery-code`.
    response.recoveryCodeHash = recoverycodes::hashFor(e.device.id);
    return Reply{e.created ? 201 : 200, QJsonDocument::fromJson(response.toJson()).object(), {}, false};
}

Reply settings(Call &call)
{
    const devices::Device device = authenticateDevice(call);
    const units::Unit unit = units::get(call.sql, device.unitCode);
    QJsonObject document = units::deviceDocument(call.sql, unit).toJson();
    // The unit's latest published SKM result, for the welcome screen (protocol §4; optional).
    if (const std::optional<publications::Publication> p = publications::latestPublic(call.sql, unit.code))
        document.insert(QStringLiteral("published_result"), p->toPublicJson());
    const QByteArray etag = units::etagOf(QJsonDocument(document).toJson(QJsonDocument::Compact));
    Reply reply;
    reply.headers.append({"ETag", etag});
    if (etagMatches(call.request.header("if-none-match"), etag)) {
        reply.status = 304;
        reply.empty = true;
        return reply;
    }
    reply.json = document;
    return reply;
}

Reply pushRecords(Call &call)
{
    // Who first: an unknown client gets 401 without the server parsing a megabyte for it.
    const devices::Device device = authenticateDevice(call);
    protocol::ApiError error;
    const protocol::PushRequest request =
        parsed(protocol::PushRequest::parse(call.body, &error, call.config.maxBatchRecords), error);
    if (request.deviceId != device.id)
        fail(ErrorCode::Forbidden,
             QStringLiteral("device_id %1 is not the device this token belongs to").arg(request.deviceId),
             QStringLiteral("device_id"));

    ingest::Batch batch;
    batch.device = device;
    batch.reportedLastSeq = request.lastSeq;
    batch.records = request.records;
    batch.clockSkewSeconds = clockSkew(call.request);
    batch.source = QStringLiteral("push");

    const QList<ingest::Checked> checked = ingest::check(batch); // CPU work, outside the write lock

    Transaction tx(call.sql);
    call.sql.lockDevice(device.id);
    // Revoked while this request waited for the lock: the revocation wins, at once.
    if (const std::optional<devices::Device> now = devices::find(call.sql, device.id); !now || now->revoked)
        fail(ErrorCode::DeviceRevoked,
             QStringLiteral("device %1 was revoked by an admin; stop pushing and keep its records").arg(device.id));
    protocol::PushResponse response;
    response.results = ingest::store(call.sql, batch, checked);
    tx.commit();
    response.serverTime = QDateTime::currentDateTimeUtc();
    return Reply{200, QJsonDocument::fromJson(response.toJson()).object(), {}, false};
}

} // namespace suara::server::endpoints
