// Officers on a shared tablet: the officers table, sign-in with the escalating lockout shared with the
// admin PIN's rules, the lock after a quiet spell, and the officer's id in every record they capture.
#include "crypto/pinhash.h"
#include "crypto/pinpolicy.h"
#include "kioskcontext.h"
#include "officergate.h"
#include "officerreport.h"
#include "store/evidencestore.h"
#include "officerstore.h"
#include "position/positionsource.h"
#include "visitwalk.h"

#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using suara::testing::VisitWalk;

namespace {
const QString kSitiPin = QStringLiteral("580314");

// A receiver in the test's hand: the machine that runs the tests has none.
class FakePosition : public PositionSource
{
public:
    // Like a receiver, it knows no fix from before its start.
    void start() override
    {
        running = true;
        fix.reset();
    }
    void stop() override
    {
        running = false;
        fix.reset();
    }
    [[nodiscard]] std::optional<PositionFix> latest() const override { return fix; }
    // A new reading, as a receiver announces it.
    void receive(const PositionFix &f)
    {
        fix = f;
        emit latestChanged();
    }
    bool running = false;
    std::optional<PositionFix> fix;
};
const QString kBudiPin = QStringLiteral("730916");
} // namespace

class TestOfficers : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<KioskContext> m_ctx;

    OfficerGate &gate() { return m_ctx->officers(); }

    void openKiosk()
    {
        m_ctx.reset();
        m_ctx = std::make_unique<KioskContext>(m_dir->path(), m_clock.get());
    }

    // The admin adds Siti and Budi on the device.
    void addTwo()
    {
        QVERIFY(m_ctx->admin().hasPin() || m_ctx->admin().setPin("802468", "802468"));
        QVERIFY(m_ctx->admin().unlocked());
        QVERIFY2(gate().addOfficer("Siti Rahmawati", "198703122010012003", "PKB Depok", kSitiPin, kSitiPin),
                 qPrintable(gate().message()));
        QVERIFY2(gate().addOfficer("Budi Santoso", "", "PLKB", kBudiPin, kBudiPin), qPrintable(gate().message()));
        m_ctx->admin().lock();
    }

    // Taps the name, types the PIN, and waits for the check off the GUI thread.
    bool signIn(const QString &id, const QString &pin)
    {
        gate().requestSignIn();
        gate().choose(id);
        QSignalSpy checked(&gate(), &OfficerGate::checked);
        if (!gate().signIn(pin))
            return false;
        if (!checked.wait(10000))
            return false;
        return checked.first().first().toBool();
    }

    // The start of every position case: a field tablet with the test's receiver, one desa, Siti signed
    // in. `receiver` is owned by the context; `config` is the configuration now applied.
    void fieldTabletWithReceiver(FakePosition *&receiver, DeviceConfig &config)
    {
        auto owned = std::make_unique<FakePosition>();
        receiver = owned.get();
        m_ctx->setPositionSource(std::move(owned));
        addTwo();
        config = m_ctx->settings().config();
        config.deviceMode = DeviceMode::Field;
        config.regions = {{"34.04.07.2001", "Caturtunggal", "Depok", "Kab. Sleman", "DI Yogyakarta"}};
        QVERIFY(m_ctx->settings().setConfig(config));
        QVERIFY(signIn("siti-rahmawati", kSitiPin));
    }

    // One field interview from the desa to the saved answers; the data of its first response.
    QJsonObject interview(VisitWalk &walk)
    {
        SurveySession &s = walk.session();
        walk.look();
        if (!s.start() || s.step() != SurveySession::Step::Region)
            return {};
        walk.look();
        s.chooseRegion("34.04.07.2001", "Caturtunggal");
        walk.look();
        if (s.step() == SurveySession::Step::Service) {
            s.chooseService("kunjungan");
            walk.look();
        }
        for (const auto &[k, v] :
             {std::pair{"gender", "L"}, {"age", "40-49"}, {"education", "SD"}, {"occupation", "LAINNYA"}}) {
            s.setProfileField(k, v);
            walk.look();
        }
        s.finishProfile();
        walk.look();
        s.chooseAdministered("handed_over");
        walk.look();
        walk.answerAll(4);
        if (!walk.state("none") || !s.submit(QString()))
            return {};
        const QList<Record> records = m_ctx->store().records().value();
        walk.look();
        s.finishVisit();
        for (const Record &r : records) {
            if (r.seq > m_lastSeq && r.type == RecordType::Response) {
                m_lastSeq = records.last().seq;
                return r.data();
            }
        }
        return {};
    }
    qint64 m_lastSeq = 0;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_lastSeq = 0; // a new store counts from 1 again
        m_clock =
            std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::OffsetFromUTC, 7 * 3600));
        openKiosk();
        m_ctx->settings().setCooldownSeconds(0);
        m_ctx->settings().setUnitCode("KB-SLM");
    }

    void cleanup()
    {
        m_ctx.reset();
        m_clock.reset();
        m_dir.reset();
    }

    void theAdminAddsOfficersWithTheirOwnPins()
    {
        addTwo();
        const QList<Officer> stored = OfficerStore(&m_ctx->store()).all().value();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).id, QStringLiteral("budi-santoso"));
        QCOMPARE(stored.at(1).id, QStringLiteral("siti-rahmawati"));
        QCOMPARE(stored.at(1).nip, QStringLiteral("198703122010012003"));
        // Only the slow hash is kept, and it is the officer's own PIN's.
        QVERIFY(!stored.at(1).pinHash.contains(kSitiPin));
        QVERIFY(pinhash::verify(stored.at(1).pinHash, kSitiPin));
        QVERIFY(!pinhash::verify(stored.at(1).pinHash, kBudiPin));
    }

    void addingNeedsTheAdminAndAGoodPin()
    {
        QVERIFY(!gate().addOfficer("Siti", "", "", kSitiPin, kSitiPin)); // admin area closed
        QVERIFY(m_ctx->admin().setPin("802468", "802468"));
        QVERIFY(!gate().addOfficer("Siti", "", "", "123456", "123456"));
        QVERIFY(gate().message().contains("123456"));
        QVERIFY(!gate().addOfficer("Siti", "", "", kSitiPin, kBudiPin));
        QVERIFY(!gate().addOfficer("  ", "", "", kSitiPin, kSitiPin));
        QVERIFY(gate().officers().isEmpty());
        // Two officers with the same name get two ids.
        QVERIFY(gate().addOfficer("Siti", "", "", kSitiPin, kSitiPin));
        QVERIFY(gate().addOfficer("Siti", "", "", kBudiPin, kBudiPin));
        QCOMPARE(OfficerStore(&m_ctx->store()).all()->at(1).id, QStringLiteral("siti-2"));
    }

    void switchingOfficerIsTwoTapsAndAPin()
    {
        addTwo();
        QVERIFY(signIn("siti-rahmawati", kSitiPin));
        QCOMPARE(gate().officerId(), QStringLiteral("siti-rahmawati"));
        QVERIFY(!gate().choosing());
        QVERIFY(signIn("budi-santoso", kBudiPin));
        QCOMPARE(gate().officerId(), QStringLiteral("budi-santoso"));
        QCOMPARE(gate().officerName(), QStringLiteral("Budi Santoso"));
        // Budi's PIN does not open Siti's session, and a failed switch keeps Budi signed in.
        QVERIFY(!signIn("siti-rahmawati", kBudiPin));
        QCOMPARE(gate().officerId(), QStringLiteral("budi-santoso"));
    }

    void wrongPinsLockSignInForEveryOfficerAndSurviveARestart()
    {
        addTwo();
        // Wrong tries on one officer and the other count together.
        for (int i = 1; i < pinpolicy::kFreeAttempts; ++i) {
            QVERIFY(!signIn(i % 2 ? "budi-santoso" : "siti-rahmawati", "999111"));
            QCOMPARE(gate().lockoutRemaining(), 0);
            QCOMPARE(gate().attemptsLeft(), pinpolicy::kFreeAttempts - i);
        }
        QVERIFY(!signIn("siti-rahmawati", "999111"));
        QCOMPARE(gate().lockoutRemaining(), 60);
        // Locked: even the right PIN of the other officer is not checked.
        gate().choose("budi-santoso");
        QVERIFY(!gate().signIn(kBudiPin));
        QVERIFY(gate().message().contains("1"));
        // A restart does not reset the count.
        openKiosk();
        QCOMPARE(gate().lockoutRemaining(), 60);
        m_clock->advance(61 * 1000);
        QCOMPARE(gate().lockoutRemaining(), 0);
        QVERIFY(signIn("budi-santoso", kBudiPin));
        QCOMPARE(gate().attemptsLeft(), pinpolicy::kFreeAttempts);
    }

    void theTabletLocksItselfAfterTheQuietMinutes()
    {
        addTwo();
        gate().setMode(true, 3);
        QVERIFY(signIn("siti-rahmawati", kSitiPin));
        QSignalSpy locked(&gate(), &OfficerGate::autoLocked);
        m_clock->advance(2 * 60 * 1000 + 59 * 1000);
        QVERIFY(gate().signedIn()); // not yet
        m_clock->advance(2 * 1000);
        QCOMPARE(locked.size(), 1);
        QVERIFY(!gate().signedIn());
        QVERIFY(gate().choosing()); // a field tablet asks who is using it
    }

    void recordsNameTheOfficerAndTheFieldMode()
    {
        addTwo();
        VisitWalk walk(*m_ctx, *m_clock);
        QVERIFY(walk.complete(4)); // nobody signed in: no officer key
        walk.look();
        walk.session().finishVisit();
        DeviceConfig config = m_ctx->settings().config();
        config.deviceMode = DeviceMode::Field;
        config.regions = {{"34.04.07.2001", "Caturtunggal", "Depok", "Kab. Sleman", "DI Yogyakarta"}};
        QVERIFY(m_ctx->settings().setConfig(config));
        QVERIFY(gate().fieldMode());
        QVERIFY(signIn("siti-rahmawati", kSitiPin));
        // The interview: desa, service, the whole profile (required), read aloud, the answers.
        SurveySession &s = walk.session();
        walk.look();
        QVERIFY(s.start());
        QCOMPARE(s.step(), SurveySession::Step::Region);
        walk.look();
        s.chooseRegion("34.04.07.9999", "Nowhere"); // not one of the unit's
        QCOMPARE(s.step(), SurveySession::Step::Region);
        s.chooseRegion("34.04.07.2001", "Caturtunggal");
        walk.look();
        if (s.step() == SurveySession::Step::Service) {
            s.chooseService("kunjungan");
            walk.look();
        }
        QCOMPARE(s.step(), SurveySession::Step::Profile);
        s.setProfileField("gender", "P");
        walk.look();
        s.finishProfile();
        QCOMPARE(s.step(), SurveySession::Step::Profile); // not without the whole profile
        for (const auto &[k, v] : {std::pair{"age", "30-39"}, {"education", "SMA"}, {"occupation", "PNS"}}) {
            s.setProfileField(k, v);
            walk.look();
        }
        s.finishProfile();
        QCOMPARE(s.step(), SurveySession::Step::Administer);
        walk.look();
        s.chooseAdministered("read_aloud");
        QCOMPARE(s.step(), SurveySession::Step::Question);
        walk.look();
        walk.answerAll(3);
        QVERIFY(walk.state("none"));
        QVERIFY(s.submit(QString()));
        const QList<Record> records = m_ctx->store().records().value();
        QCOMPARE(records.size(), 4);
        QVERIFY(!records.at(0).json().contains("officer"));
        QCOMPARE(records.at(0).json().value("mode").toString(), QStringLiteral("kiosk"));
        for (const Record &r : records.mid(2)) {
            QCOMPARE(r.json().value("officer").toString(), QStringLiteral("siti-rahmawati"));
            QCOMPARE(r.json().value("mode").toString(), QStringLiteral("field"));
        }
        const QJsonObject data = records.at(2).data();
        QCOMPARE(data.value("administered").toString(), QStringLiteral("read_aloud"));
        QCOMPARE(data.value("region").toObject().value("code").toString(), QStringLiteral("34.04.07.2001"));
        QCOMPARE(data.value("profile").toObject().size(), 4);
        QVERIFY(!data.contains("location"));
        QVERIFY(fieldformat::checkResponseData(data).isEmpty()); // what the server accepts
    }

    // issue 9 item 2: the position is stored when the device has one and the unit allows it, never
    // otherwise; a stale fix is not the interview's place.
    void aFieldInterviewCarriesAFreshPositionOnlyWhenTheUnitAllowsIt()
    {
        FakePosition *receiver = nullptr;
        DeviceConfig config;
        fieldTabletWithReceiver(receiver, config);
        if (QTest::currentTestFailed())
            return;
        VisitWalk walk(*m_ctx, *m_clock);

        // Not allowed (the default): the receiver is never started, and no record has a position.
        QVERIFY(!receiver->running);
        receiver->fix = PositionFix{-7.7713, 110.4081, 8.2, m_clock->now()};
        QJsonObject data = interview(walk);
        QVERIFY(data.contains("region"));
        QVERIFY(!data.contains("location"));

        // Allowed: started; a fix half a minute old is the interview's place, rounded to about a metre.
        config.allowLocation = true;
        QVERIFY(m_ctx->settings().setConfig(config));
        QVERIFY(receiver->running);
        receiver->fix = PositionFix{-7.771349876, 110.408123456, 8.2, m_clock->now().addSecs(-30)};
        data = interview(walk);
        const QJsonObject location = data.value("location").toObject();
        QCOMPARE(location.value("lat").toDouble(), -7.77135);
        QCOMPARE(location.value("lon").toDouble(), 110.40812);
        QCOMPARE(location.value("accuracyM").toInteger(), 9);
        QVERIFY2(fieldformat::checkResponseData(data).isEmpty(), qPrintable(fieldformat::checkResponseData(data)));

        // A fix from before the officer walked on to the next house is not used; nor is none at all.
        receiver->fix =
            PositionFix{-7.70, 110.40, std::nullopt, m_clock->now().addSecs(-SurveySession::kFreshFixSeconds - 60)};
        QVERIFY(!interview(walk).contains("location"));
        receiver->fix.reset();
        data = interview(walk);
        QVERIFY(data.contains("region"));
        QVERIFY(!data.contains("location"));

        // A counter kiosk never asks the receiver, whatever the unit allows.
        config.deviceMode = DeviceMode::Kiosk;
        QVERIFY(m_ctx->settings().setConfig(config));
        QVERIFY(!receiver->running);
    }

    // The officer's line on the field screens follows the rule the record follows, and a fix ages out of it
    // on the clock, without a word from the receiver.
    void theOfficerSeesWhetherTheInterviewWillCarryAPosition()
    {
        using State = SurveySession::PositionState;
        FakePosition *receiver = nullptr;
        DeviceConfig config;
        fieldTabletWithReceiver(receiver, config);
        if (QTest::currentTestFailed())
            return;
        VisitWalk walk(*m_ctx, *m_clock);
        SurveySession &session = m_ctx->session();
        QSignalSpy changed(&session, &SurveySession::positionStateChanged);

        // Not allowed: nothing to say, even with a fix in the receiver's hand.
        receiver->receive(PositionFix{-7.7713, 110.4081, 8.2, m_clock->now()});
        QCOMPARE(session.positionState(), State::NotAsked);
        QCOMPARE(changed.count(), 0);

        // Allowed, no fix yet.
        config.allowLocation = true;
        QVERIFY(m_ctx->settings().setConfig(config));
        QCOMPARE(session.positionState(), State::NotYet);
        QCOMPARE(changed.count(), 1);

        // A fix arrives: kept, and the record says so.
        receiver->receive(
            PositionFix{-7.7713, 110.4081, 8.2, m_clock->now().addSecs(-(SurveySession::kFreshFixSeconds - 10))});
        QCOMPARE(session.positionState(), State::WillBeKept);
        QCOMPARE(changed.count(), 2);

        // Ten seconds later it is too old: the line changes on the clock alone, and the record has none.
        m_clock->advance(11 * 1000);
        QCOMPARE(session.positionState(), State::NotYet);
        QCOMPARE(changed.count(), 3);
        QJsonObject data = interview(walk);
        QVERIFY(data.contains("region"));
        QVERIFY(!data.contains("location"));
        QCOMPARE(session.positionState(), State::NotYet);

        // A fresh fix, then an interview: the line said "kept", and the record keeps it.
        receiver->receive(PositionFix{-7.7713, 110.4081, 8.2, m_clock->now()});
        QCOMPARE(session.positionState(), State::WillBeKept);
        data = interview(walk);
        QVERIFY(data.contains("location"));
        QCOMPARE(session.positionState(), State::WillBeKept);

        // A counter kiosk never asks, whatever the unit allows.
        changed.clear();
        config.deviceMode = DeviceMode::Kiosk;
        QVERIFY(m_ctx->settings().setConfig(config));
        QCOMPARE(session.positionState(), State::NotAsked);
        QCOMPARE(changed.count(), 1);
    }

    void theServersOfficersReplaceOnlyTheServersRows()
    {
        addTwo();
        OfficerEntry a{"pkb-01", "Ayu Lestari", "", "PKB", pinhash::hash(kSitiPin)};
        OfficerEntry b{"budi-santoso", "Budi Santoso", "1977", "PLKB", pinhash::hash(kBudiPin)};
        QVERIFY(gate().applyServerOfficers({a, b}).ok());
        QCOMPARE(gate().officers().size(), 3);
        QVERIFY(gate().applyServerOfficers({a}).ok());
        const QList<Officer> now = OfficerStore(&m_ctx->store()).all().value();
        QCOMPARE(now.size(), 2); // Budi was taken over by the server's list, and left it
        QCOMPARE(now.at(0).id, QStringLiteral("pkb-01"));
        QCOMPARE(now.at(1).id, QStringLiteral("siti-rahmawati"));
        // A bad id refuses the whole list and leaves the earlier one.
        OfficerEntry bad = a;
        bad.id = "Not Valid";
        QVERIFY(!gate().applyServerOfficers({bad}).ok());
        QCOMPARE(gate().officers().size(), 2);
    }

    // A report filled in as the form would, signed with two strokes.
    void fillReport(OfficerReport &report)
    {
        QVERIFY(report.start());
        report.setField("kind", "refusal");
        report.setField("giverName", "Keluarga warga binaan A.S.");
        report.setField("giverRelation", "kakak");
        report.setField("form", "money");
        report.setField("description", "Amplop berisi uang tunai");
        report.setField("valueIdr", "Rp 1.500.000");
        report.setField("occurredOn", "2026-11-23");
        report.setField("place", "Ruang kunjungan");
        report.setField("chronology", "Ditawarkan setelah kunjungan; saya menolak.");
        QVERIFY(report.next());
        report.addStroke({QPointF(0.1, 0.5), QPointF(0.5, 0.2)});
        report.addStroke({QPointF(0.5, 0.6), QPointF(0.9, 0.4)});
    }

    bool confirmReport(OfficerReport &report, const QString &pin)
    {
        QSignalSpy confirmed(&gate(), &OfficerGate::confirmed);
        return report.submit(pin) && confirmed.wait(10000);
    }

    void theRupiahValueIsShownGrouped()
    {
        QCOMPARE(OfficerReport::formatRupiah(1500000), QStringLiteral("Rp 1.500.000"));
        QCOMPARE(OfficerReport::formatRupiah(0), QStringLiteral("Rp 0"));
        QCOMPARE(OfficerReport::formatRupiah(999), QStringLiteral("Rp 999"));
        QCOMPARE(OfficerReport::formatRupiah(1000), QStringLiteral("Rp 1.000"));
        QCOMPARE(OfficerReport::receiptFor("KB-SLM", 42), QStringLiteral("GR-KB-SLM-42"));
    }

    void aReportIsStoredWithItsSignatureAndPhotoInOneRecord()
    {
        addTwo();
        QVERIFY(signIn("siti-rahmawati", kSitiPin));
        OfficerReport &report = m_ctx->officerReport();
        const QByteArray jpeg("\xff\xd8\xff\xe0 a photo");
        const QString photoPath = m_dir->filePath("amplop.jpg");
        QFile f(photoPath);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(jpeg) == jpeg.size());
        f.close();
        fillReport(report);
        report.back();
        QVERIFY(report.attachPhoto(photoPath));
        QVERIFY(report.next());
        QCOMPARE(report.valueText(), QStringLiteral("Rp 1.500.000"));
        // A wrong PIN stores nothing and keeps the report.
        QVERIFY(confirmReport(report, kBudiPin));
        QCOMPARE(report.step(), OfficerReport::Step::Sign);
        QCOMPARE(m_ctx->store().records()->size(), 0);
        QVERIFY(confirmReport(report, kSitiPin));
        QCOMPARE(report.step(), OfficerReport::Step::Receipt);
        const QList<Record> records = m_ctx->store().records().value();
        QCOMPARE(records.size(), 1);
        QCOMPARE(report.receiptNumber(), QStringLiteral("GR-KB-SLM-%1").arg(records.at(0).seq));
        const QJsonObject body = records.at(0).json();
        QCOMPARE(body.value("type").toString(), QStringLiteral("gratification_report"));
        QCOMPARE(body.value("officer").toString(), QStringLiteral("siti-rahmawati"));
        const QJsonObject data = body.value("data").toObject();
        QCOMPARE(data.value("kind").toString(), QStringLiteral("refusal"));
        QCOMPARE(data.value("valueIdr").toInteger(), 1500000);
        QCOMPARE(data.value("officer").toObject().value("nip").toString(), QStringLiteral("198703122010012003"));
        QCOMPARE(data.value("giver").toObject().value("relation").toString(), QStringLiteral("kakak"));
        QVERIFY(!data.value("giver").toObject().contains("institution"));
        QVERIFY(data.value("pinConfirmed").toBool());
        // The files the record names are in the store, under the record, with the hashes it carries.
        const QList<EvidenceFile> files = EvidenceStore(m_ctx->store().database()).ofRecord(records.at(0).id).value();
        QCOMPARE(files.size(), 2);
        QStringList hashes;
        for (const EvidenceFile &file : files) {
            QCOMPARE(file.sha256, evidence::sha256Hex(file.bytes));
            hashes << file.sha256;
        }
        QVERIFY(hashes.contains(data.value("photo").toObject().value("sha256").toString()));
        QCOMPARE(data.value("photo").toObject().value("sha256").toString(), evidence::sha256Hex(jpeg));
        QVERIFY(hashes.contains(data.value("signature").toObject().value("sha256").toString()));
        const QImage signature =
            QImage::fromData(EvidenceStore(m_ctx->store().database())
                                 .file(data.value("signature").toObject().value("sha256").toString())
                                 ->value()
                                 .bytes);
        QCOMPARE(signature.size(), QSize(OfficerReport::kSignatureWidth, OfficerReport::kSignatureHeight));
        // On the first stroke (0.1, 0.5) -> (0.5, 0.2), half way; a corner stays blank.
        QVERIFY(signature.pixelColor(int(signature.width() * 0.3), int(signature.height() * 0.35))
                != QColor(Qt::white));
        QCOMPARE(signature.pixelColor(2, 2), QColor(Qt::white));
    }

    void aRecordAndItsEvidenceAreWrittenTogetherOrNotAtAll()
    {
        addTwo();
        QVERIFY(signIn("budi-santoso", kBudiPin));
        OfficerReport &report = m_ctx->officerReport();
        fillReport(report);
        // The evidence write fails after the record's insert, inside the same transaction.
        QSqlQuery q(m_ctx->store().database());
        QVERIFY(q.exec("CREATE TEMP TRIGGER evidence_fails BEFORE INSERT ON evidence "
                       "BEGIN SELECT RAISE(ABORT, 'disk gave up'); END"));
        QVERIFY(confirmReport(report, kBudiPin));
        QCOMPARE(report.step(), OfficerReport::Step::Sign); // still there, to try again
        QVERIFY(!report.message().isEmpty());
        QCOMPARE(m_ctx->store().records()->size(), 0);
        QCOMPARE(EvidenceStore(m_ctx->store().database()).unsent()->size(), 0);
        QVERIFY(q.exec("DROP TRIGGER evidence_fails"));
        QVERIFY(confirmReport(report, kBudiPin));
        QCOMPARE(report.step(), OfficerReport::Step::Receipt);
        QCOMPARE(m_ctx->store().records()->size(), 1);
        QCOMPARE(EvidenceStore(m_ctx->store().database()).unsent()->size(), 1); // the signature
    }

    void aReportNeedsItsFieldsAndASignature()
    {
        addTwo();
        OfficerReport &report = m_ctx->officerReport();
        QVERIFY(!report.start()); // nobody signed in
        QVERIFY(signIn("budi-santoso", kBudiPin));
        QVERIFY(report.start());
        QVERIFY(!report.next());
        QCOMPARE(report.step(), OfficerReport::Step::Form);
        QVERIFY(report.missing().contains("kind"));
        QVERIFY(report.missing().contains("chronology"));
        QVERIFY(!report.missing().contains("occurredOn")); // today, filled in
        report.setField("occurredOn", "2026-11-25"); // tomorrow on the kiosk's clock
        QVERIFY(report.missing().contains("occurredOn"));
        QVERIFY(!report.attachPhoto(m_dir->filePath("none.jpg")));
        fillReport(report);
        report.clearSignature();
        QVERIFY(!report.submit(kBudiPin));
        QCOMPARE(m_ctx->store().records()->size(), 0);
        // Signing out drops the unfinished report.
        gate().signOut();
        QCOMPARE(report.step(), OfficerReport::Step::Closed);
        QVERIFY(report.fields().empty());
    }

    // What the pad draws is read from the report (signature), so a pad made again after Back draws the
    // strokes a PIN would store; clearing leaves nothing to draw and nothing to store.
    void theSignatureThePadDrawsIsTheOneStored()
    {
        addTwo();
        QVERIFY(signIn("budi-santoso", kBudiPin));
        OfficerReport &report = m_ctx->officerReport();
        fillReport(report);
        QSignalSpy changed(&report, &OfficerReport::signatureChanged);
        report.addStroke({QPointF(-0.2, 0.5), QPointF(0.3, 1.4)}); // off the pad: kept on its edge
        QCOMPARE(changed.size(), 1);
        report.back();
        QVERIFY(report.next());
        const QVariantList strokes = report.signature();
        QCOMPARE(strokes.size(), 3);
        QCOMPARE(report.signatureStrokes(), 3);
        QCOMPARE(strokes.at(0).toList(), (QVariantList{QPointF(0.1, 0.5), QPointF(0.5, 0.2)}));
        QCOMPARE(strokes.at(2).toList(), (QVariantList{QPointF(0.0, 0.5), QPointF(0.3, 1.0)}));
        report.clearSignature();
        QCOMPARE(changed.size(), 2);
        QVERIFY(report.signature().isEmpty());
        QVERIFY(!report.submit(kBudiPin)); // nothing drawn: nothing signed
        QCOMPARE(m_ctx->store().records()->size(), 0);
    }

    void aFailedReadIsAnErrorNotAnEmptyList()
    {
        addTwo();
        QSqlQuery(m_ctx->store().database()).exec("ALTER TABLE officers RENAME TO officers_gone");
        gate().reload();
        QVERIFY(!gate().loadError().isEmpty());
        QVERIFY(!OfficerStore(&m_ctx->store()).all().ok());
    }
};

QTEST_GUILESS_MAIN(TestOfficers)
#include "tst_officers.moc"
