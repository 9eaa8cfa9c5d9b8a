// The kiosk against a real suara-server (SQLite and PostgreSQL): a KioskContext enrolled through the
// call its admin "Sync" section makes, visitors walking the real SurveySession, and the server's own
// tables as the judge. Settings changed on the server reach the next visitor, never the one mid-survey;
// a revoked kiosk says so in words and keeps taking (and keeping) every visit.

#include "kioskcontext.h"
#include "syncharness.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::testing;
using namespace suara::testing::sync;
using Step = SurveySession::Step;

namespace {
constexpr int kNetworkMs = 30'000;

// The visitor looks at each page before tapping: the kiosk ignores taps on a page not yet seen.
void look(KioskContext &ctx)
{
    auto *clock = qobject_cast<ManualClock *>(&ctx.clock());
    Q_ASSERT(clock);
    ctx.idle().poke(); // the tap that follows is input, as on the screen
    clock->advance(SurveySession::kSettleMs);
}

// One visitor from the welcome screen to "send", as the pages drive it. Returns the records written.
int visit(KioskContext &ctx)
{
    SurveySession &s = ctx.session();
    look(ctx);
    if (!s.start())
        return -1;
    look(ctx);
    if (s.step() == Step::Service) {
        s.chooseService(s.services().value(0).value);
        look(ctx);
    }
    if (s.step() == Step::Profile) {
        s.setProfileField(QStringLiteral("gender"), QStringLiteral("P"));
        s.finishProfile();
        look(ctx);
    }
    while (s.step() == Step::Question) {
        s.answer(s.question().kind == QLatin1String("yesno") ? 0 : 3);
        look(ctx);
    }
    if (s.step() != Step::Gratification)
        return -1;
    s.chooseStatement(QStringLiteral("none"));
    look(ctx);
    s.confirmStatement();
    look(ctx);
    if (!s.submit(QString()))
        return -1;
    const int written = s.submittedRecords();
    s.reset();
    return written;
}

QStringList questionnairesOf(const QList<Record> &records)
{
    QStringList ids;
    for (const Record &r : records) {
        if (r.json().value(QLatin1String("type")).toString() != QLatin1String("response"))
            continue;
        const QString id = r.json().value(QLatin1String("q")).toObject().value(QLatin1String("id")).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}
} // namespace

class TestKioskSync : public QObject
{
    Q_OBJECT

    ServerFixture m_fixture;
    QString m_url;
    ManualClock m_clock;

    QString newCode()
    {
        QString error;
        const QString code = m_fixture.enrollmentCode(kUnit, &error);
        if (code.isEmpty())
            qWarning("enrollment-code failed: %s", qPrintable(error));
        return code;
    }

    // A fresh kiosk, enrolled through the admin screen's call (Sync.enroll(address, code)).
    [[nodiscard]] bool enroll(KioskContext &ctx)
    {
        SyncController &sync = ctx.sync();
        if (sync.enrolled() || sync.state() != QLatin1String("notEnrolled") || !sync.enroll(m_url, newCode()))
            return false;
        // Enrolled, then the engine's automatic first sync (push, then the unit's settings) has run.
        return QTest::qWaitFor(
            [&] { return sync.enrolled() && !sync.busy() && ctx.settings().appliedServerVersion() > 0; }, kNetworkMs);
    }

    // The admin's "Sync now", waiting for the engine's answer (after any automatic round still running).
    [[nodiscard]] bool syncNow(KioskContext &ctx)
    {
        SyncController &sync = ctx.sync();
        if (!QTest::qWaitFor([&] { return !sync.busy(); }, kNetworkMs))
            return false;
        QSignalSpy finished(sync.engine(), &suara::sync::SyncEngine::finished);
        return sync.syncNow() && finished.wait(kNetworkMs) && !sync.busy();
    }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(m_fixture);
        QString error;
        QVERIFY2(m_fixture.createUnit(kUnit, QStringLiteral("Lapas Kelas IIA Yogyakarta"), &error), qPrintable(error));
        m_url = m_fixture.server().baseUrl().toString();
        // No waiting between visitors: the kiosks of these tests get it from the server, like any setting.
        const auto settings = m_fixture.server().cli({QStringLiteral("unit-settings"), QStringLiteral("--unit"), kUnit,
                                                      QStringLiteral("--cooldown"), QStringLiteral("0")});
        QVERIFY2(settings.exitCode == 0, settings.err.constData());
    }

