#include "servicecatalog.h"

#include <QJsonArray>
#include <QSet>

namespace suara {

std::optional<ServiceList> ServiceList::fromJson(const QJsonObject &json, QString *error)
{
    ServiceList list;
    list.profile = json.value(QLatin1String("profile")).toString();
    list.title = LocalizedText::fromJson(json.value(QLatin1String("title")));
    QSet<QString> seen;
    for (const QJsonValue &v : json.value(QLatin1String("services")).toArray()) {
        Service s{v.toObject().value(QLatin1String("key")).toString(),
                  LocalizedText::fromJson(v.toObject().value(QLatin1String("label")))};
        if (s.key.isEmpty() || s.label.isEmpty() || seen.contains(s.key)) {
            if (error)
                *error = QStringLiteral("every service needs a unique key and a label");
            return std::nullopt;
        }
        seen.insert(s.key);
        list.services.append(s);
    }
    if (list.services.isEmpty()) {
        if (error)
            *error = QStringLiteral("a service list needs at least one service");
        return std::nullopt;
    }
    return list;
}

QJsonObject ServiceList::toJson() const
{
    QJsonArray services;
    for (const Service &s : this->services)
        services.append(QJsonObject{{QStringLiteral("key"), s.key}, {QStringLiteral("label"), s.label.toJson()}});
    return {{QStringLiteral("profile"), profile},
            {QStringLiteral("title"), title.toJson()},
            {QStringLiteral("services"), services}};
}

const Service *ServiceList::find(const QString &key) const
{
    for (const Service &s : services) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

} // namespace suara
