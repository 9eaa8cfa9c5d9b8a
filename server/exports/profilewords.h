#pragma once

#include <QString>

namespace suara::server::exports {

// A stored profile answer (gender "P", education "SMA", …) in the words the kiosk showed the visitor
// (app/surveysession.cpp profileDefinition, kept the same by tst_profilewords; the dashboard's
// web/src/profilelabels.ts says the same), in Indonesian or English. A code this list does not know (a
// unit's own) comes back as it was stored.
[[nodiscard]] QString profileWords(const QString &field, const QString &code, bool english);

// Where the answer stands in the kiosk's list of choices for `field`; unknown codes after every known one.
[[nodiscard]] int profileRank(const QString &field, const QString &code);

} // namespace suara::server::exports
