#pragma once

#include "domain/record.h"

#include <QHash>
#include <QList>
#include <QString>

namespace suara::scoring {

// The answers of the response records to one questionnaire, ready for a tally. Misuse-flagged
// records are kept on the device and server but left out of indices unless asked for.
struct RecordAnswers
{
    QList<QHash<QString, int>> answers; // one entry per selected response
    qint64 excludedMisuse = 0; // flagged records left out
    qint64 malformed = 0; // answers that are not whole numbers (never from a sealed kiosk record)
};

[[nodiscard]] RecordAnswers answersFromRecords(const QList<Record> &records, const QString &questionnaireId,
                                               bool includeMisuse = false);

} // namespace suara::scoring
