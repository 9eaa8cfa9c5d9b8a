#include "localsummary.h"

#include "clock.h"
#include "domain/catalog.h"
#include "languagemanager.h"
#include "scoring/ikm.h"
#include "store/localstore.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSummary, "suara.app.summary")

namespace suara {

namespace {
QDateTime startOfQuarter(const QDate &today)
{
    const int firstMonth = ((today.month() - 1) / 3) * 3 + 1;
    return QDate(today.year(), firstMonth, 1).startOfDay();
}
} // namespace

LocalSummary::LocalSummary(LocalStore *store, const Catalog *catalog, LanguageManager *language, Clock *clock,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_language(language)
    , m_clock(clock)
{
    connect(m_language, &LanguageManager::languageChanged, this, &LocalSummary::changed);
}

void LocalSummary::refresh()
{
    if (!m_store->isOpen())
        return;
    const QDateTime now = m_clock->now();
    const QDate today = now.date();
    // Midnight where the kiosk is: a report's time is coarsened to exactly this moment.
    const QDateTime todayStart(today, QTime(0, 0), Qt::OffsetFromUTC, now.offsetFromUtc());
    const StoreResult<QList<Record>> read = m_store->recordsCapturedSince(startOfQuarter(today));
    const StoreResult<qint64> lastSeq = m_store->lastSeq();
    if (StoreError err = firstError(read, lastSeq); !err.ok()) {
        // The numbers shown stay those of the last read that worked; never zeros for a failed read.
        qCWarning(lcSummary) << "the summary could not be read:" << err.message;
        return;
    }
    const QList<Record> &quarter = *read;

    m_today = m_quarter = m_flagged = m_gratificationReports = 0;
    for (const Record &r : quarter) {
        if (r.type != RecordType::GratificationAck)
            continue;
        const QJsonObject body = r.json(); // parsed once per record
        const QJsonObject data = body.value(QLatin1String("data")).toObject();
        if (data.value(QLatin1String("statement")).toString() == QLatin1String("reward_requested"))
            ++m_gratificationReports;
        ++m_quarter;
        const QDateTime captured =
            QDateTime::fromString(body.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        if (captured >= todayStart)
            ++m_today;
        if (body.value(QLatin1String("flags")).toArray().contains(flags::kSuspectedMisuse))
            ++m_flagged;
    }
    m_total = int(*lastSeq);

    m_report = scoring::computeIkm(quarter, QStringLiteral("skm"));
    m_hasIkm = m_report.hasIkm();
    m_ikm = m_report.ikmRounded().value_or(0);
    emit changed();
}

QString LocalSummary::category() const
{
    return m_report.category ? scoring::categoryLetter(*m_report.category) : QString();
}

QString LocalSummary::categoryLabel() const
{
    return m_report.category ? scoring::categoryLabel(*m_report.category).text(m_language->language()) : QString();
}

QString LocalSummary::unsurLabel(const QString &key) const
{
    const auto skm = m_catalog->questionnaire(QStringLiteral("skm"));
    const Item *item = skm ? skm->item(key) : nullptr;
    return item ? item->label.text(m_language->language()) : key;
}

QVariantList LocalSummary::unsur() const
{
    QVariantList out;
    for (const scoring::UnsurResult &u : m_report.unsur)
        out.append(QVariantMap{{QStringLiteral("key"), u.key},
                               {QStringLiteral("label"), unsurLabel(u.key)},
                               {QStringLiteral("n"), u.answered},
                               {QStringLiteral("nrr"), u.nrr.value_or(0)},
                               {QStringLiteral("category"), u.category ? scoring::categoryLetter(*u.category) : QString()}});
    return out;
}

QStringList LocalSummary::missing() const
{
    QStringList out;
    for (const QString &key : m_report.missing)
        out.append(unsurLabel(key));
    return out;
}

} // namespace suara
