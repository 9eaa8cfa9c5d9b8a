#pragma once

// The respondent profile as a field tablet writes it: the codes of the kiosk's own profile definition
// (SurveySession::profileDefinition, the list the profile page shows and the session stores), read from
// it rather than typed again, so these tests cannot drift into codes no device sends ("female",
// "25-34"): the server's reports count whatever codes arrive, and a wrong one would only show up as a
// table nobody can read.

#include "surveysession.h"

#include <QJsonObject>

namespace suara::testing {

inline QList<ChoiceField> tabletProfileFields()
{
    static const QList<ChoiceField> fields = SurveySession::profileDefinition();
    return fields;
}

// The code stored when the choice worded `words` (the English source text: no translation is loaded in
// a test) is tapped in field `key`.
inline QString tabletProfileCode(const QString &key, const QString &words)
{
    for (const ChoiceField &f : tabletProfileFields()) {
        if (f.key != key)
            continue;
        for (const VisitorChoice &c : f.options)
            if (c.label == words)
                return c.value;
    }
    qFatal("the kiosk's profile has no choice \"%s\" in \"%s\"", qPrintable(words), qPrintable(key));
}

// Respondent i's whole profile (field mode requires every field): field k takes choice (i / (k + 1)) %
// its count, so every code of every field turns up within a few dozen respondents.
inline QJsonObject tabletProfile(int i)
{
    QJsonObject out;
    const QList<ChoiceField> fields = tabletProfileFields();
    for (qsizetype k = 0; k < fields.size(); ++k) {
        const QList<VisitorChoice> &options = fields.at(k).options;
        out.insert(fields.at(k).key, options.at((i / (k + 1)) % options.size()).value);
    }
    return out;
}

} // namespace suara::testing
