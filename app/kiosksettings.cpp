#include "kiosksettings.h"

#include "store/localstore.h"

#include <QJsonDocument>
#include <QTimer>

namespace suara {

namespace {
const QString kDisabledServices = QStringLiteral("services_disabled");
const QString kQuestionnaires = QStringLiteral("questionnaires");
// A new kiosk asks the SKM only; units building their Zona Integritas switch on SPKP/SPAK.
const QStringList kDefaultQuestionnaires = {QStringLiteral("skm")};
} // namespace

KioskSettings::KioskSettings(LocalStore *store, const Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_catalog(catalog)
{
}

QString KioskSettings::value(const QString &key, const QString &fallback) const
{
    if (!m_store->isOpen())
        return fallback;
    return readOr(key, fallback);
}

QString KioskSettings::readOr(const QString &key, const QString &fallback) const
{
    const StoreResult<QString> read = m_store->setting(key, fallback);
    if (read.ok())
        return *read;
    // A setting that cannot be read is a store failure like a failed write (the kiosk becomes
    // unavailable and retries), reported after the binding that asked has finished.
    const StoreError err = read.error();
    QTimer::singleShot(0, const_cast<KioskSettings *>(this), [self = const_cast<KioskSettings *>(this), err] {
        emit self->storeFailed(err);
    });
    return fallback;
}

int KioskSettings::intValue(const QString &key, int fallback) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

QStringList KioskSettings::listValue(const QString &key, const QStringList &fallback) const
{
    if (!m_store->isOpen())
        return fallback;
    const QString raw = readOr(key, QStringLiteral("\x1f"));
    if (raw == QLatin1String("\x1f"))
        return fallback;
    return raw.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

void KioskSettings::setValue(const QString &key, const QString &value)
{
    if (this->value(key) == value)
        return;
    if (const StoreError err = m_store->setSetting(key, value); !err.ok()) {
        emit storeFailed(err);
        return;
    }
    emit changed();
}

QVariantMap KioskSettings::publishedResult() const
{
    return QJsonDocument::fromJson(value(QStringLiteral("published_result")).toUtf8()).object().toVariantMap();
}

void KioskSettings::setPublishedResult(const QJsonObject &result)
{
    setValue(QStringLiteral("published_result"),
             QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))); // "{}": none
}

void KioskSettings::setServiceProfile(const QString &profile)
{
    if (!m_catalog->services(profile))
        return;
    setValue(QStringLiteral("service_profile"), profile);
}

QList<Service> KioskSettings::services() const
{
    const auto list = m_catalog->services(serviceProfile());
    if (!list)
        return {};
    const QStringList disabled = listValue(kDisabledServices, {});
    QList<Service> out;
    for (const Service &s : list->services) {
        if (!disabled.contains(s.key))
            out.append(s);
    }
    return out;
}

QVariantList KioskSettings::serviceChoices(const QString &language) const
{
    QVariantList out;
    const auto list = m_catalog->services(serviceProfile());
    if (!list)
        return out;
    const QStringList disabled = listValue(kDisabledServices, {});
    for (const Service &s : list->services)
        out.append(QVariantMap{{QStringLiteral("key"), s.key},
                               {QStringLiteral("label"), s.label.text(language)},
                               {QStringLiteral("enabled"), !disabled.contains(s.key)}});
    return out;
}

void KioskSettings::setServiceEnabled(const QString &key, bool enabled)
{
    QStringList disabled = listValue(kDisabledServices, {});
    disabled.removeAll(key);
    if (!enabled)
        disabled.append(key);
    // Never leave the visitor with nothing to choose.
    const QList<Service> current = services();
    if (!enabled && current.size() <= 1 && (current.isEmpty() || current.first().key == key))
        return;
    setValue(kDisabledServices, disabled.join(QLatin1Char(',')));
}

QStringList KioskSettings::enabledQuestionnaires() const
{
    QStringList ids;
    for (const QString &id : listValue(kQuestionnaires, kDefaultQuestionnaires)) {
        if (m_catalog->questionnaire(id))
            ids.append(id);
    }
    return ids.isEmpty() ? kDefaultQuestionnaires : ids;
}

QVariantList KioskSettings::questionnaireChoices(const QString &language) const
{
    QVariantList out;
    const QStringList enabled = enabledQuestionnaires();
    for (const Questionnaire &q : m_catalog->questionnaires())
        out.append(QVariantMap{{QStringLiteral("id"), q.id()},
                               {QStringLiteral("title"), q.title().text(language)},
                               {QStringLiteral("items"), q.items().size()},
                               {QStringLiteral("enabled"), enabled.contains(q.id())}});
    return out;
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
    setValue(kQuestionnaires, ids.join(QLatin1Char(',')));
}

void KioskSettings::setEnabledQuestionnaires(const QStringList &ids)
{
    QStringList known;
    bool spkp = false;
    for (const QString &id : ids) {
        if (!m_catalog->questionnaire(id) || known.contains(id) || (spkp && isSpkp(id)))
            continue; // unknown, repeated, or a second SPKP variant: the first one listed is kept
        spkp = spkp || isSpkp(id);
        known.append(id);
    }
    if (!known.isEmpty())
        setValue(kQuestionnaires, known.join(QLatin1Char(',')));
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
    if (points == 4 || points == 6)
        setValue(QStringLiteral("zi_scale_points"), QString::number(points));
}

} // namespace suara
