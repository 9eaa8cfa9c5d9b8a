#include "uilanguages.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace suara {

std::optional<UiLanguageTable> UiLanguageTable::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    UiLanguageTable table;
    table.messages = json.value(QLatin1String("messages")).toInt(-1);
    if (table.messages <= 0)
        return fail(QStringLiteral("the language table has no message count"));
    QSet<QString> seen;
    for (const QJsonValue &v : json.value(QLatin1String("languages")).toArray()) {
        const QJsonObject o = v.toObject();
        UiLanguage l{o.value(QLatin1String("code")).toString(), o.value(QLatin1String("endonym")).toString(),
                     o.value(QLatin1String("catalogue")).toString(), o.value(QLatin1String("source")).toBool(),
                     o.value(QLatin1String("translated")).toInt(-1)};
        if (!isLanguageCode(l.code) || seen.contains(l.code))
            return fail(QStringLiteral("'%1' is not a new language code").arg(l.code));
        if (l.endonym.isEmpty() || l.catalogue.isEmpty() || (!l.source && l.translated < 0))
            return fail(QStringLiteral("%1 needs its name, its catalogue and a count of translations").arg(l.code));
        seen.insert(l.code);
        table.languages.append(l);
    }
    if (table.languages.isEmpty())
        return fail(QStringLiteral("the language table lists no language"));
    return table;
}

const UiLanguage *UiLanguageTable::find(const QString &code) const
{
    const auto it =
        std::find_if(languages.begin(), languages.end(), [&](const UiLanguage &l) { return l.code == code; });
    return it == languages.end() ? nullptr : &*it;
}

bool UiLanguageTable::uiComplete(const UiLanguage &language) const
{
    return language.source || language.translated >= messages;
}

QList<UiLanguage> offeredLanguages(const UiLanguageTable &table, const QList<Questionnaire> &questionnaires,
                                   const QList<Service> &services)
{
    QList<UiLanguage> offered;
    for (const UiLanguage &l : table.languages) {
        const bool base = &l == &table.languages.first();
        const bool questions = std::all_of(questionnaires.begin(), questionnaires.end(),
                                           [&](const Questionnaire &q) { return q.completeIn(l.code); });
        if (base || (table.uiComplete(l) && questions && servicesCompleteIn(services, l.code)))
            offered.append(l);
    }
    return offered;
}

} // namespace suara
