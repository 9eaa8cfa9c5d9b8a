#include "recordcolumns.h"

#include "domain/catalog.h"
#include "scoring/skmunsur.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace suara::recordexport {

namespace {
// The columns before the answers, in order; numeric ones are numbers in the XLSX.
enum Fixed {
    RecordId,
    DeviceId,
    Seq,
    Type,
    QuestionnaireId,
    QuestionnaireVersion,
    Service,
    CapturedLocal,
    ReceivedAt,
    Flags,
    Gender,
    Age,
    Education,
    Occupation,
    Comment,
    FixedCount
};
const char *const kFixedNames[FixedCount] = {
    "record_id", "device_id",      "seq",         "type",  "questionnaire_id", "questionnaire_version",
    "service",   "captured_local", "received_at", "flags", "gender",           "age",
    "education", "occupation",     "comment"};
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
// 2026-07-14T09:12:03+07:00, as QDateTime::toString(Qt::ISODate) writes it at the record's offset, from
// the numbers: no QDateTime, no calendar object, no locale machinery (a million records spend seconds
// there). The civil date from the day number is the proleptic Gregorian one QDate uses (H. Hinnant's
// days-to-civil); tst_exportscanner compares it with QDateTime across eras, offsets and day changes.
int isoWithOffset(const CapturedTime &t, char (&buf)[32])
{
    const qint64 days = t.localDay();
    const qint64 msOfDay = t.localMs() - days * 86'400'000;
    const int offset = t.offsetS / 60;
    // Civil date of `days` since 1970-01-01, in 400-year eras of 146097 days starting on 0000-03-01.
    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 doe = z - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999) { // never for a stored record; kept exact all the same, by QDate's years
        const QDateTime dt = t.toDateTime();
        const QDate d = dt.date();
        const QTime h = dt.time();
        return std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d.year(), d.month(), d.day(),
                             h.hour(), h.minute(), h.second(), offset < 0 ? '-' : '+', std::abs(offset) / 60,
                             std::abs(offset) % 60);
    }
    const int seconds = int(msOfDay / 1000);
    char *p = buf;
    const auto two = [&](int v) {
        *p++ = char('0' + v / 10 % 10);
        *p++ = char('0' + v % 10);
    };
    two(int(year / 100));
    two(int(year % 100));
    *p++ = '-';
    two(month);
    *p++ = '-';
    two(day);
    *p++ = 'T';
    two(seconds / 3600);
    *p++ = ':';
    two(seconds / 60 % 60);
    *p++ = ':';
    two(seconds % 60);
    *p++ = offset < 0 ? '-' : '+';
    two(std::abs(offset) / 60 % 100);
    *p++ = ':';
    two(std::abs(offset) % 60);
    return int(p - buf);
}

// The byte path's text(): what text() gives for the same value. A canonical Integer, Object or Array
// is already the compact JSON QJsonDocument writes; null is no text, as QJsonValue::Null is.
void appendText(const JsonSpan &v, std::string &out)
{
    switch (v.kind) {
    case JsonSpan::Kind::String:
        v.appendString(out);
        break;
    case JsonSpan::Kind::Literal:
        if (!sameBytes(v.bytes, literal("null")))
            out.append(v.bytes.data(), size_t(v.bytes.size()));
        break;
    case JsonSpan::Kind::Missing:
        break;
    default:
        out.append(v.bytes.data(), size_t(v.bytes.size()));
    }
}

void appendInteger(std::string &out, qint64 v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, size_t(r.ptr - buf));
}

void append(std::string &out, QByteArrayView bytes)
{
    out.append(bytes.data(), size_t(bytes.size()));
}

// An object of the members at `picked`, written as QJsonDocument writes a QJsonObject of them.
void appendObject(JsonMembers members, const QVarLengthArray<int, 16> &picked, std::string &out)
{
    out.push_back('{');
    for (qsizetype i = 0; i < picked.size(); ++i) {
        const JsonMember &m = members.at(picked.at(i));
        if (i > 0)
            out.push_back(',');
        out.push_back('"');
        append(out, m.key);
        out += "\":";
        append(out, m.value.raw());
    }
    out.push_back('}');
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
    for (auto it = m_answerColumn.begin(); it != m_answerColumn.end(); ++it) {
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
        const QByteArray questionnaire = it.key().left(slash).toUtf8();
        auto q = std::find_if(m_byQuestionnaire.begin(), m_byQuestionnaire.end(),
                              [&](const AnswerColumns &a) { return a.questionnaire == questionnaire; });
        if (q == m_byQuestionnaire.end())
            q = m_byQuestionnaire.insert(m_byQuestionnaire.end(), AnswerColumns{questionnaire, {}});
        q->keys.append({it.key().mid(slash + 1).toUtf8(), it.value()});
    }
    for (AnswerColumns &q : m_byQuestionnaire)
        std::sort(q.keys.begin(), q.keys.end());
}

const RecordColumns::AnswerColumns *RecordColumns::answerColumns(QByteArrayView questionnaire) const
{
    for (const AnswerColumns &q : m_byQuestionnaire)
        if (sameBytes(q.questionnaire, questionnaire))
            return &q;
    return nullptr;
}

