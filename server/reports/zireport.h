#pragma once

#include "db/sql.h"
#include "scope.h"
#include "scoring/ziindex.h"

#include <QJsonObject>

namespace suara::server::reports {

// Minimum index on the 4-point scale for a ZI predicate. Defaults (domain.md §2.2): LKE ZI of
// PermenPAN-RB 90/2021 as implemented by BPS gives IPKP 14,00 (WBK) / 15,75 (WBBM) and IPAK 15,75 /
// 15,75 of a weight of 17,50, i.e. 80 % / 90 % and 90 % / 90 % of the scale: 3,20 / 3,60 and 3,60 /
// 3,60 of 4. A deployment may set its own (suara-server serve --zi-minimums).
struct ZiMinimums
{
    double ipkpWbk = 3.20;
    double ipkpWbbm = 3.60;
    double ipakWbk = 3.60;
    double ipakWbbm = 3.60;
    // "ipkp_wbk=3.2,ipkp_wbbm=3.6,ipak_wbk=3.6,ipak_wbbm=3.6" (any subset); nullopt with *error.
    static std::optional<ZiMinimums> parse(const QString &text, QString *error);
};

// One questionnaire's answers on one scale (a unit may have switched from 4 to 6 points).
struct ZiScaleResult
{
    QString aggregateKey; // "spkp@1-6"
    scoring::ZiReport report;
};

struct ZiResult
{
    QString questionnaireId;
    QuestionnaireKind kind = QuestionnaireKind::Custom;
    QList<ZiScaleResult> scales;
    qint64 respondents = 0;
    // On the 4-point scale, respondent-weighted over the scales (the one scale's index4 when only one).
    std::optional<double> index4;
    std::optional<double> minimumWbk; // IPKP/IPAK only
    std::optional<double> minimumWbbm;
    qint64 misuseFlagged = 0;
};

// The ZI surveys (every non-SKM questionnaire with answers in scope, or only `questionnaireId`), each
// read with the unit's definition of it (its own, else the built-in one), computed by core/scoring.
[[nodiscard]] QList<ZiResult> ziReport(Sql &sql, const Scope &scope, const QString &questionnaireId,
                                       const ZiMinimums &minimums);

[[nodiscard]] QJsonObject toJson(const ZiResult &result);

} // namespace suara::server::reports
