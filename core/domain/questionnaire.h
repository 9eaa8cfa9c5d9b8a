#pragma once

#include "localizedtext.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace suara {

enum class QuestionnaireKind { Skm, Spkp, Spak, Custom };

struct AnswerOption
{
    int value = 0;
    LocalizedText label;
};

// A rating item is scored on the questionnaire's scale; a yes/no item (the Lapas control question)
// is recorded but never enters an index.
struct Item
{
    enum class Kind { Rating, YesNo };
    QString key;
    Kind kind = Kind::Rating;
    LocalizedText text;
    LocalizedText label; // short name for reports ("Waktu penyelesaian"); falls back to the key
    QList<AnswerOption> options; // rating: one per scale point, low to high; yes/no: 1 = yes, 0 = no
    [[nodiscard]] bool isScored() const { return kind == Kind::Rating; }
};

struct Scale
{
    int min = 1;
    int max = 4;
    [[nodiscard]] bool contains(int v) const { return v >= min && v <= max; }
    [[nodiscard]] int points() const { return max - min + 1; }
};

// A versioned questionnaire definition. Items are addressed by stable keys, never by position.
class Questionnaire
{
public:
    static std::optional<Questionnaire> fromJson(const QJsonObject &json, QString *error = nullptr);
    [[nodiscard]] QJsonObject toJson() const;

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] int version() const { return m_version; }
    [[nodiscard]] QuestionnaireKind kind() const { return m_kind; }
    [[nodiscard]] LocalizedText title() const { return m_title; }
    [[nodiscard]] Scale scale() const { return m_scale; }
    [[nodiscard]] const QList<Item> &items() const { return m_items; }
    [[nodiscard]] const Item *item(const QString &key) const;
    [[nodiscard]] QList<int> supportedScales() const { return m_scaleLabels.keys(); }

    // ZI surveys are asked on the scale the unit chooses (4 or 6 points); the options follow it.
    [[nodiscard]] std::optional<Questionnaire> withScalePoints(int points) const;

    // True when a visitor sees and hears it wholly in `language`: the title, every question and every
    // option written in that language, none of them a fallback. (Item labels are for the reports.)
    [[nodiscard]] bool completeIn(const QString &language) const;

    // Checks one visitor's answers: known keys, values on the scale. Missing keys mean "not answered".
    [[nodiscard]] bool validateAnswers(const QJsonObject &answers, QString *error) const;

private:
    QString m_id;
    int m_version = 0;
    QuestionnaireKind m_kind = QuestionnaireKind::Custom;
    LocalizedText m_title;
    Scale m_scale;
    QList<Item> m_items;
    QMap<int, QList<LocalizedText>> m_scaleLabels; // points -> default option labels
};

QString kindName(QuestionnaireKind kind);

} // namespace suara