QStringList RecordColumns::referenceCells(const ExportRecord &r, const QJsonObject &json) const
{
    QStringList out(m_header.size());
    const QJsonObject q = json.value(QLatin1String("q")).toObject();
    const QJsonObject data = json.value(QLatin1String("data")).toObject();
    const QJsonObject profile = data.value(QLatin1String("profile")).toObject();
    const QString qid = q.value(QLatin1String("id")).toString();
    out[RecordId] = QString::fromUtf8(r.recordId);
    out[DeviceId] = QString::fromUtf8(r.deviceId);
    out[Seq] = QString::number(r.seq);
    out[Type] = QString::fromUtf8(r.type);
    out[QuestionnaireId] = qid;
    out[QuestionnaireVersion] = text(q.value(QLatin1String("version")));
    out[Service] = json.value(QLatin1String("service")).toString();
    char at[32];
    out[CapturedLocal] = QString::fromLatin1(at, isoWithOffset(r.captured, at));
    out[ReceivedAt] = QString::fromUtf8(r.receivedAt);
    QStringList flags;
    for (const QJsonValue &f : json.value(QLatin1String("flags")).toArray())
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

void RecordColumns::fill(const ExportRecord &r, CellRow &row) const
{
    row.reset(int(m_header.size()));
    if (r.canonical) {
        fillCanonical(r, row);
        return;
    }
    const QStringList cells = referenceCells(r, r.json);
    for (int c = 0; c < cells.size(); ++c)
        if (!cells.at(c).isEmpty())
            row.set(c, cells.at(c).toUtf8());
}

// referenceCells, column for column, over the spans of a canonical body (validated whole by
// JsonBody::scan when it was read: every object's members are at hand).
void RecordColumns::fillCanonical(const ExportRecord &r, CellRow &row) const
{
    std::string &b = row.buffer();
    const auto cell = [&](int column, const JsonSpan &v) {
        row.begin(column);
        appendText(v, b);
        row.end(column);
    };
    const auto string = [&](int column, const JsonSpan &v) { // toString(): strings only
        row.begin(column);
        v.appendString(b);
        row.end(column);
    };
    const JsonBody &body = r.scanned;
    const JsonMembers top = body.top();
    const JsonMembers q = body.membersOf(member(top, "q"));
    const JsonMembers data = body.membersOf(member(top, "data"));

    row.set(RecordId, r.recordId);
    row.set(DeviceId, r.deviceId);
    row.begin(Seq);
    appendInteger(b, r.seq);
    row.end(Seq);
    row.set(Type, r.type);
    string(QuestionnaireId, member(q, "id"));
    const AnswerColumns *known = answerColumns(row.cell(QuestionnaireId));
    cell(QuestionnaireVersion, member(q, "version"));
    string(Service, member(top, "service"));
    char at[32];
    row.set(CapturedLocal, QByteArrayView(at, isoWithOffset(r.captured, at)));
    row.set(ReceivedAt, r.receivedAt);

    row.begin(Flags);
    const JsonElements flags = body.elementsOf(member(top, "flags"));
    for (qsizetype i = 0; i < flags.size(); ++i) {
        if (i > 0)
            b.push_back('|');
        flags.at(i).appendString(b);
    }
    row.end(Flags);

    const JsonMembers profile = body.membersOf(member(data, "profile"));
    static constexpr QByteArrayView profileKeys[] = {literal("gender"), literal("age"), literal("education"),
                                                     literal("occupation")};
    for (int i = 0; i < 4; ++i)
        cell(Gender + i, member(profile, profileKeys[i]));
    string(Comment, member(data, "comment"));

    const JsonMembers part = body.membersOf(member(data, "answers"));
    // Both lists are in byte order (the body's keys are sorted, and so are the columns'): one merge.
    QVarLengthArray<int, 16> unmatched;
    qsizetype k = 0;
    for (int i = 0; i < part.size(); ++i) {
        const QByteArrayView key = part.at(i).key;
        while (known && k < known->keys.size() && bytesBefore(known->keys.at(k).first, key))
            ++k;
        if (known && k < known->keys.size() && sameBytes(known->keys.at(k).first, key))
            cell(known->keys.at(k).second, part.at(i).value);
        else
            unmatched.append(i);
    }
    const int last = int(m_header.size()) - 1;
    if (!unmatched.isEmpty()) {
        row.begin(last - 1);
        appendObject(part, unmatched, b);
        row.end(last - 1);
    }
    QVarLengthArray<int, 16> rest;
    for (int i = 0; i < data.size(); ++i) {
        const QByteArrayView key = data.at(i).key;
        if (!sameBytes(key, literal("answers")) && !sameBytes(key, literal("profile"))
            && !sameBytes(key, literal("comment")))
            rest.append(i);
    }
    if (!rest.isEmpty()) {
        row.begin(last);
        appendObject(data, rest, b);
        row.end(last);
    }
}

} // namespace suara::recordexport
