#pragma once

// Test doubles for the sync engine (cf. Nextcloud's FakeQNAM and Itinerary's mock NAM): a
// QNetworkAccessManager that records every request and answers from a handler, and a small in-memory
// Suara server with the exactly-once rules of protocol §5, so unit tests can assert what the server
// ends up holding.

#include "protocol/enrollment.h"
#include "protocol/gzip.h"
#include "protocol/pushbatch.h"
#include "store/localstore.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <functional>

namespace suara::test {

struct Canned
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // a broken exchange: status ignored
    bool hang = false; // never answers (until aborted)

    // A Suara answer: the protocol header and JSON.
    static Canned suara(int status, const QJsonObject &json)
    {
        return {status,
                {{"X-Suara-Protocol", "1"}, {"Content-Type", "application/json"}},
                QJsonDocument(json).toJson(QJsonDocument::Compact)};
    }
    static Canned suaraError(int status, const QString &code, const QString &message = QStringLiteral("no"),
                             const QString &field = {})
    {
        QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
        if (!field.isEmpty())
            e.insert(QStringLiteral("field"), field);
        return suara(status, QJsonObject{{QStringLiteral("error"), e}});
    }
    static Canned broken(QNetworkReply::NetworkError error)
    {
        Canned c;
        c.error = error;
        return c;
    }
    static Canned hanging()
    {
        Canned c;
        c.hang = true;
        return c;
    }
    static Canned captivePortal()
    {
        return {200, {{"Content-Type", "text/html"}}, "<html><body>Please log in to the hotel Wi-Fi</body></html>"};
    }
};

struct Recorded
{
    QByteArray method;
    QUrl url;
    QNetworkRequest request;
    QByteArray body; // decompressed when sent with Content-Encoding: gzip
};

class FakeReply : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, const Canned &canned,
              QObject *parent)
        : QNetworkReply(parent)
        , m_canned(canned)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly);
        if (!canned.hang)
            QTimer::singleShot(0, this, &FakeReply::deliver);
    }

    void abort() override
    {
        if (m_finished)
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        finish();
    }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    void deliver()
    {
        if (m_finished)
            return;
        if (m_canned.error != NoError) {
            setError(m_canned.error, QStringLiteral("fake network error"));
        } else {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_canned.status);
            for (const auto &[name, value] : m_canned.headers)
                setRawHeader(name, value);
            m_data = m_canned.body;
            if (m_canned.status >= 400)
                setError(m_canned.status >= 500 ? InternalServerError : ContentAccessDenied,
                         QStringLiteral("HTTP error"));
            emit metaDataChanged();
            emit readyRead();
        }
        finish();
    }
    void finish()
    {
        m_finished = true;
        setFinished(true);
        emit finished();
    }

    Canned m_canned;
    QByteArray m_data;
    qint64 m_pos = 0;
    bool m_finished = false;
};

class FakeNam : public QNetworkAccessManager
{
public:
    using Handler = std::function<Canned(const Recorded &)>;
    Handler handler;
    QList<Recorded> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoing) override
    {
        Recorded r;
        r.method = op == GetOperation ? QByteArray("GET")
            : op == PostOperation     ? QByteArray("POST")
                                      : request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        r.url = request.url();
        r.request = request;
        if (outgoing)
            r.body = outgoing->readAll();
        if (request.rawHeader("Content-Encoding") == "gzip")
            r.body = gzip::decompress(r.body, 64 << 20).data;
        requests.append(r);
        return new FakeReply(op, request, handler ? handler(r) : Canned{}, this);
    }
};

// An in-memory Suara server: stores records once per id (and per seq), answers duplicates, conflicts
// and scripted rejections, settings with an ETag, and enrollment.
class FakeSuara
{
public:
    QMap<QString, QByteArray> stored; // id -> body
    QMap<qint64, QString> seqs; // seq -> id
    QMap<qint64, QString> rejectSeq; // seq -> reason (rejected)
    QSet<qint64> conflictSeq; // seq -> conflict
    QJsonObject settings{
        {QStringLiteral("version"), 3},
        {QStringLiteral("unit"),
         QJsonObject{{QStringLiteral("code"), QStringLiteral("LP-01")},
                     {QStringLiteral("name"), QStringLiteral("Lapas Uji")},
                     {QStringLiteral("complaint_contact"), QStringLiteral("WA 0811")}}},
        {QStringLiteral("kiosk"),
         QJsonObject{{QStringLiteral("questionnaires"), QJsonArray{QStringLiteral("skm")}},
                     {QStringLiteral("zi_scale_points"), 4},
                     {QStringLiteral("idle_timeout"), 90},
                     {QStringLiteral("cooldown"), 8},
                     {QStringLiteral("default_language"), QStringLiteral("id")},
                     {QStringLiteral("ask_profile"), true}}},
        {QStringLiteral("questionnaires"), QJsonArray()},
    };
    QByteArray etag = "\"v1\"";
    QString token = QStringLiteral("tok-1");
    QString code = QStringLiteral("7KQ4MX2P");
    std::function<std::optional<Canned>(const Recorded &)> override; // faults: answer instead of the server
    int pushes = 0;

