#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace suara::sync {

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_open = true;
    else
        m_error = StoreError::fromSql(q.lastError(), QStringLiteral("starting to save the sync state"));
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

StoreError WriteTransaction::commit()
{
    if (!m_open)
        return m_error;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = StoreError::fromSql(q.lastError(), QStringLiteral("saving the sync state"));
        return m_error;
    }
    m_open = false;
    return {};
}

} // namespace suara::sync
