#include "localizedtext.h"

#include <QJsonObject>

namespace suara {

QString LocalizedText::text(const QString &language) const
{
    if (language == QLatin1String("en") && !en.isEmpty())
        return en;
    return id.isEmpty() ? en : id;
}

QJsonValue LocalizedText::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("en"), en}};
}

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString(), value.toString()};
    const QJsonObject o = value.toObject();
    return {o.value(QLatin1String("id")).toString(), o.value(QLatin1String("en")).toString()};
}

} // namespace suara
