#include "kioskdevice.h"

#include "protocol/enrollment.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>

namespace suara::testing {

KioskDevice::KioskDevice(const QString &storePath)
{
    if (storePath.isEmpty()) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/suara-kiosk-XXXXXX"));
        m_path = m_dir->filePath(QStringLiteral("kiosk.db"));
    } else {
        m_path = storePath;
    }
    reopen();
}

void KioskDevice::reopen()
{
    m_store.reset();
    m_store = std::make_unique<LocalStore>(m_path);
    const StoreError err = m_store->open();
    if (!err.ok())
        qFatal("cannot open the kiosk store %s: %s", qPrintable(m_path), qPrintable(err.message));
}

DeviceKey KioskDevice::key() const
{
    return *m_store->deviceKey();
}

QList<Record> KioskDevice::addResponses(int n)
{
    static const QStringList unsur = {
        QStringLiteral("persyaratan"), QStringLiteral("prosedur"),  QStringLiteral("waktu"),
        QStringLiteral("biaya"),       QStringLiteral("produk"),    QStringLiteral("kompetensi"),
        QStringLiteral("perilaku"),    QStringLiteral("pengaduan"), QStringLiteral("sarana")};
    QList<Record> all;
    for (int done = 0; done < n;) {
        QList<RecordDraft> drafts;
        for (int i = 0; i < 500 && done < n; ++i, ++done) {
            RecordDraft d;
            d.questionnaireId = QStringLiteral("skm");
            d.questionnaireVersion = 1;
            d.unitCode = QStringLiteral("TEST-01");
            d.service = QStringLiteral("kunjungan");
            QJsonObject answers;
            for (int u = 0; u < unsur.size(); ++u)
                answers.insert(unsur.at(u), 1 + (done + u) % 4);
            d.data = QJsonObject{
                {QStringLiteral("answers"), answers},
                {QStringLiteral("scale"), QJsonObject{{QStringLiteral("min"), 1}, {QStringLiteral("max"), 4}}},
                {QStringLiteral("durationMs"), 20000 + done}};
            d.capturedAt = QDateTime::currentDateTime();
            drafts.append(d);
        }
        QList<Record> sealed;
        const StoreError err = m_store->append(drafts, &sealed);
        if (!err.ok())
            qFatal("kiosk store append failed: %s", qPrintable(err.message));
        all += sealed;
    }
    return all;
}

HttpResult KioskDevice::enroll(HttpClient &http, const QString &code, const QString &label)
{
    protocol::EnrollRequest request{code, id(), m_store->publicKey(), label, QStringLiteral("0.1.0-test")};
    http.clearAuth();
    HttpResult r = http.post(QStringLiteral("/api/v1/enroll"), request.toJson());
    if (r.status == 200 || r.status == 201)
        m_token = r.json().value(QLatin1String("token")).toString();
    return r;
}

QByteArray KioskDevice::pushBody(const QList<Record> &records, std::optional<qint64> lastSeq) const
{
    return protocol::PushRequest{id(), lastSeq.value_or(m_store->lastSeq().value()), records}.toJson();
}

HttpResult KioskDevice::push(HttpClient &http, const QList<Record> &records, std::optional<qint64> lastSeq)
{
    http.setBearer(m_token);
    return http.post(QStringLiteral("/api/v1/records"), pushBody(records, lastSeq));
}

bool KioskDevice::pushAll(HttpClient &http, int batchSize, QString *error)
{
    qint64 after = 0;
    for (;;) {
        const QList<Record> batch = m_store->records(after, batchSize).value();
        if (batch.isEmpty())
            return true;
        const HttpResult r = push(http, batch);
        protocol::ApiError parseError;
        const std::optional<protocol::PushResponse> response = protocol::PushResponse::parse(r.body, &parseError);
        if (r.status != 200 || !r.isSuara() || !response || !response->answers(protocol::PushRequest{id(), 0, batch})) {
            *error = QStringLiteral("push after seq %1: HTTP %2 %3")
                         .arg(after)
                         .arg(r.status)
                         .arg(QString::fromUtf8(r.body.left(500)));
            return false;
        }
        for (const protocol::RecordResult &result : response->results) {
            if (!result.isStored()) {
                *error = QStringLiteral("seq %1 was %2 %3")
                             .arg(result.seq)
                             .arg(protocol::recordStatusName(result.status), result.reason);
                return false;
            }
        }
        after = batch.last().seq;
    }
}

} // namespace suara::testing
