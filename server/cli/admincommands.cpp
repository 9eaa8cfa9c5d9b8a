// The admin subcommands: the same services as the HTTP API, for the person at the server's console.
#include "commands.h"

#include "protocol/protocol.h"
#include "protocol/pushbatch.h"
#include "protocol/wiretime.h"
#include "qrpng.h"
#include "service/alerts.h"
#include "service/bundleimport.h"
#include "service/devices.h"
#include "service/enrollmentcodes.h"
#include "service/recoverycodes.h"
#include "service/failure.h"
#include "service/units.h"
#include "service/users.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace suara::server::cli {

using protocol::ErrorCode;

namespace {
void out(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

} // namespace

QString required(const Options &options, const QString &name)
{
    const QString v = options.value(name).trimmed();
    if (v.isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("--%1 is required").arg(name), name);
    return v;
}

QString readPassword(const char *prompt)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fputs(prompt, stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return line;
}

namespace {
QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '), false);
}

int createUnit(const Options &o, Sql &sql)
{
    const QString code = required(o, QStringLiteral("code"));
    if (o.has(QStringLiteral("exists-ok")) && units::find(sql, code)) {
        out(QStringLiteral("unit %1 exists").arg(code)); // scripts may run this on every start
        return kOk;
    }
    const QString parent = o.value(QStringLiteral("parent")).trimmed();
    units::create(sql, code, required(o, QStringLiteral("name")), o.value(QStringLiteral("complaint-contact")), parent);
    out(parent.isEmpty() ? QStringLiteral("unit %1 created").arg(code)
                         : QStringLiteral("unit %1 created under %2").arg(code, parent));
    return kOk;
}

int createUser(const Options &o, Sql &sql)
{
    const QString username = required(o, QStringLiteral("username"));
    const std::optional<users::Role> role = users::roleFromName(o.value(QStringLiteral("role")));
    if (!role)
        fail(ErrorCode::InvalidField, QStringLiteral("--role must be national_admin, unit_admin, upg or viewer"),
             QStringLiteral("role"));
    const QString password = o.has(QStringLiteral("password")) ? o.value(QStringLiteral("password")) : readPassword();
    users::create(sql, username, *role, o.value(QStringLiteral("unit")).trimmed(), password);
    out(QStringLiteral("user %1 (%2) created").arg(username, users::roleName(*role)));
    return kOk;
}

int enrollmentCode(const Options &o, Sql &sql)
{
    QString error;
    const std::optional<qint64> hours = o.integer(QStringLiteral("expires-hours"), 72, 1, 24 * 90, &error);
    if (!hours)
        fail(ErrorCode::InvalidField, error, QStringLiteral("expires-hours"));
    const enrollmentcodes::Issued issued =
        enrollmentcodes::issue(sql, required(o, QStringLiteral("unit")), int(*hours));
    out(issued.code);
    out(QStringLiteral("unit: %1 (%2)").arg(issued.unitCode, issued.unitName));
    out(QStringLiteral("expires: %1 (%2 h); one device only").arg(protocol::formatTime(issued.expiresAt)).arg(*hours));
    if (o.has(QStringLiteral("qr"))) {
        if (!writeQrPng(issued.code, o.value(QStringLiteral("qr")), &error))
            fail(ErrorCode::Internal, error);
        out(QStringLiteral("qr: %1").arg(o.value(QStringLiteral("qr"))));
    }
    return kOk;
}

int revokeDevice(const Options &o, Sql &sql)
{
    const QString id = required(o, QStringLiteral("device"));
    devices::revoke(sql, id);
    out(QStringLiteral("device %1 revoked: its token stops working now; its stored records stay").arg(id));
    return kOk;
}

// The admin recovery code of an enrolled device, for an admin who forgot the kiosk's PIN.
int recoveryCode(const Options &o, Sql &sql)
{
    if (o.positional().size() != 1)
        fail(ErrorCode::InvalidField, QStringLiteral("recovery-code takes exactly one DEVICE_ID"));
    const QString id = o.positional().first();
    const std::optional<devices::Device> device = devices::find(sql, id);
    if (!device)
        fail(ErrorCode::NotFound, QStringLiteral("no device %1 is enrolled (see `suara-server devices`)").arg(id));
    out(recoverycodes::codeFor(device->id));
    return kOk;
}

int listDevices(const Options &o, Sql &sql)
{
    const QList<devices::Summary> all = devices::list(sql, o.value(QStringLiteral("unit")));
    if (o.has(QStringLiteral("json"))) {
        QJsonArray a;
        for (const devices::Summary &d : all)
            a.append(devices::toJson(d));
        out(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)).trimmed());
        return kOk;
    }
    out(pad(QStringLiteral("DEVICE"), 38) + pad(QStringLiteral("UNIT"), 12) + pad(QStringLiteral("LABEL"), 20)
        + pad(QStringLiteral("LAST SYNC"), 26) + pad(QStringLiteral("LAST SEQ"), 10) + pad(QStringLiteral("RECORDS"), 9)
        + pad(QStringLiteral("REVOKED"), 9) + QStringLiteral("OPEN ALERTS"));
    for (const devices::Summary &d : all) {
        out(pad(d.id, 37) + QLatin1Char(' ') + pad(d.unitCode, 11) + QLatin1Char(' ') + pad(d.label.left(19), 20)
            + pad(d.lastSync.isEmpty() ? QStringLiteral("never") : d.lastSync, 26) + pad(QString::number(d.lastSeq), 10)
            + pad(QString::number(d.records), 9)
            + pad(d.revokedAt.isEmpty() ? QStringLiteral("no") : QStringLiteral("yes"), 9)
            + QString::number(d.openAlerts));
    }
    return kOk;
}

