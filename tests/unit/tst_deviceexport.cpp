// Exports from the kiosk's admin area to a USB stick (issue 6 item 7), on real directories standing in
// for the stick: the CSV parsed back, the XLSX read back by LibreOffice, the bundle read back by the
// server's own reader; a full stick (a write that fails with ENOSPC at byte N, and a real 64 KiB tmpfs
// where mounting is allowed), a read-only one (a read-only bind mount as root, chmod otherwise) and one
// pulled out; and the controller the QML section drives, on its worker thread.
#include "clock.h"
#include "deviceexport.h"
#include "deviceexportcontroller.h"
#include "exports/recordcolumns.h"
#include "languagemanager.h"
#include "protocol/bundle.h"
#include "removablevolumes.h"
#include "spreadsheetreadback.h"
#include "store/localstore.h"
#include "testrecords.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace suara;

namespace {
constexpr int kRecords = 2500; // more than one page of the store read

// Runs a command to its end; true on exit code 0.
bool run(const QString &program, const QStringList &args, int timeoutMs = 30'000)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Whatever is on the stick, hidden part files included.
QStringList filesOn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// A mount point that is unmounted when the test ends, however it ends.
struct Mount
{
    QString point;
    bool mounted = false;
    ~Mount()
    {
        if (mounted)
            (void)run(QStringLiteral("umount"), {point});
    }
};
} // namespace

class TestDeviceExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_sticks;
    QString m_storePath;

    DeviceExportRequest request(DeviceExportKind kind, const QString &root) const
    {
        DeviceExportRequest r;
        r.kind = kind;
        r.storePath = m_storePath;
        r.volumeRoot = root;
        r.now = QDateTime(QDate(2026, 12, 2), QTime(10, 30), Qt::OffsetFromUTC, 7 * 3600);
        return r;
    }
    QString stick(const QString &name) const
    {
        const QString path = m_sticks.filePath(name);
        QDir().mkpath(path);
        return path;
    }
    void useSticks(const QStringList &roots) const
    {
        qputenv("SUARA_REMOVABLE_ROOTS", roots.join(QLatin1Char(':')).toUtf8());
    }

private slots:
    void initTestCase()
    {
        m_storePath = m_data.filePath(QStringLiteral("kiosk.db"));
        LocalStore store(m_storePath);
        QVERIFY(store.open().ok());
        QList<RecordDraft> drafts;
        for (int i = 0; i < kRecords; ++i) {
            RecordDraft d = testing::skmDraft(1 + i % 4);
            d.capturedAt = QDateTime(QDate(2026, 11, 3), QTime(8, 0), Qt::OffsetFromUTC, 7 * 3600).addSecs(i * 60);
            if (i == 7)
                d.flags = {flags::kSuspectedMisuse}; // kept in the device's export, flagged
            drafts.append(d);
        }
        QVERIFY(store.append(drafts).ok());
    }

    void listsTheOverrideRootsThatExist()
    {
        const QString a = stick(QStringLiteral("A"));
        useSticks({a, m_sticks.filePath(QStringLiteral("gone"))});
        const QList<RemovableVolume> volumes = removableVolumes();
        QCOMPARE(volumes.size(), 1);
        QCOMPARE(volumes.first().rootPath, a);
        QCOMPARE(volumes.first().name, QStringLiteral("A"));
        QVERIFY(!volumes.first().readOnly);
        QVERIFY(volumes.first().bytesFree > 0);
    }

