#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace suara::cli {

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

// What the command line asked for, parsed and checked by main.cpp.
struct Invocation
{
    QString command;
    QString dataDir;
    QUrl server;
    QString code;
    QString label;
    QString file;
    QString user;
    std::optional<QString> password;
    bool json = false;
    bool all = false;
    int attempts = 1;
    int timeoutSeconds = 60;
};

// Each returns the process exit code and prints what a person needs: results on stdout, problems on stderr.
[[nodiscard]] int runEnroll(const Invocation &inv);
[[nodiscard]] int runPush(const Invocation &inv);
[[nodiscard]] int runPull(const Invocation &inv);
[[nodiscard]] int runStatus(const Invocation &inv);
[[nodiscard]] int runExportBundle(const Invocation &inv);
[[nodiscard]] int runUploadBundle(const Invocation &inv);
[[nodiscard]] int runRequeue(const Invocation &inv);

} // namespace suara::cli