int listAlerts(const Options &o, Sql &sql)
{
    alerts::Filter filter;
    filter.unitCode = o.value(QStringLiteral("unit"));
    filter.deviceId = o.value(QStringLiteral("device"));
    filter.openOnly = o.has(QStringLiteral("open"));
    const QList<alerts::Row> rows = alerts::list(sql, filter);
    if (o.has(QStringLiteral("json"))) {
        QJsonArray a;
        for (const alerts::Row &r : rows)
            a.append(r.toJson());
        out(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)).trimmed());
        return kOk;
    }
    for (const alerts::Row &r : rows) {
        const QString range =
            r.firstSeq ? QStringLiteral(" seq %1-%2").arg(*r.firstSeq).arg(r.lastSeq.value_or(*r.firstSeq)) : QString();
        out(QStringLiteral("#%1 %2 %3 device %4%5 raised %6%7")
                .arg(r.id)
                .arg(r.resolvedAt.isEmpty() ? QStringLiteral("OPEN    ") : QStringLiteral("resolved"), pad(r.kind, 15),
                     r.deviceId, range, r.raisedAt,
                     r.resolvedAt.isEmpty() ? QString() : QStringLiteral(", resolved ") + r.resolvedAt));
    }
    if (rows.isEmpty())
        out(QStringLiteral("no alerts"));
    return kOk;
}

int importBundle(const Options &o, Sql &sql)
{
    if (o.positional().size() != 1)
        fail(ErrorCode::InvalidField, QStringLiteral("import-bundle takes exactly one FILE"));
    QFile file(o.positional().first());
    if (!file.open(QIODevice::ReadOnly))
        fail(ErrorCode::NotFound, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    if (file.size() > protocol::kMaxBundleDecompressedBytes)
        fail(ErrorCode::PayloadTooLarge, QStringLiteral("%1 is too large to be a bundle").arg(file.fileName()));
    const bundleimport::Outcome outcome = bundleimport::run(sql, file.readAll(), protocol::kMaxBundleDecompressedBytes,
                                                            [](const QString &) { return true; });
    if (o.has(QStringLiteral("json"))) {
        const QJsonObject j{{QStringLiteral("device_id"), outcome.deviceId},
                            {QStringLiteral("results"), protocol::resultsToJson(outcome.results)}};
        out(QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Compact)));
        return kOk;
    }
    QMap<QString, int> counts;
    for (const protocol::RecordResult &r : outcome.results) {
        counts[protocol::recordStatusName(r.status)]++;
        if (!r.isStored())
            out(QStringLiteral("  seq %1 (%2): %3 %4")
                    .arg(r.seq)
                    .arg(r.id, protocol::recordStatusName(r.status), r.reason));
    }
    out(QStringLiteral("bundle of device %1 (unit %2)%3: %4 accepted, %5 duplicate, %6 conflict, %7 rejected")
            .arg(outcome.deviceId, outcome.unitCode, outcome.enrolled ? QStringLiteral(", enrolled now") : QString())
            .arg(counts.value(QStringLiteral("accepted")))
            .arg(counts.value(QStringLiteral("duplicate")))
            .arg(counts.value(QStringLiteral("conflict")))
            .arg(counts.value(QStringLiteral("rejected"))));
    return kOk;
}

