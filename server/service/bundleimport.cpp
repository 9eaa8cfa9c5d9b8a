#include "bundleimport.h"

#include "devices.h"
#include "evidencefiles.h"
#include "failure.h"
#include "ingest.h"
#include "protocol/bundle.h"

namespace suara::server::bundleimport {

using protocol::ErrorCode;

Outcome run(Sql &sql, const QByteArray &file, qint64 maxDecompressed,
            const std::function<bool(const QString &unitCode)> &mayImportInto)
{
    protocol::ApiError error;
    const std::optional<protocol::Bundle> bundle = protocol::readBundle(file, maxDecompressed, &error);
    if (!bundle)
        throw ApiFailure(error);

    Outcome out;
    out.deviceId = bundle->deviceId;
    // Checked against the bundle's key; the import goes on only if that is the device's key.
    ingest::Batch batch;
    batch.device = devices::Device{bundle->deviceId, {}, bundle->publicKey, false};
    batch.reportedLastSeq = bundle->lastSeq;
    batch.records = bundle->records;
    batch.source = QStringLiteral("bundle");
    const QList<ingest::Checked> checked = ingest::check(batch);

    Transaction tx(sql);
    devices::Device device;
    if (!bundle->enrollmentCode.isEmpty()) {
        protocol::EnrollRequest request;
        request.code = bundle->enrollmentCode;
        request.deviceId = bundle->deviceId;
        request.publicKey = bundle->publicKey;
        request.label = QStringLiteral("offline bundle");
        const devices::Enrollment e = devices::enroll(sql, request, false);
        device = e.device;
        out.enrolled = e.created;
    } else {
        const std::optional<devices::Device> known = devices::find(sql, bundle->deviceId);
        if (!known)
            fail(ErrorCode::BadBundle,
                 QStringLiteral("device %1 is not enrolled and the bundle carries no enrollment code")
                     .arg(bundle->deviceId));
        if (known->publicKey != bundle->publicKey)
            fail(ErrorCode::BadBundle,
                 QStringLiteral("the bundle's key is not the key device %1 enrolled with").arg(bundle->deviceId));
        device = *known;
    }
    if (!mayImportInto(device.unitCode))
        fail(ErrorCode::Forbidden,
             QStringLiteral("this bundle belongs to unit %1, which you may not import into").arg(device.unitCode));
    sql.lockDevice(device.id);
    if (const std::optional<devices::Device> now = devices::find(sql, device.id); now && now->revoked)
        fail(ErrorCode::DeviceRevoked,
             QStringLiteral("device %1 was revoked; its bundle is not imported").arg(device.id));
    batch.device = device;

    out.results = ingest::store(sql, batch, checked);
    for (const EvidenceFile &file : bundle->evidence) {
        try {
            if (evidencefiles::keep(sql, device.id, file, QStringLiteral("bundle")) == evidencefiles::Kept::New)
                out.evidenceStored << file.sha256;
            else
                out.evidenceDuplicate << file.sha256;
        } catch (const ApiFailure &f) {
            fail(ErrorCode::BadBundle, QStringLiteral("evidence file %1: %2").arg(file.sha256, f.error.message),
                 QStringLiteral("evidence"));
        }
    }
    out.unitCode = device.unitCode;
    tx.commit();
    return out;
}

} // namespace suara::server::bundleimport
