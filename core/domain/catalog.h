#pragma once

#include "questionnaire.h"
#include "servicecatalog.h"

#include <QMap>

namespace suara {

// The definitions a kiosk can ask. Built-in defaults ship as resources so a new kiosk works before its
// first sync; definitions pulled from the server replace them by id (a higher version wins).
class Catalog
{
public:
    static Catalog builtIn();

    [[nodiscard]] std::optional<Questionnaire> questionnaire(const QString &id) const;
    [[nodiscard]] QList<Questionnaire> questionnaires() const { return m_questionnaires.values(); }
    [[nodiscard]] std::optional<ServiceList> services(const QString &profile) const;
    [[nodiscard]] QStringList serviceProfiles() const { return m_services.keys(); }

    void add(const Questionnaire &q);
    void add(const ServiceList &s) { m_services.insert(s.profile, s); }

private:
    QMap<QString, Questionnaire> m_questionnaires;
    QMap<QString, ServiceList> m_services;
};

} // namespace suara
