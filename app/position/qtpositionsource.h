#pragma once

#include "positionsource.h"

class QGeoPositionInfoSource;

namespace suara {

// The device's receiver through Qt Positioning's default source (GPS through geoclue, NMEA, ...). The
// source is made on the first start(), not at the kiosk's start: counter kiosks and units that do not
// allow positions never load a positioning plugin. A device without a receiver gives no fix, said once
// in the log.
class QtPositionSource : public PositionSource
{
    Q_OBJECT

public:
    explicit QtPositionSource(QObject *parent = nullptr);

    void start() override;
    void stop() override;
    [[nodiscard]] std::optional<PositionFix> latest() const override { return m_latest; }

private:
    QGeoPositionInfoSource *m_source = nullptr;
    bool m_triedToCreate = false;
    std::optional<PositionFix> m_latest;
};

} // namespace suara
