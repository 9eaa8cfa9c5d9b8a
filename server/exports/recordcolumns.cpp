#include "recordcolumns.h"

#include "domain/catalog.h"
#include "scoring/skmunsur.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>

namespace suara::server::exports {

namespace {
// The columns before the answers, in order; numeric ones are numbers in the XLSX.
enum Fixed { RecordId, DeviceId, Seq, Type, QuestionnaireId, QuestionnaireVersion, Service, CapturedLocal, ReceivedAt,
             Flags, Gender, Age, Education, Occupation, Comment, FixedCount };
const char *const kFixedNames[FixedCount] = {"record_id", "device_id", "seq", "type", "questionnaire_id",
                                              "questionnaire_version", "service", "captured_local", "received_at",
                                              "flags", "gender", "age", "education", "occupation", "comment"};
const QStringList kProfileKeys = {QStringLiteral("gender"), QStringLiteral("age"), QStringLiteral("education"),
                                  QStringLiteral("occupation")};
// Data keys that have their own columns; anything else goes to other_data.
const QStringList kDataWithColumns = {QStringLiteral("answers"), QStringLiteral("profile"), QStringLiteral("comment")};

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        // Answers and versions are whole numbers: the integer path skips the costly shortest-double search.
        const double d = v.toDouble();
        if (d == std::trunc(d) && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}
// 2026-07-14T09:12:03+07:00, as QDateTime::toString(Qt::ISODate) writes it, without its locale machinery
// (a million records spend seconds there).
QString isoWithOffset(const QDateTime &t)
{
    const QDate d = t.date();
    const QTime h = t.time();
    const int offset = t.offsetFromUtc() / 60;
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d.year(), d.month(), d.day(), h.hour(),
                                h.minute(), h.second(), offset < 0 ? '-' : '+', std::abs(offset) / 60, std::abs(offset) % 60);
    return QString::fromLatin1(buf, n);
}
} // namespace

RecordColumns::RecordColumns()
{
    for (const char *name : kFixedNames) {
        m_header << QString::fromLatin1(name);
        m_kinds << Kind::Text;
    }
    m_kinds[Seq] = Kind::Number;
    m_kinds[QuestionnaireVersion] = Kind::Number;
    m_firstAnswer = int(m_header.size());
    for (const QString &key : scoring::skmUnsurKeys()) {
        m_answerColumn.insert(QStringLiteral("skm/") + key, int(m_header.size()));
        m_header << key;
        m_kinds << Kind::Number;
    }
    // Catalog::questionnaires() is ordered by id, so the columns are the same in every export.
    for (const Questionnaire &q : Catalog::builtIn().questionnaires()) {
        if (q.id() == QLatin1String("skm"))
            continue;
        for (const Item &item : q.items()) {
            const QString name = q.id() + QLatin1Char('/') + item.key;
            m_answerColumn.insert(name, int(m_header.size()));
            m_header << name;
            m_kinds << Kind::Number;
        }
    }
    m_header << QStringLiteral("other_answers") << QStringLiteral("other_data");
    m_kinds << Kind::Text << Kind::Text;
}

QStringList RecordColumns::cells(const ExportRecord &r) const
{
    QStringList out(m_header.size());
    const QJsonObject q = r.json.value(QLatin1String("q")).toObject();
    const QJsonObject data = r.json.value(QLatin1String("data")).toObject();
    const QJsonObject profile = data.value(QLatin1String("profile")).toObject();
    const QString qid = q.value(QLatin1String("id")).toString();
    out[RecordId] = r.recordId;
    out[DeviceId] = r.deviceId;
    out[Seq] = QString::number(r.seq);
    out[Type] = r.type;
    out[QuestionnaireId] = qid;
    out[QuestionnaireVersion] = text(q.value(QLatin1String("version")));
    out[Service] = r.json.value(QLatin1String("service")).toString();
    out[CapturedLocal] = isoWithOffset(r.captured);
    out[ReceivedAt] = r.receivedAt;
    QStringList flags;
    for (const QJsonValue &f : r.json.value(QLatin1String("flags")).toArray())
        flags << f.toString();
    out[Flags] = flags.join(QLatin1Char('|'));
    for (qsizetype i = 0; i < kProfileKeys.size(); ++i)
        out[Gender + i] = text(profile.value(kProfileKeys.at(i)));
    out[Comment] = data.value(QLatin1String("comment")).toString();

    QJsonObject otherAnswers;
    const QJsonObject answers = data.value(QLatin1String("answers")).toObject();
    const QString prefix = qid + QLatin1Char('/');
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const auto column = m_answerColumn.constFind(prefix + it.key());
        if (column != m_answerColumn.constEnd())
            out[*column] = text(it.value());
        else
            otherAnswers.insert(it.key(), it.value());
    }
    QJsonObject otherData;
    for (auto it = data.begin(); it != data.end(); ++it)
        if (!kDataWithColumns.contains(it.key()))
            otherData.insert(it.key(), it.value());
    const qsizetype last = m_header.size() - 1;
    if (!otherAnswers.isEmpty())
        out[last - 1] = text(otherAnswers);
    if (!otherData.isEmpty())
        out[last] = text(otherData);
    return out;
}

} // namespace suara::server::exports