int unitSettings(const Options &o, Sql &sql)
{
    const QString code = required(o, QStringLiteral("unit"));
    const units::Unit unit = units::get(sql, code);
    protocol::SettingsUpdate update;
    update.unitName = o.has(QStringLiteral("name")) ? o.value(QStringLiteral("name")) : unit.name;
    update.complaintContact = o.value(QStringLiteral("complaint-contact"), unit.complaintContact);
    update.kiosk = unit.kiosk;
    update.questionnaires = unit.questionnaires;
    update.services = unit.services;
    bool changed = o.has(QStringLiteral("name")) || o.has(QStringLiteral("complaint-contact"));
    QString error;
    auto number = [&](const char *name, int *target, qint64 min, qint64 max) {
        const QString key = QString::fromLatin1(name);
        const std::optional<qint64> v = o.integer(key, *target, min, max, &error);
        if (!v)
            fail(ErrorCode::InvalidField, error, key);
        changed |= o.has(key);
        *target = int(*v);
    };
    if (o.has(QStringLiteral("questionnaires"))) {
        update.kiosk.questionnaires =
            o.value(QStringLiteral("questionnaires")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &q : update.kiosk.questionnaires)
            q = q.trimmed();
        if (update.kiosk.questionnaires.isEmpty())
            fail(ErrorCode::InvalidField, QStringLiteral("--questionnaires needs at least one id"),
                 QStringLiteral("questionnaires"));
        changed = true;
    }
    number("zi-scale", &update.kiosk.ziScalePoints, 4, 6);
    if (update.kiosk.ziScalePoints == 5)
        fail(ErrorCode::InvalidField, QStringLiteral("--zi-scale must be 4 or 6"), QStringLiteral("zi-scale"));
    number("idle-timeout", &update.kiosk.idleTimeout, 10, 600);
    number("cooldown", &update.kiosk.cooldown, 0, 300);
    number("thank-you", &update.kiosk.thankYouSeconds, 3, 60);
    if (o.has(QStringLiteral("default-language"))) {
        const QString lang = o.value(QStringLiteral("default-language"));
        if (lang != QLatin1String("id") && lang != QLatin1String("en"))
            fail(ErrorCode::InvalidField, QStringLiteral("--default-language must be id or en"),
                 QStringLiteral("default-language"));
        update.kiosk.defaultLanguage = lang;
        changed = true;
    }
    if (o.has(QStringLiteral("ask-profile"))) {
        const QString v = o.value(QStringLiteral("ask-profile")).toLower();
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            fail(ErrorCode::InvalidField, QStringLiteral("--ask-profile must be yes or no"),
                 QStringLiteral("ask-profile"));
        update.kiosk.askProfile = v == QLatin1String("yes");
        changed = true;
    }
    if (o.has(QStringLiteral("service-profile"))) {
        update.kiosk.serviceProfile = o.value(QStringLiteral("service-profile"));
        changed = true;
    }
    changed |= applyFieldOptions(o, &update);
    if (changed) {
        Transaction tx(sql);
        units::updateSettings(sql, code, update);
        tx.commit();
    }
    const units::Unit now = units::get(sql, code);
    if (o.has(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(units::settingsDocument(now).toJson()).toJson(QJsonDocument::Indented))
                .trimmed());
        return kOk;
    }
    const protocol::KioskConfig &k = now.kiosk;
    out(QStringLiteral("%1 settings of %2 (%3), version %4")
            .arg(changed ? QStringLiteral("changed") : QStringLiteral("current"), now.code, now.name)
            .arg(now.settingsVersion));
    out(QStringLiteral("  questionnaires: %1; zi scale: %2 points; service profile: %3")
            .arg(k.questionnaires.join(QLatin1Char(',')))
            .arg(k.ziScalePoints)
            .arg(k.serviceProfile.isEmpty() ? QStringLiteral("(device default)") : k.serviceProfile));
    out(QStringLiteral("  idle timeout: %1 s; cooldown: %2 s; thank-you: %3 s; language: %4; ask profile: %5")
            .arg(k.idleTimeout)
            .arg(k.cooldown)
            .arg(k.thankYouSeconds)
            .arg(k.defaultLanguage, k.askProfile ? QStringLiteral("yes") : QStringLiteral("no")));
    out(QStringLiteral("  complaint contact: %1")
            .arg(now.complaintContact.isEmpty() ? QStringLiteral("(none)") : now.complaintContact));
    out(QStringLiteral("  device mode: %1; officer lock: %2 min; offline warning: %3 days; location: %4; regions: %5")
            .arg(deviceModeName(k.deviceMode))
            .arg(k.officerLockMinutes)
            .arg(k.offlineWarningDays)
            .arg(k.allowLocation ? QStringLiteral("allowed") : QStringLiteral("never"),
                 now.regionPrefixes.isEmpty() ? QStringLiteral("(none)") : now.regionPrefixes.join(QLatin1Char(','))));
    return kOk;
}
} // namespace

