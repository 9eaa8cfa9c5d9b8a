#pragma once

// What the sync suites share on top of the server engineer's harness (../README.md): a unit with an
// enrollment code on a real suara-server, the suara-sync CLI as a process, and the one question every
// test ends with — does the server hold exactly this device's records, each once?

#include "kioskdevice.h"
#include "serverfixture.h"

#include <QJsonObject>
#include <QProcess>

namespace suara::testing::sync {

inline const QString kUnit = QStringLiteral("LPYK-01");

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs suara-sync (SUARA_SYNC_BIN) with these arguments; `input` goes to stdin.
[[nodiscard]] CliRun suaraSync(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 180'000);

// `suara-sync status --json` of the device in `dataDir`, parsed (empty when it printed no object).
[[nodiscard]] QJsonObject statusJson(const QString &dataDir);

// Creates the unit and returns a fresh enrollment code (empty + *error on failure).
[[nodiscard]] QString prepareUnit(ServerFixture &fixture, QString *error);

// Compares the server's records of this device with the device's own: every record once (by id and
// by seq), with the same hash. Empty when identical; otherwise what differs, in words.
[[nodiscard]] QString compareWithServer(ServerFixture &fixture, const LocalStore &store, qint64 expectedCount);

// Alerts the server raised for this device that mean a record was changed or claimed twice.
[[nodiscard]] int integrityAlerts(ServerFixture &fixture, const QString &deviceId);

} // namespace suara::testing::sync
