#pragma once

#include <QString>

namespace suara::pinpolicy {

// What an admin PIN must be on a kiosk that anyone in the waiting room can touch
// (docs/adr/0025-pin-policy-and-escalating-lockout.md): digits only, kMinLength..kMaxLength long,
// and not one of the PINs a visitor would try first.
inline constexpr int kMinLength = 6;
inline constexpr int kMaxLength = 8;

enum class Weakness {
    None,
    TooShort,
    TooLong,
    NotDigits,
    SameDigit, // 111111
    Sequence, // 123456, 987654, 890123 (runs wrap around 9 -> 0)
    Repeated, // 121212, 123123: a block of two or three digits over and over
    Common, // in the list of the most chosen PINs (or a famous date such as 170845)
};

// Pure: the first reason `pin` is refused, or Weakness::None.
[[nodiscard]] Weakness weakness(const QString &pin);

// Wrong tries in a row that cost nothing; every wrong try after them locks the admin area.
inline constexpr int kFreeAttempts = 5;

// How long the admin area stays locked after the `consecutiveFailures`-th wrong try in a row:
// nothing for the first kFreeAttempts, then 1, 5, 15 and 60 minutes, and 60 minutes from then on.
// The cap keeps one tap an hour from keeping the admin out for longer; guessing a PIN at one try an
// hour is hopeless, so a longer lock would protect nothing more.
[[nodiscard]] int lockoutSeconds(int consecutiveFailures);
inline constexpr int kMaxLockoutSeconds = 3600;

} // namespace suara::pinpolicy
