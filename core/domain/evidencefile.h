#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace suara {

// A file an officer's gratification report names by its hash (protocol §2.1 `photo`, `signature`): kept
// in the device store beside the record, sent after it, kept by the server for the UPG.
struct EvidenceFile
{
    QString sha256; // lower-case hex of `bytes`
    QString recordId; // the record that names it; set by the store when the record is sealed
    QString type; // image/jpeg or image/png
    qint64 size = 0;
    QByteArray bytes;
    QDateTime sentAt; // invalid until the server has it

    bool operator==(const EvidenceFile &) const = default;

    // The file with its hash and size computed from the bytes.
    static EvidenceFile of(const QByteArray &bytes, const QString &type);
    // Empty when the file is one a record may carry and the server will keep: a known type, a size and
    // hash that match the bytes, and not larger than kMaxBytes.
    [[nodiscard]] QString problem() const;
    // The `photo` / `signature` object of the record's data: {sha256, type, size}.
    [[nodiscard]] QJsonObject reference() const;
};

namespace evidence {
// A phone photo resized for a report is well under this; a raw 48-megapixel one is not accepted.
inline constexpr qint64 kMaxBytes = 5 * 1024 * 1024;
[[nodiscard]] bool isKnownType(const QString &type);
[[nodiscard]] bool isSha256Hex(const QString &text);
[[nodiscard]] QString sha256Hex(const QByteArray &bytes);
} // namespace evidence

} // namespace suara
