#include "exportrecord.h"

#include "domain/record.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace suara::recordexport {

QJsonObject ExportRecord::object() const
{
    return canonical ? QJsonDocument::fromJson(body).object() : json;
}

int readBody(ExportRecord &r)
{
    static const QByteArray misuseFlag = flags::kSuspectedMisuse.toUtf8();
    r.canonical = r.scanned.scan(r.body);
    if (!r.canonical) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!doc.isObject())
            return kNotAnObject;
        r.json = doc.object();
        r.misuse = r.json.value(QLatin1String("flags")).toArray().contains(QJsonValue(flags::kSuspectedMisuse));
        return r.json.value(QLatin1String("tz")).toInt();
    }
    r.json = QJsonObject();
    r.misuse = false;
    const JsonMembers top = r.scanned.top();
    for (const JsonSpan &e : r.scanned.elementsOf(member(top, "flags")))
        r.misuse = r.misuse || (e.is(JsonSpan::Kind::String) && sameBytes(e.bytes, misuseFlag));
    const JsonSpan tz = member(top, "tz");
    bool ok = false;
    const int minutes = tz.is(JsonSpan::Kind::Integer) ? tz.bytes.toInt(&ok) : 0;
    return ok ? minutes : 0; // as QJsonValue::toInt: 0 unless a whole number that fits
}

} // namespace suara::recordexport
