#pragma once

#include "questionnaire.h"
#include "servicecatalog.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace suara {

// One language the kiosk's screens can be shown in (translations/languages.json, with the counts the
// build adds from the catalogues).
struct UiLanguage
{
    QString code; // "id", "en", "jv"
    QString endonym; // its own name for itself: "Bahasa Indonesia", "English", "Basa Jawa"
    QString catalogue; // the compiled UI catalogue, :/i18n/<catalogue>.qm
    bool source = false; // the source strings are in this language: complete without translating
    int translated = 0; // messages the catalogue translates
};

// The UI languages, the first being the base language the kiosk always offers (Indonesian).
struct UiLanguageTable
{
    int messages = 0; // messages in the sources
    QList<UiLanguage> languages;

    static std::optional<UiLanguageTable> fromJson(const QJsonObject &json, QString *error);
    [[nodiscard]] const UiLanguage *find(const QString &code) const;
    // Every message of the sources is translated (or the sources are in this language).
    [[nodiscard]] bool uiComplete(const UiLanguage &language) const;
};

// The languages a visitor may choose, in the table's order: the base language always; any other only
// when its UI catalogue is complete AND every active questionnaire and shown service is written in it,
// so that no visitor meets a screen half in a language they did not choose.
[[nodiscard]] QList<UiLanguage> offeredLanguages(const UiLanguageTable &table,
                                                 const QList<Questionnaire> &questionnaires,
                                                 const QList<Service> &services);

} // namespace suara
