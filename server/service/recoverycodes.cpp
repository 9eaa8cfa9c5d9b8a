#include "recoverycodes.h"

#include "crypto/pinhash.h"
#include "enrollmentcodes.h"
#include "failure.h"
#include "protocol/enrollment.h"

namespace suara::server::recoverycodes {

using protocol::ErrorCode;

namespace {
constexpr char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // as enrollment codes: no 0/O, 1/I
constexpr int kSymbols = 10;
// Keeps these MACs apart from enrollment code hashes made with the same key.
constexpr char kLabel[] = "suara admin recovery code v1\n";
} // namespace

QString codeFor(const QString &deviceId)
{
    const QByteArray mac = enrollmentcodes::keyedMac(QByteArray(kLabel) + deviceId.toUtf8());
    // Five bits per symbol, taken from the front of the MAC.
    QString code;
    quint32 bits = 0;
    int held = 0;
    for (qsizetype i = 0; code.size() < kSymbols; ++i) {
        bits = (bits << 8) | quint8(mac.at(i));
        held += 8;
        while (held >= 5 && code.size() < kSymbols) {
            held -= 5;
            code.append(QLatin1Char(kAlphabet[(bits >> held) & 31]));
        }
    }
    return code.left(5) + QLatin1Char('-') + code.mid(5);
}

QString hashFor(const QString &deviceId)
{
    const QString hashed = pinhash::hash(protocol::normalizeEnrollmentCode(codeFor(deviceId)));
    if (hashed.isEmpty())
        fail(ErrorCode::Internal, QStringLiteral("could not hash the recovery code (out of memory?)"));
    return hashed;
}

} // namespace suara::server::recoverycodes
