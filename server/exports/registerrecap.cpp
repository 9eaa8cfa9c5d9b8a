#include "registerrecap.h"

#include "service/failure.h"
#include "service/holidays.h"

namespace suara::server::exports {

namespace {
struct Label
{
    const char *key, *id, *en;
};

const Label kStatuses[] = {{"received", "Diterima", "Received"},
                           {"verifying", "Sedang diverifikasi", "Being verified"},
                           {"forwarded", "Diteruskan ke KPK", "Forwarded to KPK"},
                           {"decided", "Sudah ditetapkan KPK", "Decided by KPK"},
                           {"closed", "Ditutup", "Closed"}};
const Label kKinds[] = {
    {"refusal", "Penolakan", "Refusal"},
    {"receipt", "Penerimaan", "Receipt"},
    {"request", "Permintaan kepada petugas", "Request made to the officer"},
    {"asked", "Pengunjung: petugas meminta imbalan", "Visitor: an officer asked for a reward"},
    {"offered", "Pengunjung: ditawari layanan berimbalan", "Visitor: offered faster service for a reward"}};

const Label kForms[] = {{"money", "Uang", "Money"},
                        {"goods", "Barang", "Goods"},
                        {"voucher", "Voucher", "Voucher"},
                        {"food", "Makanan / parsel", "Food / hamper"},
                        {"facility", "Fasilitas", "Facility"},
                        {"other", "Lainnya", "Other"},
                        {"favour", "Bantuan atau fasilitas", "A favour or facility"}};

QString lookup(const Label *labels, size_t n, const QString &key, Language language)
{
    for (size_t i = 0; i < n; ++i) {
        if (key == QLatin1String(labels[i].key))
            return QString::fromUtf8(language == Language::English ? labels[i].en : labels[i].id);
    }
    return key.isEmpty() ? QStringLiteral("–") : key;
}
} // namespace

namespace recap {
QString statusLabel(const QString &status, Language language)
{
    return lookup(kStatuses, std::size(kStatuses), status, language);
}

QString kindLabel(const QString &kind, Language language)
{
    return lookup(kKinds, std::size(kKinds), kind, language);
}

QString formLabel(const QString &form, Language language)
{
    return lookup(kForms, std::size(kForms), form, language);
}

QString urgencyLabel(const registry::Deadlines &d, Language language)
{
    const bool en = language == Language::English;
    if (!d.running)
        return en ? QStringLiteral("no longer running") : QStringLiteral("tidak berjalan lagi");
    switch (d.urgency) {
    case calendar::Urgency::Overdue:
        return en ? QStringLiteral("OVERDUE") : QStringLiteral("LEWAT TENGGAT");
    case calendar::Urgency::NearDue:
        return en ? QStringLiteral("due soon") : QStringLiteral("segera");
    case calendar::Urgency::OnTrack:
        break;
    }
    return en ? QStringLiteral("on track") : QStringLiteral("dalam tenggat");
}
} // namespace recap

RegisterRecap registerRecap(Sql &sql, const QString &unitCode, const QString &unitName, bool subtree,
                            const QStringList &units, const QString &month, const QDate &today)
{
    RegisterRecap r;
    r.unitCode = unitCode;
    r.unitName = unitName;
    r.subtree = subtree;
    r.today = today;
    r.from = month.size() == 7 ? QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate) : QDate();
    if (!r.from.isValid())
        fail(protocol::ErrorCode::InvalidField, QStringLiteral("month must look like 2026-11 (got \"%1\")").arg(month),
             QStringLiteral("month"));
    r.to = r.from.addMonths(1).addDays(-1);
    const calendar::HolidayCalendar cal = holidays::load(sql);
    registry::Filter inMonth;
    inMonth.units = units;
    inMonth.from = r.from;
    inMonth.to = r.to;
    for (const registry::Entry &e : registry::list(sql, inMonth))
        r.received << RecapLine{e, registry::deadlinesOf(e, today, cal)};
    registry::Filter before;
    before.units = units;
    before.to = r.from.addDays(-1);
    before.openOnly = true;
    for (const registry::Entry &e : registry::list(sql, before))
        r.carriedOver << RecapLine{e, registry::deadlinesOf(e, today, cal)};
    return r;
}

} // namespace suara::server::exports
