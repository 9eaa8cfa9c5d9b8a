#pragma once

#include <QJsonValue>
#include <QString>

namespace suara {

// Text that questionnaires and services carry in both languages. Indonesian is the fallback.
struct LocalizedText
{
    QString id;
    QString en;

    [[nodiscard]] QString text(const QString &language) const;
    [[nodiscard]] bool isEmpty() const { return id.isEmpty() && en.isEmpty(); }
    [[nodiscard]] QJsonValue toJson() const;
    static LocalizedText fromJson(const QJsonValue &value);
};

} // namespace suara
