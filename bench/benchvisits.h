#pragma once

#include "domain/record.h"

#include <QDateTime>
#include <QJsonObject>

namespace suara::bench {

// The nine SKM unsur answered 1 + (i + u) % 4 for unsur u; `spread` 0 gives every unsur the same answer.
inline QJsonObject skmAnswers(int i, int spread = 0)
{
    QJsonObject answers;
    int u = 0;
    for (const char *k :
         {"persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku", "pengaduan", "sarana"})
        answers.insert(QLatin1String(k), 1 + (i + spread * u++) % 4);
    return answers;
}

// One kiosk visit as the store receives it: an SKM response answering all nine unsur with 1 + i % 4,
// and its gratification statement, both captured at `at`; `flagged` marks both as suspected misuse.
inline QList<RecordDraft> visitDrafts(int i, const QDateTime &at = QDateTime::currentDateTime(), bool flagged = false)
{
    RecordDraft response;
    response.questionnaireId = QStringLiteral("skm");
    response.questionnaireVersion = 1;
    response.capturedAt = at;
    response.data.insert(QStringLiteral("answers"), skmAnswers(i));
    RecordDraft ack;
    ack.type = RecordType::GratificationAck;
    ack.questionnaireId = QStringLiteral("gratification-statement");
    ack.questionnaireVersion = 1;
    ack.capturedAt = at;
    ack.data.insert(QStringLiteral("statement"), QStringLiteral("no_reward"));
    if (flagged) {
        response.flags << flags::kSuspectedMisuse;
        ack.flags << flags::kSuspectedMisuse;
    }
    return {response, ack};
}

} // namespace suara::bench
