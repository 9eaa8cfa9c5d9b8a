#include "pinpolicy.h"

#include <array>

namespace suara::pinpolicy {

namespace {
// The most chosen six- to eight-digit PINs in published PIN and password leaks, and dates every
// Indonesian knows. Sequences, repeats and single digits are caught by rule and not listed.
constexpr std::array kCommon = {
    "112233",   "123321",   "159753",   "147258",   "258369",   "159357",   "102030", "789456",   "654123",
    "696969",   "520520",   "131313",   "142536",   "778899",   "998877",   "010203", "147852",   "123654",
    "110011",   "100100",   "200000",   "100000",   "199999",   "123457",   "170845", "17081945", "171945",
    "12345679", "11223344", "12344321", "88888888", "20202020", "19451708",
};

bool allDigits(const QString &pin)
{
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Each digit is the one before plus `step` (mod 10).
bool isRun(const QString &pin, int step)
{
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int prev = pin.at(i - 1).unicode() - '0';
        const int here = pin.at(i).unicode() - '0';
        if (here != (prev + step + 10) % 10)
            return false;
    }
    return true;
}

// The PIN is one block of `block` digits repeated (the last repeat may be cut short).
bool isRepeat(const QString &pin, int block)
{
    for (qsizetype i = block; i < pin.size(); ++i) {
        if (pin.at(i) != pin.at(i - block))
            return false;
    }
    return true;
}
} // namespace

Weakness weakness(const QString &pin)
{
    if (!allDigits(pin))
        return Weakness::NotDigits;
    if (pin.size() < kMinLength)
        return Weakness::TooShort;
    if (pin.size() > kMaxLength)
        return Weakness::TooLong;
    if (isRepeat(pin, 1))
        return Weakness::SameDigit;
    if (isRun(pin, 1) || isRun(pin, -1))
        return Weakness::Sequence;
    if (isRepeat(pin, 2) || isRepeat(pin, 3) || (pin.size() == 8 && isRepeat(pin, 4)))
        return Weakness::Repeated;
    for (const char *common : kCommon) {
        if (pin == QLatin1String(common))
            return Weakness::Common;
    }
    return Weakness::None;
}

int lockoutSeconds(int consecutiveFailures)
{
    constexpr std::array kSteps = {60, 5 * 60, 15 * 60, kMaxLockoutSeconds};
    const int beyond = consecutiveFailures - kFreeAttempts;
    if (beyond < 0)
        return 0;
    return beyond < int(kSteps.size()) ? kSteps.at(size_t(beyond)) : kMaxLockoutSeconds;
}

} // namespace suara::pinpolicy
