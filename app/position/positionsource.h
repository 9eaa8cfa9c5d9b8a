#pragma once

#include <QDateTime>
#include <QObject>

#include <optional>

namespace suara {

// Where the device was at a moment, as protocol §2.1's `location` carries it.
struct PositionFix
{
    double lat = 0; // -90..90
    double lon = 0; // -180..180
    std::optional<double> accuracyM; // metres, when the receiver says
    QDateTime at; // when the receiver measured it
};

// Where the field tablet's position comes from (issue 9 item 2). Only started in field mode when the
// unit allows positions (`kiosk.allow_location`); a visit never waits for it: a record carries the last
// fresh fix, or nothing.
class PositionSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    // The last fix since start(), if any; cleared by stop().
    [[nodiscard]] virtual std::optional<PositionFix> latest() const = 0;

signals:
    // latest() is another fix, or none after stop().
    void latestChanged();
};

} // namespace suara
