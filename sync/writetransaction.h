#pragma once

#include "store/storeerror.h"

#include <QSqlDatabase>
#include <QString>

namespace suara::sync {

// BEGIN IMMEDIATE … COMMIT, like the store's own appends: the write lock is taken up front, so a
// transaction that reads before it writes cannot fail halfway when the kiosk is saving a visit.
// Rolls back on destruction unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    [[nodiscard]] const StoreError &begun() const { return m_error; }
    StoreError commit();

private:
    QSqlDatabase m_db;
    StoreError m_error;
    bool m_open = false;
};

// Qt binds a null QString as SQL NULL; the sync columns are NOT NULL with '' for "nothing".
[[nodiscard]] inline QString orEmpty(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

} // namespace suara::sync
