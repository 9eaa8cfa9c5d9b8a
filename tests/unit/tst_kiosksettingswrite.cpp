#include "domain/catalog.h"
#include "kiosksettings.h"
#include "serversettings.h"
#include "serversettingsapplier.h"
#include "store/deviceconfigstore.h"
#include "store/localstore.h"

#include "storefaults.h"

#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace suara;

namespace {
constexpr int kWaitMs = 10000;

// Stands in the writer's store call: notes the thread and the value of each write, can hold the first
// one back until the test lets it go, and then writes for real.
struct SaveProbe
{
    QMutex mutex;
    QList<QThread *> threads;
    QStringList unitNames;
    QSemaphore gate;
    bool holdFirst = false;

    SettingsWriter::Save save()
    {
        return [this](LocalStore &store, const DeviceConfig &config) {
            bool first = false;
            {
                const QMutexLocker lock(&mutex);
                threads.append(QThread::currentThread());
                unitNames.append(config.unitName);
                first = threads.size() == 1;
            }
            if (first && holdFirst)
                gate.acquire();
            return saveDeviceConfig(store, config);
        };
    }
    QStringList written()
    {
        const QMutexLocker lock(&mutex);
        return unitNames;
    }
};

// What a fresh connection finds in the store: what survives a restart.
DeviceConfig storedIn(const QString &path)
{
    LocalStore store(path);
    if (!store.open(LocalStore::Access::ReadOnly).ok())
        qFatal("the store cannot be read back");
    return loadDeviceConfig(store).value();
}

// Waits on the queued outcomes until the store is known to hold what `holds` looks for.
template<typename Holds>
bool waitUntilStored(KioskSettings &settings, Holds holds)
{
    QSignalSpy saved(&settings, &KioskSettings::saved);
    while (!holds(settings.storedConfig())) {
        if (!saved.wait(kWaitMs))
            return false;
    }
    return true;
}
bool waitForSaved(KioskSettings &settings, const QString &unitName)
{
    return waitUntilStored(settings, [&](const DeviceConfig &c) { return c.unitName == unitName; });
}
} // namespace

