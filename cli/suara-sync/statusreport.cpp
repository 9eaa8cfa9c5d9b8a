#include "statusreport.h"

#include "serversettings.h"
#include "syncengine.h"

#include "protocol/wiretime.h"
#include "store/localstore.h"
#include "store/storeresult.h"

#include <QJsonArray>

namespace suara::cli {

using namespace suara::sync;

namespace {
QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QStringLiteral("never");
}

QString timeOrEmpty(const QDateTime &t)
{
    return t.isValid() ? protocol::formatTime(t) : QString();
}

QString stateSentence(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::NotEnrolled:
        return QStringLiteral("not enrolled (records wait on the device)");
    case SyncStatus::State::Idle:
        return QStringLiteral("idle");
    case SyncStatus::State::Syncing:
        return QStringLiteral("syncing");
    case SyncStatus::State::BackingOff:
        return QStringLiteral("waiting to retry");
    case SyncStatus::State::Revoked:
        return QStringLiteral("stopped by the server (nothing is sent; records are kept)");
    }
    return {};
}
// Everything the report reads from the store, read once: any failed read fails the report instead
// of printing "0 pending" or "not enrolled" for a store that did not answer.
struct Facts
{
    bool enrolled = false;
    QString enrollmentCode;
    QDateTime enrolledAt;
    qint64 lastSeq = 0;
    ServerSettings settings;
    QList<Outbox::Entry> quarantined;
};

StoreResult<Facts> readFacts(const LocalStore &store, SyncEngine &engine)
{
    if (StoreError err = engine.refresh(); !err.ok())
        return err;
    const SyncMeta &meta = engine.meta();
    const StoreResult<bool> enrolled = meta.isEnrolled();
    const StoreResult<QString> code = meta.enrollmentCode();
    const StoreResult<QDateTime> enrolledAt = meta.enrolledAt();
    const StoreResult<qint64> lastSeq = store.lastSeq();
    const StoreResult<ServerSettings> settings = ServerSettings::load(store);
    const StoreResult<QList<Outbox::Entry>> quarantined = engine.quarantined();
    if (StoreError err = firstError(enrolled, code, enrolledAt, lastSeq, settings, quarantined); !err.ok())
        return err;
    return Facts{*enrolled, *code, *enrolledAt, *lastSeq, *settings, *quarantined};
}
} // namespace

StoreResult<QString> statusText(const LocalStore &store, SyncEngine &engine)
{
    const StoreResult<Facts> read = readFacts(store, engine);
    if (!read.ok())
        return read.error();
    const Facts &facts = *read;
    const SyncStatus *s = engine.status();
    QString t;
    auto line = [&t](const QString &label, const QString &value) {
        t += QStringLiteral("%1 %2\n").arg(label + QLatin1Char(':'), -13).arg(value);
    };
    line(QStringLiteral("Device"), store.deviceId());
    if (facts.enrolled) {
        line(QStringLiteral("Server"), s->serverUrl());
        line(QStringLiteral("Unit"), QStringLiteral("%1 (%2)").arg(s->unitCode(), s->unitName()));
    } else if (!facts.enrollmentCode.isEmpty()) {
        line(QStringLiteral("Server"),
             QStringLiteral("not enrolled; code %1 waits for a connection or a bundle").arg(facts.enrollmentCode));
    } else {
        line(QStringLiteral("Server"), QStringLiteral("not enrolled"));
    }
    line(QStringLiteral("State"), stateSentence(s->state()));
    line(QStringLiteral("Records"),
         QStringLiteral("%1 in all: %2 synced, %3 pending, %4 quarantined")
             .arg(facts.lastSeq)
             .arg(s->syncedCount())
             .arg(s->pendingCount())
             .arg(s->quarantinedCount()));
    line(QStringLiteral("Last sync"), when(s->lastSuccess()));
    line(QStringLiteral("Last error"),
         s->lastError() == SyncError::None ? QStringLiteral("none")
                                           : SyncFailure{s->lastError(), s->lastErrorDetail()}.sentence());
    const ServerSettings &settings = facts.settings;
    line(QStringLiteral("Settings"),
         settings.isEmpty()
             ? QStringLiteral("none received yet")
             : QStringLiteral("version %1, received %2").arg(settings.version).arg(when(settings.receivedAt)));
    const QList<Outbox::Entry> &quarantined = facts.quarantined;
    if (!quarantined.isEmpty()) {
        t += QStringLiteral("\nQuarantined records (kept; not sent again until re-queued):\n");
        for (const Outbox::Entry &e : quarantined)
            t += QStringLiteral("  seq %1  %2  %3  %4\n").arg(e.seq).arg(e.id, e.reason, e.detail);
    }
    return t;
}

StoreResult<QJsonObject> statusJson(const LocalStore &store, SyncEngine &engine)
{
    const StoreResult<Facts> read = readFacts(store, engine);
    if (!read.ok())
        return read.error();
    const Facts &facts = *read;
    const SyncStatus *s = engine.status();
    QJsonArray quarantined;
    for (const Outbox::Entry &e : facts.quarantined) {
        quarantined.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                       {QStringLiteral("id"), e.id},
                                       {QStringLiteral("reason"), e.reason},
                                       {QStringLiteral("detail"), e.detail},
                                       {QStringLiteral("since"), timeOrEmpty(e.updatedAt)}});
    }
    QJsonObject error;
    if (s->lastError() != SyncError::None) {
        error = QJsonObject{{QStringLiteral("code"), errorName(s->lastError())},
                            {QStringLiteral("message"), s->lastErrorMessage()},
                            {QStringLiteral("detail"), s->lastErrorDetail()}};
    }
    return QJsonObject{
        {QStringLiteral("device_id"), store.deviceId()},
        {QStringLiteral("state"), SyncStatus::stateName(s->state())},
        {QStringLiteral("server"), s->serverUrl()},
        {QStringLiteral("unit"),
         QJsonObject{{QStringLiteral("code"), s->unitCode()}, {QStringLiteral("name"), s->unitName()}}},
        {QStringLiteral("enrolled_at"), timeOrEmpty(facts.enrolledAt)},
        {QStringLiteral("records"),
         QJsonObject{{QStringLiteral("pending"), s->pendingCount()},
                     {QStringLiteral("synced"), s->syncedCount()},
                     {QStringLiteral("quarantined"), s->quarantinedCount()},
                     {QStringLiteral("last_seq"), facts.lastSeq}}},
        {QStringLiteral("last_success"), timeOrEmpty(s->lastSuccess())},
        {QStringLiteral("last_error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
        {QStringLiteral("settings_version"), s->settingsVersion()},
        {QStringLiteral("quarantined"), quarantined},
    };
}

} // namespace suara::cli
