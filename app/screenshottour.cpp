#include "screenshottour.h"

#include "crypto/pinhash.h"
#include "kioskcontext.h"
#include "speech/recordingspeaker.h"
#include "screenshottourofficers.h"
#include "syncmeta.h"

#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QImage>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

namespace suara {

namespace {
const QString kMainQml = QStringLiteral("qrc:/qt/qml/Suara/Ui/Main.qml");
const QString kPin = QStringLiteral("802468");
// What `suara-server recovery-code` would print for the tour's pretend enrollment (normalized).
const QString kRecoveryCode = QStringLiteral("7KQ4MX2PQ8");

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// A believable quarter of answers, so the admin summary has something to show.
void seedVisits(LocalStore &store, const QString &unitCode, int count)
{
    QRandomGenerator rng(20261122);
    const QStringList keys = {"persyaratan", "prosedur", "waktu",     "biaya", "produk",
                              "kompetensi",  "perilaku", "pengaduan", "sarana"};
    QList<RecordDraft> drafts;
    for (int i = 0; i < count; ++i) {
        RecordDraft d;
        d.questionnaireId = QStringLiteral("skm");
        d.questionnaireVersion = 1;
        d.unitCode = unitCode;
        d.service = QStringLiteral("kunjungan");
        d.capturedAt = QDateTime::currentDateTime().addSecs(-3600 * (i % 30));
        QJsonObject answers;
        for (const QString &k : keys)
            answers.insert(k, 2 + int(rng.bounded(3)) - (k == QLatin1String("waktu") ? 1 : 0));
        d.data.insert(QStringLiteral("answers"), answers);
        // Each visit ends with its statement, which is what the summary counts visitors by.
        RecordDraft ack = d;
        ack.type = RecordType::GratificationAck;
        ack.questionnaireId = QStringLiteral("gratification-statement");
        ack.data = {{QStringLiteral("statement"), QStringLiteral("no_reward")}};
        drafts << d << ack;
    }
    store.append(drafts);
}

// Pretends the kiosk was enrolled with a server that is not there, and lets one sync fail against it.
bool enrollUnreachable(KioskContext &ctx)
{
    sync::SyncMeta meta(&ctx.store());
    if (!meta.saveEnrollment(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("tour"),
                             ctx.settings().unitCode(), ctx.settings().unitName(), QDateTime::currentDateTimeUtc(),
                             pinhash::hash(kRecoveryCode))
             .ok())
        return false;
    sync::SyncEngine *engine = ctx.sync().engine();
    engine->refresh();
    if (!ctx.sync().syncNow())
        return false;
    for (int i = 0; i < 100 && engine->busy(); ++i)
        settle(50);
    return !engine->busy();
}

// A result as the server publishes it (protocol §4 `published_result`).
QJsonObject publishedResult()
{
    return QJsonObject{
        {QStringLiteral("unit"), QStringLiteral("LPYK-01")},
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("label"), QStringLiteral("2026-Q3")},
                     {QStringLiteral("from"), QStringLiteral("2026-07-01")},
                     {QStringLiteral("to"), QStringLiteral("2026-09-30")}}},
        {QStringLiteral("respondents"), 212},
        {QStringLiteral("ikm"), 84.2013},
        {QStringLiteral("ikm_hundredths"), 8420},
        {QStringLiteral("category"), QStringLiteral("B")},
        {QStringLiteral("category_label"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("Baik")}, {QStringLiteral("en"), QStringLiteral("Good")}}}};
}

void configureDemoUnit(KioskSettings &s, const QString &language)
{
    s.setUnitName(QStringLiteral("Lapas Kelas IIA Yogyakarta"));
    s.setUnitCode(QStringLiteral("LPYK-01"));
    s.setComplaintContact(QStringLiteral("WA 0811-2600-0000"));
    s.setServiceProfile(QStringLiteral("lapas"));
    s.setDefaultLanguage(language);
    s.setQuestionnaireEnabled(QStringLiteral("spkp-lapas"), true);
    s.setQuestionnaireEnabled(QStringLiteral("spak"), true);
    s.setZiScalePoints(6);
}
} // namespace

int ScreenshotTour::run()
{
    if (!m_options.outputDir.isEmpty())
        QDir().mkpath(m_options.outputDir);
    // The tour provokes an unreachable server and a full store on purpose, to show those screens; their
    // warnings would read as real faults to whoever runs it. QML warnings stay on (the self-test needs them).
    QLoggingCategory::setFilterRules(QStringLiteral("suara.app.sync.info=false\n"
                                                    "suara.app.sync.warning=false\n"
                                                    "suara.app.errors.warning=false\n"
                                                    "suara.app.session.warning=false"));
    const int shown = walk();
    QLoggingCategory::setFilterRules(QString());
    return shown;
}

