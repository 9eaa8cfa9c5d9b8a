#pragma once

#include <QStringList>

namespace suara::bench {

// `--name N` from the command line, or `fallback` when it is absent.
inline int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace suara::bench
