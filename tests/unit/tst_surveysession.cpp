#include "kioskcontext.h"
#include "visitwalk.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::testing;
using Step = SurveySession::Step;

// The visitor flow, driven as the QML pages drive it, checked against what lands in the store.
class TestSurveySession : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<KioskContext> m_ctx;
    std::unique_ptr<VisitWalk> m_walk;

    SurveySession &session() { return m_ctx->session(); }
    VisitWalk &walk() { return *m_walk; }
    void look() { m_walk->look(); }
    void answerAll(int value) { m_walk->answerAll(value); }

    QList<Record> stored() { return m_ctx->store().records().value(); }

    // A visitor who received "kunjungan" and skipped the profile, now at the first question.
    [[nodiscard]] bool beginVisit() { return m_walk->begin(); }
    // ...who answers everything with `value`, gave no reward, and sends.
    [[nodiscard]] bool completeVisit(int value, const QString &comment = {})
    {
        return m_walk->complete(value, comment);
    }

    void openKiosk(const QString &dir)
    {
        m_walk.reset();
        m_ctx.reset();
        m_ctx = std::make_unique<KioskContext>(dir, m_clock.get());
        m_walk = std::make_unique<VisitWalk>(*m_ctx, *m_clock);
    }

    // Holds the store at its current size: the next write that needs a page fails as on a full disk.
    void fillStore(QSqlQuery &q)
    {
        QVERIFY(q.exec("PRAGMA page_count") && q.next());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt())));
        // The pragma answers with a row: a statement left on it would hold a read transaction open on
        // the kiosk's connection, whose snapshot goes stale at the settings writer's next commit, and the
        // kiosk's next write would then get SQLITE_BUSY at once instead of "disk full".
        q.finish();
    }

    // A visitor sends while the store is full: the visit is held on "unavailable". The comment (2,000
    // three-byte characters, 6 KB) cannot fit in what is left of a page, so the write needs a new one.
    void holdAVisit(QSqlQuery &q)
    {
        QVERIFY(beginVisit());
        fillStore(q);
        answerAll(2);
        QVERIFY(walk().state("none"));
        QVERIFY(!session().submit(QString(SurveySession::kCommentLimit, QChar(0x2026))));
        QCOMPARE(session().step(), Step::Unavailable);
        QCOMPARE(session().heldRecords(), 2);
    }

    void freeStore(QSqlQuery &q)
    {
        QVERIFY(q.exec("PRAGMA max_page_count = 1000000"));
        q.finish(); // as in fillStore()
    }

    // Reads the quarter again (on the summary's worker thread) and waits for its queued result.
    [[nodiscard]] bool summaryRead()
    {
        QSignalSpy done(&m_ctx->summary(), &LocalSummary::refreshed);
        m_ctx->summary().refresh();
        // A refresh asked for while the start's read runs is done after it: wait for the last one.
        while (done.isEmpty() || m_ctx->summary().reading()) {
            if (!done.wait(20000))
                return false;
        }
        return done.last().first().toBool();
    }

    // The summary the kiosk kept, visit by visit, against the quarter read whole from the store and
    // scored by scoring::computeIkm over the records, as the summary was computed before it was kept.
    void compareWithAFullRead()
    {
        const LocalSummary &kept = m_ctx->summary();
        QVERIFY(kept.ready());
        const QDateTime now = m_clock->now();
        const int firstMonth = ((now.date().month() - 1) / 3) * 3 + 1;
        const QDateTime quarterStart(QDate(now.date().year(), firstMonth, 1), QTime(0, 0), Qt::OffsetFromUTC,
                                     now.offsetFromUtc());
        const QDateTime todayStart(now.date(), QTime(0, 0), Qt::OffsetFromUTC, now.offsetFromUtc());
        const QList<Record> quarter = m_ctx->store().recordsCapturedSince(quarterStart).value();
        int visits = 0, today = 0, flagged = 0, reports = 0;
        for (const Record &r : quarter) {
            if (r.type != RecordType::GratificationAck)
                continue;
            ++visits;
            today += r.capturedUtc() >= todayStart ? 1 : 0;
            flagged += r.isSuspectedMisuse() ? 1 : 0;
            reports += r.data().value("statement").toString() == "reward_requested" ? 1 : 0;
        }
        const scoring::IkmReport full = scoring::computeIkm(quarter, "skm");
        QCOMPARE(kept.quarter(), visits);
        QCOMPARE(kept.today(), today);
        QCOMPARE(kept.flagged(), flagged);
        QCOMPARE(kept.gratificationReports(), reports);
        QCOMPARE(kept.total(), int(m_ctx->store().lastSeq().value()));
        QCOMPARE(kept.report().respondents, full.respondents);
        QCOMPARE(kept.report().excludedMisuse, full.excludedMisuse);
        QCOMPARE(kept.report().rejected, full.rejected);
        QCOMPARE(kept.report().ikmHundredths, full.ikmHundredths);
        QCOMPARE(kept.report().missing, full.missing);
        for (int i = 0; i < full.unsur.size(); ++i)
            QCOMPARE(kept.report().unsur.at(i).counts, full.unsur.at(i).counts);
    }

    // An unhurried visitor a minute after the last one: neither too fast nor part of a burst.
    [[nodiscard]] bool unhurriedVisit(int value)
    {
        walk().setLookMs(1500);
        look(60 * 1000);
        const bool ok = completeVisit(value);
        session().reset();
        walk().setLookMs(SurveySession::kSettleMs);
        return ok;
    }
    void look(int ms) { m_walk->look(ms); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        // A fixed local time with Jakarta's offset, mid-afternoon: "today" is the same day all test long.
        m_clock =
            std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 24), QTime(14, 30), Qt::OffsetFromUTC, 7 * 3600));
        openKiosk(m_dir->path());
        m_ctx->settings().setCooldownSeconds(0);
        m_ctx->settings().setUnitCode("LP-01");
    }

    void cleanup()
    {
        m_walk.reset();
        m_ctx.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void fullSkmVisitIsStoredAfterTheCommit()
    {
        look();
        QVERIFY(session().start());
        QCOMPARE(session().step(), Step::Service);
        look();
        session().chooseService("kunjungan");
        QCOMPARE(session().step(), Step::Profile);
        look();
        session().setProfileField("gender", "P");
        session().setProfileField("age", "30-39");
        session().finishProfile();
        QCOMPARE(session().step(), Step::Question);
        QCOMPARE(session().questionCount(), 9);
        QCOMPARE(session().question().key, QStringLiteral("persyaratan"));
        look();
        answerAll(4);
        QCOMPARE(session().step(), Step::Gratification);
        QVERIFY(walk().state("none"));
        QCOMPARE(session().step(), Step::Comment);
        QVERIFY(stored().isEmpty()); // nothing is written before the visitor sends
        QVERIFY(session().submit("Pelayanan cepat"));
        QCOMPARE(session().step(), Step::ThankYou);

        const QList<Record> records = stored();
        QCOMPARE(records.size(), 2);
        const QJsonObject response = records.at(0).json();
        QCOMPARE(response.value("type").toString(), QStringLiteral("response"));
        QCOMPARE(response.value("q").toObject().value("id").toString(), QStringLiteral("skm"));
        QCOMPARE(response.value("service").toString(), QStringLiteral("kunjungan"));
        QCOMPARE(response.value("unit").toString(), QStringLiteral("LP-01"));
        const QJsonObject data = response.value("data").toObject();
        QCOMPARE(data.value("answers").toObject().size(), 9);
        QCOMPARE(data.value("answers").toObject().value("sarana").toInt(), 4);
        QCOMPARE(data.value("profile").toObject().value("gender").toString(), QStringLiteral("P"));
        QCOMPARE(data.value("comment").toString(), QStringLiteral("Pelayanan cepat"));
        QCOMPARE(data.value("scale").toObject().value("max").toInt(), 4);
        const QJsonObject ack = records.at(1).json();
        QCOMPARE(ack.value("type").toString(), QStringLiteral("gratification_ack"));
        QCOMPARE(ack.value("data").toObject().value("statement").toString(), QStringLiteral("no_reward"));
        // The next visitor sees nothing of this one.
        QVERIFY(session().profile().empty());
        QVERIFY(session().service().isEmpty());
    }

    void skippedQuestionsAreLeftOutOfTheAnswers()
    {
        m_ctx->settings().setAskProfile(false);
        look();
        QVERIFY(session().start());
        look();
        session().chooseService("informasi");
        QCOMPARE(session().step(), Step::Question);
        look();
        session().answer(3);
        look();
        session().skipQuestion(); // prosedur
        look();
        answerAll(2);
        QVERIFY(walk().state("none"));
        QVERIFY(session().submit(QString()));
        const QJsonObject answers = stored().first().data().value("answers").toObject();
        QCOMPARE(answers.size(), 8);
        QVERIFY(!answers.contains("prosedur"));
        QVERIFY(!stored().first().data().contains("comment"));
    }

    void gratificationReportReachesTheStore()
    {
        QVERIFY(beginVisit());
        answerAll(3);
        QVERIFY(walk().state("reported"));
        QCOMPARE(session().step(), Step::GratificationReport);
        session().setReportField("kind", "asked");
        session().setReportField("what", "money");
        session().setReportField("when", "today");
        session().setReportField("counter", "  Loket 3 ");
        session().setReportField("name", "ignored"); // no such field: nobody's name is asked for
        session().finishReport();
        QCOMPARE(session().step(), Step::Comment);
        look();
        QVERIFY(session().submit(QString()));
        const QJsonObject ack = stored().last().data();
        QCOMPARE(ack.value("statement").toString(), QStringLiteral("reward_requested"));
        const QJsonObject report = ack.value("report").toObject();
        QCOMPARE(report.value("kind").toString(), QStringLiteral("asked"));
        QCOMPARE(report.value("what").toString(), QStringLiteral("money"));
        QCOMPARE(report.value("counter").toString(), QStringLiteral("Loket 3"));
        QVERIFY(!report.contains("name"));
    }

    void backWalksTheStepsInReverse()
    {
        QVERIFY(beginVisit());
        session().answer(4);
        look();
        QCOMPARE(session().questionIndex(), 1);
        session().back();
        look();
        QCOMPARE(session().questionIndex(), 0);
        QCOMPARE(session().question().answer, 4); // the earlier answer is still shown
        session().back();
        look();
        QCOMPARE(session().step(), Step::Profile);
        session().back();
        look();
        QCOMPARE(session().step(), Step::Service);
        session().back();
        QCOMPARE(session().step(), Step::Welcome);
    }

    // Issue 7.1: the second tap of a double tap lands on the next page, which the visitor has not seen.
    void aDoubleTapOnAFaceDoesNotAnswerTheNextQuestion()
    {
        QVERIFY(beginVisit());
        session().answer(4);
        m_clock->advance(80);
        session().answer(4); // the same spot, 80 ms later: the second question has just appeared
        QCOMPARE(session().questionIndex(), 1);
        QCOMPARE(session().question().answer, -1);
        look();
        session().answer(2); // a tap on a question the visitor has looked at counts
        QCOMPARE(session().questionIndex(), 2);
    }

    void aDoubleTapOnAServiceDoesNotSetTheProfile()
    {
        look();
        QVERIFY(session().start());
        look();
        session().chooseService("kunjungan");
        m_clock->advance(80);
        session().setProfileField("gender", "L");
        session().finishProfile();
        QCOMPARE(session().step(), Step::Profile);
        QVERIFY(session().profile().empty());
    }

    void aDoubleTapOnTheLastQuestionDoesNotMakeTheIntegrityStatement()
    {
        QVERIFY(beginVisit());
        while (session().questionIndex() + 1 < session().questionCount()) {
            session().answer(3);
            look();
        }
        session().answer(3);
        QCOMPARE(session().step(), Step::Gratification);
        m_clock->advance(80);
        session().chooseStatement("none");
        session().confirmStatement();
        QCOMPARE(session().step(), Step::Gratification);
        QVERIFY(session().gratification().isEmpty());

        // Seen, chosen, but the confirm right after the choice (a double tap) does not count either.
        look();
        session().chooseStatement("none");
        m_clock->advance(80);
        session().confirmStatement();
        QCOMPARE(session().step(), Step::Gratification);
        QCOMPARE(session().gratification(), QStringLiteral("none"));
        look();
        session().confirmStatement();
        QCOMPARE(session().step(), Step::Comment);
    }

    void nothingIsStatedWithoutAChoice()
    {
        QVERIFY(beginVisit());
        answerAll(3);
        session().confirmStatement();
        QCOMPARE(session().step(), Step::Gratification);
        session().chooseStatement("maybe"); // not a statement
        look();
        session().confirmStatement();
        QCOMPARE(session().step(), Step::Gratification);
    }

    // Issue 8.8: an ordinary visitor, a few seconds per page, is not taken for misuse.
    void anUnhurriedVisitIsNotFlagged()
    {
        walk().setLookMs(4000);
        QVERIFY(completeVisit(3));
        const QList<Record> records = stored();
        QCOMPARE(records.size(), 2);
        for (const Record &r : records) {
            QVERIFY2(!r.isSuspectedMisuse(), r.body.constData());
            QVERIFY(!r.data().contains("misuse"));
        }
        QVERIFY(records.first().data().value("durationMs").toInteger() >= 9 * 4000);
    }

    void machineSpeedAnswersAreFlaggedNotDropped()
    {
        QVERIFY(beginVisit());
        answerAll(4); // nine answers, each after the shortest look the kiosk accepts
        QVERIFY(walk().state("none"));
        QVERIFY(session().submit(QString()));
        const QList<Record> records = stored();
        QCOMPARE(records.size(), 2);
        QVERIFY(records.first().isSuspectedMisuse());
        QVERIFY(records.first().data().value("misuse").toArray().contains(QJsonValue("too_fast")));
    }

    // Issue 7.3: the report is its own record, with nothing that ties it to the visitor's answers.
    void aReportIsKeptApartFromTheAnswers()
    {
        QVERIFY(beginVisit());
        answerAll(2);
        QVERIFY(walk().state("reported"));
        session().setReportField("kind", "offered");
        session().setReportField("note", "Di pintu masuk");
        session().finishReport();
        look();
        QVERIFY(session().submit("Antrean lama"));
        const QList<Record> records = stored();
        QCOMPARE(records.size(), 2);
        const QJsonObject response = records.first().json();
        const QJsonObject ack = records.last().json();
        QCOMPARE(ack.value("type").toString(), QStringLiteral("gratification_ack"));
        const QJsonObject data = ack.value("data").toObject();
        QCOMPARE(data.value("statement").toString(), QStringLiteral("reward_requested"));
        QCOMPARE(data.value("report").toObject().value("note").toString(), QStringLiteral("Di pintu masuk"));
        for (const char *key : {"profile", "comment", "durationMs", "answers", "misuse"})
            QVERIFY2(!data.contains(QLatin1String(key)), key);
        // The day only, at 00:00 local time, with the kiosk's offset.
        QCOMPARE(ack.value("time").toString(), QStringLiteral("2026-11-23T17:00:00.000Z"));
        QCOMPARE(ack.value("tz").toInt(), 7 * 60);
        QVERIFY(response.value("time").toString() != ack.value("time").toString());
        QCOMPARE(response.value("data").toObject().value("comment").toString(), QStringLiteral("Antrean lama"));
        QVERIFY(!response.value("data").toObject().contains("report"));
    }

    void aDoubleTapOnSendDoesNotSkipTheThankYou()
    {
        QVERIFY(completeVisit(3));
        m_clock->advance(80);
        session().finishVisit(); // "Done", under the finger that pressed "Send"
        QCOMPARE(session().step(), Step::ThankYou);
        look();
        session().finishVisit();
        QCOMPARE(session().step(), Step::Welcome);
    }

    void aNoRewardStatementKeepsTheVisitsTime()
    {
        QVERIFY(completeVisit(3));
        const QList<Record> records = stored();
        QCOMPARE(records.last().json().value("time").toString(), records.first().json().value("time").toString());
    }

    // Issue 7.4: the thank-you screen acknowledges a report, and only for the visit that made it.
    void theThankYouAcknowledgesAReport()
    {
        QVERIFY(walk().completeWithReport(2));
        QCOMPARE(session().step(), Step::ThankYou);
        QVERIFY(session().reportedThisVisit());
        session().reset();
        QVERIFY(!session().reportedThisVisit());
        QVERIFY(completeVisit(3));
        QVERIFY(!session().reportedThisVisit());
    }

    void aCommentOverTheLimitIsRefusedNotCut()
    {
        QVERIFY(beginVisit());
        answerAll(3);
        QVERIFY(walk().state("none"));
        QVERIFY(!session().submit(QString(SurveySession::kCommentLimit + 1, QLatin1Char('a'))));
        QCOMPARE(session().step(), Step::Comment);
        QVERIFY(stored().isEmpty());
        const QString full(SurveySession::kCommentLimit, QLatin1Char('a'));
        QVERIFY(session().submit(full));
        QCOMPARE(stored().first().data().value("comment").toString(), full);
    }

    void resetAndIdleDiscardThePartialVisit()
    {
        QVERIFY(beginVisit());
        session().answer(1);
        look();
        emit m_ctx->idle().idle(); // what the idle watcher does after the timeout
        QCOMPARE(session().step(), Step::Welcome);
        QVERIFY(stored().isEmpty());
        look();
        QVERIFY(session().start());
        look();
        session().chooseService("kunjungan");
        QVERIFY(session().profile().empty());
        look();
        session().finishProfile();
        QCOMPARE(session().question().answer, -1);
    }

    void idleWatcherFiresAfterTheConfiguredTimeout()
    {
        ManualClock clock;
        IdleWatcher watcher(&clock);
        QSignalSpy spy(&watcher, &IdleWatcher::idle);
        watcher.setTimeoutSeconds(10);
        clock.advance(9000);
        QCOMPARE(spy.count(), 0);
        watcher.poke(); // a touch restarts the countdown
        clock.advance(9000);
        QCOMPARE(spy.count(), 0);
        clock.advance(1000);
        QCOMPARE(spy.count(), 1);
        clock.advance(60000);
        QCOMPARE(spy.count(), 1); // once per quiet spell
    }

    // Issue 7.9: "Still there?" before a visit is dropped; a touch keeps the visit.
    void aVisitorIsAskedBeforeTheIdleReset()
    {
        m_ctx->settings().setIdleTimeoutSeconds(60);
        QVERIFY(beginVisit());
        session().answer(3);
        IdleWatcher &idle = m_ctx->idle();
        m_clock->advance(60 * 1000);
        QCOMPARE(idle.warningRemaining(), IdleWatcher::kWarningSeconds);
        QCOMPARE(session().step(), Step::Question);
        m_clock->advance(5000);
        QCOMPARE(idle.warningRemaining(), IdleWatcher::kWarningSeconds - 5);
        idle.poke(); // "I am still here"
        QCOMPARE(idle.warningRemaining(), 0);
        m_clock->advance(59 * 1000);
        QCOMPARE(session().step(), Step::Question);
        QCOMPARE(session().questionIndex(), 1);

        m_clock->advance(1000);
        QVERIFY(idle.warningRemaining() > 0);
        m_clock->advance(IdleWatcher::kWarningSeconds * 1000);
        QCOMPARE(idle.warningRemaining(), 0);
        QCOMPARE(session().step(), Step::Welcome);
        QVERIFY(stored().isEmpty());
    }

    void theNextVisitorStartsInTheUnitsLanguage()
    {
        m_ctx->settings().setDefaultLanguage("id");
        m_ctx->language().setLanguage("en"); // chosen on the welcome screen by someone who walked away
        m_clock->advance(m_ctx->settings().idleTimeoutSeconds() * 1000);
        QCOMPARE(m_ctx->language().language(), QStringLiteral("id"));

        QVERIFY(m_ctx->admin().setPin("802468", "802468"));
        m_ctx->admin().lock();
        m_ctx->admin().requestAccess();
        QVERIFY(m_ctx->admin().unlock("802468")); // checked off the GUI thread
        QTRY_VERIFY(m_ctx->admin().unlocked());
        m_ctx->language().setLanguage("en"); // the admin prefers English
        m_ctx->admin().lock();
        QCOMPARE(m_ctx->language().language(), QStringLiteral("id"));
    }

    void cooldownBlocksAnImmediateRestart()
    {
        m_ctx->settings().setCooldownSeconds(30);
        QVERIFY(completeVisit(4));
        session().reset();
        look();
        QVERIFY(session().cooldownRemaining() > 0);
        QVERIFY(!session().start());
        QCOMPARE(session().step(), Step::Welcome);
    }

    // Issue 7.12: records say which unit they belong to; no visit before the admin has said so.
    void noVisitBeforeTheUnitCodeIsSet()
    {
        m_ctx->settings().setUnitCode(QStringLiteral(""));
        look();
        QVERIFY(!session().unitConfigured());
        QVERIFY(!session().start());
        QCOMPARE(session().step(), Step::Welcome);
        m_ctx->settings().setUnitCode("LP-01");
        QVERIFY(session().start());
    }

    void fullStoreShowsUnavailableKeepsEarlierRecordsAndRetries()
    {
        QVERIFY(completeVisit(4));
        session().reset();

        QSqlQuery q(m_ctx->store().database());
        QVERIFY(beginVisit());
        fillStore(q);
        answerAll(2);
        QVERIFY(walk().state("none"));
        QVERIFY(!session().submit(QString(1500, QLatin1Char('x')))); // a long comment needs a new page
        QCOMPARE(session().step(), Step::Unavailable);
        QCOMPARE(session().heldRecords(), 2);
        QVERIFY(m_ctx->errors().kioskUnavailable());
        QVERIFY(!m_ctx->errors().alert().isEmpty());
        QCOMPARE(stored().size(), 2);
        session().reset(); // the idle timer must not hide the problem
        QCOMPARE(session().step(), Step::Unavailable);
        m_clock->advance(SurveySession::kRetrySeconds * 1000); // the automatic retry, still full
        QCOMPARE(session().step(), Step::Unavailable);

        freeStore(q);
        m_clock->advance(SurveySession::kRetrySeconds * 1000); // the next automatic retry
        QCOMPARE(session().step(), Step::Welcome);
        QVERIFY(!m_ctx->errors().kioskUnavailable());
        QCOMPARE(stored().size(), 4); // the visit that waited in memory is saved
        QCOMPARE(session().heldRecords(), 0);
    }

    // Issue 7.5: the held visit, once saved, starts the cooldown like any visit, and the cooldown ends.
    void theCooldownAfterAHeldVisitRunsOut()
    {
        m_ctx->settings().setCooldownSeconds(8);
        QSqlQuery q(m_ctx->store().database());
        holdAVisit(q);
        freeStore(q);
        QSignalSpy cooldown(&session(), &SurveySession::cooldownChanged);
        session().retry();
        QCOMPARE(session().step(), Step::Welcome);
        QCOMPARE(session().cooldownRemaining(), 8);
        for (int i = 0; i < 8 * 4; ++i)
            m_clock->advance(250); // the clock's ticks, as on the device
        QCOMPARE(session().cooldownRemaining(), 0);
        QVERIFY(cooldown.count() >= 8); // the screen's countdown moved with it, down to 0
        QVERIFY(session().start());
    }

    // Issue 7.7: a kiosk whose store is full says so before the visitor answers anything.
    void aFullStoreIsFoundBeforeTheVisitStarts()
    {
        QVERIFY(completeVisit(3));
        session().reset();
        QSqlQuery q(m_ctx->store().database());
        fillStore(q);
        look();
        QVERIFY(!session().start());
        QCOMPARE(session().step(), Step::Unavailable);
        QCOMPARE(m_ctx->errors().kind(), StoreError::Kind::DiskFull);
        QCOMPARE(session().heldRecords(), 0);
        QCOMPARE(stored().size(), 2); // the probe kept nothing and harmed nothing

        freeStore(q);
        session().retry();
        QCOMPARE(session().step(), Step::Welcome);
        QVERIFY(completeVisit(3));
        QCOMPARE(stored().size(), 4);
    }

    // Issue 7.6: a held visit gets one last try at shutdown, and the log says plainly when it is lost.
    void aHeldVisitIsSavedAtShutdownWhenTheStoreAllows()
    {
        QSqlQuery q(m_ctx->store().database());
        holdAVisit(q);
        freeStore(q);
        q = QSqlQuery();
        openKiosk(m_dir->path()); // a clean shutdown (SIGTERM) and a restart
        QCOMPARE(stored().size(), 2);
    }

    void aHeldVisitThatCannotBeSavedIsLoggedAsLost()
    {
        QSqlQuery q(m_ctx->store().database());
        holdAVisit(q);
        q = QSqlQuery();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("store:"));
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression("shutting down with a visit of 2 records .* it is lost"));
        openKiosk(m_dir->path());
        QVERIFY(stored().isEmpty());
    }

    void aKioskWhoseStoreRecoversTakesVisitsAgain()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("kiosk.db")); // a directory where the store should be: cannot open
        openKiosk(dir.path());
        QCOMPARE(session().step(), Step::Unavailable);
        QVERIFY(m_ctx->errors().kioskUnavailable());
        QVERIFY(!m_ctx->store().isOpen());
        session().retry();
        QCOMPARE(session().step(), Step::Unavailable); // still broken: stays unavailable

        QVERIFY(QDir(dir.filePath("kiosk.db")).removeRecursively());
        session().retry();
        QCOMPARE(session().step(), Step::Welcome);
        QVERIFY(!m_ctx->errors().kioskUnavailable());
        QVERIFY(m_ctx->store().isOpen());
        m_ctx->settings().setCooldownSeconds(0);
        m_ctx->settings().setUnitCode("LP-01");
        QVERIFY(completeVisit(3));
        QCOMPARE(stored().size(), 2);
        // Sync started with the recovered store: its outbox holds the visit, waiting for a server.
        QTRY_COMPARE(m_ctx->sync().pendingCount(), 2);
        m_walk.reset();
        m_ctx.reset();
    }

    void questionsFollowTheLanguageAndTheUnitsZiScale()
    {
        m_ctx->settings().setQuestionnaireEnabled("skm", false); // refused: a kiosk always asks something
        QCOMPARE(m_ctx->settings().enabledQuestionnaires(), QStringList{"skm"});
        m_ctx->settings().setQuestionnaireEnabled("spak", true);
        m_ctx->settings().setQuestionnaireEnabled("skm", false);
        m_ctx->settings().setZiScalePoints(6);
        m_ctx->language().setLanguage("en");
        QVERIFY(beginVisit());
        QCOMPARE(session().questionCount(), 5);
        QCOMPARE(session().question().scalePoints, 6);
        QVERIFY(session().question().text.startsWith("There is no discrimination"));
        m_ctx->language().setLanguage("id");
        QVERIFY(session().question().text.startsWith("Tidak ada diskriminasi"));
        session().answer(6);
        QCOMPARE(session().questionIndex(), 1);
    }

    // A language switch gives the profile's and the report's rows new words under the same keys: they
    // change in place, never reset, so the pages keep their ChoiceGroups (issue 10).
    void aLanguageSwitchChangesTheFieldRowsInPlace()
    {
        for (ChoiceFieldModel *model : {session().profileModel(), session().reportModel()}) {
            const bool profile = model == session().profileModel();
            QCOMPARE(model->rows(), profile ? session().profileFields() : session().reportFields());
            QCOMPARE(model->count(), profile ? 4 : 3);
        }
        ChoiceFieldModel *profile = session().profileModel();
        QCOMPARE(profile->rows().first().label, QStringLiteral("Jenis kelamin"));
        const QModelIndex first = profile->index(0);
        QCOMPARE(profile->roleNames().value(ChoiceFieldModel::FieldRole), QByteArray("field"));
        QCOMPARE(profile->data(first, ChoiceFieldModel::FieldRole).value<ChoiceField>().key, QStringLiteral("gender"));

        QSignalSpy reset(profile, &QAbstractItemModel::modelReset);
        QSignalSpy removed(profile, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(profile, &QAbstractItemModel::dataChanged);
        QSignalSpy reportReset(session().reportModel(), &QAbstractItemModel::modelReset);
        QSignalSpy reportChanged(session().reportModel(), &QAbstractItemModel::dataChanged);
        m_ctx->language().setLanguage("en");
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 4); // every field has words of its own
        QCOMPARE(reportReset.count(), 0);
        QCOMPARE(reportChanged.count(), 3);
        QCOMPARE(profile->rows().first().label, QStringLiteral("Sex"));
        QCOMPARE(profile->data(first, ChoiceFieldModel::FieldRole).value<ChoiceField>().options.first().label,
                 QStringLiteral("Male"));
        QCOMPARE(profile->rows(), session().profileFields());
        QCOMPARE(session().reportModel()->rows(), session().reportFields());

        // Settings saved without a language switch leave the rows as they are.
        changed.clear();
        m_ctx->settings().setCooldownSeconds(5);
        QCOMPARE(changed.count(), 0);
    }

    void summaryFollowsTheLanguageWithoutReadingTheStoreAgain()
    {
        QList<RecordDraft> visits;
        for (int i = 0; i < 3; ++i) {
            RecordDraft d;
            d.questionnaireId = "skm";
            d.questionnaireVersion = 1;
            QJsonObject answers;
            for (const char *k : {"persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku",
                                  "pengaduan", "sarana"})
                answers.insert(QLatin1String(k), 4);
            d.data.insert("answers", answers);
            d.capturedAt = m_clock->now();
            RecordDraft ack;
            ack.type = RecordType::GratificationAck;
            ack.questionnaireId = "gratification-statement";
            ack.questionnaireVersion = 1;
            ack.data.insert("statement", "no_reward");
            ack.capturedAt = m_clock->now();
            visits << d << ack;
        }
        QVERIFY(m_ctx->store().append(visits).ok());
        LocalSummary &summary = m_ctx->summary();
        QVERIFY(summaryRead());
        QCOMPARE(summary.quarter(), 3);
        QCOMPARE(summary.ikm(), 100.0);
        QCOMPARE(summary.category(), QStringLiteral("A"));
        QCOMPARE(summary.categoryLabel(), QStringLiteral("Sangat baik"));
        QCOMPARE(summary.unsur()->rows().first().label, QStringLiteral("Persyaratan"));

        QSignalSpy relabelled(&summary, &LocalSummary::changed);
        QVERIFY(m_ctx->store().append({visits.first(), visits.at(1)}).ok()); // not yet counted: no refresh happened
        m_ctx->language().setLanguage("en");
        QCOMPARE(relabelled.count(), 1);
        QCOMPARE(summary.categoryLabel(), QStringLiteral("Very good"));
        QCOMPARE(summary.unsur()->rows().first().label, QStringLiteral("Requirements"));
        QCOMPARE(summary.quarter(), 3);
    }

    // Issue 7.12: "visitors today" counts people, not forms: SKM and SPAK for one visitor is one.
    void theSummaryCountsVisitorsNotForms()
    {
        m_ctx->settings().setQuestionnaireEnabled("spak", true);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(completeVisit(3));
            session().reset();
        }
        QCOMPARE(stored().size(), 9); // SKM, SPAK and the statement for each
        QVERIFY(summaryRead());
        QCOMPARE(m_ctx->summary().today(), 3);
        QCOMPARE(m_ctx->summary().quarter(), 3);
        QSignalSpy changed(&m_ctx->summary(), &LocalSummary::changed);
        m_clock->advance(24 * 3600 * 1000); // the next day: shown without a read
        QCOMPARE(changed.count(), 1);
        QVERIFY(!m_ctx->summary().reading());
        QCOMPARE(m_ctx->summary().today(), 0);
        QCOMPARE(m_ctx->summary().quarter(), 3);
    }

    void aReportMadeTodayCountsToday()
    {
        QVERIFY(walk().completeWithReport(2));
        QVERIFY(summaryRead());
        QCOMPARE(m_ctx->summary().today(), 1); // its time is today's midnight, which is still today
        QCOMPARE(m_ctx->summary().gratificationReports(), 1);
    }

    // Issue 10.1: the summary is kept visit by visit, never re-read after one, and always equals what a
    // full read of the quarter gives: with misuse-flagged visits, a report, a new day and a new quarter.
    void theKeptSummaryEqualsAFullReadOfTheQuarter()
    {
        QVERIFY(summaryRead());
        QCOMPARE(m_ctx->summary().quarter(), 0);
        for (int value : {4, 3, 2})
            QVERIFY(unhurriedVisit(value));
        // Machine-speed visits, flagged and kept out of the IKM.
        for (int i = 0; i < 3; ++i) {
            QVERIFY(completeVisit(1));
            session().reset();
        }
        QVERIFY(walk().completeWithReport(3));
        session().reset();
        QVERIFY(!m_ctx->summary().reading()); // none of these visits read the store
        compareWithAFullRead();
        // Both kinds are there, so neither can be mistaken for the other.
        QVERIFY(m_ctx->summary().flagged() >= 3);
        QVERIFY(m_ctx->summary().flagged() < m_ctx->summary().quarter());
        QVERIFY(m_ctx->summary().report().respondents >= 3);
        QVERIFY(m_ctx->summary().hasIkm());

        look(12 * 3600 * 1000); // the next day, 02:30
        QVERIFY(unhurriedVisit(4));
        QVERIFY(!m_ctx->summary().reading());
        compareWithAFullRead();
        QCOMPARE(m_ctx->summary().today(), 1);

        // Into the next quarter (2027-01-01 00:10 local): its numbers start from nothing.
        const QDateTime newQuarter(QDate(2027, 1, 1), QTime(0, 10), Qt::OffsetFromUTC, 7 * 3600);
        while (m_clock->now().msecsTo(newQuarter) > 0)
            look(int(qMin<qint64>(m_clock->now().msecsTo(newQuarter), 24LL * 3600 * 1000)));
        QSignalSpy read(&m_ctx->summary(), &LocalSummary::refreshed);
        QVERIFY(unhurriedVisit(2)); // folded while the new quarter is read, counted once
        QVERIFY(read.count() > 0 || read.wait(20000));
        while (m_ctx->summary().reading())
            QVERIFY(read.wait(20000));
        compareWithAFullRead();
        QCOMPARE(m_ctx->summary().quarter(), 1);
        QCOMPARE(m_ctx->summary().report().respondents, 1);
    }

    // Issue 10.3: the kiosk's connection never checkpoints inside a commit; the WAL is copied once nobody
    // has saved a visit for WalCheckpointer::kIdleMs.
    void theWalIsCopiedWhenNobodyIsSavingNeverInAVisit()
    {
        // The summary's first read of the quarter runs on its worker with its own connection; on a
        // loaded machine it can still hold its snapshot when the copy runs, and the copy then (rightly)
        // stops at that reader's mark. This test is about the kiosk's own writes: no reader. A read
        // that has finished but whose result is still queued counts too (ready() is still false): a
        // visit saved then would start a second read beside the copy.
        QSignalSpy summaryRead(&m_ctx->summary(), &LocalSummary::refreshed);
        while (!m_ctx->summary().ready() || m_ctx->summary().reading())
            QVERIFY(summaryRead.wait(20000));
        QSqlQuery q(m_ctx->store().database());
        QVERIFY(q.exec("PRAGMA wal_autocheckpoint") && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        QSignalSpy copied(&m_ctx->checkpointer(), &WalCheckpointer::checkpointed);
        QVERIFY(completeVisit(4));
        QCOMPARE(copied.count(), 0);
        look(WalCheckpointer::kIdleMs - 1000);
        QCOMPARE(copied.count(), 0); // the visitor is still on the thank-you screen
        look(1000);
        QCOMPARE(copied.count(), 1);
        const auto result = copied.last().first().value<LocalStore::Checkpoint>();
        QVERIFY(result.copiedFrames > 0);
        QCOMPARE(result.copiedFrames, result.walFrames);
        look(WalCheckpointer::kIdleMs);
        QCOMPARE(copied.count(), 1); // nothing new to copy
    }

    void onlyOneSpkpVariantIsAsked()
    {
        KioskSettings &settings = m_ctx->settings();
        settings.setQuestionnaireEnabled("spkp", true);
        settings.setQuestionnaireEnabled("spkp-lapas", true);
        QCOMPARE(settings.enabledQuestionnaires(), (QStringList{"skm", "spkp-lapas"}));
        settings.setEnabledQuestionnaires({"skm", "spkp", "spkp-lapas"});
        QCOMPARE(settings.enabledQuestionnaires(), (QStringList{"skm", "spkp"}));
    }

    void settingsSurviveARestart()
    {
        m_ctx->settings().setUnitName("Rutan Kelas I Surakarta");
        m_ctx->settings().setServiceProfile("bkkbn");
        m_ctx->settings().setIdleTimeoutSeconds(90);
        m_ctx->settings().setServiceEnabled("konseling", false);
        openKiosk(m_dir->path());
        QCOMPARE(m_ctx->settings().unitName(), QStringLiteral("Rutan Kelas I Surakarta"));
        QCOMPARE(m_ctx->settings().idleTimeoutSeconds(), 90);
        QStringList keys;
        for (const Service &s : m_ctx->settings().services())
            keys << s.key;
        QVERIFY(keys.contains("pelayanan_kb"));
        QVERIFY(!keys.contains("konseling"));
    }
};

QTEST_GUILESS_MAIN(TestSurveySession)
#include "tst_surveysession.moc"
