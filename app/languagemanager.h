#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>

namespace suara {

// Switches the UI language at runtime: Indonesian first, English as the option.
class LanguageManager : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    explicit LanguageManager(QObject *parent = nullptr);

    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    Q_INVOKABLE void toggle()
    {
        setLanguage(m_language == QLatin1String("id") ? QStringLiteral("en") : QStringLiteral("id"));
    }

signals:
    void languageChanged();

private:
    QString m_language;
    QTranslator m_translator;
    QPointer<QQmlEngine> m_engine;
};

} // namespace suara
