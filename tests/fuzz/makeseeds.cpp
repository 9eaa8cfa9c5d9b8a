// Writes the starting corpus of the fuzz targets from real, valid inputs made by the real code (a
// store that seals records, the bundle writer, the push batch, the built-in questionnaires), so the
// fuzzer starts from what devices really send. Run once: `fuzz_makeseeds tests/fuzz/corpus`; the
// files are committed. Hand-made edge cases sit beside them with names saying what they are.
#include "protocol/bundle.h"
#include "protocol/pushbatch.h"
#include "protocol/wirerecord.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdio>

using namespace suara;

namespace {
bool write(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + name);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_makeseeds CORPUS_DIR\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir tmp;
    LocalStore store(tmp.filePath(QStringLiteral("kiosk.db")));
    if (!store.open().ok())
        return 1;
    RecordDraft visit;
    visit.questionnaireId = QStringLiteral("skm");
    visit.questionnaireVersion = 1;
    visit.unitCode = QStringLiteral("LP-YK");
    visit.service = QStringLiteral("kunjungan");
    visit.flags = {flags::kSuspectedMisuse};
    visit.data = QJsonObject{{"answers", QJsonObject{{"u1", 4}, {"u2", 3}, {"u9", 1}}},
                             {"profile", QJsonObject{{"gender", "f"}, {"age", "30-39"}}},
                             {"comment", QStringLiteral("Pelayanan cepat, ruang tunggu panas.")},
                             {"durationMs", 41000}};
    RecordDraft ack = visit;
    ack.type = RecordType::GratificationAck;
    ack.questionnaireId.clear();
    ack.flags.clear();
    ack.data = QJsonObject{{"statement", "reward_requested"}};
    RecordDraft report = ack;
    report.type = RecordType::GratificationReport;
    report.data = QJsonObject{{"report", QJsonObject{{"kind", "asked"}, {"what", "uang"}, {"counter", "2"}}}};
    QList<Record> sealed;
    if (!store.append({visit, ack, report}, &sealed).ok())
        return 1;
    const std::optional<DeviceKey> key = store.deviceKey();
    if (!key)
        return 1;
    bool ok = true;
    for (const Record &r : sealed) {
        ok &= write(out + "/recordbody", QStringLiteral("body-%1.json").arg(r.seq), r.body);
        ok &= write(out + "/recordbody", QStringLiteral("wire-%1.json").arg(r.seq),
                    QJsonDocument(protocol::toWire(r)).toJson(QJsonDocument::Compact));
    }
    protocol::PushRequest push;
    push.deviceId = store.deviceId();
    push.lastSeq = sealed.last().seq;
    push.records = sealed;
    ok &= write(out + "/pushbatch", QStringLiteral("push-3.json"), push.toJson());
    ok &= write(out + "/bundle", QStringLiteral("bundle-3.suara"),
                protocol::writeBundle(store.deviceId(), *key, push.lastSeq, sealed, QStringLiteral("7KQ4-MX2P")));
    for (const QString &id :
         {QStringLiteral("skm"), QStringLiteral("spkp"), QStringLiteral("spak"), QStringLiteral("spkp-lapas")}) {
        QFile q(QStringLiteral(":/suara/questionnaires/%1.json").arg(id));
        ok &= q.open(QIODevice::ReadOnly) && write(out + "/questionnaire", id + ".json", q.readAll());
    }
    std::printf(ok ? "seeds written to %s\n" : "some seeds could not be written to %s\n", qPrintable(out));
    return ok ? 0 : 1;
}