    void anEnrolledKioskDeliversItsVisitsExactlyOnce()
    {
        QTemporaryDir dir;
        KioskContext ctx(dir.path(), &m_clock);
        ctx.settings().setCooldownSeconds(30);
        SyncController &sync = ctx.sync();

        // The admin form's own checks, before any network.
        QVERIFY(!sync.enroll(m_url, QStringLiteral("  ")));
        QVERIFY(sync.noticeIsError() && !sync.notice().isEmpty());
        QVERIFY(!sync.enroll(QStringLiteral("not a server"), QStringLiteral("ABCD")));

        QVERIFY(enroll(ctx));
        QCOMPARE(sync.unitCode(), kUnit);
        QVERIFY2(sync.notice().contains(QLatin1String("Lapas Kelas IIA Yogyakarta")), qPrintable(sync.notice()));
        QCOMPARE(ctx.settings().unitCode(), kUnit); // the first settings pull named the kiosk's unit
        QCOMPARE(ctx.settings().unitName(), QStringLiteral("Lapas Kelas IIA Yogyakarta"));
        QCOMPARE(ctx.settings().cooldownSeconds(), 0);

        int written = 0;
        for (int i = 0; i < 3; ++i) {
            const int n = visit(ctx);
            QVERIFY(n > 0);
            written += n;
        }
        QCOMPARE(sync.pendingCount(), written);
        QVERIFY(syncNow(ctx));
        QVERIFY2(!sync.hasError(), qPrintable(sync.lastError() + sync.lastErrorDetail()));
        QCOMPARE(sync.pendingCount(), 0);
        QCOMPARE(sync.syncedCount(), written);
        QCOMPARE(sync.state(), QStringLiteral("idle"));
        QCOMPARE(sync.lastSync(), QStringLiteral("baru saja")); // Indonesian, the kiosk's default
        QVERIFY(sync.notice().contains(QLatin1String("server")));

        const QString diff = compareWithServer(m_fixture, ctx.store(), written);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(integrityAlerts(m_fixture, ctx.store().deviceId()), 0);
        QCOMPARE(m_fixture
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE device_id = ? AND unit_code = ?"),
                             {ctx.store().deviceId(), kUnit})
                     .toInt(),
                 written);

