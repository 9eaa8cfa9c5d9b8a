#include "domain/catalog.h"

#include <QJsonArray>
#include <QTest>

using namespace suara;

class TestQuestionnaire : public QObject
{
    Q_OBJECT
private slots:
    void skmHasTheNineUnsurWithFourLabelledOptions()
    {
        const auto skm = Catalog::builtIn().questionnaire(QStringLiteral("skm"));
        QVERIFY(skm);
        QCOMPARE(skm->kind(), QuestionnaireKind::Skm);
        QStringList keys;
        for (const Item &item : skm->items()) {
            keys << item.key;
            QCOMPARE(item.options.size(), 4);
            for (const AnswerOption &o : item.options) {
                QVERIFY(!o.label.id.isEmpty());
                QVERIFY(!o.label.en.isEmpty());
            }
        }
        QCOMPARE(keys,
                 (QStringList{"persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku",
                              "pengaduan", "sarana"}));
        QCOMPARE(skm->item("biaya")->options.last().label.id, QStringLiteral("Gratis"));
        QCOMPARE(skm->item("pengaduan")->options.first().label.id, QStringLiteral("Tidak ada"));
    }

    void ziSurveysAndTheLapasVariant()
    {
        const Catalog c = Catalog::builtIn();
        QCOMPARE(c.questionnaire("spkp")->items().size(), 8);
        QCOMPARE(c.questionnaire("spak")->items().size(), 5);
        const auto lapas = c.questionnaire("spkp-lapas");
        QVERIFY(lapas);
        QVERIFY(!lapas->item("tarif"));
        const Item *control = lapas->item("diarahkan_petugas");
        QVERIFY(control);
        QVERIFY(!control->isScored());
        QCOMPARE(lapas->items().size(), 8); // 7 rated items + the control question
    }

    void ziScaleIsChosenByTheUnit()
    {
        const auto spak = Catalog::builtIn().questionnaire("spak");
        QCOMPARE(spak->scale().max, 4);
        const auto six = spak->withScalePoints(6);
        QVERIFY(six);
        QCOMPARE(six->scale().max, 6);
        QCOMPARE(six->items().first().options.size(), 6);
        QVERIFY(!spak->withScalePoints(5)); // no labels for a 5-point scale
        QVERIFY(!Catalog::builtIn().questionnaire("skm")->withScalePoints(6)); // SKM is fixed at 4
    }

    void answersAreValidatedByKeyAndScale()
    {
        const auto skm = Catalog::builtIn().questionnaire("skm");
        QString error;
        QVERIFY(skm->validateAnswers({{"waktu", 4}, {"biaya", 1}}, &error));
        QVERIFY(!skm->validateAnswers({{"waktu", 5}}, &error));
        QVERIFY(error.contains("waktu"));
        QVERIFY(!skm->validateAnswers({{"kecepatan", 3}}, &error));
        QVERIFY(!skm->validateAnswers({{"waktu", "3"}}, &error));
        QVERIFY(!skm->validateAnswers({{"waktu", 2.5}}, &error));
    }

    void servicesHaveDefaultsForLapasAndBkkbn()
    {
        const Catalog c = Catalog::builtIn();
        QVERIFY(c.services("lapas")->find("kunjungan"));
        QVERIFY(c.services("bkkbn")->find("pelayanan_kb"));
    }

    void roundTripsThroughJsonAndRejectsBrokenDefinitions()
    {
        const auto skm = Catalog::builtIn().questionnaire("skm");
        const auto again = Questionnaire::fromJson(skm->toJson());
        QVERIFY(again);
        QCOMPARE(again->toJson(), skm->toJson());
        QString error;
        QJsonObject broken = skm->toJson();
        QJsonArray items = broken.value("items").toArray();
        items.append(items.first()); // duplicate key
        broken.insert("items", items);
        QVERIFY(!Questionnaire::fromJson(broken, &error));
        QVERIFY(error.contains("unique key"));
    }
};

QTEST_GUILESS_MAIN(TestQuestionnaire)
#include "tst_questionnaire.moc"
