#include "failure.h"

#include "protocol/wiretime.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace suara::server {

void fail(protocol::ErrorCode code, const QString &message, const QString &field)
{
    throw ApiFailure(protocol::makeError(code, message, field));
}

QString nowText()
{
    return protocol::formatTime(QDateTime::currentDateTimeUtc());
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace suara::server
