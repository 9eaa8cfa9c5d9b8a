#include "fault.h"

#include <QStringList>

namespace suara::faultproxy {

std::optional<Fault> Fault::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    const QString what = parts.value(0).toLower();
    bool ok = true;
    const qint64 n = parts.size() > 1 ? parts.at(1).toLongLong(&ok) : 0;
    if (!ok || n < 0 || parts.size() > 2)
        return std::nullopt;
    if (what == QLatin1String("pass"))
        return Fault{Kind::Pass, 0, 0};
    if (what == QLatin1String("cut-request"))
        return Fault{Kind::CutRequest, n, 0};
    if (what == QLatin1String("cut-response"))
        return Fault{Kind::CutResponse, n, 0};
    if (what == QLatin1String("delay"))
        return Fault{Kind::Delay, 0, int(n)};
    if (what == QLatin1String("502"))
        return Fault{Kind::Reply502, 0, 0};
    if (what == QLatin1String("portal"))
        return Fault{Kind::CaptivePortal, 0, 0};
    if (what == QLatin1String("hang"))
        return Fault{Kind::Hang, 0, 0};
    return std::nullopt;
}

QString Fault::name() const
{
    switch (kind) {
    case Kind::Pass:
        return QStringLiteral("pass");
    case Kind::CutRequest:
        return QStringLiteral("cut-request:%1").arg(bytes);
    case Kind::CutResponse:
        return QStringLiteral("cut-response:%1").arg(bytes);
    case Kind::Delay:
        return QStringLiteral("delay:%1").arg(ms);
    case Kind::Reply502:
        return QStringLiteral("502");
    case Kind::CaptivePortal:
        return QStringLiteral("portal");
    case Kind::Hang:
        return QStringLiteral("hang");
    }
    return {};
}

} // namespace suara::faultproxy
