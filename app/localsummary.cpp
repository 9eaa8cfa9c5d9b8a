#include "localsummary.h"

#include "clock.h"
#include "domain/catalog.h"
#include "languagemanager.h"
#include "store/localstore.h"

#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcSummary, "suara.app.summary")

namespace suara {

LocalSummary::LocalSummary(LocalStore *store, const Catalog *catalog, LanguageManager *language, Clock *clock,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_language(language)
    , m_clock(clock)
    , m_shownDay(clock->now().date())
    , m_report(m_tally.ikm())
{
    connect(m_language, &LanguageManager::languageChanged, this, [this] {
        relabel();
        emit changed();
    });
    relabel();
    connect(&m_watcher, &QFutureWatcher<SummaryRead>::finished, this, &LocalSummary::onRead);
    connect(m_clock, &Clock::ticked, this, &LocalSummary::onTick);
}

LocalSummary::~LocalSummary()
{
    // The worker holds only copies (a path, a time), but its connection must close before the store's
    // files can go away with whoever owns them.
    m_watcher.waitForFinished();
}

int LocalSummary::today() const
{
    // The tally counts days in its own offset, which covers() keeps equal to the clock's.
    return m_tally.visitsSince(m_clock->now().date());
}

void LocalSummary::refresh()
{
    if (m_watcher.isRunning()) {
        m_readAgain = true;
        return;
    }
    startRead();
}

void LocalSummary::startRead()
{
    m_readAgain = false;
    m_savedDuringRead.clear();
    const QString path = m_store->path();
    const QDateTime now = m_clock->now();
    m_watcher.setFuture(QtConcurrent::run([path, now] { return readSummary(path, now); }));
}

void LocalSummary::onRead()
{
    SummaryRead read = m_watcher.result();
    if (!read.error.ok()) {
        // The numbers shown stay those of the last read that worked (or none): never zeros for a failed read.
        qCWarning(lcSummary) << "the summary could not be read:" << read.error.message;
        m_savedDuringRead.clear();
        emit refreshed(false);
        if (m_readAgain)
            startRead();
        return;
    }
    for (const Record &r : std::as_const(m_savedDuringRead)) {
        if (r.seq > read.snapshotSeq)
            read.tally.fold(r);
    }
    m_savedDuringRead.clear();
    m_tally = std::move(read.tally);
    m_ready = true;
    publish();
    emit refreshed(true);
    // A quarter that turned while the read ran, or a refresh asked for meanwhile: once more.
    if (m_readAgain || !m_tally.covers(m_clock->now()))
        startRead();
}

void LocalSummary::fold(const QList<Record> &records)
{
    if (m_watcher.isRunning())
        m_savedDuringRead.append(records);
    if (!m_ready) {
        // The read under way will count them; after a failed first read, try again now.
        if (!m_watcher.isRunning())
            refresh();
        return;
    }
    if (!m_tally.covers(m_clock->now())) {
        // A new quarter (or a new UTC offset): its numbers come from the store, off this thread.
        refresh();
        return;
    }
    for (const Record &r : records)
        m_tally.fold(r);
    publish();
}

void LocalSummary::onTick()
{
    const QDateTime now = m_clock->now();
    if (now.date() == m_shownDay)
        return;
    m_shownDay = now.date();
    if (m_ready && !m_tally.covers(now))
        refresh();
    emit changed(); // "today" is another day
}

void LocalSummary::publish()
{
    m_report = m_tally.ikm();
    relabel();
    emit changed();
}

void LocalSummary::relabel()
{
    QList<UnsurRow> rows;
    for (const scoring::UnsurResult &u : m_report.unsur)
        rows.append({u.key, unsurLabel(u.key), u.answered, u.nrr.value_or(0),
                     u.category ? scoring::categoryLetter(*u.category) : QString()});
    m_unsur.setRows(rows);
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

QStringList LocalSummary::missing() const
{
    QStringList out;
    for (const QString &key : m_report.missing)
        out.append(unsurLabel(key));
    return out;
}

} // namespace suara