    Canned handle(const Recorded &r)
    {
        if (override) {
            if (std::optional<Canned> c = override(r))
                return *c;
        }
        const QString path = r.url.path();
        if (path.endsWith(QLatin1String("/api/v1/enroll")))
            return enroll(r);
        if (r.request.rawHeader("Authorization") != "Bearer " + token.toUtf8())
            return Canned::suaraError(401, QStringLiteral("unauthorized"));
        if (path.endsWith(QLatin1String("/api/v1/records")))
            return push(r);
        if (path.endsWith(QLatin1String("/api/v1/settings"))) {
            if (r.request.rawHeader("If-None-Match") == etag)
                return {304, {{"X-Suara-Protocol", "1"}, {"ETag", etag}}, {}};
            Canned c = Canned::suara(200, settings);
            c.headers.append({"ETag", etag});
            return c;
        }
        return Canned::suaraError(404, QStringLiteral("not_found"));
    }

    Canned enroll(const Recorded &r)
    {
        protocol::ApiError e;
        const auto req = protocol::EnrollRequest::parse(r.body, &e);
        if (!req)
            return Canned::suaraError(400, QStringLiteral("invalid_field"), e.message);
        if (protocol::normalizeEnrollmentCode(req->code) != code)
            return Canned::suaraError(403, QStringLiteral("enrollment_code_invalid"));
        return Canned::suara(201,
                             QJsonObject{{QStringLiteral("device_id"), req->deviceId},
                                         {QStringLiteral("token"), token},
                                         {QStringLiteral("unit"),
                                          QJsonObject{{QStringLiteral("code"), QStringLiteral("LP-01")},
                                                      {QStringLiteral("name"), QStringLiteral("Lapas Uji")}}},
                                         {QStringLiteral("server_time"), QStringLiteral("2026-11-22T03:14:15.123Z")}});
    }

    Canned push(const Recorded &r)
    {
        ++pushes;
        protocol::ApiError e;
        const auto req = protocol::PushRequest::parse(r.body, &e);
        if (!req)
            return Canned::suaraError(400, protocol::errorCodeName(e.code), e.message, e.field);
        protocol::PushResponse resp;
        for (const Record &rec : req->records) {
            protocol::RecordResult res{rec.id, rec.seq, protocol::RecordStatus::Accepted, {}};
            if (rejectSeq.contains(rec.seq)) {
                res.status = protocol::RecordStatus::Rejected;
                res.reason = rejectSeq.value(rec.seq);
            } else if (conflictSeq.contains(rec.seq)) {
                res.status = protocol::RecordStatus::Conflict;
                res.reason = QStringLiteral("id");
            } else if (stored.contains(rec.id)) {
                res.status = stored.value(rec.id) == rec.body ? protocol::RecordStatus::Duplicate
                                                              : protocol::RecordStatus::Conflict;
            } else {
                stored.insert(rec.id, rec.body);
                seqs.insert(rec.seq, rec.id);
            }
            resp.results.append(res);
        }
        resp.serverTime = QDateTime::currentDateTimeUtc();
        return {200, {{"X-Suara-Protocol", "1"}, {"Content-Type", "application/json"}}, resp.toJson()};
    }

    void attach(FakeNam &nam)
    {
        nam.handler = [this](const Recorded &r) { return handle(r); };
    }
};

inline RecordDraft draft(int answer = 4)
{
    RecordDraft d;
    d.questionnaireId = QStringLiteral("skm");
    d.questionnaireVersion = 1;
    d.unitCode = QStringLiteral("LP-01");
    d.data = QJsonObject{{QStringLiteral("answers"), QJsonObject{{QStringLiteral("waktu"), answer}}}};
    return d;
}

inline bool fill(LocalStore &store, int n)
{
    QList<RecordDraft> drafts;
    for (int i = 0; i < n; ++i)
        drafts.append(draft(1 + i % 4));
    return store.append(drafts).ok();
}

} // namespace suara::test
