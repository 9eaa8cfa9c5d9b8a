#pragma once

#include <QMap>
#include <QStringList>
#include <optional>

namespace suara::server::cli {

// The options of one subcommand: --name VALUE, --name=VALUE, --flag, and positional arguments.
// An option the command does not know is an error, so a typo never silently does nothing.
class Options
{
public:
    static std::optional<Options> parse(const QStringList &args, const QStringList &valued, const QStringList &flags,
                                        QString *error);

    [[nodiscard]] bool has(const QString &name) const { return m_values.contains(name); }
    [[nodiscard]] QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    // An integer option; error (and nullopt) when present but not an integer within [min, max].
    [[nodiscard]] std::optional<qint64> integer(const QString &name, qint64 fallback, qint64 min, qint64 max,
                                                QString *error) const;
    [[nodiscard]] const QStringList &positional() const { return m_positional; }

private:
    QMap<QString, QString> m_values;
    QStringList m_positional;
};

} // namespace suara::server::cli
