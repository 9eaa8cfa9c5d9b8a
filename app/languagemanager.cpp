#include "languagemanager.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcLanguage, "suara.app.language")

namespace suara {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

void LanguageManager::setLanguage(const QString &language)
{
    const QString lang = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");
    if (lang == m_language)
        return;
    QCoreApplication::removeTranslator(&m_translator);
    // Source strings are English; the English catalogue still supplies the plural forms.
    if (m_translator.load(QStringLiteral(":/i18n/suara_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(&m_translator);
    else
        qCWarning(lcLanguage) << "no translation catalogue for" << lang;
    m_language = lang;
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
}

} // namespace suara
