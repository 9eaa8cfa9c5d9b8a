#include "kiosksettings.h"

#include "errorhandler.h"
#include "store/deviceconfigstore.h"
#include "store/localstore.h"

#include <QJsonDocument>
#include <QTimer>

namespace suara {

KioskSettings::KioskSettings(LocalStore *store, const Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_writer(store->path())
{
    connect(&m_writer, &SettingsWriter::written, this, &KioskSettings::onWritten);
    refreshToggles();
    if (m_store->isOpen()) {
        // A configuration that cannot be read is a store failure (the kiosk becomes unavailable and
        // retries), reported once whoever connects to storeFailed is connected.
        if (const StoreError err = reload(); !err.ok())
            QTimer::singleShot(0, this, [this, err] { emit storeFailed(err); });
    }
}

StoreError KioskSettings::reload()
{
    const StoreResult<DeviceConfig> read = loadDeviceConfig(*m_store);
    if (!read.ok())
        return read.error(); // the configuration in use stays what it was
    m_stored = *read;
    const DeviceConfig before = m_config;
    // A change on its way is newer than what was read: its write's outcome decides what is shown.
    if (!m_writer.busy())
        m_config = *read;
    // The catalog may have grown meanwhile (a unit's own questionnaires), so the switches are rebuilt.
    refreshToggles();
    if (m_config != before)
        emit changed();
    return {};
}

bool KioskSettings::setConfig(const DeviceConfig &config)
{
    const DeviceConfig next = config.normalised();
    if (next == m_config)
        return true;
    if (!m_store->isOpen()) {
        // The writer would open a store the kiosk itself could not: refused here, as a store failure.
        emit storeFailed(StoreError::make(StoreError::Kind::Other, QStringLiteral("the store is not open")));
        return false;
    }
    show(next);
    m_writer.write(next);
    return true;
}

void KioskSettings::show(const DeviceConfig &config)
{
    m_config = config;
    refreshToggles();
    emit changed();
}

void KioskSettings::onWritten(const SettingsWrite &result)
{
    if (result.saved()) {
        m_stored = result.config;
        if (!m_saveError.ok()) {
            m_saveError = {};
            emit saveErrorChanged();
        }
        emit saved(result.config);
        return;
    }
    // Nothing newer is on its way (a failed write drops the waiting one): show what is stored.
    m_saveError = result.error;
    if (m_config != m_stored)
        show(m_stored);
    emit saveErrorChanged();
    emit storeFailed(result.error);
}

QString KioskSettings::saveError() const
{
    if (m_saveError.ok())
        return {};
    //: Shown in the admin settings when a change could not be written; %1 says why
    return tr("Settings not saved: %1").arg(ErrorHandler::storeAlert(m_saveError.kind));
}

void KioskSettings::setServiceProfile(const QString &profile)
{
    if (!m_catalog->services(profile))
        return;
    update([&](DeviceConfig &c) { c.serviceProfile = profile; });
}

QList<Service> KioskSettings::services() const
{
    const auto list = m_catalog->services(serviceProfile());
    if (!list)
        return {};
    const QStringList &disabled = m_config.disabledServices;
    QList<Service> out;
    for (const Service &s : list->services) {
        if (!disabled.contains(s.key))
            out.append(s);
    }
    return out;
}

void KioskSettings::setDisplayLanguage(const QString &language)
{
    m_displayLanguage = language;
    refreshToggles();
    if (!m_saveError.ok())
        emit saveErrorChanged(); // its words are in the display language
}

void KioskSettings::refreshToggles()
{
    QList<ChoiceRow> services;
    if (const auto list = m_catalog->services(serviceProfile())) {
        for (const Service &s : list->services)
            services.append({s.key, s.label.text(m_displayLanguage), 0, !m_config.disabledServices.contains(s.key)});
    }
    m_serviceToggles.setRows(services);
    QList<ChoiceRow> questionnaires;
    const QStringList enabled = enabledQuestionnaires();
    for (const Questionnaire &q : m_catalog->questionnaires())
        questionnaires.append(
            {q.id(), q.title().text(m_displayLanguage), int(q.items().size()), enabled.contains(q.id())});
    m_questionnaireToggles.setRows(questionnaires);
}

void KioskSettings::setServiceEnabled(const QString &key, bool enabled)
{
    QStringList disabled = m_config.disabledServices;
    disabled.removeAll(key);
    if (!enabled)
        disabled.append(key);
    // Never leave the visitor with nothing to choose.
    const QList<Service> current = services();
    if (!enabled && current.size() <= 1 && (current.isEmpty() || current.first().key == key))
        return;
    update([&](DeviceConfig &c) { c.disabledServices = disabled; });
}

QStringList KioskSettings::enabledQuestionnaires() const
{
    QStringList ids;
    for (const QString &id : m_config.questionnaires) {
        if (m_catalog->questionnaire(id))
            ids.append(id);
    }
    return ids.isEmpty() ? DeviceConfig().questionnaires : ids;
}

bool KioskSettings::isSpkp(const QString &id) const
{
    const auto q = m_catalog->questionnaire(id);
    return q && q->kind() == QuestionnaireKind::Spkp;
}

void KioskSettings::setQuestionnaireEnabled(const QString &id, bool enabled)
{
    if (!m_catalog->questionnaire(id))
        return;
    QStringList ids = enabledQuestionnaires();
    ids.removeAll(id);
    // SPKP comes in variants per service profile; a visitor answers one of them, never two.
    if (enabled && m_catalog->questionnaire(id)->kind() == QuestionnaireKind::Spkp)
        ids.removeIf([this](const QString &other) { return isSpkp(other); });
    if (enabled) {
        // Keep a stable asking order: SKM first, then SPKP variants, then SPAK, then the rest.
        ids.append(id);
        std::stable_sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
            return int(m_catalog->questionnaire(a)->kind()) < int(m_catalog->questionnaire(b)->kind());
        });
    }
    if (ids.isEmpty())
        return; // a kiosk always asks something
    update([&](DeviceConfig &c) { c.questionnaires = ids; });
}

void KioskSettings::setEnabledQuestionnaires(const QStringList &ids)
{
    const QStringList known = knownQuestionnaires(ids);
    if (!known.isEmpty())
        update([&](DeviceConfig &c) { c.questionnaires = known; });
}

QStringList KioskSettings::knownQuestionnaires(const QStringList &ids) const
{
    QStringList known;
    bool spkp = false;
    for (const QString &id : ids) {
        if (!m_catalog->questionnaire(id) || known.contains(id) || (spkp && isSpkp(id)))
            continue; // unknown, repeated, or a second SPKP variant: the first one listed is kept
        spkp = spkp || isSpkp(id);
        known.append(id);
    }
    return known;
}

QList<Questionnaire> KioskSettings::activeQuestionnaires() const
{
    QList<Questionnaire> out;
    bool spkp = false;
    for (const QString &id : enabledQuestionnaires()) {
        // A store written before the variants excluded each other may list two: ask the first only.
        if (isSpkp(id) && std::exchange(spkp, true))
            continue;
        auto q = m_catalog->questionnaire(id);
        if (q && (q->kind() == QuestionnaireKind::Spkp || q->kind() == QuestionnaireKind::Spak)) {
            if (auto scaled = q->withScalePoints(ziScalePoints()))
                q = scaled;
        }
        if (q)
            out.append(*q);
    }
    return out;
}

void KioskSettings::setZiScalePoints(int points)
{
    if (configrange::isZiScale(points))
        update([&](DeviceConfig &c) { c.ziScalePoints = points; });
}

} // namespace suara
