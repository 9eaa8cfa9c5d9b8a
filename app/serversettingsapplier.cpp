#include "serversettingsapplier.h"

#include "domain/catalog.h"
#include "kiosksettings.h"
#include "protocol/unitsettings.h"
#include "serversettings.h"
#include "store/localstore.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServerSettings, "suara.app.serversettings")

namespace suara {

namespace {
std::optional<protocol::SettingsDocument> storedDocument(const LocalStore &store, int *version)
{
    if (!store.isOpen())
        return std::nullopt;
    const StoreResult<sync::ServerSettings> read = sync::ServerSettings::load(store);
    if (!read.ok()) {
        // Not applied now; the next settingsReceived() or start tries again. Logged, never silent.
        qCWarning(lcServerSettings) << "stored server settings cannot be read:" << read.error().message;
        return std::nullopt;
    }
    const sync::ServerSettings &stored = *read;
    if (stored.isEmpty())
        return std::nullopt;
    protocol::ApiError error;
    auto doc = protocol::SettingsDocument::parse(stored.document, &error);
    if (!doc) {
        // The engine validated it before storing; a damaged row must not stop the kiosk.
        qCWarning(lcServerSettings) << "stored server settings do not parse:" << error.message;
        return std::nullopt;
    }
    if (version)
        *version = stored.version;
    return doc;
}
} // namespace

ServerSettingsApplier::ServerSettingsApplier(LocalStore *store, Catalog *catalog, KioskSettings *settings)
    : m_store(store)
    , m_catalog(catalog)
    , m_settings(settings)
{
}

bool ServerSettingsApplier::loadDefinitions()
{
    const auto doc = storedDocument(*m_store, nullptr);
    if (!doc)
        return false;
    for (const QJsonValue &v : doc->questionnaires) {
        QString error;
        if (auto q = Questionnaire::fromJson(v.toObject(), &error))
            m_catalog->add(*q); // the higher version wins; a built-in one of the same id is replaced
        else
            qCWarning(lcServerSettings) << "server questionnaire ignored:" << error;
    }
    if (doc->services) {
        QString error;
        if (auto list = ServiceList::fromJson(*doc->services, &error))
            m_catalog->add(*list);
        else
            qCWarning(lcServerSettings) << "server service list ignored:" << error;
    }
    return true;
}

bool ServerSettingsApplier::hasUnapplied() const
{
    int version = 0;
    return storedDocument(*m_store, &version) && version != m_settings->appliedServerVersion();
}

bool ServerSettingsApplier::apply()
{
    int version = 0;
    const auto doc = storedDocument(*m_store, &version);
    if (!doc)
        return false;
    loadDefinitions();

    // The whole document in one write: a power cut leaves the old settings or the new ones, never a mix.
    DeviceConfig c = m_settings->config();
    if (!doc->unitName.isEmpty())
        c.unitName = doc->unitName;
    if (!doc->unitCode.isEmpty())
        c.unitCode = doc->unitCode;
    c.complaintContact = doc->complaintContact;

    const protocol::KioskConfig &k = doc->kiosk;
    // An empty profile means "the device's default"; a service list of the unit's own is used by name.
    const QString profile = !k.serviceProfile.isEmpty() ? k.serviceProfile
        : doc->services                                 ? doc->services->value(QLatin1String("profile")).toString()
                                                        : QString();
    if (!profile.isEmpty() && m_catalog->services(profile))
        c.serviceProfile = profile;
    if (const QStringList known = m_settings->knownQuestionnaires(k.questionnaires); !known.isEmpty())
        c.questionnaires = known;
    if (configrange::isZiScale(k.ziScalePoints))
        c.ziScalePoints = k.ziScalePoints;
    c.idleTimeoutSeconds = k.idleTimeout;
    c.cooldownSeconds = k.cooldown;
    c.thankYouSeconds = k.thankYouSeconds;
    c.defaultLanguage = k.defaultLanguage;
    c.askProfile = k.askProfile;
    c.deviceMode = k.deviceMode;
    c.officerLockMinutes = k.officerLockMinutes;
    c.offlineWarningDays = k.offlineWarningDays;
    c.allowLocation = k.allowLocation;
    // The server's lists replace the device's whole: an officer removed on the server can no longer sign
    // in (the records they captured stay, with their id).
    c.officers = doc->officers;
    c.regions = doc->regions;
    c.publishedResult = doc->publishedResult.value_or(QJsonObject());
    c.appliedServerVersion = version;
    // Written by the settings' own writer, off the GUI thread, like an admin's change; a write that fails
    // puts the old settings (and the old version) back, so the next start or settings check applies it again.
    if (!m_settings->setConfig(c))
        return false; // storeFailed said why
    qCInfo(lcServerSettings) << "applying server settings version" << version << "questionnaires" << k.questionnaires;
    return true;
}

} // namespace suara
