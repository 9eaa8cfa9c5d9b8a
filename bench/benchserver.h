#pragma once

// What the intake benchmarks (bench_serverpush, bench_fleet) share: the real server they start and the
// check of each push reply.
#include "protocol/pushbatch.h"
#include "serverfixture.h"

#include <QByteArray>
#include <QString>

namespace suara::bench {

// A real suara-server process with `workers` workers and one unit, on SQLite or (SUARA_TEST_DATABASE=
// postgresql) a durable throwaway PostgreSQL: fsync, synchronous_commit and full_page_writes on.
// False with `error` set when it did not start.
inline bool startServer(testing::ServerFixture &fx, int workers, const QString &unitCode, const QString &unitName,
                        QString *error)
{
    qputenv("SUARA_TEST_PG_DURABLE", "1");
    return fx.setUp(error, {QStringLiteral("--workers"), QString::number(workers)})
        && fx.createUnit(unitCode, unitName, error);
}

// The push replies that did not store every record of their batch; the first one is kept to print.
struct PushErrors
{
    int count = 0;
    QString first;

    // Counts the reply unless it is HTTP 200 with `sent` results, every one accepted. True when it stored all.
    bool check(int status, const QByteArray &answer, qsizetype sent)
    {
        protocol::ApiError parseError;
        const auto response = protocol::PushResponse::parse(answer, &parseError);
        bool stored = status == 200 && response && response->results.size() == sent;
        for (qsizetype i = 0; stored && i < sent; ++i)
            stored = response->results.at(i).status == protocol::RecordStatus::Accepted;
        if (!stored && ++count == 1)
            first = QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromUtf8(answer.left(300)));
        return stored;
    }

    [[nodiscard]] QString firstText() const
    {
        return first.isEmpty() ? QString() : QStringLiteral("  first: ") + first;
    }
};

} // namespace suara::bench
