#pragma once

#include "positionsource.h"

#include <QVariantMap>

class QGeoPositionInfoSource;

namespace suara {

// The device's receiver through Qt Positioning (GPS through geoclue or Android, an NMEA receiver, ...).
// The source is made on the first start(), not at the kiosk's start: counter kiosks and units that do
// not allow positions never load a positioning plugin. A device without a receiver gives no fix, said
// once in the log.
class QtPositionSource : public PositionSource
{
    Q_OBJECT

public:
    // The platform's default source; or the Qt Positioning plugin `provider` with its `parameters`
    // (tst_qtpositionsource feeds the real "nmea" plugin through a local socket).
    explicit QtPositionSource(QObject *parent = nullptr);
    QtPositionSource(const QString &provider, const QVariantMap &parameters, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    [[nodiscard]] std::optional<PositionFix> latest() const override { return m_latest; }

private:
    QString m_provider;
    QVariantMap m_parameters;
    QGeoPositionInfoSource *m_source = nullptr;
    bool m_triedToCreate = false;
    std::optional<PositionFix> m_latest;
};

} // namespace suara
