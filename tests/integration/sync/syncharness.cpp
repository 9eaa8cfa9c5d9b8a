#include "syncharness.h"

#include "childprocess.h"

#include <QJsonDocument>
#include <QSet>

namespace suara::testing::sync {

CliRun suaraSync(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    const ChildRun run = runChild(QStringLiteral(SUARA_SYNC_BIN), args, input, timeoutMs);
    if (!run.finished)
        return {-1, QString(), QStringLiteral("suara-sync did not start or did not finish in time")};
    return {run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
}

QJsonObject statusJson(const QString &dataDir)
{
    const CliRun r =
        suaraSync({QStringLiteral("--data-dir"), dataDir, QStringLiteral("status"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString prepareUnit(ServerFixture &fixture, QString *error)
{
    if (!fixture.createUnit(kUnit, QStringLiteral("Lapas Kelas IIA Yogyakarta"), error))
        return {};
    return fixture.enrollmentCode(kUnit, error);
}

QString compareWithServer(ServerFixture &fixture, const LocalStore &store, qint64 expectedCount)
{
    const QString device = store.deviceId();
    const QList<QVariantList> rows = fixture.rows(
        QStringLiteral("SELECT record_id, seq, hash FROM records WHERE device_id = ? ORDER BY seq"), {device});
    if (rows.size() != expectedCount)
        return QStringLiteral("the server holds %1 records of the device, expected %2")
            .arg(rows.size())
            .arg(expectedCount);
    QSet<QString> ids;
    QSet<qint64> seqs;
    QHash<qint64, QPair<QString, QString>> local;
    for (const Record &r : store.records().value())
        local.insert(r.seq, {r.id, QString::fromLatin1(r.hash.toHex())});
    for (const QVariantList &row : rows) {
        const QString id = row.at(0).toString();
        const qint64 seq = row.at(1).toLongLong();
        if (ids.contains(id) || seqs.contains(seq))
            return QStringLiteral("record %1 (seq %2) is stored twice").arg(id).arg(seq);
        ids.insert(id);
        seqs.insert(seq);
        if (!local.contains(seq))
            return QStringLiteral("the server has seq %1, which the device never wrote").arg(seq);
        if (local.value(seq).first != id || local.value(seq).second != row.at(2).toString())
            return QStringLiteral("seq %1 on the server is not the device's record").arg(seq);
    }
    return {};
}

int integrityAlerts(ServerFixture &fixture, const QString &deviceId)
{
    return fixture
        .scalar(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE device_id = ? AND kind IN "
                               "('conflict', 'altered_record', 'chain_break')"),
                {deviceId})
        .toInt();
}

} // namespace suara::testing::sync
