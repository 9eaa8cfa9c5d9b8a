// How much does "the thank-you screen appears only after a durable commit" cost?
// One kiosk visit = one transaction of 2 sealed records (SKM response + gratification acknowledgement),
// signed and chained, with synchronous=FULL. Baseline: the same visits with synchronous=OFF, which
// does everything but wait for the disk.
#include "benchclock.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace suara;

namespace {
QList<RecordDraft> visit(int i)
{
    RecordDraft response;
    response.questionnaireId = QStringLiteral("skm");
    response.questionnaireVersion = 1;
    QJsonObject answers;
    for (const char *k : {"persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku",
                          "pengaduan", "sarana"})
        answers.insert(QLatin1String(k), 1 + (i % 4));
    response.data.insert(QStringLiteral("answers"), answers);
    RecordDraft ack;
    ack.type = RecordType::GratificationAck;
    ack.data.insert(QStringLiteral("statement"), QStringLiteral("no_reward"));
    return {response, ack};
}

double run(int visits, const char *synchronous)
{
    return bench::medianMs(3, [&] {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("bench.db")));
        store.open();
        QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA synchronous=%1").arg(QLatin1String(synchronous)));
        for (int i = 0; i < visits; ++i)
            store.append(visit(i));
    });
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int visits = app.arguments().contains(QStringLiteral("--quick")) ? 20 : 500;
    const double baseline = run(visits, "OFF");
    const double durable = run(visits, "FULL");
    QTextStream(stdout) << "store: " << visits << " visits (2 records each, signed, chained)\n"
                        << "  synchronous=OFF  (baseline) " << baseline / visits << " ms/visit\n"
                        << "  synchronous=FULL (shipped)  " << durable / visits << " ms/visit\n"
                        << "  ratio FULL/OFF: " << durable / baseline << "\n";
    return 0;
}
