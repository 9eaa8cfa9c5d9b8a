#include "category.h"

namespace suara::scoring {

Category categoryForIkmHundredths(qint64 hundredths)
{
    if (hundredths >= 8831)
        return Category::A;
    if (hundredths >= 7661)
        return Category::B;
    if (hundredths >= 6500)
        return Category::C;
    return Category::D;
}

QString categoryLetter(Category category)
{
    switch (category) {
    case Category::A:
        return QStringLiteral("A");
    case Category::B:
        return QStringLiteral("B");
    case Category::C:
        return QStringLiteral("C");
    case Category::D:
        break;
    }
    return QStringLiteral("D");
}

LocalizedText categoryLabel(Category category)
{
    switch (category) {
    case Category::A:
        return {QStringLiteral("Sangat baik"), QStringLiteral("Very good")};
    case Category::B:
        return {QStringLiteral("Baik"), QStringLiteral("Good")};
    case Category::C:
        return {QStringLiteral("Kurang baik"), QStringLiteral("Fair")};
    case Category::D:
        break;
    }
    return {QStringLiteral("Tidak baik"), QStringLiteral("Poor")};
}

} // namespace suara::scoring
