#include "catalog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCatalog, "suara.core.catalog")

namespace suara {

namespace {
QJsonObject readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

Catalog Catalog::builtIn()
{
    Catalog c;
    const QDir qdir(QStringLiteral(":/suara/questionnaires"));
    for (const QString &name : qdir.entryList({QStringLiteral("*.json")})) {
        QString error;
        if (auto q = Questionnaire::fromJson(readResource(qdir.filePath(name)), &error))
            c.add(*q);
        else
            qCCritical(lcCatalog) << "built-in questionnaire" << name << "is invalid:" << error;
    }
    const QDir sdir(QStringLiteral(":/suara/services"));
    for (const QString &name : sdir.entryList({QStringLiteral("*.json")})) {
        QString error;
        if (auto s = ServiceList::fromJson(readResource(sdir.filePath(name)), &error))
            c.add(*s);
        else
            qCCritical(lcCatalog) << "built-in service list" << name << "is invalid:" << error;
    }
    return c;
}

std::optional<Questionnaire> Catalog::questionnaire(const QString &id) const
{
    const auto it = m_questionnaires.constFind(id);
    if (it == m_questionnaires.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<ServiceList> Catalog::services(const QString &profile) const
{
    const auto it = m_services.constFind(profile);
    if (it == m_services.constEnd())
        return std::nullopt;
    return *it;
}

void Catalog::add(const Questionnaire &q)
{
    const auto it = m_questionnaires.constFind(q.id());
    if (it == m_questionnaires.constEnd() || it->version() <= q.version())
        m_questionnaires.insert(q.id(), q);
}

} // namespace suara
