#include "childprocess.h"

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace suara::testing {

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

void guardChild(QProcess &process, int deathSignal, const QString &asUser)
{
    uid_t uid = 0;
    gid_t gid = 0;
    bool switchUser = false;
    if (!asUser.isEmpty() && runningAsRoot()) {
        if (const passwd *pw = ::getpwnam(asUser.toLocal8Bit().constData())) {
            uid = pw->pw_uid;
            gid = pw->pw_gid;
            switchUser = true;
        }
    }
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([=] {
        if (switchUser) {
            ::setgroups(0, nullptr);
            if (::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        }
        // After setuid: a change of credentials clears the parent-death signal.
        ::prctl(PR_SET_PDEATHSIG, deathSignal);
        if (::getppid() != parent)
            ::_exit(125); // the parent died before prctl took effect
    });
}

ChildRun runChild(const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    guardChild(p, SIGKILL);
    p.start(program, args);
    ChildRun r;
    if (!p.waitForStarted(10'000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.finished = true;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace suara::testing
