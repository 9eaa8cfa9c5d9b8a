// The language switch: which languages it offers (the shipped kiosk: Indonesian and English only), the
// order it goes round them, the catalogue it loads, and what happens to a visitor in a language that
// stops being offered.
#include "domain/catalog.h"
#include "languagemanager.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace suara;

namespace {
Questionnaire jvQuestionnaire()
{
    QFile file(QStringLiteral(SUARA_LANG_TEST_DIR "/questionnaire-jv.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the test questionnaire");
    return *Questionnaire::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

// The shipped id and en with the tiny jv test catalogue (:/i18n/suara_jv.qm in this test), counted as
// complete against a source of two messages.
UiLanguageTable withJavanese()
{
    UiLanguageTable t;
    t.messages = 2;
    t.languages = {{QStringLiteral("id"), QStringLiteral("Bahasa Indonesia"), QStringLiteral("suara_id"), false, 2},
                   {QStringLiteral("en"), QStringLiteral("English"), QStringLiteral("suara_en"), true, 0},
                   {QStringLiteral("jv"), QStringLiteral("Basa Jawa"), QStringLiteral("suara_jv"), false, 2}};
    return t;
}

QString start()
{
    return QCoreApplication::translate("WelcomePage", "Start");
}
} // namespace

class TestLanguageManager : public QObject
{
    Q_OBJECT
private slots:
    void theShippedKioskOffersIndonesianAndEnglish()
    {
        LanguageManager language;
        const Catalog catalog = Catalog::builtIn();
        language.offerFor(
            {*catalog.questionnaire(QStringLiteral("skm")), *catalog.questionnaire(QStringLiteral("spkp"))},
            catalog.services(QStringLiteral("lapas"))->services);
        QCOMPARE(language.offered(), (QStringList{"id", "en"}));
        language.setLanguage(QStringLiteral("id"));
        QCOMPARE(language.nextEndonym(), QStringLiteral("English"));
        QCOMPARE(start(), QStringLiteral("Mulai"));
        language.toggle();
        QCOMPARE(language.language(), QStringLiteral("en"));
        QCOMPARE(language.nextEndonym(), QStringLiteral("Bahasa Indonesia"));
        QCOMPARE(start(), QStringLiteral("Start"));
        language.toggle();
        QCOMPARE(language.language(), QStringLiteral("id"));
        // A language that is not offered (a setting naming jv) shows the base language.
        language.setLanguage(QStringLiteral("jv"));
        QCOMPARE(language.language(), QStringLiteral("id"));
    }

    void theSwitchGoesRoundTheOfferedLanguages()
    {
        LanguageManager language(withJavanese());
        language.offerFor({jvQuestionnaire()}, {});
        QCOMPARE(language.offered(), (QStringList{"id", "en", "jv"}));
        language.setLanguage(QStringLiteral("id"));
        QStringList round;
        QStringList names;
        for (int i = 0; i < 3; ++i) {
            names.append(language.nextEndonym());
            language.toggle();
            round.append(language.language());
        }
        QCOMPARE(round, (QStringList{"en", "jv", "id"}));
        QCOMPARE(names, (QStringList{"English", "Basa Jawa", "Bahasa Indonesia"}));
        language.setLanguage(QStringLiteral("jv"));
        QCOMPARE(start(), QStringLiteral("[jv] Start"));
    }

    void aVisitorInALanguageNoLongerOfferedGoesBackToTheBase()
    {
        LanguageManager language(withJavanese());
        language.offerFor({jvQuestionnaire()}, {});
        language.setLanguage(QStringLiteral("jv"));
        QCOMPARE(language.language(), QStringLiteral("jv"));
        QSignalSpy changed(&language, &LanguageManager::languageChanged);
        QSignalSpy offered(&language, &LanguageManager::offeredChanged);
        // The unit enables SKM, which has no jv texts.
        language.offerFor({jvQuestionnaire(), *Catalog::builtIn().questionnaire(QStringLiteral("skm"))}, {});
        QCOMPARE(language.offered(), (QStringList{"id", "en"}));
        QVERIFY(offered.count() > 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(language.language(), QStringLiteral("id"));
        QCOMPARE(start(), QStringLiteral("Mulai"));
        // The normal case: offering the same languages again changes nothing.
        language.offerFor({*Catalog::builtIn().questionnaire(QStringLiteral("skm"))}, {});
        QCOMPARE(changed.count(), 1);
    }

    void oneLanguageMeansNoSwitch()
    {
        UiLanguageTable table = withJavanese();
        table.languages.removeAt(1); // no English
        LanguageManager language(table);
        language.offerFor({*Catalog::builtIn().questionnaire(QStringLiteral("skm"))}, {});
        language.setLanguage(QStringLiteral("id"));
        QCOMPARE(language.offered(), QStringList{"id"});
        QVERIFY(!language.canSwitch());
        QCOMPARE(language.nextEndonym(), QString());
        language.toggle();
        QCOMPARE(language.language(), QStringLiteral("id"));
    }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
