#pragma once

#include <QProcess>

namespace suara::testing {

// Children never outlive the test: they get SIGKILL (or `deathSignal`) when the test process dies,
// even by a ctest timeout. With `asUser` (when the test runs as root), the child drops to that user
// first: PostgreSQL refuses to run as root.
void guardChild(QProcess &process, int deathSignal, const QString &asUser = {});

[[nodiscard]] bool runningAsRoot();

} // namespace suara::testing
