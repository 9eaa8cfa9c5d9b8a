// A whole visit through the accessibility interface, the way a screen reader (Orca over AT-SPI,
// TalkBack on Android) drives the kiosk: every control is found by its role and its name in the
// visitor's language, and pressed with the accessible "press" action. No coordinate is used.
#include "kioskcontext.h"
#include "startup.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace suara;
using Step = SurveySession::Step;

namespace {
bool shown(QAccessibleInterface *iface)
{
    return iface && iface->isValid() && !iface->state().invisible && !iface->state().offscreen;
}

// Depth first, in reading order: the first shown control with this role and name.
QAccessibleInterface *find(QAccessibleInterface *root, QAccessible::Role role, const QString &name)
{
    if (!shown(root))
        return nullptr;
    if (root->role() == role && root->text(QAccessible::Name) == name)
        return root;
    for (int i = 0; i < root->childCount(); ++i) {
        if (QAccessibleInterface *hit = find(root->child(i), role, name))
            return hit;
    }
    return nullptr;
}

// Every shown control of a role, for the check that each one has a name.
void collect(QAccessibleInterface *root, QAccessible::Role role, QList<QAccessibleInterface *> *out)
{
    if (!shown(root))
        return;
    if (root->role() == role)
        out->append(root);
    for (int i = 0; i < root->childCount(); ++i)
        collect(root->child(i), role, out);
}
} // namespace

class TestAccessibleVisit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<KioskContext> m_ctx;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    QAccessibleInterface *root() { return QAccessible::queryAccessibleInterface(m_window); }

    // Waits for the control a screen reader would announce, then presses it once the page has been
    // visible for as long as a visitor needs to look at it.
    void press(QAccessible::Role role, const QString &name)
    {
        QAccessibleInterface *target = nullptr;
        QTRY_VERIFY2((target = find(root(), role, name)) != nullptr,
                     qPrintable(QStringLiteral("no shown control '%1' (role %2)").arg(name).arg(int(role))));
        QVERIFY2(target->actionInterface(), qPrintable(name + QStringLiteral(" cannot be pressed")));
        QVERIFY(target->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));
        m_clock.advance(SurveySession::kSettleMs);
        target->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    }

    // Every button on the current screen has a name a screen reader can say.
    void everyButtonIsNamed()
    {
        QList<QAccessibleInterface *> buttons;
        collect(root(), QAccessible::Button, &buttons);
        QVERIFY(!buttons.isEmpty());
        for (QAccessibleInterface *b : buttons) {
            QVERIFY2(!b->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(QStringLiteral("an unnamed button on step %1").arg(int(m_ctx->session().step()))));
        }
    }

    QString optionLabel(int value)
    {
        for (const AnswerChoice &o : m_ctx->session().question().options) {
            if (o.value == value)
                return o.label;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        // What a screen reader's presence does: Qt Quick builds its accessible tree.
        QAccessible::setActive(true);
        m_ctx = std::make_unique<KioskContext>(m_dir.path(), &m_clock);
        QVERIFY(m_ctx->admin().setPin(QStringLiteral("802468"), QStringLiteral("802468")));
        m_ctx->admin().lock();
        m_ctx->settings().setUnitCode(QStringLiteral("LP-01"));
        m_ctx->settings().setCooldownSeconds(0);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_ctx->attach(m_engine.get(), qApp);
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Suara/Ui/Main.qml")));
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().value(0));
        QVERIFY(m_window);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(root());
    }

    void cleanupTestCase()
    {
        // The screen reader leaves first: the accessible interfaces go before the items they describe.
        QAccessible::setActive(false);
        // The window goes before the engine, the way the QML tests close the kiosk (destroy()); deleting
        // the engine with the window still in it crashes Qt 6.4's layouts during the teardown.
        m_window->deleteLater();
        QTRY_VERIFY(m_engine->rootObjects().isEmpty() || m_engine->rootObjects().first() == nullptr);
        m_engine.reset();
        m_ctx.reset();
    }

    void aWholeVisitInIndonesian()
    {
        SurveySession &s = m_ctx->session();
        m_ctx->language().setLanguage(QStringLiteral("id"));
        everyButtonIsNamed();
        press(QAccessible::Button, QStringLiteral("Mulai"));
        QTRY_COMPARE(s.step(), Step::Service);
        everyButtonIsNamed();
        press(QAccessible::Button, s.services().first().label);
        QTRY_COMPARE(s.step(), Step::Profile);
        everyButtonIsNamed();
        press(QAccessible::Button, QStringLiteral("Lewati"));
        QTRY_COMPARE(s.step(), Step::Question);
        int answered = 0;
        while (s.step() == Step::Question) {
            everyButtonIsNamed();
            const int index = s.questionIndex();
            const bool yesNo = s.question().kind == QLatin1String("yesno");
            // The question itself is there to be read, as the definitions word it.
            QVERIFY(find(root(), QAccessible::StaticText, s.question().text));
            press(QAccessible::Button, optionLabel(yesNo ? 0 : 4));
            QTRY_VERIFY(s.step() != Step::Question || s.questionIndex() == index + 1);
            ++answered;
        }
        QCOMPARE(answered, s.questionCount());
        QTRY_COMPARE(s.step(), Step::Gratification);
        everyButtonIsNamed();
        m_clock.advance(10000); // reads the statement
        press(QAccessible::Button,
              QStringLiteral("Saya tidak memberikan imbalan dalam bentuk apa pun kepada petugas atas pelayanan ini."));
        QTRY_COMPARE(s.gratification(), QStringLiteral("none"));
        press(QAccessible::Button, QStringLiteral("Lanjut"));
        QTRY_COMPARE(s.step(), Step::Comment);
        everyButtonIsNamed();
        press(QAccessible::Button, QStringLiteral("Lewati dan kirim"));
        QTRY_COMPARE(s.step(), Step::ThankYou);
        everyButtonIsNamed();
        QCOMPARE(m_ctx->store().records().value().size(), 2); // the answers and the statement, saved
        press(QAccessible::Button, QStringLiteral("Selesai"));
        QTRY_COMPARE(s.step(), Step::Welcome);
    }

    void namesFollowTheLanguage()
    {
        QCOMPARE(m_ctx->session().step(), Step::Welcome);
        m_ctx->language().setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(find(root(), QAccessible::Button, QStringLiteral("Start")));
        QVERIFY(!find(root(), QAccessible::Button, QStringLiteral("Mulai")));
        // The icon-only switches still say what they do.
        QVERIFY(find(root(), QAccessible::Button, QStringLiteral("Large text")));
        m_ctx->language().setLanguage(QStringLiteral("id"));
        QTRY_VERIFY(find(root(), QAccessible::Button, QStringLiteral("Teks besar")));
    }
};

int main(int argc, char *argv[])
{
    startup::configureEnvironment(true);
    QGuiApplication app(argc, argv);
    startup::configureApplication(app);
    TestAccessibleVisit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accessiblevisit.moc"
