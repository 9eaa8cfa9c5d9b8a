#pragma once

#include "evidencefile.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace suara {

enum class RecordType { Response, GratificationAck, GratificationReport };
[[nodiscard]] QString recordTypeName(RecordType type);
[[nodiscard]] std::optional<RecordType> recordTypeFromName(const QString &name);

namespace flags {
// Kept with the record and excluded from indices unless asked for (cf. HappyOrNot's misuse flag).
inline const QString kSuspectedMisuse = QStringLiteral("suspected_misuse");
} // namespace flags

// What the app fills in. The store seals it into a Record: id, device, sequence, chain and signature.
struct RecordDraft
{
    RecordType type = RecordType::Response;
    QString questionnaireId;
    int questionnaireVersion = 0;
    QString unitCode;
    QString service;
    QString language = QStringLiteral("id");
    QString mode = QStringLiteral("kiosk");
    QStringList flags;
    QJsonObject data;
    QDateTime capturedAt = QDateTime::currentDateTime();
    // The officer signed in on the device (protocol §2.1 `officer`); empty for an anonymous visitor.
    QString officer;
    // Files the record's data names by hash (a report's photo and signature): stored in the record's
    // own transaction (store/evidencestore.h), so a committed record never lacks them.
    QList<EvidenceFile> evidence;
};

// An immutable, sealed record. `body` holds the exact JSON text that the hash and signature cover;
// it is what goes over the wire, byte for byte, so client and server never re-serialise it.
struct Record
{
    qint64 seq = 0;
    QString id;
    RecordType type = RecordType::Response;
    QByteArray body;
    QByteArray prevHash;
    QByteArray hash;
    QByteArray signature;

    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QJsonObject data() const { return json().value(QLatin1String("data")).toObject(); }
    [[nodiscard]] QStringList flagList() const;
    [[nodiscard]] bool isSuspectedMisuse() const { return flagList().contains(flags::kSuspectedMisuse); }
    [[nodiscard]] QDateTime capturedUtc() const;
};

namespace recordformat {
inline constexpr int kVersion = 1;
// The widest UTC offset a clock can have (UTC+14, Kiribati; UTC-12 is inside it), in minutes. A body's
// `tz` past it is malformed: every reader multiplies it into seconds, and a day from a bigger one means nothing.
inline constexpr int kMaxTzMinutes = 14 * 60;
// The body's JSON text: compact, keys sorted (QJsonObject order), integers and strings only.
[[nodiscard]] QByteArray body(const RecordDraft &draft, const QString &id, const QString &deviceId, qint64 seq);
} // namespace recordformat

} // namespace suara
