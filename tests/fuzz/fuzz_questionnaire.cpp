// A questionnaire definition (the server pushes a unit's own ones) and answers checked against it.
#include "fuzztarget.h"

#include "domain/questionnaire.h"
#include "protocol/strictjson.h"

using namespace suara;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    protocol::ApiError error;
    const auto object = protocol::parseObject(bytes, &error);
    if (!object)
        return 0;
    QString why;
    const std::optional<Questionnaire> q = Questionnaire::fromJson(*object, &why);
    if (!q)
        return 0;
    (void)q->toJson();
    for (const int points : q->supportedScales())
        (void)q->withScalePoints(points);
    (void)q->validateAnswers(object->value(QStringLiteral("answers")).toObject(), &why);
    return 0;
}
