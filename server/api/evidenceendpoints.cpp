// Evidence files (docs/protocol.md §5.5, docs/api.md "Gratification register"): a device uploads the
// photo and signature its reports name by hash; the UPG opens them from the register entry.
#include "auth.h"
#include "earlyauth.h"
#include "endpoint.h"
#include "reportquery.h"

#include "service/devices.h"
#include "service/evidencefiles.h"
#include "service/failure.h"
#include "service/registerentries.h"

#include <QJsonObject>

namespace suara::server::endpoints {

using protocol::ErrorCode;

Reply putEvidence(Call &call)
{
    const devices::Device device = devices::authenticate(call.sql, earlyauth::bearerToken(call.request));
    call.who = device.id;
    const QString sha256 = call.match.params.value(0);
    if (!evidence::isSha256Hex(sha256))
        fail(ErrorCode::NotFound,
             QStringLiteral("%1 is not an evidence file's name (64 lower-case hex digits of its SHA-256)").arg(sha256));
    const QString type =
        QString::fromLatin1(call.request.header("content-type").split(';').first().trimmed().toLower());
    EvidenceFile file = EvidenceFile::of(call.body, type);
    file.sha256 = sha256; // the name it was sent under; keep() compares it with the bytes
    if (call.body.isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("the body is empty: send the file's bytes"));
    Transaction tx(call.sql);
    call.sql.lockDevice(device.id);
    const evidencefiles::Kept kept = evidencefiles::keep(call.sql, device.id, file, QStringLiteral("push"));
    tx.commit();
    return Reply{
        kept == evidencefiles::Kept::New ? 201 : 200,
        QJsonObject{{QStringLiteral("sha256"), sha256},
                    {QStringLiteral("status"),
                     kept == evidencefiles::Kept::New ? QStringLiteral("stored") : QStringLiteral("duplicate")}},
        {},
        false};
}

Reply getRegisterEvidence(Call &call)
{
    const users::User user = auth::authenticateUser(call);
    auth::requireGratificationDetails(user); // a unit admin sees counts only, never an officer's signature
    const qint64 id = idParam(call, 0, QStringLiteral("register entry"));
    const QString kind = call.match.params.value(1);
    if (kind != QLatin1String("photo") && kind != QLatin1String("signature"))
        fail(ErrorCode::NotFound, QStringLiteral("evidence is photo or signature, not %1").arg(kind));
    const std::optional<registry::Entry> e = registry::find(call.sql, id, auth::visibleUnits(call.sql, user));
    if (!e)
        fail(ErrorCode::NotFound, QStringLiteral("no register entry %1 in your units").arg(id));
    const QString sha256 = e->details.value(kind).toObject().value(QLatin1String("sha256")).toString();
    if (!evidence::isSha256Hex(sha256))
        fail(ErrorCode::NotFound, QStringLiteral("register entry %1 names no %2").arg(id).arg(kind));
    const std::optional<EvidenceFile> file =
        evidencefiles::find(call.sql, evidencefiles::deviceOfEntry(call.sql, id), sha256, true);
    if (!file)
        fail(ErrorCode::EvidenceNotReceived,
             QStringLiteral("the %1 of register entry %2 has not reached the server yet; it comes with the "
                            "device's next sync or bundle")
                 .arg(kind)
                 .arg(id));
    Reply reply;
    reply.raw = file->bytes;
    reply.contentType = file->type.toLatin1();
    // Private: an officer's signature stays out of shared caches; the type is ours, never sniffed.
    reply.headers.append({QByteArray("X-Content-Type-Options"), QByteArray("nosniff")});
    reply.headers.append({QByteArray("Content-Disposition"), QByteArray("inline")});
    return reply;
}

} // namespace suara::server::endpoints
