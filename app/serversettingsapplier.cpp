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

    KioskSettings &s = *m_settings;
    if (!doc->unitName.isEmpty())
        s.setUnitName(doc->unitName);
    if (!doc->unitCode.isEmpty())
        s.setUnitCode(doc->unitCode);
    s.setComplaintContact(doc->complaintContact);

    const protocol::KioskConfig &k = doc->kiosk;
    // An empty profile means "the device's default"; a service list of the unit's own is used by name.
    if (!k.serviceProfile.isEmpty())
        s.setServiceProfile(k.serviceProfile);
    else if (doc->services)
        s.setServiceProfile(doc->services->value(QLatin1String("profile")).toString());
    s.setEnabledQuestionnaires(k.questionnaires);
    s.setZiScalePoints(k.ziScalePoints);
    s.setIdleTimeoutSeconds(k.idleTimeout);
    s.setCooldownSeconds(k.cooldown);
    s.setThankYouSeconds(k.thankYouSeconds);
    s.setDefaultLanguage(k.defaultLanguage);
    s.setAskProfile(k.askProfile);
    s.setPublishedResult(doc->publishedResult.value_or(QJsonObject()));
    s.setAppliedServerVersion(version);
    qCInfo(lcServerSettings) << "applied server settings version" << version << "questionnaires" << k.questionnaires;
    return true;
}

} // namespace suara
