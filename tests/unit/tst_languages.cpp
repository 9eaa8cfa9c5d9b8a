// The rules that decide which languages a kiosk may offer: texts in any number of languages with the
// Indonesian-then-English fallback, a questionnaire or service list complete in a language only when
// every visible text is written in it, and the UI catalogue counts the build takes from the .ts files.
#include "domain/catalog.h"
#include "domain/uilanguages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace suara;

namespace {
QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject jvQuestionnaireJson()
{
    return readJson(QStringLiteral(SUARA_LANG_TEST_DIR "/questionnaire-jv.json"));
}

Questionnaire jvQuestionnaire()
{
    QString error;
    const auto q = Questionnaire::fromJson(jvQuestionnaireJson(), &error);
    if (!q)
        qFatal("test questionnaire: %s", qPrintable(error));
    return *q;
}

UiLanguageTable threeLanguages(int jvTranslated)
{
    UiLanguageTable t;
    t.messages = 10;
    t.languages = {
        {QStringLiteral("id"), QStringLiteral("Bahasa Indonesia"), QStringLiteral("suara_id"), false, 10},
        {QStringLiteral("en"), QStringLiteral("English"), QStringLiteral("suara_en"), true, 1},
        {QStringLiteral("jv"), QStringLiteral("Basa Jawa"), QStringLiteral("suara_jv"), false, jvTranslated}};
    return t;
}

QStringList codes(const QList<UiLanguage> &languages)
{
    QStringList out;
    for (const UiLanguage &l : languages)
        out.append(l.code);
    return out;
}
} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT
private slots:
    void textFallsBackToIndonesianThenEnglish()
    {
        LocalizedText t(QStringLiteral("Baik"), QStringLiteral("Good"));
        t.more.insert(QStringLiteral("jv"), QStringLiteral("[jv] Baik"));
        QCOMPARE(t.text(QStringLiteral("id")), QStringLiteral("Baik"));
        QCOMPARE(t.text(QStringLiteral("en")), QStringLiteral("Good"));
        QCOMPARE(t.text(QStringLiteral("jv")), QStringLiteral("[jv] Baik"));
        QCOMPARE(t.text(QStringLiteral("su")), QStringLiteral("Baik"));
        QVERIFY(t.has(QStringLiteral("jv")));
        QVERIFY(!t.has(QStringLiteral("su")));

        const LocalizedText englishOnly(QString(), QStringLiteral("Good"));
        QCOMPARE(englishOnly.text(QStringLiteral("id")), QStringLiteral("Good"));
        QCOMPARE(englishOnly.text(QStringLiteral("jv")), QStringLiteral("Good"));
        QVERIFY(!englishOnly.has(QStringLiteral("id")));
    }

    void textsReadAnyLanguageAndKeepIt()
    {
        QString error;
        const auto t = LocalizedText::parse(
            QJsonObject{{"id", "Mulai"}, {"en", "Start"}, {"jv", "[jv] Mulai"}, {"su", "[su] Mulai"}}, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->text(QStringLiteral("su")), QStringLiteral("[su] Mulai"));
        const auto again = LocalizedText::parse(t->toJson(), &error);
        QVERIFY(again);
        QCOMPARE(again->more, t->more);
        QCOMPARE(again->id, QStringLiteral("Mulai"));

        // A plain string is Indonesian and English alike, and no third language.
        const auto plain = LocalizedText::parse(QJsonValue(QStringLiteral("Lapas")), &error);
        QVERIFY(plain && plain->has(QStringLiteral("id")) && plain->has(QStringLiteral("en")));
        QVERIFY(!plain->has(QStringLiteral("jv")));
    }

    void aTextWithABadLanguageIsAnError_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("name, not code") << QJsonValue(QJsonObject{{"id", "Baik"}, {"Javanese", "Apik"}});
        QTest::newRow("number") << QJsonValue(QJsonObject{{"id", "Baik"}, {"jv", 3}});
        QTest::newRow("upper case") << QJsonValue(QJsonObject{{"JV", "Apik"}});
        QTest::newRow("array") << QJsonValue(QJsonArray{"Baik"});
    }

    void aTextWithABadLanguageIsAnError()
    {
        QFETCH(QJsonValue, value);
        QString error;
        QVERIFY(!LocalizedText::parse(value, &error));
        QVERIFY(!error.isEmpty());
    }

    void aDefinitionWithABadTextIsRefusedByName()
    {
        QJsonObject json = jvQuestionnaireJson();
        QJsonArray items = json.value("items").toArray();
        QJsonObject item = items.at(1).toObject();
        item.insert("text", QJsonObject{{"id", "Bagaimana?"}, {"jawa", "Piye?"}});
        items.replace(1, item);
        json.insert("items", items);
        QString error;
        QVERIFY(!Questionnaire::fromJson(json, &error));
        QVERIFY2(error.contains(QStringLiteral("uji-jv.waktu")) && error.contains(QStringLiteral("jawa")),
                 qPrintable(error));
        // The same definition with the good text is read (the refusal is about the bad key only).
        QVERIFY(Questionnaire::fromJson(jvQuestionnaireJson(), &error));
    }

    void aQuestionnaireIsCompleteOnlyWithEveryText()
    {
        const Questionnaire q = jvQuestionnaire();
        QVERIFY(q.completeIn(QStringLiteral("jv")));
        QVERIFY(q.completeIn(QStringLiteral("id")));
        QVERIFY(q.completeIn(QStringLiteral("en")));
        QVERIFY(!q.completeIn(QStringLiteral("su")));
        QCOMPARE(q.item("waktu")->options.at(3).label.text(QStringLiteral("jv")), QStringLiteral("[jv] Sangat baik"));

        // One option label missing in jv: the whole questionnaire is not complete in jv.
        QJsonObject json = jvQuestionnaireJson();
        QJsonObject labels = json.value("scaleLabels").toObject();
        QJsonArray four = labels.value("4").toArray();
        four.replace(2, QJsonObject{{"id", "Baik"}, {"en", "Good"}});
        labels.insert("4", four);
        json.insert("scaleLabels", labels);
        const auto missingOption = Questionnaire::fromJson(json);
        QVERIFY(missingOption);
        QVERIFY(!missingOption->completeIn(QStringLiteral("jv")));
        QVERIFY(missingOption->completeIn(QStringLiteral("en")));

        // The title missing in jv.
        json = jvQuestionnaireJson();
        json.insert("title", QJsonObject{{"id", "Survei uji"}, {"en", "Test survey"}});
        QVERIFY(!Questionnaire::fromJson(json)->completeIn(QStringLiteral("jv")));

        // The round trip (how the kiosk stores the server's definitions) keeps the jv texts.
        QVERIFY(Questionnaire::fromJson(q.toJson())->completeIn(QStringLiteral("jv")));
    }

    void theBuiltInDefinitionsAreIndonesianAndEnglishOnly()
    {
        const Catalog c = Catalog::builtIn();
        for (const char *id : {"skm", "spkp", "spak", "spkp-lapas"}) {
            const auto q = c.questionnaire(id);
            QVERIFY2(q, qPrintable(id));
            QVERIFY2(q->completeIn(QStringLiteral("id")) && q->completeIn(QStringLiteral("en")), qPrintable(id));
            QVERIFY2(!q->completeIn(QStringLiteral("jv")), qPrintable(id));
        }
        const auto lapas = c.services(QStringLiteral("lapas"));
        QVERIFY(lapas);
        QVERIFY(servicesCompleteIn(lapas->services, QStringLiteral("en")));
        QVERIFY(!servicesCompleteIn(lapas->services, QStringLiteral("jv")));
    }

    void aLanguageIsOfferedOnlyWhenUiAndQuestionsAreComplete()
    {
        const Questionnaire jv = jvQuestionnaire();
        const Questionnaire skm = *Catalog::builtIn().questionnaire(QStringLiteral("skm"));
        Service inJv{QStringLiteral("kunjungan"), LocalizedText(QStringLiteral("Kunjungan"), QStringLiteral("Visit"))};
        inJv.label.more.insert(QStringLiteral("jv"), QStringLiteral("[jv] Kunjungan"));
        const Service notInJv{QStringLiteral("titip"),
                              LocalizedText(QStringLiteral("Titipan"), QStringLiteral("Parcel"))};

        QCOMPARE(codes(offeredLanguages(threeLanguages(10), {jv}, {inJv})), (QStringList{"id", "en", "jv"}));
        // The catalogue lacks one message.
        QCOMPARE(codes(offeredLanguages(threeLanguages(9), {jv}, {inJv})), (QStringList{"id", "en"}));
        // Another enabled questionnaire is not written in jv.
        QCOMPARE(codes(offeredLanguages(threeLanguages(10), {jv, skm}, {inJv})), (QStringList{"id", "en"}));
        // A shown service is not named in jv.
        QCOMPARE(codes(offeredLanguages(threeLanguages(10), {jv}, {inJv, notInJv})), (QStringList{"id", "en"}));
        // The base language is offered whatever the definitions hold.
        QJsonObject json = jvQuestionnaireJson();
        json.insert("title", QJsonObject{{"en", "Test survey"}, {"jv", "[jv] Survei uji"}});
        const Questionnaire noIndonesianTitle = *Questionnaire::fromJson(json);
        QVERIFY(!noIndonesianTitle.completeIn(QStringLiteral("id")));
        QCOMPARE(codes(offeredLanguages(threeLanguages(10), {noIndonesianTitle}, {inJv})),
                 (QStringList{"id", "en", "jv"}));
    }

    void theTableNeedsCountsAndDistinctCodes()
    {
        QString error;
        const QJsonObject id{
            {"code", "id"}, {"endonym", "Bahasa Indonesia"}, {"catalogue", "suara_id"}, {"translated", 3}};
        QVERIFY(UiLanguageTable::fromJson({{"messages", 3}, {"languages", QJsonArray{id}}}, &error));
        QVERIFY(!UiLanguageTable::fromJson({{"languages", QJsonArray{id}}}, &error));
        QVERIFY(!UiLanguageTable::fromJson({{"messages", 3}, {"languages", QJsonArray{id, id}}}, &error));
        QJsonObject uncounted = id;
        uncounted.remove("translated");
        QVERIFY(!UiLanguageTable::fromJson({{"messages", 3}, {"languages", QJsonArray{uncounted}}}, &error));
        QVERIFY(!UiLanguageTable::fromJson({{"messages", 3}, {"languages", QJsonArray{}}}, &error));
    }

    // The counts the build writes (cmake/SuaraLanguages.cmake), over the real catalogues and a tiny jv
    // one that translates two of its three messages.
    void theBuildCountsTranslatedMessages()
    {
        QString error;
        const auto table = UiLanguageTable::fromJson(readJson(QStringLiteral(SUARA_LANG_TEST_TABLE)), &error);
        QVERIFY2(table, qPrintable(error));
        QVERIFY2(table->messages > 400, "the sources have hundreds of messages");
        const UiLanguage *id = table->find(QStringLiteral("id"));
        const UiLanguage *en = table->find(QStringLiteral("en"));
        const UiLanguage *jv = table->find(QStringLiteral("jv"));
        QVERIFY(id && en && jv);
        QCOMPARE(id->translated, table->messages);
        QVERIFY(table->uiComplete(*id));
        QVERIFY(en->source && table->uiComplete(*en));
        QCOMPARE(jv->translated, 2);
        QVERIFY(!table->uiComplete(*jv));
        QCOMPARE(codes(offeredLanguages(*table, {jvQuestionnaire()}, {})), (QStringList{"id", "en"}));
    }
};

QTEST_GUILESS_MAIN(TestLanguages)
#include "tst_languages.moc"
