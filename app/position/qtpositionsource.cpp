#include "qtpositionsource.h"

#include <QGeoPositionInfoSource>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPosition, "suara.app.position")

namespace suara {

namespace {
// How often a running source reports: one reading a minute is plenty for "which village", and spares
// the battery of a day in the field.
constexpr int kUpdateIntervalMs = 60'000;
// How long the first reading may take: a receiver's cold start outdoors, then "no fix yet".
constexpr int kFirstFixTimeoutMs = 120'000;
} // namespace

QtPositionSource::QtPositionSource(QObject *parent)
    : PositionSource(parent)
{
}

QtPositionSource::QtPositionSource(const QString &provider, const QVariantMap &parameters, QObject *parent)
    : PositionSource(parent)
    , m_provider(provider)
    , m_parameters(parameters)
{
}

void QtPositionSource::start()
{
    if (!m_triedToCreate) {
        m_triedToCreate = true;
        m_source = m_provider.isEmpty() ? QGeoPositionInfoSource::createDefaultSource(this)
                                        : QGeoPositionInfoSource::createSource(m_provider, m_parameters, this);
        if (!m_source) {
            qCInfo(lcPosition) << "no position source on this device: records carry no location";
            return;
        }
        connect(m_source, &QGeoPositionInfoSource::positionUpdated, this, [this](const QGeoPositionInfo &info) {
            if (!info.isValid())
                return;
            PositionFix fix;
            fix.lat = info.coordinate().latitude();
            fix.lon = info.coordinate().longitude();
            if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy))
                fix.accuracyM = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
            fix.at = info.timestamp().isValid() ? info.timestamp() : QDateTime::currentDateTimeUtc();
            m_latest = fix;
            emit latestChanged();
        });
        connect(m_source, &QGeoPositionInfoSource::errorOccurred, this, [](QGeoPositionInfoSource::Error error) {
            // A timeout is a receiver with no fix in that time (indoors, a cold start), not a broken
            // one: the source goes on and the next fix is used.
            if (error == QGeoPositionInfoSource::UpdateTimeoutError)
                qCInfo(lcPosition) << "no position fix yet: records carry no location until one comes";
            else
                qCWarning(lcPosition) << "the position source failed:" << error << "- records carry no location";
        });
        m_source->setUpdateInterval(kUpdateIntervalMs);
    }
    if (!m_source)
        return;
    m_source->startUpdates();
    // A running source may hold its first reading until the interval has passed (Qt's NMEA source
    // does: a minute of "no location" after each start). The officer needs it now, so ask once.
    m_source->requestUpdate(kFirstFixTimeoutMs);
}

void QtPositionSource::stop()
{
    if (m_source)
        m_source->stopUpdates();
    if (m_latest) {
        m_latest.reset();
        emit latestChanged();
    }
}

} // namespace suara
