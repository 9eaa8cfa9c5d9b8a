#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QtQml/qqmlregistration.h>

// What the kiosk's pages read from C++, as typed values instead of maps: qmllint checks every property a
// page reads, and a renamed one fails the build's lint instead of showing `undefined` on a kiosk.
namespace suara {

// One tappable answer of a service or profile list: `value` is what is recorded, `label` what is shown.
struct VisitorChoice
{
    Q_GADGET
    QML_VALUE_TYPE(visitorChoice)
    Q_PROPERTY(QString value MEMBER value)
    Q_PROPERTY(QString label MEMBER label)

public:
    QString value;
    QString label;
    bool operator==(const VisitorChoice &) const = default;
};

// A profile or report question with its choices, in the visitor's language.
struct ChoiceField
{
    Q_GADGET
    QML_VALUE_TYPE(choiceField)
    Q_PROPERTY(QString key MEMBER key)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QList<suara::VisitorChoice> options MEMBER options)

public:
    QString key;
    QString label;
    QList<VisitorChoice> options;
    bool operator==(const ChoiceField &) const = default;
};

// The answers given so far to a set of choice fields (the profile, or the reward report): field key to
// chosen value. Reading a key nobody answered gives "".
struct ChosenValues
{
    Q_GADGET
    QML_VALUE_TYPE(chosenValues)
    Q_PROPERTY(bool empty READ empty)

public:
    [[nodiscard]] bool empty() const { return values.isEmpty(); }
    Q_INVOKABLE [[nodiscard]] QString value(const QString &key) const { return values.value(key); }

    QMap<QString, QString> values;
    bool operator==(const ChosenValues &) const = default;
};

// One answer button of a question: the number recorded (1..points, or 1/0 for yes and no) and its words.
struct AnswerChoice
{
    Q_GADGET
    QML_VALUE_TYPE(answerChoice)
    Q_PROPERTY(int value MEMBER value)
    Q_PROPERTY(QString label MEMBER label)

public:
    int value = 0;
    QString label;
    bool operator==(const AnswerChoice &) const = default;
};

// The question on screen. `kind` is "rating" (scored, on the questionnaire's scale) or "yesno";
// `answer` is the value chosen earlier in this visit, -1 for none. `valid` is false off the question steps.
struct QuestionView
{
    Q_GADGET
    QML_VALUE_TYPE(questionView)
    Q_PROPERTY(bool valid MEMBER valid)
    Q_PROPERTY(QString key MEMBER key)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(QString survey MEMBER survey)
    Q_PROPERTY(QString surveyKind MEMBER surveyKind)
    Q_PROPERTY(int scalePoints MEMBER scalePoints)
    Q_PROPERTY(QList<suara::AnswerChoice> options MEMBER options)
    Q_PROPERTY(int answer MEMBER answer)

public:
    bool valid = false;
    QString key;
    QString text;
    QString kind;
    QString survey;
    QString surveyKind;
    int scalePoints = 0;
    QList<AnswerChoice> options;
    int answer = -1;
    bool operator==(const QuestionView &) const = default;
};

// A desa (or kelurahan) of the field officer's regions: its code in the settings, its name, and where it
// lies (empty where only the code and name are known, as for the interview's chosen desa).
struct RegionChoice
{
    Q_GADGET
    QML_VALUE_TYPE(regionChoice)
    Q_PROPERTY(QString code MEMBER code)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString kecamatan MEMBER kecamatan)
    Q_PROPERTY(QString kabupaten MEMBER kabupaten)
    Q_PROPERTY(QString province MEMBER province)
    Q_PROPERTY(bool valid READ valid)

public:
    [[nodiscard]] bool valid() const { return !code.isEmpty(); }
    QString code;
    QString name;
    QString kecamatan;
    QString kabupaten;
    QString province;
    bool operator==(const RegionChoice &) const = default;
};

// An officer of the tablet as the sign-in list and the admin's list show them.
struct OfficerView
{
    Q_GADGET
    QML_VALUE_TYPE(officerView)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString nip MEMBER nip)
    Q_PROPERTY(QString position MEMBER position)
    Q_PROPERTY(bool fromServer MEMBER fromServer)

public:
    QString id;
    QString name;
    QString nip;
    QString position;
    bool fromServer = false; // from the server's settings, so not removable here
    bool operator==(const OfficerView &) const = default;
};

// A picture the officer may attach to a report: its full path and its file name.
struct PhotoFile
{
    Q_GADGET
    QML_VALUE_TYPE(photoFile)
    Q_PROPERTY(QString path MEMBER path)
    Q_PROPERTY(QString name MEMBER name)

public:
    QString path;
    QString name;
    bool operator==(const PhotoFile &) const = default;
};

} // namespace suara
