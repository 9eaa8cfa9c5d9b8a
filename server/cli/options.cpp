#include "options.h"

namespace suara::server::cli {

std::optional<Options> Options::parse(const QStringList &args, const QStringList &valued, const QStringList &flags,
                                      QString *error)
{
    Options out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            out.m_positional << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            inlineValue = true;
        }
        if (flags.contains(name)) {
            if (inlineValue) {
                *error = QStringLiteral("--%1 takes no value").arg(name);
                return std::nullopt;
            }
            out.m_values.insert(name, QStringLiteral("1"));
        } else if (valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    *error = QStringLiteral("--%1 needs a value").arg(name);
                    return std::nullopt;
                }
                value = args.at(++i);
            }
            out.m_values.insert(name, value);
        } else {
            *error = QStringLiteral("unknown option --%1").arg(name);
            return std::nullopt;
        }
    }
    return out;
}

std::optional<qint64> Options::integer(const QString &name, qint64 fallback, qint64 min, qint64 max,
                                       QString *error) const
{
    if (!has(name))
        return fallback;
    bool ok = false;
    const qint64 v = value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("--%1 must be a whole number between %2 and %3").arg(name).arg(min).arg(max);
        return std::nullopt;
    }
    return v;
}

} // namespace suara::server::cli
