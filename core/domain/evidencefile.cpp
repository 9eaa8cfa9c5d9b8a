#include "evidencefile.h"

#include <QCryptographicHash>

namespace suara {

namespace evidence {
bool isKnownType(const QString &type)
{
    return type == QLatin1String("image/jpeg") || type == QLatin1String("image/png");
}

bool isSha256Hex(const QString &text)
{
    return text.size() == 64 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                   || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
           });
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace evidence

EvidenceFile EvidenceFile::of(const QByteArray &bytes, const QString &type)
{
    EvidenceFile f;
    f.sha256 = evidence::sha256Hex(bytes);
    f.type = type;
    f.size = bytes.size();
    f.bytes = bytes;
    return f;
}

QString EvidenceFile::problem() const
{
    if (!evidence::isKnownType(type))
        return QStringLiteral("an evidence file must be image/jpeg or image/png (got \"%1\")").arg(type);
    if (bytes.isEmpty() || size != bytes.size())
        return QStringLiteral("the evidence file is empty or its size does not match its bytes");
    if (size > evidence::kMaxBytes)
        return QStringLiteral("the evidence file has %1 bytes, more than the %2 allowed")
            .arg(size)
            .arg(evidence::kMaxBytes);
    if (sha256 != evidence::sha256Hex(bytes))
        return QStringLiteral("the evidence file's sha256 does not match its bytes");
    return {};
}

QJsonObject EvidenceFile::reference() const
{
    return QJsonObject{
        {QStringLiteral("sha256"), sha256}, {QStringLiteral("type"), type}, {QStringLiteral("size"), size}};
}

} // namespace suara
