#pragma once

#include "db/sql.h"
#include "domain/evidencefile.h"

#include <QJsonObject>
#include <QString>
#include <optional>

// The photo and signature files an officer's report names by hash (docs/protocol.md §5.5): kept in the
// database, one row per device and hash (docs/adr/0040-evidence-files.md). A file is accepted only when
// its bytes hash to its name and a stored record of the same device names it with the same type.
namespace suara::server::evidencefiles {

// What the record that names a file says about it (its `photo` or `signature` object).
struct Reference
{
    QString recordId;
    QString type;
    qint64 size = 0;
};

// The first stored gratification_report of `deviceId` whose data names `sha256`; nullopt when none does.
[[nodiscard]] std::optional<Reference> referenceOf(Sql &sql, const QString &deviceId, const QString &sha256);

enum class Kept { New, Already };

// Checks the file (hash, type, size, a record that names it) and keeps it; the same file twice is
// Already, not an error. Throws ApiFailure: evidence_hash_mismatch, evidence_unreferenced, invalid_field
// (a type or size the record does not say). Inside the caller's transaction.
Kept keep(Sql &sql, const QString &deviceId, const EvidenceFile &file, const QString &source);

// A kept file without its bytes (size, type, when), or with them.
[[nodiscard]] std::optional<EvidenceFile> find(Sql &sql, const QString &deviceId, const QString &sha256,
                                               bool withBytes);

// The register entry's device, and what its details name as `photo` and `signature`: for each,
// {sha256, type, size, received} or null when the report names none (docs/api.md "Gratification register").
[[nodiscard]] QString deviceOfEntry(Sql &sql, qint64 entryId);
[[nodiscard]] QJsonObject summaryOf(Sql &sql, const QString &deviceId, const QJsonObject &details);

} // namespace suara::server::evidencefiles