    void csvHasTheServersColumnsAndEveryRecord()
    {
        const QString root = stick(QStringLiteral("csv"));
        useSticks({root});
        QList<int> seen;
        const DeviceExportResult r =
            runDeviceExport(request(DeviceExportKind::Csv, root), [&](int p) { seen.append(p); });
        QVERIFY2(r.ok(), qPrintable(r.detail));
        QCOMPARE(r.records, qint64(kRecords));
        QCOMPARE(filesOn(root), QStringList{r.fileName}); // no part file left beside it
        QVERIFY(r.fileName.endsWith(QLatin1String("-20261202-103000.csv")));
        QVERIFY(!seen.isEmpty() && seen.last() == 1000);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));

        const std::optional<QList<QStringList>> read = testing::readCsvRows(root + QLatin1Char('/') + r.fileName);
        QVERIFY(read);
        const QList<QStringList> &rows = *read;
        QCOMPARE(rows.size(), kRecords + 1);
        const QStringList header = recordexport::RecordColumns().header();
        QCOMPARE(rows.first(), header);
        const int waktu = int(header.indexOf(QStringLiteral("waktu")));
        const int seq = int(header.indexOf(QStringLiteral("seq")));
        const int flagsColumn = int(header.indexOf(QStringLiteral("flags")));
        QVERIFY(waktu >= 0 && seq >= 0 && flagsColumn >= 0);
        for (int i = 0; i < kRecords; ++i) {
            QCOMPARE(rows.at(i + 1).at(seq), QString::number(i + 1));
            QCOMPARE(rows.at(i + 1).at(waktu), QString::number(1 + i % 4));
        }
        QVERIFY(rows.at(8).at(flagsColumn).contains(QLatin1String("suspected_misuse")));
        QVERIFY(!rows.at(9).at(flagsColumn).contains(QLatin1String("suspected_misuse")));
    }

    void xlsxReadsBackThroughLibreOffice()
    {
        const QString root = stick(QStringLiteral("xlsx"));
        useSticks({root});
        const DeviceExportResult r = runDeviceExport(request(DeviceExportKind::Xlsx, root), [](int) {});
        QVERIFY2(r.ok(), qPrintable(r.detail));
        QCOMPARE(r.records, qint64(kRecords));
        QCOMPARE(filesOn(root), QStringList{r.fileName});

        QTemporaryDir out;
        const QString failed =
            testing::convertWithLibreOffice({root + QLatin1Char('/') + r.fileName}, out.path(), testing::Sheets::First);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const std::optional<QList<QStringList>> read = testing::readCsvRows(
            out.filePath(QString(r.fileName).replace(QLatin1String(".xlsx"), QLatin1String(".csv"))));
        QVERIFY(read);
        const QList<QStringList> &rows = *read;
        QCOMPARE(rows.size(), kRecords + 1);
        const QStringList header = recordexport::RecordColumns().header();
        QCOMPARE(rows.first(), header);
        const int waktu = int(header.indexOf(QStringLiteral("waktu")));
        QCOMPARE(rows.at(1).at(waktu), QStringLiteral("1"));
        QCOMPARE(rows.at(kRecords).at(waktu), QString::number(1 + (kRecords - 1) % 4));
    }

    void bundleReadsBackWithItsSignature()
    {
        const QString root = stick(QStringLiteral("bundle"));
        useSticks({root});
        const DeviceExportResult r = runDeviceExport(request(DeviceExportKind::Bundle, root), [](int) {});
        QVERIFY2(r.ok(), qPrintable(r.detail));
        QCOMPARE(r.records, qint64(kRecords)); // nothing was ever sent: all pending
        QFile f(root + QLatin1Char('/') + r.fileName);
        QVERIFY(f.open(QIODevice::ReadOnly));
        protocol::ApiError error;
        const std::optional<protocol::Bundle> bundle = protocol::readBundle(f.readAll(), 1LL << 30, &error);
        QVERIFY(bundle.has_value());
        QCOMPARE(bundle->records.size(), kRecords);
        QCOMPARE(bundle->lastSeq, qint64(kRecords));
    }

    void aFullStickKeepsNoFile()
    {
        const QString root = stick(QStringLiteral("full"));
        useSticks({root});
        for (const DeviceExportKind kind : {DeviceExportKind::Csv, DeviceExportKind::Xlsx, DeviceExportKind::Bundle}) {
            DeviceExportRequest req = request(kind, root);
            req.failAtByte = 10'000;
            const DeviceExportResult r = runDeviceExport(req, [](int) {});
            QCOMPARE(r.problem, DeviceExportProblem::Full);
            QVERIFY(r.detail.contains(QLatin1String("No space left")));
            QCOMPARE(filesOn(root), QStringList());
        }
        // The normal case on the same stick is not mistaken for a full one.
        QVERIFY(runDeviceExport(request(DeviceExportKind::Csv, root), [](int) {}).ok());
    }

    void aRealFullTmpfs()
    {
        Mount m{stick(QStringLiteral("tmpfs"))};
        m.mounted = run(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=64k"), QStringLiteral("tmpfs"), m.point});
        if (!m.mounted)
            QSKIP("no tmpfs can be mounted here; the injected ENOSPC covers it");
        useSticks({m.point});
        const DeviceExportResult r = runDeviceExport(request(DeviceExportKind::Csv, m.point), [](int) {});
        QCOMPARE(r.problem, DeviceExportProblem::Full);
        QCOMPARE(filesOn(m.point), QStringList());
    }

    void aReadOnlyStick()
    {
        const QString root = stick(QStringLiteral("ro"));
        Mount m{root};
        if (::geteuid() == 0) {
            // chmod does not stop root: a read-only bind mount of the directory over itself does.
            m.mounted = run(QStringLiteral("mount"), {QStringLiteral("--bind"), root, root});
            if (!m.mounted
                || !run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), root}))
                QSKIP("running as root without mount: chmod cannot make a directory read-only");
        } else {
            QVERIFY(QFile::setPermissions(root, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        useSticks({root});
        QVERIFY(removableVolumes().first().readOnly);
        const DeviceExportResult r = runDeviceExport(request(DeviceExportKind::Csv, root), [](int) {});
        QCOMPARE(r.problem, DeviceExportProblem::ReadOnly);
        QCOMPARE(filesOn(root), QStringList());
        if (!m.mounted)
            QVERIFY(
                QFile::setPermissions(root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }

    void aStickPulledOutBeforeTheExport()
    {
        const QString root = stick(QStringLiteral("pulled"));
        useSticks({root});
        QVERIFY(QDir(root).removeRecursively());
        const DeviceExportResult r = runDeviceExport(request(DeviceExportKind::Csv, root), [](int) {});
        QCOMPARE(r.problem, DeviceExportProblem::NoVolume);
    }

    void theControllerRunsOffTheGuiThreadAndSaysWhatHappened()
    {
        LocalStore store(m_storePath);
        QVERIFY(store.open().ok());
        ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::OffsetFromUTC, 7 * 3600));
        LanguageManager language;
        DeviceExportController controller(&store, &clock, &language);
        useSticks({});
        controller.refreshVolumes();
        QCOMPARE(controller.volumes()->count(), 0);
        QVERIFY(controller.message().contains(QLatin1String("No USB stick")));

        const QString root = stick(QStringLiteral("controller"));
        useSticks({root});
        QSignalSpy changed(&controller, &DeviceExportController::changed);
        controller.refreshVolumes();
        QCOMPARE(controller.volumes()->count(), 1);
        QVERIFY(!changed.isEmpty()); // the section's message binding reads again
        QCOMPARE(controller.message(), QString());
        QSignalSpy finished(&controller, &DeviceExportController::finished);
        controller.start(DeviceExportController::Csv, 0);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(controller.succeeded());
        QCOMPARE(controller.progress(), 1.0);
        QVERIFY2(controller.message().startsWith(QLatin1String("Done: suara-")), qPrintable(controller.message()));

        controller.setFailAtByte(100);
        controller.start(DeviceExportController::Csv, 0);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(!controller.succeeded());
        QVERIFY2(controller.message().contains(QLatin1String("full")), qPrintable(controller.message()));
    }
};

QTEST_GUILESS_MAIN(TestDeviceExport)
#include "tst_deviceexport.moc"
