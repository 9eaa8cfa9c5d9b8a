// Qt Quick Test runner: every tst_*.qml file runs in its own process (one ctest each) with a fresh
// kiosk on a temporary store, the same composition root as the real app.
#include "kioskcontext.h"
#include "startup.h"

#include <QGuiApplication>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable() { suara::startup::configureApplication(*qGuiApp); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_context = std::make_unique<suara::KioskContext>(m_dir.path());
        m_context->attach(engine, qGuiApp);
    }

    void cleanupTestCase() { m_context.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<suara::KioskContext> m_context;
};

QUICK_TEST_MAIN_WITH_SETUP(suara_qml, Setup)
#include "tst_qml.moc"
