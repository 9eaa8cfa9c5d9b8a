#pragma once

#include "adminmodels.h"
#include "scoring/ikm.h"
#include "summarytally.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

namespace suara {

class Catalog;
class Clock;
class LanguageManager;
class LocalStore;

// The admin's view of what this device has collected: visitors today and this quarter, and the IKM
// so far, computed by the same core code the server uses. Misuse-flagged responses are left out.
// A visitor is one visit, however many forms (SKM, SPKP, SPAK) it filled: each visit ends with exactly
// one gratification statement, so visits are counted by those.
//
// The numbers are kept, not re-read: each saved visit is folded into a SummaryTally on the GUI thread
// (a cost that does not grow with the quarter), and the quarter is read from the store only at start,
// on refresh() and when the quarter or the UTC offset changes, on a worker thread with its own
// read-only connection, its result arriving queued.
class LocalSummary : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(int today READ today NOTIFY changed)
    Q_PROPERTY(int quarter READ quarter NOTIFY changed)
    Q_PROPERTY(int total READ total NOTIFY changed)
    Q_PROPERTY(int flagged READ flagged NOTIFY changed)
    Q_PROPERTY(int gratificationReports READ gratificationReports NOTIFY changed)
    Q_PROPERTY(bool hasIkm READ hasIkm NOTIFY changed)
    Q_PROPERTY(double ikm READ ikm NOTIFY changed)
    Q_PROPERTY(QString category READ category NOTIFY changed)
    Q_PROPERTY(QString categoryLabel READ categoryLabel NOTIFY changed)
    Q_PROPERTY(suara::UnsurModel *unsur READ unsur CONSTANT)
    Q_PROPERTY(QStringList missing READ missing NOTIFY changed)

public:
    LocalSummary(LocalStore *store, const Catalog *catalog, LanguageManager *language, Clock *clock,
                 QObject *parent = nullptr);
    ~LocalSummary() override;

    // False until the first read of the quarter has worked: the numbers are then not known, not zero.
    [[nodiscard]] bool ready() const { return m_ready; }
    [[nodiscard]] int today() const;
    [[nodiscard]] int quarter() const { return m_tally.visits(); }
    [[nodiscard]] int total() const { return int(m_tally.lastSeq()); }
    [[nodiscard]] int flagged() const { return m_tally.flaggedVisits(); }
    [[nodiscard]] int gratificationReports() const { return m_tally.gratificationReports(); }
    [[nodiscard]] bool hasIkm() const { return m_report.hasIkm(); }
    [[nodiscard]] double ikm() const { return m_report.ikmRounded().value_or(0); }
    [[nodiscard]] QString category() const;
    [[nodiscard]] QString categoryLabel() const;
    [[nodiscard]] UnsurModel *unsur() { return &m_unsur; }
    [[nodiscard]] QStringList missing() const;
    [[nodiscard]] const scoring::IkmReport &report() const { return m_report; }
    [[nodiscard]] bool reading() const { return m_watcher.isRunning(); }

    // Reads the quarter again on a worker thread; `refreshed` follows. A refresh asked for while one
    // runs is done once more after it, so no request is lost.
    Q_INVOKABLE void refresh();
    // The records of a visit that has just been committed.
    void fold(const QList<Record> &records);

signals:
    void changed();
    // A read of the quarter finished (`ready` tells whether one has ever worked).
    void refreshed(bool ok);

private:
    void startRead();
    void onRead();
    void onTick();
    void publish();
    void relabel();
    [[nodiscard]] QString unsurLabel(const QString &key) const;

    LocalStore *m_store;
    const Catalog *m_catalog;
    LanguageManager *m_language;
    Clock *m_clock;
    bool m_ready = false;
    bool m_readAgain = false;
    QDate m_shownDay;
    SummaryTally m_tally;
    // Records saved while a read runs, folded into its result where it did not see them. Bounded by the
    // visits of one read (a few seconds), and emptied when it arrives.
    QList<Record> m_savedDuringRead;
    QFutureWatcher<SummaryRead> m_watcher;
    // The report of the tally; labels are looked up in the current language when asked for, so a
    // language switch relabels without reading the store again.
    scoring::IkmReport m_report;
    UnsurModel m_unsur;
};

} // namespace suara
