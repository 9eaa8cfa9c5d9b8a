// Qt Quick Test runner: every tst_*.qml file runs in its own process (one ctest each) with a fresh
// kiosk on a temporary store, the same composition root as the real app. The kiosk's time is a
// ManualClock (the QML singleton Clock), so tests move time instead of sleeping.
#include "crypto/pinhash.h"
#include "kioskcontext.h"
#include "position/positionsource.h"
#include "serversettings.h"
#include "serversettingsapplier.h"
#include "speech/recordingspeaker.h"
#include "protocol/enrollment.h"
#include "startup.h"
#include "store/evidencestore.h"
#include "syncmeta.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>

// What the store holds, for tests that check what was saved against what the visitor saw.
class StoreProbe : public QObject
{
    Q_OBJECT

public:
    StoreProbe(suara::LocalStore *store, suara::KioskSettings *settings, suara::SyncController *sync,
               suara::Clock *clock)
        : m_store(store)
        , m_settings(settings)
        , m_sync(sync)
        , m_clock(clock)
    {
    }

    // One SKM answer captured `days` ago on the kiosk's clock, saved and announced as a visit is.
    Q_INVOKABLE bool captureDaysAgo(int days)
    {
        suara::RecordDraft d;
        d.questionnaireId = QStringLiteral("skm");
        d.questionnaireVersion = 1;
        d.unitCode = m_settings->unitCode();
        d.capturedAt = m_clock->now().addDays(-days);
        d.data = QJsonObject{{QStringLiteral("answers"), QJsonObject{{QStringLiteral("waktu"), 4}}}};
        if (!m_store->append({d}).ok())
            return false;
        m_sync->engine()->recordsAdded();
        return true;
    }

    // What the store's volume reports from now on, in megabytes.
    Q_INVOKABLE void setFreeSpace(double availableMb, double totalMb)
    {
        const suara::VolumeSpace space{true, qint64(availableMb * 1024 * 1024), qint64(totalMb * 1024 * 1024)};
        m_sync->setVolumeSpaceReader([space] { return space; });
    }

    // Every record's body, oldest first. A failed read fails the test instead of looking empty.
    Q_INVOKABLE QVariantList records() const
    {
        QVariantList out;
        for (const suara::Record &r : m_store->records().value())
            out.append(r.json().toVariantMap());
        return out;
    }

    // The Argon2id string of a PIN, as the server puts it in the settings' `officers`.
    Q_INVOKABLE QString pinHash(const QString &pin) const { return suara::pinhash::hash(pin); }

    // The evidence files the store holds (a report's photo and signature): hash, record, type, size.
    Q_INVOKABLE QVariantList evidence() const
    {
        QVariantList out;
        for (const suara::EvidenceFile &f : suara::EvidenceStore(m_store->database()).unsent().value()) {
            out.append(QVariantMap{{QStringLiteral("sha256"), f.sha256},
                                   {QStringLiteral("record"), f.recordId},
                                   {QStringLiteral("type"), f.type},
                                   {QStringLiteral("size"), f.size},
                                   {QStringLiteral("bytesHash"), suara::evidence::sha256Hex(f.bytes)}});
        }
        return out;
    }

    // A settings document as the sync engine stores it from the server (protocol §4), then applied the
    // way the kiosk applies it between visitors. False when it was not stored or did not apply.
    Q_INVOKABLE bool applyServerSettings(const QVariantMap &document)
    {
        const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(document)).toJson(QJsonDocument::Compact);
        ++m_version;
        if (!suara::sync::ServerSettings::save(m_store, json, "\"probe\"", m_version, QDateTime::currentDateTimeUtc())
                 .ok())
            return false;
        // The kiosk's catalog already holds the built-in definitions; the server's go to a scratch one.
        suara::Catalog definitions;
        return suara::ServerSettingsApplier(m_store, &definitions, m_settings).apply();
    }

    // What an enrollment with a server brings for the admin's recovery: the slow hash of `code` (the
    // server at 127.0.0.1:9 is never reached). False when the store refused it.
    Q_INVOKABLE bool receiveRecoveryCode(const QString &code) const
    {
        const QString hash = suara::pinhash::hash(suara::protocol::normalizeEnrollmentCode(code));
        return suara::sync::SyncMeta(m_store)
            .saveEnrollment(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("test"), QStringLiteral("LP-01"),
                            QStringLiteral("Lapas"), QDateTime::currentDateTimeUtc(), hash)
            .ok();
    }

private:
    suara::LocalStore *m_store;
    suara::KioskSettings *m_settings;
    suara::SyncController *m_sync;
    suara::Clock *m_clock;
    int m_version = 1000;
};

// A receiver in the test's hand (the test machine has none): TestPosition.receive(secondsAgo) is a fix
// measured that long ago on the kiosk's clock.
class TestPositionSource : public suara::PositionSource
{
    Q_OBJECT

public:
    explicit TestPositionSource(suara::Clock *clock)
        : m_clock(clock)
    {
    }

    void start() override { }
    void stop() override { lose(); }
    [[nodiscard]] std::optional<suara::PositionFix> latest() const override { return m_fix; }

    Q_INVOKABLE void lose()
    {
        m_fix.reset();
        emit latestChanged();
    }

    Q_INVOKABLE void receive(int secondsAgo)
    {
        m_fix = suara::PositionFix{-7.7713, 110.4081, 8.0, m_clock->now().addSecs(-secondsAgo)};
        emit latestChanged();
    }

private:
    suara::Clock *m_clock;
    std::optional<suara::PositionFix> m_fix;
};

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable() { suara::startup::configureApplication(*qGuiApp); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_context = std::make_unique<suara::KioskContext>(m_dir.path(), &m_clock);
        m_context->attach(engine, qGuiApp);
        m_probe =
            std::make_unique<StoreProbe>(&m_context->store(), &m_context->settings(), &m_context->sync(), &m_clock);
        engine->rootContext()->setContextProperty(QStringLiteral("StoreProbe"), m_probe.get());
        // Read-aloud records instead of speaking; it has no voice (the button stays hidden) until a test
        // gives it some with TestSpeaker.setVoiceLanguages([...]).
        m_speaker = std::make_unique<suara::RecordingSpeaker>(QStringList{});
        m_context->readAloud().setSpeaker(m_speaker.get());
        engine->rootContext()->setContextProperty(QStringLiteral("TestSpeaker"), m_speaker.get());
        auto position = std::make_unique<TestPositionSource>(&m_clock);
        engine->rootContext()->setContextProperty(QStringLiteral("TestPosition"), position.get());
        m_context->setPositionSource(std::move(position));
    }

    void cleanupTestCase()
    {
        m_probe.reset();
        m_context.reset();
        m_speaker.reset();
    }

private:
    QTemporaryDir m_dir;
    suara::ManualClock m_clock;
    std::unique_ptr<suara::KioskContext> m_context;
    std::unique_ptr<StoreProbe> m_probe;
    std::unique_ptr<suara::RecordingSpeaker> m_speaker;
};

QUICK_TEST_MAIN_WITH_SETUP(suara_qml, Setup)
#include "tst_qml.moc"
