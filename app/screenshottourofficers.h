#pragma once

#include <QString>

#include <functional>

namespace suara {

class KioskContext;

// The screenshot tour's part for officers (issue 9): sign-in, the officer's screen, the gratification
// report with its receipt, and a field tablet's desa picker and "read aloud / hand over". Called with
// the admin area open (officers are added); leaves the kiosk a counter kiosk with nobody signed in.
void tourOfficers(KioskContext &ctx, const std::function<void(const QString &)> &shot,
                  const std::function<void()> &look);

} // namespace suara
