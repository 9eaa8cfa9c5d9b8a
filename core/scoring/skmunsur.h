#pragma once

#include <QStringList>

namespace suara::scoring {

// The nine unsur of PermenPAN-RB 14/2017, in the order the regulation lists them. Answers are
// matched by these keys, never by position: U8/U9 are numbered both ways in the field.
[[nodiscard]] const QStringList &skmUnsurKeys();

// Position of `key` in skmUnsurKeys(), or -1 for anything else.
[[nodiscard]] int skmUnsurIndex(const QString &key);

inline constexpr int kSkmUnsurCount = 9;
inline constexpr int kSkmScalePoints = 4;

} // namespace suara::scoring
