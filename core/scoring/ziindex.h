#pragma once

#include "domain/questionnaire.h"
#include "domain/record.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace suara::scoring {

// Puts a value on the unit's scale onto the 1-4 scale ZI reports use, by linear interval mapping:
// 1 + (x - min) × 3 / (max - min), so 1 stays 1 and the top of any scale becomes 4. Dividing a
// 6-point score by 1,5 (seen in one app) maps 1 to 0,67, below the bottom of the 4-point scale.
[[nodiscard]] double toFourPointScale(double value, const Scale &scale);

// "IPKP" for an SPKP, "IPAK" for an SPAK, else "index".
[[nodiscard]] QString ziIndexName(QuestionnaireKind kind);

struct ZiItemResult
{
    QString key;
    qint64 answered = 0;
    QList<qint64> counts; // respondents per scale point, from scale.min up
    qint64 sum = 0;
    std::optional<double> mean; // on the questionnaire's scale; none when nobody answered
};

// A yes/no item such as the Lapas "diarahkan petugas?" question: counted, never scored.
struct ZiYesNoResult
{
    QString key;
    qint64 yes = 0;
    qint64 no = 0;
    qint64 unanswered = 0;
};

struct ZiReport
{
    QString questionnaireId;
    QuestionnaireKind kind = QuestionnaireKind::Custom;
    Scale scale;
    qint64 respondents = 0;
    QList<ZiItemResult> items; // scored items, in questionnaire order
    QList<ZiYesNoResult> yesNo; // unscored items, in questionnaire order
    QStringList unanswered; // scored items nobody answered; left out of the index
    std::optional<double> index; // mean of the item means, on the questionnaire's scale
    std::optional<double> index4; // the same on the 1-4 scale
    std::optional<double> percent; // index4 / 4 × 100
    qint64 rejected = 0; // respondents refused for answers off the scale
    qint64 excludedMisuse = 0; // misuse-flagged records left out (the Record overload only)

    [[nodiscard]] const ZiItemResult *find(const QString &key) const;
    [[nodiscard]] const ZiYesNoResult *findYesNo(const QString &key) const;
};

// Accumulates SPKP/SPAK answers for one questionnaire as asked (its scale included).
class ZiTally
{
public:
    explicit ZiTally(const Questionnaire &questionnaire);

    // From counts aggregated elsewhere (SQL): per item key, respondents per answer value (on the
    // scale; 0/1 for a yes/no item). Keys the questionnaire does not have are ignored; a value off
    // the scale, a negative count or more answers to one item than respondents is an error.
    static std::optional<ZiTally> fromCounts(const Questionnaire &questionnaire,
                                             const QHash<QString, QHash<qint64, qint64>> &counts, qint64 respondents,
                                             QString *error = nullptr);

    // One respondent's answers by item key. Keys the questionnaire does not have are ignored (an
    // older version may have had them); a value off the scale (or not 0/1 for a yes/no item)
    // rejects the whole respondent (counted in the report's `rejected`).
    [[nodiscard]] bool add(const QHash<QString, int> &answers, QString *error = nullptr);

    [[nodiscard]] qint64 respondents() const { return m_respondents; }
    [[nodiscard]] ZiReport report() const;

private:
    Questionnaire m_questionnaire;
    qint64 m_respondents = 0;
    qint64 m_rejected = 0;
    QHash<QString, QList<qint64>> m_counts; // rating: per scale point; yes/no: {no, yes}
};

[[nodiscard]] ZiReport computeZiIndex(const Questionnaire &questionnaire, const QList<QHash<QString, int>> &answers);

// The responses among `records` to `questionnaire` (matched by its id). Misuse-flagged records
// are left out unless `includeMisuse`.
[[nodiscard]] ZiReport computeZiIndex(const Questionnaire &questionnaire, const QList<Record> &records,
                                      bool includeMisuse = false);

} // namespace suara::scoring
