#include "recordanswers.h"

#include "domain/record.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace suara::scoring {

namespace {
// A JSON number that is a whole int; a string "3" or 2.5 is not an answer.
bool toAnswer(const QJsonValue &value, int *out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::trunc(d) || std::abs(d) > 1e6)
        return false;
    *out = static_cast<int>(d);
    return true;
}
} // namespace

RecordAnswers answersFromRecords(const QList<Record> &records, const QString &questionnaireId, bool includeMisuse)
{
    RecordAnswers out;
    for (const Record &record : records) {
        if (record.type != RecordType::Response)
            continue;
        // Parse the body once; Record's accessors would each parse it again.
        const QJsonObject json = record.json();
        if (json.value(QLatin1String("q")).toObject().value(QLatin1String("id")).toString() != questionnaireId)
            continue;
        if (!includeMisuse
            && json.value(QLatin1String("flags")).toArray().contains(QJsonValue(flags::kSuspectedMisuse))) {
            ++out.excludedMisuse;
            continue;
        }
        const QJsonObject answers =
            json.value(QLatin1String("data")).toObject().value(QLatin1String("answers")).toObject();
        QHash<QString, int> row;
        bool ok = true;
        for (auto it = answers.begin(); it != answers.end() && ok; ++it) {
            int v = 0;
            ok = toAnswer(it.value(), &v);
            row.insert(it.key(), v);
        }
        if (!ok) {
            ++out.malformed;
            continue;
        }
        out.answers.append(row);
    }
    return out;
}

} // namespace suara::scoring
