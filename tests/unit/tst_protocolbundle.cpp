#include "protocol/bundle.h"
#include "protocol/gzip.h"
#include "protocol/wirerecord.h"
#include "store/localstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using namespace suara::protocol;

class TestProtocolBundle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::optional<DeviceKey> m_key;

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<LocalStore>(m_dir.filePath("kiosk.db"));
        QVERIFY(m_store->open().ok());
        RecordDraft d;
        d.unitCode = "LP-01";
        d.data = QJsonObject{{"answers", QJsonObject{{"waktu", 4}}}};
        QVERIFY(m_store->append({d, d, d}).ok());
        m_key = DeviceKey::fromSecretKey(QByteArray::fromBase64(m_store->meta("device_secret").value().toLatin1()));
        QVERIFY(m_key);
    }

    void writtenBundleReadsBackVerified()
    {
        const QByteArray file = writeBundle(m_store->deviceId(), *m_key, 3, m_store->records().value(), "7KQ4-MX2P");
        ApiError err;
        const std::optional<Bundle> b = readBundle(file, 1 << 20, &err);
        QVERIFY2(b, qPrintable(err.message));
        QCOMPARE(b->deviceId, m_store->deviceId());
        QCOMPARE(b->publicKey, m_store->publicKey());
        QCOMPARE(b->lastSeq, 3);
        QCOMPARE(b->enrollmentCode, QStringLiteral("7KQ4-MX2P"));
        QCOMPARE(b->records.size(), 3);
        for (const Record &r : b->records)
            QCOMPARE(verify(r, b->publicKey, b->deviceId), Verdict::Ok);
    }

    void tamperedBundlesAreRefusedWhole()
    {
        const QByteArray file = writeBundle(m_store->deviceId(), *m_key, 3, m_store->records().value());
        QJsonObject o = QJsonDocument::fromJson(gzip::decompress(file, 1 << 20).data).object();
        ApiError err;

        QJsonObject dropped = o; // a record removed from the middle
        QJsonArray records = dropped.value("records").toArray();
        records.removeAt(1);
        dropped.insert("records", records);
        QVERIFY(!readBundle(gzip::compress(QJsonDocument(dropped).toJson()), 1 << 20, &err));
        QCOMPARE(err.code, ErrorCode::BadBundle);

        QJsonObject lied = o; // last_seq lowered to hide records
        lied.insert("last_seq", 2);
        QVERIFY(!readBundle(gzip::compress(QJsonDocument(lied).toJson()), 1 << 20, &err));
        QCOMPARE(err.code, ErrorCode::BadBundle);

        QJsonObject unknown = o;
        unknown.insert("extra", true);
        QVERIFY(!readBundle(gzip::compress(QJsonDocument(unknown).toJson()), 1 << 20, &err));
        QCOMPARE(err.code, ErrorCode::BadBundle);

        QVERIFY(!readBundle(QJsonDocument(o).toJson(), 1 << 20, &err));
        QCOMPARE(err.code, ErrorCode::UnsupportedMediaType);
        QVERIFY(!readBundle(file, 100, &err));
        QCOMPARE(err.code, ErrorCode::PayloadTooLarge);
        QVERIFY(!readBundle(file.left(file.size() - 5), 1 << 20, &err));
        QCOMPARE(err.code, ErrorCode::BadBundle);
    }
};

QTEST_GUILESS_MAIN(TestProtocolBundle)
#include "tst_protocolbundle.moc"
