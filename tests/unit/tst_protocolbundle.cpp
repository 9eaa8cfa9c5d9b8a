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
        m_key = m_store->deviceKey();
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

    void evidenceFilesTravelIntactAndADamagedOneRefusesTheBundle()
    {
        const EvidenceFile photo = EvidenceFile::of(QByteArray("\x89PNG\r\n\x1a\nphoto bytes", 19), "image/png");
        const EvidenceFile signature = EvidenceFile::of(QByteArray("\xff\xd8\xff signature", 14), "image/jpeg");
        const QList<Record> records = m_store->records().value();
        const QByteArray file = writeBundle(m_store->deviceId(), *m_key, 3, records, {},
                                            QDateTime::currentDateTimeUtc(), {photo, signature});
        ApiError err;
        const std::optional<Bundle> b = readBundle(file, 1 << 20, &err);
        QVERIFY2(b, qPrintable(err.message));
        QCOMPARE(b->evidence.size(), 2);
        QCOMPARE(b->evidence.at(0).bytes, photo.bytes);
        QCOMPARE(b->evidence.at(0).sha256, photo.sha256);
        QCOMPARE(b->evidence.at(1).type, QStringLiteral("image/jpeg"));
        QCOMPARE(b->evidence.at(1).bytes, signature.bytes);
        // A bundle without files reads as one with none (older devices).
        QVERIFY(readBundle(writeBundle(m_store->deviceId(), *m_key, 3, records), 1 << 20, &err)->evidence.isEmpty());

        QJsonObject o = QJsonDocument::fromJson(gzip::decompress(file, 1 << 20).data).object();
        QJsonArray files = o.value("evidence").toArray();
        QJsonObject damaged = files.at(0).toObject();
        QByteArray bytes = photo.bytes;
        bytes[12] = 'P'; // one byte changed on the stick
        damaged.insert("bytes", QString::fromLatin1(bytes.toBase64()));
        files.replace(0, damaged);
        o.insert("evidence", files);
        QVERIFY(!readBundle(gzip::compress(QJsonDocument(o).toJson()), 1 << 20, &err));
        QCOMPARE(err.code, ErrorCode::BadBundle);
        QVERIFY2(err.message.contains(photo.sha256) && err.message.contains("damaged"), qPrintable(err.message));

        damaged.insert("type", "text/html"); // a type no report may name
        damaged.insert("bytes", QString::fromLatin1(photo.bytes.toBase64()));
        files.replace(0, damaged);
        o.insert("evidence", files);
        QVERIFY(!readBundle(gzip::compress(QJsonDocument(o).toJson()), 1 << 20, &err));
        QCOMPARE(err.code, ErrorCode::BadBundle);
    }
};

QTEST_GUILESS_MAIN(TestProtocolBundle)
#include "tst_protocolbundle.moc"
