#include "languagemanager.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcLanguage, "suara.app.language")

namespace suara {

namespace {
// What the kiosk can always show: the base language, whose catalogue the build checks is complete.
UiLanguageTable baseOnly()
{
    UiLanguageTable table;
    table.messages = 1;
    table.languages.append(
        {QStringLiteral("id"), QStringLiteral("Bahasa Indonesia"), QStringLiteral("suara_id"), true, 0});
    return table;
}
} // namespace

UiLanguageTable LanguageManager::shippedTable()
{
    QFile file(QStringLiteral(":/i18n/languages.json"));
    QString error = QStringLiteral("cannot be read");
    if (file.open(QIODevice::ReadOnly)) {
        QJsonParseError parse{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
        if (parse.error != QJsonParseError::NoError)
            error = parse.errorString();
        else if (auto table = UiLanguageTable::fromJson(doc.object(), &error))
            return *table;
    }
    qCCritical(lcLanguage) << "the language table" << file.fileName() << "is broken:" << error
                           << "- only Indonesian is offered";
    return baseOnly();
}

LanguageManager::LanguageManager(QObject *parent)
    : LanguageManager(shippedTable(), parent)
{
}

LanguageManager::LanguageManager(UiLanguageTable table, QObject *parent)
    : QObject(parent)
    , m_table(std::move(table))
    , m_offered(offeredLanguages(m_table, {}, {}))
{
}

QStringList LanguageManager::offered() const
{
    QStringList codes;
    for (const UiLanguage &l : m_offered)
        codes.append(l.code);
    return codes;
}

int LanguageManager::offeredIndex(const QString &code) const
{
    for (int i = 0; i < m_offered.size(); ++i) {
        if (m_offered.at(i).code == code)
            return i;
    }
    return -1;
}

QString LanguageManager::nextEndonym() const
{
    if (!canSwitch())
        return {};
    const int i = offeredIndex(m_language);
    return m_offered.value((i + 1) % m_offered.size()).endonym;
}

void LanguageManager::toggle()
{
    setLanguage(m_offered.value((offeredIndex(m_language) + 1) % m_offered.size()).code);
}

void LanguageManager::offerFor(const QList<Questionnaire> &questionnaires, const QList<Service> &services)
{
    const QStringList before = offered();
    m_offered = offeredLanguages(m_table, questionnaires, services);
    if (offered() == before)
        return;
    emit offeredChanged();
    if (!m_language.isEmpty() && offeredIndex(m_language) < 0)
        setLanguage(m_offered.first().code);
}

void LanguageManager::setLanguage(const QString &language)
{
    const int index = offeredIndex(language);
    const UiLanguage &chosen = m_offered.at(std::max(index, 0));
    if (index < 0)
        qCInfo(lcLanguage) << language << "is not offered; showing" << chosen.code;
    if (chosen.code == m_language)
        return;
    QCoreApplication::removeTranslator(&m_translator);
    // Source strings are English; the English catalogue still supplies the plural forms.
    if (m_translator.load(QStringLiteral(":/i18n/%1.qm").arg(chosen.catalogue)))
        QCoreApplication::installTranslator(&m_translator);
    else
        qCWarning(lcLanguage) << "no translation catalogue for" << chosen.code;
    m_language = chosen.code;
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
    emit offeredChanged(); // nextEndonym follows the language
}

} // namespace suara
