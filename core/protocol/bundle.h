#pragma once

#include "apierror.h"
#include "crypto/devicekey.h"
#include "domain/record.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace suara::protocol {

// An offline bundle (protocol §6): a gzip-compressed, signed JSON object carrying wire records from a
// device with no network to the server on a USB stick.
struct Bundle
{
    QDateTime created;
    QString deviceId;
    QByteArray publicKey;
    qint64 lastSeq = 0;
    QString enrollmentCode; // optional: enrolls a device that was never online
    QList<Record> records;
    // The photo and signature files the records name (optional, §6): not covered by `sig`, since each
    // is named by its SHA-256 inside a signed record body; readBundle checks every hash.
    QList<EvidenceFile> evidence;
    QByteArray signature;

    // SHA-256 of (every record's raw 32-byte hash, in order || last_seq as 8 bytes big-endian).
    [[nodiscard]] static QByteArray digest(const QList<Record> &records, qint64 lastSeq);
};

// Builds and signs a bundle with the device key; returns the gzip file contents.
[[nodiscard]] QByteArray writeBundle(const QString &deviceId, const DeviceKey &key, qint64 lastSeq,
                                     const QList<Record> &records, const QString &enrollmentCode = {},
                                     const QDateTime &created = QDateTime::currentDateTimeUtc(),
                                     const QList<EvidenceFile> &evidence = {});

// Reads a bundle and verifies its signature. Errors: unsupported_media_type (not gzip),
// payload_too_large (more than maxDecompressed bytes once inflated), bad_bundle (anything else:
// damaged gzip, wrong JSON, a bad signature, an evidence file whose bytes do not match its hash). Records are parsed,
// not verified: that is the import's job, record by record, exactly as for a push.
[[nodiscard]] std::optional<Bundle> readBundle(const QByteArray &file, qint64 maxDecompressed, ApiError *error);

} // namespace suara::protocol
