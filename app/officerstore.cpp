#include "officerstore.h"

#include "store/localstore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace suara {

namespace {
QString sourceName(Officer::Source source)
{
    return source == Officer::Source::Server ? QStringLiteral("server") : QStringLiteral("device");
}

StoreError notOpen()
{
    return StoreError::make(StoreError::Kind::Other, QStringLiteral("the store is not open"));
}

bool insert(QSqlQuery &q, const Officer &o)
{
    q.prepare(QStringLiteral("INSERT INTO officers (id, name, nip, position, pin_hash, source) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    // A null QString (an empty field from QML) would bind as NULL: the columns are NOT NULL ''.
    for (const QString &v : {o.id, o.name, o.nip, o.position, o.pinHash, sourceName(o.source)})
        q.addBindValue(v.isNull() ? QString(QLatin1String("")) : v);
    return q.exec();
}
} // namespace

OfficerStore::OfficerStore(LocalStore *store)
    : m_store(store)
{
}

bool OfficerStore::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]{1,40}$"));
    return pattern.match(id).hasMatch();
}

StoreResult<QList<Officer>> OfficerStore::all() const
{
    if (!m_store->isOpen())
        return notOpen();
    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT id, name, nip, position, pin_hash, source FROM officers ORDER BY name, id")))
        return StoreError::fromSql(q.lastError(), QStringLiteral("reading the officers"));
    QList<Officer> out;
    while (q.next()) {
        Officer o;
        o.id = q.value(0).toString();
        o.name = q.value(1).toString();
        o.nip = q.value(2).toString();
        o.position = q.value(3).toString();
        o.pinHash = q.value(4).toString();
        o.source = q.value(5).toString() == QLatin1String("server") ? Officer::Source::Server : Officer::Source::Device;
        out.append(o);
    }
    if (q.lastError().isValid())
        return StoreError::fromSql(q.lastError(), QStringLiteral("reading the officers"));
    return out;
}

StoreError OfficerStore::add(const Officer &officer)
{
    if (!m_store->isOpen())
        return notOpen();
    if (!isValidId(officer.id))
        return StoreError::make(StoreError::Kind::Other, QStringLiteral("not a valid officer id: %1").arg(officer.id));
    QSqlQuery q(m_store->database());
    if (!insert(q, officer))
        return StoreError::fromSql(q.lastError(), QStringLiteral("adding an officer"));
    return {};
}

StoreError OfficerStore::remove(const QString &id)
{
    if (!m_store->isOpen())
        return notOpen();
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("DELETE FROM officers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), QStringLiteral("removing an officer"));
    return {};
}

StoreError OfficerStore::replaceServerOfficers(const QList<Officer> &officers)
{
    if (!m_store->isOpen())
        return notOpen();
    QSqlDatabase db = m_store->database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return StoreError::fromSql(q.lastError(), QStringLiteral("starting to replace the officers"));
    auto fail = [&](const QString &context) {
        const StoreError err = StoreError::fromSql(q.lastError(), context);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return err;
    };
    if (!q.exec(QStringLiteral("DELETE FROM officers WHERE source = 'server'")))
        return fail(QStringLiteral("replacing the officers"));
    for (Officer o : officers) {
        if (!isValidId(o.id)) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return StoreError::make(StoreError::Kind::Other, QStringLiteral("not a valid officer id: %1").arg(o.id));
        }
        o.source = Officer::Source::Server;
        q.prepare(QStringLiteral("DELETE FROM officers WHERE id = ?"));
        q.addBindValue(o.id);
        if (!q.exec() || !insert(q, o))
            return fail(QStringLiteral("replacing the officers"));
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("saving the officers"));
    return {};
}

} // namespace suara
