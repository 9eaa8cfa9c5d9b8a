#include "servicecatalog.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace suara {

std::optional<ServiceList> ServiceList::fromJson(const QJsonObject &json, QString *error)
{
    ServiceList list;
    list.profile = json.value(QLatin1String("profile")).toString();
    QString why;
    const auto title = LocalizedText::parse(json.value(QLatin1String("title")), &why);
    if (!title) {
        if (error)
            *error = QStringLiteral("service list title: %1").arg(why);
        return std::nullopt;
    }
    list.title = *title;
    QSet<QString> seen;
    for (const QJsonValue &v : json.value(QLatin1String("services")).toArray()) {
        const QString key = v.toObject().value(QLatin1String("key")).toString();
        const auto label = LocalizedText::parse(v.toObject().value(QLatin1String("label")), &why);
        if (!label) {
            if (error)
                *error = QStringLiteral("service '%1': %2").arg(key, why);
            return std::nullopt;
        }
        Service s{key, *label};
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

bool servicesCompleteIn(const QList<Service> &services, const QString &language)
{
    return std::all_of(services.begin(), services.end(), [&](const Service &s) { return s.label.has(language); });
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