int adminCommand(const QString &command, const Options &options, Database &database)
{
    try {
        Sql sql = database.sql();
        if (command == QLatin1String("create-unit"))
            return createUnit(options, sql);
        if (command == QLatin1String("create-user"))
            return createUser(options, sql);
        if (command == QLatin1String("enrollment-code"))
            return enrollmentCode(options, sql);
        if (command == QLatin1String("revoke-device"))
            return revokeDevice(options, sql);
        if (command == QLatin1String("recovery-code"))
            return recoveryCode(options, sql);
        if (command == QLatin1String("devices"))
            return listDevices(options, sql);
        if (command == QLatin1String("alerts"))
            return listAlerts(options, sql);
        if (command == QLatin1String("import-bundle"))
            return importBundle(options, sql);
        if (command == QLatin1String("unit-settings"))
            return unitSettings(options, sql);
        if (command == QLatin1String("move-unit"))
            return moveUnit(options, sql);
        if (command == QLatin1String("units"))
            return listUnits(options, sql);
        if (command == QLatin1String("seed-demo"))
            return seedDemo(options, sql);
        if (command == QLatin1String("holidays-import"))
            return importHolidays(options, sql);
        if (command == QLatin1String("holidays"))
            return printHolidays(options, sql);
        if (command == QLatin1String("regions-import"))
            return importRegions(options, sql);
        if (command == QLatin1String("officer-add"))
            return addOfficer(options, sql);
        if (command == QLatin1String("officers"))
            return listOfficers(options, sql);
        if (command == QLatin1String("officer-remove"))
            return removeOfficer(options, sql);
        std::fprintf(stderr, "suara-server: unknown command %s\n", qPrintable(command));
        return kUsage;
    } catch (const ApiFailure &f) {
        std::fprintf(stderr, "suara-server %s: %s (%s)\n", qPrintable(command), qPrintable(f.error.message),
                     qPrintable(protocol::errorCodeName(f.error.code)));
        return f.error.code == ErrorCode::InvalidField && f.error.message.startsWith(QLatin1String("--")) ? kUsage
                                                                                                          : kFailed;
    } catch (const DbFailure &f) {
        std::fprintf(stderr, "suara-server %s: database error: %s\n", qPrintable(command), qPrintable(f.error.text()));
        return kFailed;
    }
}

} // namespace suara::server::cli
