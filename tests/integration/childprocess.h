#pragma once

#include <QProcess>

namespace suara::testing {

// Children never outlive the test: they get SIGKILL (or `deathSignal`) when the test process dies,
// even by a ctest timeout. With `asUser` (when the test runs as root), the child drops to that user
// first: PostgreSQL refuses to run as root.
void guardChild(QProcess &process, int deathSignal, const QString &asUser = {});

[[nodiscard]] bool runningAsRoot();

// A command-line run to completion: stdin fed and closed, killed after `timeoutMs`.
struct ChildRun
{
    bool finished = false; // started and exited within the time
    int exitCode = -1; // -1 when it crashed or did not finish
    QByteArray out;
    QByteArray err;
};
[[nodiscard]] ChildRun runChild(const QString &program, const QStringList &args, const QByteArray &input,
                                int timeoutMs);

} // namespace suara::testing
