#pragma once

#include "databaseconfig.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace suara::server {

// A failed statement. Thrown by Sql::run and caught by the one error funnel (the API answers 500 or
// 503, the CLI prints it); the transaction it interrupted is rolled back by ~Transaction.
struct DbFailure : std::runtime_error
{
    DbFailure(const QSqlError &error, const QString &context);
    QSqlError error;
    QString context;
};

// A connection plus the few places where SQLite and PostgreSQL differ
// (docs/adr/0008-one-sql-text-for-sqlite-and-postgresql.md).
// Everything else is one SQL text for both: ? placeholders, TEXT/BIGINT columns, ISO UTC times as TEXT,
// INSERT … ON CONFLICT DO NOTHING (SQLite ≥ 3.24), partial unique indexes, window functions.
class Sql
{
public:
    Sql(QSqlDatabase db, DatabaseConfig::Engine engine)
        : m_db(std::move(db))
        , m_engine(engine)
    {
    }

    [[nodiscard]] bool isPostgres() const { return m_engine == DatabaseConfig::Engine::Postgres; }
    [[nodiscard]] QSqlDatabase &db() { return m_db; }

    // Prepares, binds and runs; throws DbFailure.
    QSqlQuery run(const QString &sql, const QVariantList &binds = {});
    // For hot loops: prepare once, then exec(query, binds) many times.
    QSqlQuery prepare(const QString &sql);
    void exec(QSqlQuery &query, const QVariantList &binds);

    // A single value, or an invalid QVariant when there is no row.
    QVariant value(const QString &sql, const QVariantList &binds = {});

    // Dialect: a write transaction. SQLite takes its write lock up front (BEGIN IMMEDIATE) so two
    // writers never deadlock upgrading a read lock; PostgreSQL locks rows as they are written.
    [[nodiscard]] QString beginWrite() const;
    // Dialect: serialise writers of one device. PostgreSQL locks its row; in SQLite the transaction
    // already holds the database's only write lock.
    void lockDevice(const QString &deviceId);
    // Dialect: an auto-numbered primary key column.
    [[nodiscard]] QString autoIdColumn() const;
    // Dialect: a column of raw bytes (BYTEA, BLOB); bound and read as QByteArray on both.
    [[nodiscard]] QString bytesType() const { return isPostgres() ? QStringLiteral("BYTEA") : QStringLiteral("BLOB"); }

private:
    QSqlDatabase m_db;
    DatabaseConfig::Engine m_engine;
};

// RAII write transaction: rolled back unless commit() was called (an exception, an early return).
// On SQLite the writers of this process queue on a mutex per database file before BEGIN IMMEDIATE:
// SQLite has one write lock, and a writer that finds it taken sleeps in its busy handler (1, 2, 5 … 100
// ms), so under load a batch could wait far longer than the writer before it took. A mutex wakes the
// next writer the moment the last one commits. Other processes on the same file still meet the busy
// handler, as before (docs/adr/0032-ingest-one-writer.md).
class Transaction
{
public:
    explicit Transaction(Sql &sql);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Sql &m_sql;
    std::shared_ptr<std::recursive_mutex> m_writers; // SQLite only; recursive: a nested BEGIN fails in SQL, not here
    std::unique_lock<std::recursive_mutex> m_writing;
    bool m_done = false;
};

// A NULL of the right type for binding.
[[nodiscard]] QVariant nullText();
[[nodiscard]] QVariant nullInteger();

} // namespace suara::server
