#pragma once

#include "db/sql.h"

#include <domain/servicecatalog.h>

#include <QHash>
#include <QJsonValue>

namespace suara::server::reports {

// The words of the services a report names, for each unit: the unit's own service list (the
// `services` of its settings, docs/protocol.md §4) when it has one, then the built-in profile its
// kiosks are set to, then any built-in profile that knows the key. The dashboard shows these words
// instead of a stored key, including for a service a unit added itself.
class ServiceWords
{
public:
    explicit ServiceWords(Sql &sql);

    // {"id": "Layanan kunjungan", "en": "Visits"}, or null for an empty key or one no list names.
    [[nodiscard]] QJsonValue of(const QString &unitCode, const QString &key);

private:
    // The lists to look in for one unit, best first; read once per unit and report.
    const QList<ServiceList> &listsOf(const QString &unitCode);

    Sql &m_sql;
    QHash<QString, QList<ServiceList>> m_byUnit;
};

} // namespace suara::server::reports