        // Again: nothing new travels, nothing is stored twice.
        QVERIFY(syncNow(ctx));
        QVERIFY(compareWithServer(m_fixture, ctx.store(), written).isEmpty());
    }

    void serverSettingsReachTheNextVisitorNotTheOneMidSurvey()
    {
        QTemporaryDir dir;
        auto ctx = std::make_unique<KioskContext>(dir.path(), &m_clock);
        QVERIFY(enroll(*ctx));
        const int before = ctx->settings().appliedServerVersion();
        QCOMPARE(ctx->settings().enabledQuestionnaires(), QStringList{QStringLiteral("skm")});

        // A visitor is in the middle of the SKM when the unit admin changes the settings on the server.
        SurveySession &s = ctx->session();
        look(*ctx);
        QVERIFY(s.start());
        look(*ctx);
        if (s.step() == Step::Service) {
            s.chooseService(s.services().value(0).value);
            look(*ctx);
        }
        if (s.step() == Step::Profile) {
            s.finishProfile();
            look(*ctx);
        }
        QCOMPARE(s.step(), Step::Question);
        const int asked = s.questionCount();
        QCOMPARE(asked, 9);
        s.answer(3);
        look(*ctx);

        const auto changed = m_fixture.server().cli({QStringLiteral("unit-settings"), QStringLiteral("--unit"), kUnit,
                                                     QStringLiteral("--questionnaires"), QStringLiteral("skm,spak"),
                                                     QStringLiteral("--idle-timeout"), QStringLiteral("120")});
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        QSignalSpy applied(&ctx->sync(), &SyncController::settingsApplied);
        QVERIFY(syncNow(*ctx));
        QVERIFY(ctx->sync().engine()->status()->settingsVersion() > before);

        // Received, but the visitor keeps what they started with.
        QCOMPARE(applied.count(), 0);
        QCOMPARE(ctx->settings().enabledQuestionnaires(), QStringList{QStringLiteral("skm")});
        QCOMPARE(ctx->settings().idleTimeoutSeconds(), 60);
        QCOMPARE(s.step(), Step::Question);
        QCOMPARE(s.questionCount(), asked);
        while (s.step() == Step::Question) {
            s.answer(3);
            look(*ctx);
        }
        s.chooseStatement(QStringLiteral("none"));
        look(*ctx);
        s.confirmStatement();
        look(*ctx);
        QVERIFY(s.submit(QString()));
        QCOMPARE(questionnairesOf(ctx->store().records().value()), QStringList{QStringLiteral("skm")});
        QCOMPARE(applied.count(), 0); // the thank-you screen is still this visitor's

        // Back on the welcome screen: the next visitor is asked SKM and SPAK.
        s.reset();
        look(*ctx);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(ctx->settings().enabledQuestionnaires(), (QStringList{QStringLiteral("skm"), QStringLiteral("spak")}));
        QCOMPARE(ctx->settings().idleTimeoutSeconds(), 120);
        QCOMPARE(ctx->settings().appliedServerVersion(), ctx->sync().engine()->status()->settingsVersion());
        QVERIFY(s.start());
        QVERIFY2(s.questionCount() > asked, qPrintable(QString::number(s.questionCount())));
        s.reset();
        QVERIFY(visit(*ctx) > 0);
        QCOMPARE(questionnairesOf(ctx->store().records().value()),
                 (QStringList{QStringLiteral("skm"), QStringLiteral("spak")}));
        QVERIFY(syncNow(*ctx));
        QVERIFY(compareWithServer(m_fixture, ctx->store(), ctx->store().records().value().size()).isEmpty());

        // A restart keeps the applied settings and the server's definitions, and applies nothing twice.
        ctx.reset();
        ctx = std::make_unique<KioskContext>(dir.path(), &m_clock);
        QCOMPARE(ctx->settings().enabledQuestionnaires(), (QStringList{QStringLiteral("skm"), QStringLiteral("spak")}));
        QCOMPARE(ctx->settings().idleTimeoutSeconds(), 120);
        QVERIFY(ctx->catalog().questionnaire(QStringLiteral("spak")).has_value());
        QVERIFY(ctx->sync().enrolled());
    }

    void aRevokedKioskSaysSoAndKeepsEveryVisit()
    {
        QTemporaryDir dir;
        KioskContext ctx(dir.path(), &m_clock);
        SyncController &sync = ctx.sync();
        QVERIFY(enroll(ctx));
        const int first = visit(ctx);
        QVERIFY(first > 0);
        QVERIFY(syncNow(ctx));
        QCOMPARE(sync.syncedCount(), first);

        const auto revoke = m_fixture.server().cli(
            {QStringLiteral("revoke-device"), QStringLiteral("--device"), ctx.store().deviceId()});
        QVERIFY2(revoke.exitCode == 0, revoke.err.constData());

        int later = 0;
        for (int i = 0; i < 2; ++i)
            later += visit(ctx);
        QVERIFY(later > 0);
        QVERIFY(syncNow(ctx));

        // The sync section: the refusal in words of the kiosk's language, and the count of what waits.
        QCOMPARE(sync.state(), QStringLiteral("revoked"));
        QVERIFY(sync.hasError());
        QVERIFY2(sync.lastError().contains(QLatin1String("dicabut")), qPrintable(sync.lastError()));
        QVERIFY2(sync.lastError().contains(QLatin1String("aman")), qPrintable(sync.lastError()));
        ctx.language().setLanguage(QStringLiteral("en"));
        QVERIFY2(sync.lastError().contains(QLatin1String("revoked")), qPrintable(sync.lastError()));
        ctx.language().setLanguage(QStringLiteral("id"));
        QCOMPARE(sync.pendingCount(), later);

        // Visitors never notice: no "unavailable", visits still saved, nothing lost, nothing sent.
        QVERIFY(!ctx.errors().kioskUnavailable());
        const int more = visit(ctx);
        QVERIFY(more > 0);
        QCOMPARE(ctx.session().step(), Step::Welcome);
        QVERIFY(!sync.syncNow() || QTest::qWaitFor([&] { return !sync.busy(); }, kNetworkMs));
        QCOMPARE(ctx.store().records().value().size(), first + later + more);
        QCOMPARE(sync.pendingCount(), later + more);
        QCOMPARE(
            m_fixture
                .scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE device_id = ?"), {ctx.store().deviceId()})
                .toInt(),
            first);
    }
};

QTEST_GUILESS_MAIN(TestKioskSync)
#include "tst_kiosksync.moc"
