#pragma once

#include "domain/record.h"

#include <QHash>
#include <QJsonObject>

// Drafts and sealed-looking records for unit tests, shaped exactly like the kiosk's.
namespace suara::testing {

// An SKM draft that answers one unsur; enough for store and wire tests.
inline RecordDraft skmDraft(int waktu)
{
    RecordDraft d;
    d.questionnaireId = QStringLiteral("skm");
    d.questionnaireVersion = 1;
    d.unitCode = QStringLiteral("LP-01");
    d.data = QJsonObject{{QStringLiteral("answers"), QJsonObject{{QStringLiteral("waktu"), waktu}}}};
    return d;
}

// A response record (unsigned: for index tests that read bodies only).
inline Record responseRecord(const QString &questionnaire, const QHash<QString, int> &answers, bool misuse = false,
                             qint64 seq = 1)
{
    QJsonObject a;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        a.insert(it.key(), it.value());
    RecordDraft d;
    d.questionnaireId = questionnaire;
    d.questionnaireVersion = 1;
    d.unitCode = QStringLiteral("LP-01");
    d.data = QJsonObject{{QStringLiteral("answers"), a}};
    if (misuse)
        d.flags = {flags::kSuspectedMisuse};
    Record r;
    r.seq = seq;
    r.id = QStringLiteral("r%1").arg(seq);
    r.type = RecordType::Response;
    r.body = recordformat::body(d, r.id, QStringLiteral("dev"), seq);
    return r;
}

} // namespace suara::testing
