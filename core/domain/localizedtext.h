#pragma once

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <optional>
#include <utility>

namespace suara {

// Text that questionnaires and services carry in several languages, by language code ("id", "en",
// "jv", …). Indonesian and English are fields because every definition has them and the reports
// read them; any further language is in `more`. A missing text falls back to Indonesian, then English.
struct LocalizedText
{
    LocalizedText() = default;
    LocalizedText(QString indonesian, QString english)
        : id(std::move(indonesian))
        , en(std::move(english))
    {
    }

    QString id;
    QString en;
    QMap<QString, QString> more; // further languages by code, never "id" or "en"

    [[nodiscard]] QString text(const QString &language) const;
    // True when the text is written in `language` itself (no fallback).
    [[nodiscard]] bool has(const QString &language) const;
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] QJsonValue toJson() const;
    // A plain string is the same text in Indonesian and English. An object maps language codes to texts;
    // a key that is not a language code, or a value that is not a string, is an error.
    static std::optional<LocalizedText> parse(const QJsonValue &value, QString *error);
};

// "id", "en", "jv", "su", "ban", "pt-BR": two or three lower-case letters, optionally a region.
[[nodiscard]] bool isLanguageCode(const QString &code);

} // namespace suara