int ScreenshotTour::walk()
{
    int shown = 0;
    for (const QString &mode : m_options.modes) {
        // "large": the visitor's large-text, high-contrast look, on the visitor screens only.
        const bool large = mode == QLatin1String("large");
        for (const QString &lang : m_options.languages) {
            for (const QSize &size : m_options.sizes) {
                QTemporaryDir data;
                // The tour's own time: each step "looks" at its page for a moment, as a visitor does.
                ManualClock clock;
                KioskContext ctx(data.path(), &clock);
                QQmlApplicationEngine engine;
                engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
                ctx.attach(&engine, qApp);
                ctx.language().setLanguage(lang);
                // A voice for both languages, so the screens show "Listen" as a kiosk with a speech engine does.
                RecordingSpeaker voice;
                voice.setAutoFinish(true);
                ctx.readAloud().setSpeaker(&voice);
                if (large) {
                    // The visitor's choice ends with each visit; the tour makes it again for every one.
                    ctx.display().setLargeText(true);
                    QObject::connect(&ctx.display(), &VisitorDisplay::largeTextChanged, &ctx.display(),
                                     [&ctx] { ctx.display().setLargeText(true); });
                }
                engine.load(QUrl(kMainQml));
                auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
                if (!window) {
                    m_problems << QStringLiteral("Main.qml did not load");
                    return -1;
                }
                window->resize(size);
                window->show();
                const QString orientation =
                    size.width() > size.height() ? QStringLiteral("landscape") : QStringLiteral("portrait");
                int n = 0;
                auto shot = [&](const QString &name) {
                    // Let transitions and images finish before a picture; a walk only needs the frame.
                    settle(m_options.outputDir.isEmpty() ? 80 : 450);
                    ++shown;
                    ++n;
                    if (m_options.outputDir.isEmpty())
                        return;
                    const QString path =
                        QStringLiteral("%1/%2-%3-%4-%5.png")
                            .arg(m_options.outputDir, large ? QStringLiteral("large-") + lang : lang, orientation,
                                 QString::number(n).rightJustified(2, QLatin1Char('0')), name);
                    if (window->grabWindow().save(path))
                        m_saved << path;
                    else
                        m_problems << QStringLiteral("could not save %1").arg(path);
                };

                SurveySession &s = ctx.session();
                AdminGate &admin = ctx.admin();
                auto look = [&] {
                    ctx.idle().poke(); // each step is a visitor's tap
                    clock.advance(SurveySession::kSettleMs);
                };

                // The setup flow's steps: a weak PIN, the confirm step, a mismatch. Admin screens keep their
                // own look, so the large-text tour shows only the visitor's.
                if (large) {
                } else if (QObject *flow = window->findChild<QObject *>(QStringLiteral("pinSetupFlow"))) {
                    shot(QStringLiteral("admin-pin-setup"));
                    (void)admin.acceptNewPin(QStringLiteral("123456"));
                    shot(QStringLiteral("admin-pin-setup-weak"));
                    (void)admin.acceptNewPin(kPin);
                    flow->setProperty("first", kPin);
                    shot(QStringLiteral("admin-pin-setup-confirm"));
                    (void)admin.setPin(kPin, QStringLiteral("802467"));
                    flow->setProperty("first", QString());
                    shot(QStringLiteral("admin-pin-setup-mismatch"));
                    admin.clearMessage();
                } else {
                    m_problems << QStringLiteral("the PIN setup page has no objectName 'pinSetupFlow'");
                }
                admin.setPin(kPin, kPin);
                configureDemoUnit(ctx.settings(), lang);
                seedVisits(ctx.store(), ctx.settings().unitCode(), 36);
                admin.lock();
                s.reset();
                look();

                shot(QStringLiteral("welcome"));
                // The unit's last published result, as the server's settings document carries it.
                ctx.settings().setPublishedResult(publishedResult());
                shot(QStringLiteral("welcome-result"));
                ctx.settings().setPublishedResult({});
                s.start();
                look();
                shot(QStringLiteral("service"));
                s.chooseService(QStringLiteral("kunjungan"));
                look();
                s.setProfileField(QStringLiteral("gender"), QStringLiteral("P"));
                s.setProfileField(QStringLiteral("age"), QStringLiteral("30-39"));
                shot(QStringLiteral("profile"));
                s.finishProfile();
                look();
                shot(QStringLiteral("question-skm"));
                s.answer(4);
                look();
                s.answer(3);
                look();
                s.back();
                look();
                shot(QStringLiteral("question-answered"));
                while (s.step() == SurveySession::Step::Question && s.question().surveyKind == QLatin1String("skm")) {
                    s.answer(3);
                    look();
                }
                shot(QStringLiteral("question-zi-stars"));
                while (s.step() == SurveySession::Step::Question && s.question().kind == QLatin1String("rating")) {
                    s.answer(5);
                    look();
                }
                shot(QStringLiteral("question-control"));
                while (s.step() == SurveySession::Step::Question) {
                    s.answer(s.question().kind == QLatin1String("yesno") ? 0 : 5);
                    look();
                }
                shot(QStringLiteral("gratification"));
                s.chooseStatement(QStringLiteral("reported"));
                look();
                shot(QStringLiteral("gratification-chosen"));
                s.confirmStatement();
                look();
                s.setReportField(QStringLiteral("kind"), QStringLiteral("asked"));
                s.setReportField(QStringLiteral("what"), QStringLiteral("money"));
                s.setReportField(QStringLiteral("when"), QStringLiteral("today"));
                s.setReportField(QStringLiteral("counter"), QStringLiteral("Loket 2"));
                shot(QStringLiteral("gratification-report"));
                s.finishReport();
                look();
                shot(QStringLiteral("comment"));
                // A visitor who stops answering is asked "Still there?" before the visit is dropped.
                clock.advance(ctx.settings().idleTimeoutSeconds() * 1000);
                shot(QStringLiteral("still-there"));
                ctx.idle().poke();
                // The on-screen keyboard must leave the comment box and its buttons visible.
                if (auto *input = window->findChild<QQuickItem *>(QStringLiteral("commentInput"))) {
                    input->forceActiveFocus();
                    QGuiApplication::inputMethod()->show();
                    shot(QStringLiteral("comment-keyboard"));
                    QGuiApplication::inputMethod()->hide();
                    input->setFocus(false);
                } else {
                    m_problems << QStringLiteral("the comment page has no objectName 'commentInput'");
                }
                s.submit(QStringLiteral("Petugas ramah, antrean cepat."));
                shot(QStringLiteral("thank-you-report"));
                s.reset();
                shot(QStringLiteral("welcome-cooldown"));
                clock.advance(ctx.settings().cooldownSeconds() * 1000);

                // A visit without a report, for the plain thank-you.
                s.start();
                look();
                s.chooseService(QStringLiteral("kunjungan"));
                look();
                s.finishProfile();
                look();
                while (s.step() == SurveySession::Step::Question) {
                    s.answer(s.question().kind == QLatin1String("yesno") ? 0 : 3);
                    look();
                }
                s.chooseStatement(QStringLiteral("none"));
                look();
                s.confirmStatement();
                look();
                s.submit(QString());
                shot(QStringLiteral("thank-you"));
                s.reset();
                clock.advance(ctx.settings().cooldownSeconds() * 1000);
                if (large) {
                    window->close();
                    continue;
                }

                // PINs and recovery codes are checked on a worker thread: wait for each outcome before the next shot.
                auto awaitCheck = [&admin](bool started) {
                    QEventLoop loop;
                    QObject::connect(&admin, &AdminGate::checked, &loop, &QEventLoop::quit);
                    if (started && admin.checking())
                        loop.exec();
                };
                auto enterPin = [&](const QString &pin) { awaitCheck(admin.unlock(pin)); };
                auto recovering = [&window](bool on) {
                    if (QObject *page = window->findChild<QObject *>(QStringLiteral("pinPage")))
                        page->setProperty("recovering", on);
                };
                admin.requestAccess();
                shot(QStringLiteral("admin-pin"));
                recovering(true);
                shot(QStringLiteral("admin-pin-forgot-unenrolled"));
                recovering(false);
                enterPin(kPin);
                if (QObject *page = window->findChild<QObject *>(QStringLiteral("adminPage"))) {
                    const QStringList sections = page->property("sectionKeys").toStringList();
                    for (int i = 0; i < sections.size(); ++i) {
                        page->setProperty("section", i);
                        shot(QStringLiteral("admin-") + sections.at(i));
                    }
                    // The sync section once more: enrolled, but the server cannot be reached.
                    if (const int sync = int(sections.indexOf(QStringLiteral("sync")));
                        sync >= 0 && enrollUnreachable(ctx)) {
                        page->setProperty("section", sync);
                        shot(QStringLiteral("admin-sync-unreachable"));
                    }
                } else {
                    m_problems << QStringLiteral("the admin page has no objectName 'adminPage'");
                }
                admin.lock();
                admin.requestAccess();
                // Enrolled now: "Forgot PIN?" takes the server's recovery code and leads to a new PIN.
                recovering(true);
                shot(QStringLiteral("admin-pin-recovery"));
                awaitCheck(admin.recover(QStringLiteral("22222-22222")));
                shot(QStringLiteral("admin-pin-recovery-wrong"));
                awaitCheck(admin.recover(kRecoveryCode));
                shot(QStringLiteral("admin-pin-recovery-new-pin"));
                admin.setPin(kPin, kPin);
                tourOfficers(ctx, shot, look);
                admin.lock();
                admin.requestAccess();
                enterPin(QStringLiteral("111111"));
                shot(QStringLiteral("admin-pin-wrong"));
                while (admin.lockoutRemaining() == 0 && admin.unlock(QStringLiteral("111111")))
                    awaitCheck(true);
                shot(QStringLiteral("admin-locked"));
                admin.cancel();

                // No unit code yet: the welcome screen tells the admin instead of taking visits.
                const QString unitCode = ctx.settings().unitCode();
                ctx.settings().setUnitCode(QStringLiteral(""));
                shot(QStringLiteral("welcome-no-unit"));
                ctx.settings().setUnitCode(unitCode);

                ctx.errors().reportStore(
                    StoreError::make(StoreError::Kind::DiskFull,
                                     QStringLiteral("simulated for the screenshot of the unavailable screen")));
                s.showUnavailable();
                shot(QStringLiteral("unavailable"));
                window->close();
            }
        }
    }
    return shown;
}

} // namespace suara
