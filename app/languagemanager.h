#pragma once

#include "domain/uilanguages.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QTranslator>

namespace suara {

// Switches the UI language at runtime among the languages the kiosk offers: the language table
// (:/i18n/languages.json, ADR 0042) filtered by what the unit's questionnaires and services are written
// in. Indonesian, the base language, is always offered.
class LanguageManager : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QStringList offered READ offered NOTIFY offeredChanged)
    // The name of the language the switch goes to, in that language, so a visitor finds their own;
    // empty when only one language is offered.
    Q_PROPERTY(QString nextEndonym READ nextEndonym NOTIFY offeredChanged)
    Q_PROPERTY(bool canSwitch READ canSwitch NOTIFY offeredChanged)

public:
    // The shipped table; when it cannot be read (a broken build) only the base language is offered.
    explicit LanguageManager(QObject *parent = nullptr);
    explicit LanguageManager(UiLanguageTable table, QObject *parent = nullptr);

    static UiLanguageTable shippedTable();

    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    [[nodiscard]] QString language() const { return m_language; }
    // A language that is not offered falls back to the base language.
    void setLanguage(const QString &language);
    // The visitor's choice goes round the offered languages in the table's order.
    Q_INVOKABLE void toggle();

    // What the visitor will see: the active questionnaires and the shown services. A language they
    // are not wholly written in is no longer offered; a visitor in it goes back to the base language.
    void offerFor(const QList<Questionnaire> &questionnaires, const QList<Service> &services);

    [[nodiscard]] QStringList offered() const;
    [[nodiscard]] QString nextEndonym() const;
    [[nodiscard]] bool canSwitch() const { return m_offered.size() > 1; }

signals:
    void languageChanged();
    // The offered languages changed, or the visitor's place among them (so the switch's name did).
    void offeredChanged();

private:
    [[nodiscard]] int offeredIndex(const QString &code) const;

    UiLanguageTable m_table;
    QList<UiLanguage> m_offered;
    QString m_language;
    QTranslator m_translator;
    QPointer<QQmlEngine> m_engine;
};

} // namespace suara
