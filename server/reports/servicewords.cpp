#include "servicewords.h"

#include "domain/catalog.h"
#include "service/units.h"

namespace suara::server::reports {

namespace {
const Catalog &builtIn()
{
    static const Catalog catalog = Catalog::builtIn();
    return catalog;
}
} // namespace

ServiceWords::ServiceWords(Sql &sql)
    : m_sql(sql)
{
}

const QList<ServiceList> &ServiceWords::listsOf(const QString &unitCode)
{
    auto it = m_byUnit.constFind(unitCode);
    if (it != m_byUnit.cend())
        return *it;
    QList<ServiceList> lists;
    QString profile;
    // A failed read throws (DbFailure) like every read of a report: never names made up from nothing.
    if (const std::optional<units::Unit> unit = units::find(m_sql, unitCode)) {
        profile = unit->kiosk.serviceProfile;
        if (unit->services) {
            if (std::optional<ServiceList> own = ServiceList::fromJson(*unit->services))
                lists << *own;
        }
    }
    if (std::optional<ServiceList> chosen = builtIn().services(profile))
        lists << *chosen;
    for (const QString &other : builtIn().serviceProfiles()) {
        if (other != profile)
            lists << *builtIn().services(other);
    }
    return *m_byUnit.insert(unitCode, lists);
}

QJsonValue ServiceWords::of(const QString &unitCode, const QString &key)
{
    if (key.isEmpty())
        return QJsonValue::Null;
    for (const ServiceList &list : listsOf(unitCode)) {
        if (const Service *s = list.find(key))
            return QJsonObject{{QStringLiteral("id"), s->label.text(QStringLiteral("id"))},
                               {QStringLiteral("en"), s->label.text(QStringLiteral("en"))}};
    }
    return QJsonValue::Null;
}

} // namespace suara::server::reports
