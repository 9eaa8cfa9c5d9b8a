// Enrollment, settings pull with the ETag, and offline bundle export (protocol §3, §4, §6).

#include "serversettings.h"
#include "syncengine.h"
#include "tst_sync_fakes.h"

#include "protocol/bundle.h"
#include "protocol/protocol.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::sync;
using suara::test::Canned;

namespace {
struct Rig
{
    QTemporaryDir dir;
    LocalStore store{dir.filePath(QStringLiteral("kiosk.db"))};
    test::FakeNam nam;
    test::FakeSuara server;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<QSignalSpy> finished;

    explicit Rig(int records)
    {
        if (!store.open().ok() || !test::fill(store, records))
            qFatal("store");
        server.attach(nam);
        engine = std::make_unique<SyncEngine>(&store, &nam);
        finished = std::make_unique<QSignalSpy>(engine.get(), &SyncEngine::finished);
    }
    SyncError wait()
    {
        return finished->wait(10000) ? finished->last().at(1).value<SyncError>() : SyncError::RequestRefused;
    }
    SyncError enroll(const QString &code = QStringLiteral("7kq4 mx2p"))
    {
        engine->enroll(QUrl(QStringLiteral("http://suara.test")), code, QStringLiteral("Loket 1"));
        return wait();
    }
};
} // namespace

class TestSyncEnroll : public QObject
{
    Q_OBJECT
private slots:
    void enrollmentRegistersTheDeviceKeyAndKeepsTheToken()
    {
        Rig rig(0);
        QCOMPARE(rig.engine->status()->state(), SyncStatus::State::NotEnrolled);
        QCOMPARE(rig.enroll(), SyncError::None);
        const QJsonObject sent = QJsonDocument::fromJson(rig.nam.requests.first().body).object();
        QCOMPARE(sent.value(QLatin1String("code")).toString(), QStringLiteral("7KQ4MX2P"));
        QCOMPARE(sent.value(QLatin1String("device_id")).toString(), rig.store.deviceId());
        QCOMPARE(QByteArray::fromBase64(sent.value(QLatin1String("public_key")).toString().toLatin1()),
                 rig.store.publicKey());
        QCOMPARE(sent.value(QLatin1String("label")).toString(), QStringLiteral("Loket 1"));
        QCOMPARE(rig.store.meta(QStringLiteral("sync.token")).value(), QStringLiteral("tok-1"));
        QCOMPARE(rig.engine->status()->state(), SyncStatus::State::Idle);
        QCOMPARE(rig.engine->status()->unitCode(), QStringLiteral("LP-01"));
        QCOMPARE(rig.engine->status()->unitName(), QStringLiteral("Lapas Uji"));
    }

    void aWrongCodeIsRefusedClearlyAndNothingIsEnrolled()
    {
        Rig rig(0);
        QCOMPARE(rig.enroll(QStringLiteral("AAAA-BBBB")), SyncError::EnrollmentCodeInvalid);
        QVERIFY(!rig.engine->meta().isEnrolled().value());
        QCOMPARE(rig.engine->status()->state(), SyncStatus::State::NotEnrolled);
        QVERIFY(rig.engine->status()->lastErrorMessage().contains(QLatin1String("enrollment code")));
    }

    void anUnreachableServerKeepsTheCodeForABundle()
    {
        Rig rig(2);
        rig.server.override = [](const test::Recorded &) -> std::optional<Canned> {
            return Canned::broken(QNetworkReply::HostNotFoundError);
        };
        QCOMPARE(rig.enroll(), SyncError::ServerUnreachable);
        QVERIFY(!rig.engine->meta().isEnrolled().value());
        QCOMPARE(rig.engine->meta().enrollmentCode().value(), QStringLiteral("7KQ4-MX2P"));
    }

