#include "kioskcontext.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using Step = SurveySession::Step;

// The visitor flow, driven as the QML pages drive it, checked against what lands in the store.
class TestSurveySession : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KioskContext> m_ctx;

    SurveySession &session() { return m_ctx->session(); }

    void answerAll(int value)
    {
        while (session().step() == Step::Question)
            session().answer(session().question().value("kind").toString() == "yesno" ? 0 : value);
    }

    QList<Record> stored() { return m_ctx->store().records().value(); }

    // A visitor who received "kunjungan" and skipped the profile, now at the first question.
    [[nodiscard]] bool beginVisit()
    {
        if (!session().start())
            return false;
        session().chooseService("kunjungan");
        session().finishProfile();
        return session().step() == Step::Question;
    }

    // ...who answers everything with `value`, gave no reward, and sends.
    [[nodiscard]] bool completeVisit(int value, const QString &comment = {})
    {
        if (!beginVisit())
            return false;
        answerAll(value);
        session().confirmNoReward();
        return session().submit(comment);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_ctx = std::make_unique<KioskContext>(m_dir->path());
        m_ctx->settings().setCooldownSeconds(0);
        m_ctx->settings().setUnitCode("LP-01");
    }

    void cleanup()
    {
        m_ctx.reset();
        m_dir.reset();
    }

    void fullSkmVisitIsStoredAfterTheCommit()
    {
        QVERIFY(session().start());
        QCOMPARE(session().step(), Step::Service);
        session().chooseService("kunjungan");
        QCOMPARE(session().step(), Step::Profile);
        session().setProfileField("gender", "P");
        session().setProfileField("age", "30-39");
        session().finishProfile();
        QCOMPARE(session().step(), Step::Question);
        QCOMPARE(session().questionCount(), 9);
        QCOMPARE(session().question().value("key").toString(), QStringLiteral("persyaratan"));
        answerAll(4);
        QCOMPARE(session().step(), Step::Gratification);
        session().confirmNoReward();
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
        QVERIFY(session().profile().isEmpty());
        QVERIFY(session().service().isEmpty());
    }

    void skippedQuestionsAreLeftOutOfTheAnswers()
    {
        m_ctx->settings().setAskProfile(false);
        QVERIFY(session().start());
        session().chooseService("informasi");
        QCOMPARE(session().step(), Step::Question);
        session().answer(3);
        session().skipQuestion(); // prosedur
        answerAll(2);
        session().confirmNoReward();
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
        session().reportReward();
        QCOMPARE(session().step(), Step::GratificationReport);
        session().setReportField("kind", "asked");
        session().setReportField("what", "money");
        session().setReportField("when", "today");
        session().setReportField("counter", "  Loket 3 ");
        session().setReportField("name", "ignored"); // no such field: nobody's name is asked for
        session().finishReport();
        QCOMPARE(session().step(), Step::Comment);
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
        QCOMPARE(session().questionIndex(), 1);
        session().back();
        QCOMPARE(session().questionIndex(), 0);
        QCOMPARE(session().question().value("answer").toInt(), 4); // the earlier answer is still shown
        session().back();
        QCOMPARE(session().step(), Step::Profile);
        session().back();
        QCOMPARE(session().step(), Step::Service);
        session().back();
        QCOMPARE(session().step(), Step::Welcome);
    }

    void resetAndIdleDiscardThePartialVisit()
    {
        QVERIFY(session().start());
        session().chooseService("kunjungan");
        session().setProfileField("gender", "L");
        session().finishProfile();
        session().answer(1);
        emit m_ctx->idle().idle(); // what the idle watcher does after the timeout
        QCOMPARE(session().step(), Step::Welcome);
        QVERIFY(stored().isEmpty());
        QVERIFY(session().start());
        session().chooseService("kunjungan");
        QVERIFY(session().profile().isEmpty());
        session().finishProfile();
        QCOMPARE(session().question().value("answer").toInt(), -1);
    }

    void idleWatcherFiresAfterTheConfiguredTimeout()
    {
        IdleWatcher watcher;
        QSignalSpy spy(&watcher, &IdleWatcher::idle);
        watcher.setTimeoutSeconds(1);
        QVERIFY(!spy.wait(600));
        watcher.poke(); // a touch restarts the countdown
        QVERIFY(spy.wait(2000));
    }

    void cooldownBlocksAnImmediateRestart()
    {
        m_ctx->settings().setCooldownSeconds(30);
        QVERIFY(completeVisit(4));
        session().reset();
        QVERIFY(session().cooldownRemaining() > 0);
        QVERIFY(!session().start());
        QCOMPARE(session().step(), Step::Welcome);
    }

    void machineSpeedAnswersAreFlaggedNotDropped()
    {
        QVERIFY(beginVisit());
        answerAll(4); // nine answers in microseconds
        session().confirmNoReward();
        QVERIFY(session().submit(QString()));
        const QList<Record> records = stored();
        QCOMPARE(records.size(), 2);
        QVERIFY(records.first().isSuspectedMisuse());
        QVERIFY(records.first().data().value("misuse").toArray().contains(QJsonValue("too_fast")));
    }

    void fullStoreShowsUnavailableKeepsEarlierRecordsAndRetries()
    {
        QVERIFY(completeVisit(4));
        session().reset();

        QSqlQuery q(m_ctx->store().database());
        QVERIFY(q.exec("PRAGMA page_count") && q.next());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt())));
        QVERIFY(beginVisit());
        answerAll(2);
        session().confirmNoReward();
        QVERIFY(!session().submit(QString(5000, QLatin1Char('x')))); // a long comment needs a new page
        QCOMPARE(session().step(), Step::Unavailable);
        QVERIFY(m_ctx->errors().kioskUnavailable());
        QVERIFY(!m_ctx->errors().alert().isEmpty());
        QCOMPARE(stored().size(), 2);
        session().reset(); // the idle timer must not hide the problem
        QCOMPARE(session().step(), Step::Unavailable);

        QVERIFY(q.exec("PRAGMA max_page_count = 1000000"));
        session().retry();
        QCOMPARE(session().step(), Step::Welcome);
        QVERIFY(!m_ctx->errors().kioskUnavailable());
        QCOMPARE(stored().size(), 4); // the visit that waited in memory is saved
    }

    void aKioskWhoseStoreRecoversTakesVisitsAgain()
    {
        m_ctx.reset();
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("kiosk.db")); // a directory where the store should be: cannot open
        m_ctx = std::make_unique<KioskContext>(dir.path());
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
        QVERIFY(completeVisit(3));
        QCOMPARE(stored().size(), 2);
        // Sync started with the recovered store: its outbox holds the visit, waiting for a server.
        QTRY_COMPARE(m_ctx->sync().pendingCount(), 2);
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
        QCOMPARE(session().question().value("scalePoints").toInt(), 6);
        QVERIFY(session().question().value("text").toString().startsWith("There is no discrimination"));
        m_ctx->language().setLanguage("id");
        QVERIFY(session().question().value("text").toString().startsWith("Tidak ada diskriminasi"));
        session().answer(6);
        QCOMPARE(session().questionIndex(), 1);
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
            visits << d;
        }
        QVERIFY(m_ctx->store().append(visits).ok());
        LocalSummary &summary = m_ctx->summary();
        summary.refresh();
        QCOMPARE(summary.quarter(), 3);
        QCOMPARE(summary.ikm(), 100.0);
        QCOMPARE(summary.category(), QStringLiteral("A"));
        QCOMPARE(summary.categoryLabel(), QStringLiteral("Sangat baik"));
        QCOMPARE(summary.unsur().first().toMap().value("label").toString(), QStringLiteral("Persyaratan"));

        QSignalSpy relabelled(&summary, &LocalSummary::changed);
        QVERIFY(m_ctx->store().append({visits.first()}).ok()); // not yet counted: no refresh happened
        m_ctx->language().setLanguage("en");
        QCOMPARE(relabelled.count(), 1);
        QCOMPARE(summary.categoryLabel(), QStringLiteral("Very good"));
        QCOMPARE(summary.unsur().first().toMap().value("label").toString(), QStringLiteral("Requirements"));
        QCOMPARE(summary.quarter(), 3);
    }

    void settingsSurviveARestart()
    {
        m_ctx->settings().setUnitName("Rutan Kelas I Surakarta");
        m_ctx->settings().setServiceProfile("bkkbn");
        m_ctx->settings().setIdleTimeoutSeconds(90);
        m_ctx->settings().setServiceEnabled("konseling", false);
        m_ctx.reset();
        m_ctx = std::make_unique<KioskContext>(m_dir->path());
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