class TestKioskSettingsWrite : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    Catalog m_catalog = Catalog::builtIn();

    [[nodiscard]] QString path() const { return m_dir->filePath(QStringLiteral("kiosk.db")); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<LocalStore>(path());
        QVERIFY(m_store->open().ok());
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void aChangeShowsAtOnceAndIsWrittenOffTheGuiThread()
    {
        SaveProbe probe;
        KioskSettings settings(m_store.get(), &m_catalog);
        settings.writer().setSave(probe.save());
        settings.setUnitName(QStringLiteral("Lapas Kelas IIA Yogyakarta"));
        settings.setIdleTimeoutSeconds(90);
        QCOMPARE(settings.unitName(), QStringLiteral("Lapas Kelas IIA Yogyakarta")); // shown before it is written
        QVERIFY(waitUntilStored(settings, [](const DeviceConfig &c) { return c.idleTimeoutSeconds == 90; }));
        QVERIFY(!settings.writing());
        QCOMPARE(settings.storedConfig().unitName, QStringLiteral("Lapas Kelas IIA Yogyakarta"));
        QVERIFY(!probe.threads.isEmpty());
        for (QThread *t : std::as_const(probe.threads))
            QVERIFY2(t != QThread::currentThread(), "the settings were written on the GUI thread");
        QCOMPARE(storedIn(path()).unitName, QStringLiteral("Lapas Kelas IIA Yogyakarta"));
        QCOMPARE(storedIn(path()).idleTimeoutSeconds, 90);
        QCOMPARE(settings.saveError(), QString()); // the normal case says nothing
    }

    void changesWhileAWriteRunsBecomeOneWriteOfTheNewest()
    {
        SaveProbe probe;
        probe.holdFirst = true;
        KioskSettings settings(m_store.get(), &m_catalog);
        settings.writer().setSave(probe.save());
        // The admin types a unit name: one change per key, the first write held until the last key.
        const QString name = QStringLiteral("Lapas Kelas IIA Yogyakarta");
        for (qsizetype i = 1; i <= name.size(); ++i)
            settings.setUnitName(name.left(i));
        QCOMPARE(settings.unitName(), name);
        probe.gate.release();
        QVERIFY(waitForSaved(settings, name));
        QVERIFY(!settings.writing());
        // The first key, then the newest: never a value in between, never an older one after a newer.
        QCOMPARE(probe.written(), (QStringList{QStringLiteral("L"), name}));
        QCOMPARE(settings.writer().writesStarted(), 2);
        QCOMPARE(storedIn(path()).unitName, name);
    }

    void aFailedWriteSaysSoAndShowsWhatIsStored()
    {
        KioskSettings settings(m_store.get(), &m_catalog);
        settings.setUnitName(QStringLiteral("Lapas Uji"));
        QVERIFY(waitForSaved(settings, QStringLiteral("Lapas Uji")));
        QSignalSpy failed(&settings, &KioskSettings::storeFailed);
        {
            suara::testing::Immutable readOnly(suara::testing::storeFiles(m_dir->path(), path()));
            if (!readOnly.held())
                QSKIP("chattr +i is not available on this file system");
            settings.setUnitName(QStringLiteral("Rutan Surakarta"));
            settings.setCooldownSeconds(45);
            QCOMPARE(settings.unitName(), QStringLiteral("Rutan Surakarta"));
            QVERIFY(failed.wait(kWaitMs));
            QVERIFY(!failed.first().first().value<StoreError>().ok());
            // Back to what the store holds, and the admin is told: never "saved" when it is not.
            QCOMPARE(settings.unitName(), QStringLiteral("Lapas Uji"));
            QCOMPARE(settings.cooldownSeconds(), storedIn(path()).cooldownSeconds);
            QVERIFY(settings.cooldownSeconds() != 45);
            QVERIFY2(settings.saveError().startsWith(QStringLiteral("Settings not saved: ")),
                     qPrintable(settings.saveError()));
            QVERIFY(settings.saveError().size() > QStringLiteral("Settings not saved: ").size());
            QVERIFY(!settings.writing());
        }
        QCOMPARE(storedIn(path()).unitName, QStringLiteral("Lapas Uji"));
        QCOMPARE(failed.count(), 1);
        // Writable again: the next change is saved and the message goes.
        settings.setUnitName(QStringLiteral("Rutan Surakarta"));
        QVERIFY(waitForSaved(settings, QStringLiteral("Rutan Surakarta")));
        QCOMPARE(settings.saveError(), QString());
        QCOMPARE(storedIn(path()).unitName, QStringLiteral("Rutan Surakarta"));
    }

    void aWriteUnderWayAtQuitIsFinished()
    {
        SaveProbe probe;
        probe.holdFirst = true;
        {
            KioskSettings settings(m_store.get(), &m_catalog);
            settings.writer().setSave(probe.save());
            settings.setUnitName(QStringLiteral("Lapas A")); // held on the worker
            settings.setUnitName(QStringLiteral("Lapas B")); // waiting behind it
            probe.gate.release();
            // No event loop runs from here: the app is quitting and the store is about to close.
            QVERIFY(settings.finishWrites());
            QVERIFY(!settings.writing());
            QCOMPARE(settings.storedConfig().unitName, QStringLiteral("Lapas B"));
        }
        QCOMPARE(probe.written(), (QStringList{QStringLiteral("Lapas A"), QStringLiteral("Lapas B")}));
        // Both on the one worker thread, whose connection the second write uses again.
        QCOMPARE(probe.threads.size(), 2);
        QCOMPARE(probe.threads.first(), probe.threads.last());
        QCOMPARE(storedIn(path()).unitName, QStringLiteral("Lapas B"));
    }

    void aWriteWaitingWhenTheSettingsGoIsStillWritten()
    {
        SaveProbe probe;
        probe.holdFirst = true;
        {
            KioskSettings settings(m_store.get(), &m_catalog);
            settings.writer().setSave(probe.save());
            settings.setUnitName(QStringLiteral("Lapas A"));
            settings.setUnitName(QStringLiteral("Lapas B"));
            probe.gate.release();
        } // destroyed without finishWrites()
        QCOMPARE(storedIn(path()).unitName, QStringLiteral("Lapas B"));
    }

    void serverSettingsUseTheSameWriter()
    {
        SaveProbe probe;
        KioskSettings settings(m_store.get(), &m_catalog);
        settings.writer().setSave(probe.save());
        const QByteArray document = R"({"version": 7, "unit": {"code": "LP-01", "name": "Lapas Server",
            "complaint_contact": ""}, "kiosk": {"questionnaires": ["skm"], "service_profile": "",
            "zi_scale_points": 4, "idle_timeout": 75, "cooldown": 0, "default_language": "id",
            "ask_profile": true}, "questionnaires": []})";
        QVERIFY(sync::ServerSettings::save(m_store.get(), document, "\"e1\"", 7, QDateTime::currentDateTimeUtc()).ok());
        Catalog definitions;
        ServerSettingsApplier applier(m_store.get(), &definitions, &settings);
        QVERIFY(applier.apply());
        QCOMPARE(settings.unitName(), QStringLiteral("Lapas Server"));
        QVERIFY(waitForSaved(settings, QStringLiteral("Lapas Server")));
        QCOMPARE(probe.threads.size(), 1);
        QVERIFY(probe.threads.first() != QThread::currentThread());
        const DeviceConfig stored = storedIn(path());
        QCOMPARE(stored.appliedServerVersion, 7);
        QCOMPARE(stored.idleTimeoutSeconds, 75);
        QVERIFY(!applier.hasUnapplied());
    }
};

QTEST_GUILESS_MAIN(TestKioskSettingsWrite)
#include "tst_kiosksettingswrite.moc"