    void settingsAreStoredWithTheirEtagAndNotFetchedTwice()
    {
        Rig rig(0);
        QCOMPARE(rig.enroll(), SyncError::None);
        QSignalSpy received(rig.engine.get(), &SyncEngine::settingsReceived);
        QVERIFY(rig.engine->pullSettings());
        QCOMPARE(rig.wait(), SyncError::None);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().at(0).toInt(), 3);
        const ServerSettings s = ServerSettings::load(rig.store).value();
        QCOMPARE(s.version, 3);
        QCOMPARE(s.etag, QByteArray("\"v1\""));
        const QJsonObject doc = QJsonDocument::fromJson(s.document).object();
        QCOMPARE(doc.value(QLatin1String("kiosk")).toObject().value(QLatin1String("idle_timeout")).toInt(), 90);
        QCOMPARE(rig.store.setting(settingskeys::kVersion).value(), QStringLiteral("3"));
        QCOMPARE(rig.engine->status()->settingsVersion(), 3);

        QVERIFY(rig.engine->pullSettings());
        QCOMPARE(rig.wait(), SyncError::None);
        QCOMPARE(rig.nam.requests.last().request.rawHeader("If-None-Match"), QByteArray("\"v1\""));
        QCOMPARE(received.size(), 1); // 304: nothing new
        QCOMPARE(ServerSettings::load(rig.store).value().document, s.document);
    }

    void malformedSettingsAreNotStored()
    {
        Rig rig(0);
        QCOMPARE(rig.enroll(), SyncError::None);
        rig.server.settings.remove(QStringLiteral("kiosk"));
        QVERIFY(rig.engine->pullSettings());
        QCOMPARE(rig.wait(), SyncError::BadAnswer);
        QVERIFY(ServerSettings::load(rig.store).value().isEmpty());
    }

    void aBundleCarriesThePendingRecordsSignedAndTheCodeOfANeverEnrolledDevice()
    {
        Rig rig(6);
        rig.server.override = [](const test::Recorded &) -> std::optional<Canned> {
            return Canned::broken(QNetworkReply::HostNotFoundError);
        };
        QCOMPARE(rig.enroll(), SyncError::ServerUnreachable); // offline: only the code is kept
        const QString path = rig.dir.filePath(QStringLiteral("out.suara"));
        const BundleExportResult r = rig.engine->exportBundle(path);
        QVERIFY(r.failure.ok());
        QCOMPARE(r.records, 6);
        QVERIFY(r.carriesEnrollmentCode);

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        protocol::ApiError error;
        const auto bundle = protocol::readBundle(f.readAll(), protocol::kMaxBundleDecompressedBytes, &error);
        QVERIFY2(bundle, qPrintable(error.message));
        QCOMPARE(bundle->deviceId, rig.store.deviceId());
        QCOMPARE(bundle->publicKey, rig.store.publicKey());
        QCOMPARE(bundle->enrollmentCode, QStringLiteral("7KQ4-MX2P"));
        QCOMPARE(bundle->lastSeq, 6);
        QCOMPARE(bundle->records.size(), 6);
        QCOMPARE(bundle->records.at(5).body, rig.store.records().value().at(5).body);
        // Exporting is not delivering: everything is still pending.
        QCOMPARE(rig.engine->counts().value().pending, 6);
    }

    void anEnrolledDevicesBundleHoldsOnlyWhatIsPendingAndNoCode()
    {
        Rig rig(4);
        QCOMPARE(rig.enroll(), SyncError::None);
        QVERIFY(rig.engine->push());
        QCOMPARE(rig.wait(), SyncError::None);
        QVERIFY(test::fill(rig.store, 2));
        const QString path = rig.dir.filePath(QStringLiteral("out.suara"));
        BundleExportResult r = rig.engine->exportBundle(path);
        QVERIFY(r.failure.ok());
        QCOMPARE(r.records, 2);
        QVERIFY(!r.carriesEnrollmentCode);
        BundleExportOptions all;
        all.allRecords = true;
        r = rig.engine->exportBundle(path, all);
        QCOMPARE(r.records, 6);
        QVERIFY(!rig.engine->exportBundle(QStringLiteral("/nonexistent/dir/x.suara")).failure.ok());
    }
};

QTEST_GUILESS_MAIN(TestSyncEnroll)
#include "tst_sync_enroll.moc"
