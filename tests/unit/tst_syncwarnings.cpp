// Long offline (issue 9 item 3, ADR 0041): how many records wait and since when, the warning after too
// many days without the server, and the warning when the store's volume runs low. The rules on their
// own, then the kiosk's Sync controller on a real store with the kiosk's clock in the test's hand.
#include "clock.h"
#include "kioskcontext.h"
#include "storagecheck.h"
#include "syncmeta.h"
#include "syncwarnings.h"
#include "outbox.h"
#include "store/evidencestore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;

namespace {
constexpr qint64 kMB = 1024 * 1024;
constexpr qint64 kGB = 1024 * kMB;
const QDateTime kNow(QDate(2026, 12, 2), QTime(10, 0), Qt::OffsetFromUTC, 7 * 3600); // WIB

RecordDraft capturedOn(const QDateTime &at)
{
    RecordDraft d;
    d.questionnaireId = QStringLiteral("skm");
    d.questionnaireVersion = 1;
    d.unitCode = QStringLiteral("LP-01");
    d.capturedAt = at;
    d.data = QJsonObject{{QStringLiteral("answers"), QJsonObject{{QStringLiteral("waktu"), 4}}}};
    return d;
}
} // namespace

class TestSyncWarnings : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<KioskContext> m_ctx;

    SyncController &sync() { return m_ctx->sync(); }

    // Records captured at these times, as the sync engine learns of a saved visit.
    void capture(const QList<QDateTime> &times)
    {
        QList<RecordDraft> drafts;
        for (const QDateTime &t : times)
            drafts.append(capturedOn(t));
        QVERIFY(m_ctx->store().append(drafts).ok());
        sync().engine()->recordsAdded();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>(kNow);
        m_ctx = std::make_unique<KioskContext>(m_dir->path(), m_clock.get());
        // Plenty of room unless a test says otherwise: the real volume of /tmp may be nearly full.
        sync().setVolumeSpaceReader([] { return VolumeSpace{true, 20 * kGB, 32 * kGB}; });
    }
    void cleanup()
    {
        m_ctx.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void theDateIsInWordsInTheVisitorsLanguage()
    {
        const QDateTime at(QDate(2026, 11, 2), QTime(9, 0), Qt::OffsetFromUTC, 7 * 3600);
        QCOMPARE(syncwarning::dateInWords(at, kNow, "id"), QStringLiteral("Senin, 2 November 2026"));
        QCOMPARE(syncwarning::dateInWords(at, kNow, "en"), QStringLiteral("Monday, 2 November 2026"));
        // Captured at 17.30 UTC on 1 November: already the 2nd on the officer's (WIB) calendar.
        const QDateTime utc(QDate(2026, 11, 1), QTime(17, 30), Qt::UTC);
        QCOMPARE(syncwarning::dateInWords(utc, kNow, "en"), QStringLiteral("Monday, 2 November 2026"));
        QCOMPARE(syncwarning::daysBetween(utc, kNow), 30);
    }

    void lowStorageIs200MegabytesOrFivePercentWhicheverIsMore_data()
    {
        QTest::addColumn<qint64>("available");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<bool>("low");
        // A small volume: 5 % (51 MB) is too little, the 200 MB floor counts.
        QTest::newRow("1 GB volume, 150 MB free") << 150 * kMB << 1 * kGB << true;
        QTest::newRow("1 GB volume, 250 MB free") << 250 * kMB << 1 * kGB << false;
        // A large volume: 5 % (3.2 GB) is more than the floor.
        QTest::newRow("64 GB volume, 3 GB free") << 3 * kGB << 64 * kGB << true;
        QTest::newRow("64 GB volume, 4 GB free") << 4 * kGB << 64 * kGB << false;
    }
    void lowStorageIs200MegabytesOrFivePercentWhicheverIsMore()
    {
        QFETCH(qint64, available);
        QFETCH(qint64, total);
        QFETCH(bool, low);
        QCOMPARE(isLowStorage({true, available, total}), low);
        QCOMPARE(lowStorageThreshold(1 * kGB), kLowStorageFloorBytes);
        QCOMPARE(lowStorageThreshold(64 * kGB), 64 * kGB * 5 / 100);
    }
    void anUnknownVolumeIsNoWarning() { QVERIFY(!isLowStorage({false, 0, 0})); }

    void offlineCountsFromTheLastSyncOrTheOldestWaitingRecord()
    {
        const qint64 day = 24 * 3600;
        QVERIFY(!syncwarning::offlineTooLong(kNow.addSecs(-7 * day + 60), std::nullopt, kNow, 7));
        QVERIFY(syncwarning::offlineTooLong(kNow.addSecs(-7 * day - 60), std::nullopt, kNow, 7));
        // Never synced: quiet while nothing has waited that long.
        QVERIFY(!syncwarning::offlineTooLong({}, std::nullopt, kNow, 7));
        QVERIFY(!syncwarning::offlineTooLong({}, kNow.addDays(-2), kNow, 7));
        QVERIFY(syncwarning::offlineTooLong({}, kNow.addDays(-8), kNow, 7));
        // A recent sync outweighs old records still waiting (they are shown with their date).
        QVERIFY(!syncwarning::offlineTooLong(kNow.addDays(-1), kNow.addDays(-30), kNow, 7));
    }

    void theKioskSaysHowManyWaitSinceWhen()
    {
        QCOMPARE(sync().waitingText(), QStringLiteral("Semua catatan sudah terkirim."));
        capture({QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::OffsetFromUTC, 7 * 3600), kNow.addDays(-3),
                 kNow.addSecs(-60)});
        QVERIFY(sync().countsKnown());
        QCOMPARE(sync().pendingCount(), 3);
        QCOMPARE(sync().waitingText(), QStringLiteral("3 menunggu sejak Senin, 2 November 2026"));
        m_ctx->language().setLanguage("en");
        QCOMPARE(sync().waitingText(), QStringLiteral("3 waiting since Monday, 2 November 2026"));
    }

    // An officer's report is sent as its record, then its photo and signature: while those wait, the
    // kiosk does not say that everything is on the server.
    void photosAndSignaturesStillToSendAreSaid()
    {
        m_ctx->language().setLanguage("en");
        RecordDraft report = capturedOn(kNow.addDays(-1));
        report.evidence = {EvidenceFile::of(QByteArray("\x89PNG\r\n\x1a\n-photo", 14), QStringLiteral("image/png")),
                           EvidenceFile::of(QByteArray("\x89PNG\r\n\x1a\n-sign", 13), QStringLiteral("image/png"))};
        QList<Record> sealed;
        QVERIFY(m_ctx->store().append({report}, &sealed).ok());
        sync().engine()->recordsAdded();
        QCOMPARE(sync().waitingText(),
                 QStringLiteral("1 waiting since Tuesday, 1 December 2026. 2 photos or signatures still to send."));
        // The server accepted the record; its files have not gone yet.
        sync::Outbox outbox(&m_ctx->store());
        QVERIFY(outbox.apply({{sealed.first().id, sealed.first().seq, protocol::RecordStatus::Accepted, {}}}).ok());
        sync().engine()->recordsAdded();
        QCOMPARE(sync().pendingCount(), 0);
        QCOMPARE(sync().waitingText(),
                 QStringLiteral("Every record has been sent. 2 photos or signatures still to send."));
        m_ctx->language().setLanguage("id");
        QCOMPARE(sync().waitingText(),
                 QStringLiteral("Semua catatan sudah terkirim. 2 foto atau tanda tangan masih menunggu dikirim."));
        // Both on the server: now it is all sent, and nothing more is said.
        EvidenceStore files(m_ctx->store().database());
        for (const EvidenceFile &f : report.evidence)
            QVERIFY(files.markSent(f.sha256, kNow).ok());
        sync().engine()->recordsAdded();
        QCOMPARE(sync().waitingText(), QStringLiteral("Semua catatan sudah terkirim."));
    }

    void anUnreadableOutboxIsAnUnknownCountNeverZero()
    {
        m_ctx->language().setLanguage("en");
        capture({kNow.addDays(-2)});
        QVERIFY(sync().countsKnown());
        QVERIFY(sync().waitingText().startsWith(QStringLiteral("1 waiting since ")));
        QSqlQuery q(m_ctx->store().database());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE outbox RENAME TO outbox_away")));
        sync().engine()->recordsAdded();
        QVERIFY(!sync().countsKnown());
        QVERIFY2(sync().waitingText().contains(QStringLiteral("cannot be read")), qPrintable(sync().waitingText()));
        QVERIFY(!sync().waitingText().contains(QStringLiteral("sent.")));
        // Readable again: the count comes back.
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE outbox_away RENAME TO outbox")));
        sync().engine()->recordsAdded();
        QVERIFY(sync().countsKnown());
        QCOMPARE(sync().pendingCount(), 1);
    }

    void aDeviceThatNeverSyncedWarnsWhenRecordsWaitTooLong()
    {
        capture({kNow.addDays(-5)});
        QVERIFY(!sync().offlineWarning());
        QVERIFY(sync().offlineWarningText().isEmpty());
        m_clock->advance(3 * 24 * 3600 * 1000); // the record has waited 8 days; the default limit is 7
        m_ctx->language().setLanguage("en"); // after the idle reset to the unit's language
        QVERIFY(sync().offlineWarning());
        QVERIFY2(sync().offlineWarningText().startsWith(
                     QStringLiteral("This device has never synced, and records have waited for 8 days.")),
                 qPrintable(sync().offlineWarningText()));
        // The admin allows longer: the warning goes at once.
        sync().setOfflineWarningDays(14);
        QCOMPARE(m_ctx->settings().config().offlineWarningDays, 14);
        QVERIFY(!sync().offlineWarning());
        sync().setOfflineWarningDays(500); // outside the range of core/domain/deviceconfig.h
        QCOMPARE(sync().offlineWarningDays(), configrange::kOfflineWarningDays.max);
    }

    void theLastSuccessfulSyncCounts()
    {
        // A sync nine days before a restart of the kiosk.
        m_ctx.reset();
        {
            LocalStore store(m_dir->filePath(QStringLiteral("kiosk.db")));
            QVERIFY(store.open().ok());
            QVERIFY(suara::sync::SyncMeta(&store).setLastSuccess(kNow.addDays(-9).toUTC()).ok());
        }
        m_ctx = std::make_unique<KioskContext>(m_dir->path(), m_clock.get());
        sync().setVolumeSpaceReader([] { return VolumeSpace{true, 20 * kGB, 32 * kGB}; });
        m_ctx->language().setLanguage("en");
        QVERIFY(sync().offlineWarning());
        QVERIFY(sync().offlineWarningText().startsWith(QStringLiteral("This device has not synced for 9 days.")));
        sync().setOfflineWarningDays(10);
        QVERIFY(!sync().offlineWarning());
    }

    void lowStorageShowsWithWhatToDo()
    {
        m_ctx->language().setLanguage("en");
        QVERIFY(!sync().lowStorage());
        QVERIFY(sync().lowStorageText().isEmpty());
        sync().setVolumeSpaceReader([] { return VolumeSpace{true, 150 * kMB, 16 * kGB}; });
        QVERIFY(sync().lowStorage());
        QVERIFY2(sync().lowStorageText().contains(QStringLiteral("157 MB free")), qPrintable(sync().lowStorageText()));
        QVERIFY(sync().lowStorageText().contains(QStringLiteral("USB")));
        // Space freed: gone with the next reading (at most a minute of clock time later).
        sync().setVolumeSpaceReader([] { return VolumeSpace{true, 8 * kGB, 16 * kGB}; });
        QVERIFY(!sync().lowStorage());
    }
};

QTEST_GUILESS_MAIN(TestSyncWarnings)
#include "tst_syncwarnings.moc"
