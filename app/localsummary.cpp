#include "localsummary.h"

#include "domain/catalog.h"
#include "languagemanager.h"
#include "scoring/ikm.h"
#include "store/localstore.h"

namespace suara {

namespace {
QDateTime startOfQuarter(const QDate &today)
{
    const int firstMonth = ((today.month() - 1) / 3) * 3 + 1;
    return QDate(today.year(), firstMonth, 1).startOfDay();
}
} // namespace

LocalSummary::LocalSummary(LocalStore *store, const Catalog *catalog, LanguageManager *language, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_language(language)
{
    connect(m_language, &LanguageManager::languageChanged, this, &LocalSummary::refresh);
}

void LocalSummary::refresh()
{
    if (!m_store->isOpen())
        return;
    const QDate today = QDate::currentDate();
    const QDateTime todayStart = today.startOfDay();
    const QList<Record> quarter = m_store->recordsCapturedSince(startOfQuarter(today));

    m_today = m_quarter = m_flagged = m_gratificationReports = 0;
    for (const Record &r : quarter) {
        if (r.type == RecordType::GratificationAck) {
            if (r.data().value(QLatin1String("statement")).toString() == QLatin1String("reward_requested"))
                ++m_gratificationReports;
            continue;
        }
        if (r.type != RecordType::Response)
            continue;
        ++m_quarter;
        if (r.capturedUtc().toLocalTime() >= todayStart)
            ++m_today;
        if (r.isSuspectedMisuse())
            ++m_flagged;
    }
    m_total = int(m_store->lastSeq());

    const scoring::IkmReport report = scoring::computeIkm(quarter, QStringLiteral("skm"));
    const QString lang = m_language->language();
    const auto skm = m_catalog->questionnaire(QStringLiteral("skm"));
    m_hasIkm = report.hasIkm();
    m_ikm = report.ikmRounded().value_or(0);
    m_category = report.category ? scoring::categoryLetter(*report.category) : QString();
    m_categoryLabel = report.category ? scoring::categoryLabel(*report.category).text(lang) : QString();
    m_unsur.clear();
    m_missing.clear();
    for (const scoring::UnsurResult &u : report.unsur) {
        const Item *item = skm ? skm->item(u.key) : nullptr;
        const QString label = item ? item->label.text(lang) : u.key;
        m_unsur.append(QVariantMap{{QStringLiteral("key"), u.key},
                                   {QStringLiteral("label"), label},
                                   {QStringLiteral("n"), u.answered},
                                   {QStringLiteral("nrr"), u.nrr.value_or(0)},
                                   {QStringLiteral("category"),
                                    u.category ? scoring::categoryLetter(*u.category) : QString()}});
        if (report.missing.contains(u.key))
            m_missing.append(label);
    }
    emit changed();
}

} // namespace suara
