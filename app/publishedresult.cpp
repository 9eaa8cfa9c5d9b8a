#include "publishedresult.h"

namespace suara {

QString PublishedSkmResult::categoryLabel(const QString &language) const
{
    const QString &words = language == QLatin1String("en") ? categoryLabelEn : categoryLabelId;
    return words.isEmpty() ? category : words;
}

PublishedSkmResult PublishedSkmResult::fromJson(const QJsonObject &json)
{
    PublishedSkmResult out;
    const QJsonValue hundredths = json.value(QLatin1String("ikm_hundredths"));
    // An IKM is 25.00–100.00: hundredths fit an int; anything else is not a figure to show.
    out.hasIkm = hundredths.isDouble() && hundredths.toDouble() >= 0 && hundredths.toDouble() <= 10000;
    out.ikmHundredths = out.hasIkm ? hundredths.toInt() : 0;
    const QJsonObject period = json.value(QLatin1String("period")).toObject();
    out.period = {period.value(QLatin1String("label")).toString(), period.value(QLatin1String("from")).toString(),
                  period.value(QLatin1String("to")).toString()};
    out.category = json.value(QLatin1String("category")).toString();
    const QJsonObject label = json.value(QLatin1String("category_label")).toObject();
    out.categoryLabelId = label.value(QLatin1String("id")).toString();
    out.categoryLabelEn = label.value(QLatin1String("en")).toString();
    return out;
}

} // namespace suara
