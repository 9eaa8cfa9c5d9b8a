#pragma once

#include "apierror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <optional>

namespace suara::protocol {

// The body as one JSON object, or malformed_json.
[[nodiscard]] std::optional<QJsonObject> parseObject(const QByteArray &body, ApiError *error);
// An integral JSON number that fits in 53 bits (what every JSON parser reads exactly).
[[nodiscard]] std::optional<qint64> jsonInteger(const QJsonValue &value);
// "records[3].seq": the path of a field, for messages and ApiError::field.
[[nodiscard]] QString fieldPath(const QString &parent, const QString &key);
[[nodiscard]] QString indexPath(const QString &parent, qsizetype index);

// Reads one JSON object field by field and keeps the first problem, naming the field. finish() refuses
// every key that was never read, so a typo in a request is an error instead of a silent default.
class FieldReader
{
public:
    enum Need { Required, Optional };

    FieldReader(const QJsonObject &object, QString path, ApiError *error);

    [[nodiscard]] std::optional<QString> string(const QString &key, Need need = Required, int maxLength = 4096);
    // A non-empty string of at most maxLength characters from [A-Za-z0-9._-] (ids, codes).
    [[nodiscard]] std::optional<QString> identifier(const QString &key, Need need = Required, int maxLength = 64);
    [[nodiscard]] std::optional<qint64> integer(const QString &key, qint64 min, qint64 max, Need need = Required);
    [[nodiscard]] std::optional<bool> boolean(const QString &key, Need need = Required);
    [[nodiscard]] std::optional<QJsonObject> object(const QString &key, Need need = Required);
    [[nodiscard]] std::optional<QJsonArray> array(const QString &key, Need need = Required);
    [[nodiscard]] std::optional<QStringList> stringList(const QString &key, Need need = Required);

    // Marks the rest of the problem on a field this reader owns (e.g. a value out of a known set).
    void fail(const QString &key, const QString &message);
    [[nodiscard]] bool finish();
    [[nodiscard]] bool ok() const { return !m_failed; }
    [[nodiscard]] QString path(const QString &key) const { return fieldPath(m_path, key); }

private:
    [[nodiscard]] std::optional<QJsonValue> take(const QString &key, Need need);
    void failWith(ErrorCode code, const QString &key, const QString &message);

    QJsonObject m_object;
    QString m_path;
    ApiError *m_error;
    QSet<QString> m_seen;
    bool m_failed = false;
};

} // namespace suara::protocol
