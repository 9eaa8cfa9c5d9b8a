// Field mode at the console: the national admin imports the Kemendagri region list, the unit admin keeps
// the unit's officers and names the regions of its area (unit-settings --regions).
#include "commands.h"

#include "service/failure.h"
#include "service/officers.h"
#include "service/regions.h"
#include "service/units.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace suara::server::cli {

using protocol::ErrorCode;

namespace {
void print(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
}

bool yesNo(const Options &o, const QString &name)
{
    const QString v = o.value(name).toLower();
    if (v != QLatin1String("yes") && v != QLatin1String("no"))
        fail(ErrorCode::InvalidField, QStringLiteral("--%1 must be yes or no").arg(name), name);
    return v == QLatin1String("yes");
}
} // namespace

bool applyFieldOptions(const Options &o, protocol::SettingsUpdate *update)
{
    protocol::KioskConfig &k = update->kiosk;
    bool changed = false;
    if (o.has(QStringLiteral("device-mode"))) {
        const std::optional<DeviceMode> mode = deviceModeFromName(o.value(QStringLiteral("device-mode")));
        if (!mode)
            fail(ErrorCode::InvalidField, QStringLiteral("--device-mode must be kiosk or field"),
                 QStringLiteral("device-mode"));
        k.deviceMode = *mode;
        changed = true;
    }
    QString error;
    auto number = [&](const QString &name, int *target, const IntRange &range) {
        const std::optional<qint64> v = o.integer(name, *target, range.min, range.max, &error);
        if (!v)
            fail(ErrorCode::InvalidField, error, name);
        changed |= o.has(name);
        *target = int(*v);
    };
    number(QStringLiteral("officer-lock"), &k.officerLockMinutes, configrange::kOfficerLockMinutes);
    number(QStringLiteral("offline-warning"), &k.offlineWarningDays, configrange::kOfflineWarningDays);
    if (o.has(QStringLiteral("allow-location"))) {
        k.allowLocation = yesNo(o, QStringLiteral("allow-location"));
        changed = true;
    }
    if (o.has(QStringLiteral("regions"))) {
        QStringList prefixes;
        for (const QString &p : o.value(QStringLiteral("regions")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (fieldformat::regionLevel(p.trimmed()) == 0)
                fail(ErrorCode::InvalidField,
                     QStringLiteral("--regions: \"%1\" is not a Kemendagri code such as 34.04.07").arg(p.trimmed()),
                     QStringLiteral("regions"));
            prefixes.append(p.trimmed());
        }
        update->regionPrefixes = prefixes;
        changed = true;
    }
    return changed;
}

int importRegions(const Options &o, Sql &sql)
{
    if (o.positional().size() != 1)
        fail(ErrorCode::InvalidField, QStringLiteral("regions-import needs one CSV file: regions-import FILE.csv"));
    const QString path = o.positional().first();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(ErrorCode::InvalidField, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    const int n = regions::importCsv(sql, QString::fromUtf8(f.readAll()), path);
    print(QStringLiteral("%1 regions imported from %2").arg(n).arg(path));
    return kOk;
}

int addOfficer(const Options &o, Sql &sql)
{
    officers::NewOfficer officer;
    const QString unit = required(o, QStringLiteral("unit"));
    officer.id = required(o, QStringLiteral("id"));
    officer.name = required(o, QStringLiteral("name"));
    officer.position = required(o, QStringLiteral("position"));
    officer.nip = o.value(QStringLiteral("nip")).trimmed();
    officer.pin = o.has(QStringLiteral("pin")) ? o.value(QStringLiteral("pin")) : readPassword("officer PIN: ");
    Transaction tx(sql);
    officers::add(sql, unit, officer, QStringLiteral("cli"));
    tx.commit();
    print(QStringLiteral("officer %1 (%2) added to %3; the unit's devices get them with their next settings")
              .arg(officer.id, officer.name.trimmed(), unit));
    return kOk;
}

int listOfficers(const Options &o, Sql &sql)
{
    const QString unit = required(o, QStringLiteral("unit"));
    (void)units::get(sql, unit);
    const QList<OfficerEntry> list = officers::list(sql, unit);
    if (o.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const OfficerEntry &e : list)
            out.append(officers::toJson(e));
        print(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed());
        return kOk;
    }
    if (list.isEmpty())
        print(QStringLiteral("%1 has no officers").arg(unit));
    for (const OfficerEntry &e : list)
        print(QStringLiteral("%1  %2  %3  %4")
                  .arg(e.id, e.name, e.nip.isEmpty() ? QStringLiteral("-") : e.nip, e.position));
    return kOk;
}

int removeOfficer(const Options &o, Sql &sql)
{
    const QString unit = required(o, QStringLiteral("unit"));
    const QString id = required(o, QStringLiteral("id"));
    Transaction tx(sql);
    officers::remove(sql, unit, id, QStringLiteral("cli"));
    tx.commit();
    print(QStringLiteral("officer %1 removed from %2; their records keep naming them").arg(id, unit));
    return kOk;
}

} // namespace suara::server::cli
