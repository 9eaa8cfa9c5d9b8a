#pragma once

#include "localizedtext.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace suara {

struct Service
{
    QString key;
    LocalizedText label;
};

// The services a unit offers at its counters (what a visitor says they received).
struct ServiceList
{
    QString profile; // "lapas", "bkkbn", or a unit's own
    LocalizedText title;
    QList<Service> services;

    static std::optional<ServiceList> fromJson(const QJsonObject &json, QString *error = nullptr);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] const Service *find(const QString &key) const;
};

// True when every one of these services (the ones a kiosk shows) is named in `language` itself.
[[nodiscard]] bool servicesCompleteIn(const QList<Service> &services, const QString &language);

} // namespace suara
