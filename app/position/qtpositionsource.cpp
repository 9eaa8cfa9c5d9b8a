#include "qtpositionsource.h"

#include <QGeoPositionInfoSource>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPosition, "suara.app.position")

namespace suara {

QtPositionSource::QtPositionSource(QObject *parent)
    : PositionSource(parent)
{
}

void QtPositionSource::start()
{
    if (!m_triedToCreate) {
        m_triedToCreate = true;
        m_source = QGeoPositionInfoSource::createDefaultSource(this);
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
            qCWarning(lcPosition) << "the position source failed:" << error << "- records carry no location";
        });
        // One reading a minute is plenty for "which village"; it spares the battery of a day in the field.
        m_source->setUpdateInterval(60'000);
    }
    if (m_source)
        m_source->startUpdates();
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
