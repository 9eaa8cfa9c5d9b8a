#include "questionnaire.h"

#include <QJsonArray>

namespace suara {

namespace {
QString fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

std::optional<QuestionnaireKind> kindFromName(const QString &name)
{
    if (name == QLatin1String("skm"))
        return QuestionnaireKind::Skm;
    if (name == QLatin1String("spkp"))
        return QuestionnaireKind::Spkp;
    if (name == QLatin1String("spak"))
        return QuestionnaireKind::Spak;
    if (name == QLatin1String("custom"))
        return QuestionnaireKind::Custom;
    return std::nullopt;
}

// Reads one text; `where` names it in the error ("skm.u1 text").
bool readText(const QJsonValue &value, LocalizedText *out, QString *error, const QString &where)
{
    QString why;
    auto text = LocalizedText::parse(value, &why);
    if (!text)
        return fail(error, QStringLiteral("%1: %2").arg(where, why)), false;
    *out = *text;
    return true;
}

QList<AnswerOption> optionsFromLabels(const Scale &scale, const QList<LocalizedText> &labels)
{
    QList<AnswerOption> options;
    for (int v = scale.min; v <= scale.max; ++v)
        options.append({v, labels.value(v - scale.min)});
    return options;
}

QList<AnswerOption> yesNoOptions()
{
    return {{1, {QStringLiteral("Ya"), QStringLiteral("Yes")}}, {0, {QStringLiteral("Tidak"), QStringLiteral("No")}}};
}
} // namespace

QString kindName(QuestionnaireKind kind)
{
    switch (kind) {
    case QuestionnaireKind::Skm:
        return QStringLiteral("skm");
    case QuestionnaireKind::Spkp:
        return QStringLiteral("spkp");
    case QuestionnaireKind::Spak:
        return QStringLiteral("spak");
    case QuestionnaireKind::Custom:
        break;
    }
    return QStringLiteral("custom");
}

std::optional<Questionnaire> Questionnaire::fromJson(const QJsonObject &json, QString *error)
{
    Questionnaire q;
    q.m_id = json.value(QLatin1String("id")).toString();
    q.m_version = json.value(QLatin1String("version")).toInt();
    if (q.m_id.isEmpty() || q.m_version <= 0)
        return fail(error, QStringLiteral("questionnaire needs an id and a positive version")), std::nullopt;
    const auto kind = kindFromName(json.value(QLatin1String("kind")).toString(QStringLiteral("custom")));
    if (!kind)
        return fail(error, QStringLiteral("%1: unknown kind").arg(q.m_id)), std::nullopt;
    q.m_kind = *kind;
    if (!readText(json.value(QLatin1String("title")), &q.m_title, error, q.m_id + QStringLiteral(" title")))
        return std::nullopt;

    const QJsonObject scale = json.value(QLatin1String("scale")).toObject();
    q.m_scale.min = scale.value(QLatin1String("min")).toInt(1);
    q.m_scale.max = scale.value(QLatin1String("max")).toInt(4);
    if (q.m_scale.min != 1 || q.m_scale.max < 2 || q.m_scale.max > 10)
        return fail(error, QStringLiteral("%1: scale must run from 1 to 2..10").arg(q.m_id)), std::nullopt;

    const QJsonObject labels = json.value(QLatin1String("scaleLabels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        QList<LocalizedText> list;
        for (const QJsonValue &v : it.value().toArray()) {
            LocalizedText label;
            if (!readText(v, &label, error, QStringLiteral("%1 scaleLabels.%2").arg(q.m_id, it.key())))
                return std::nullopt;
            list.append(label);
        }
        bool ok = false;
        const int points = it.key().toInt(&ok);
        if (!ok || points != list.size())
            return fail(error, QStringLiteral("%1: scaleLabels.%2 must list %2 labels").arg(q.m_id, it.key())),
                   std::nullopt;
        q.m_scaleLabels.insert(points, list);
    }

    QSet<QString> seen;
    for (const QJsonValue &v : json.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        Item item;
        item.key = o.value(QLatin1String("key")).toString();
        if (item.key.isEmpty() || seen.contains(item.key))
            return fail(error, QStringLiteral("%1: every item needs a unique key").arg(q.m_id)), std::nullopt;
        seen.insert(item.key);
        item.kind = o.value(QLatin1String("kind")).toString() == QLatin1String("yesno") ? Item::Kind::YesNo
                                                                                        : Item::Kind::Rating;
        const QString where = q.m_id + QLatin1Char('.') + item.key;
        if (!readText(o.value(QLatin1String("text")), &item.text, error, where + QStringLiteral(" text"))
            || !readText(o.value(QLatin1String("label")), &item.label, error, where + QStringLiteral(" label")))
            return std::nullopt;
        if (item.label.isEmpty())
            item.label = {item.key, item.key};
        if (item.kind == Item::Kind::YesNo) {
            item.options = yesNoOptions();
        } else if (o.contains(QLatin1String("options"))) {
            for (const QJsonValue &ov : o.value(QLatin1String("options")).toArray()) {
                AnswerOption option{ov.toObject().value(QLatin1String("value")).toInt(), {}};
                if (!readText(ov.toObject().value(QLatin1String("label")), &option.label, error,
                              where + QStringLiteral(" option")))
                    return std::nullopt;
                item.options.append(option);
            }
            if (item.options.size() != q.m_scale.points())
                return fail(error, QStringLiteral("%1.%2: needs one option per scale point").arg(q.m_id, item.key)),
                       std::nullopt;
        } else {
            if (!q.m_scaleLabels.contains(q.m_scale.points()))
                return fail(error, QStringLiteral("%1.%2: no options and no scaleLabels").arg(q.m_id, item.key)),
                       std::nullopt;
            item.options = optionsFromLabels(q.m_scale, q.m_scaleLabels.value(q.m_scale.points()));
        }
        q.m_items.append(item);
    }
    if (q.m_items.isEmpty())
        return fail(error, QStringLiteral("%1: no items").arg(q.m_id)), std::nullopt;
    return q;
}

QJsonObject Questionnaire::toJson() const
{
    QJsonArray items;
    for (const Item &item : m_items) {
        QJsonObject o{{QStringLiteral("key"), item.key},
                      {QStringLiteral("text"), item.text.toJson()},
                      {QStringLiteral("label"), item.label.toJson()}};
        if (item.kind == Item::Kind::YesNo) {
            o.insert(QStringLiteral("kind"), QStringLiteral("yesno"));
        } else {
            QJsonArray options;
            for (const AnswerOption &opt : item.options)
                options.append(
                    QJsonObject{{QStringLiteral("value"), opt.value}, {QStringLiteral("label"), opt.label.toJson()}});
            o.insert(QStringLiteral("options"), options);
        }
        items.append(o);
    }
    QJsonObject labels;
    for (auto it = m_scaleLabels.begin(); it != m_scaleLabels.end(); ++it) {
        QJsonArray list;
        for (const LocalizedText &t : it.value())
            list.append(t.toJson());
        labels.insert(QString::number(it.key()), list);
    }
    QJsonObject json{{QStringLiteral("id"), m_id},
                     {QStringLiteral("version"), m_version},
                     {QStringLiteral("kind"), kindName(m_kind)},
                     {QStringLiteral("title"), m_title.toJson()},
                     {QStringLiteral("scale"),
                      QJsonObject{{QStringLiteral("min"), m_scale.min}, {QStringLiteral("max"), m_scale.max}}},
                     {QStringLiteral("items"), items}};
    if (!labels.isEmpty())
        json.insert(QStringLiteral("scaleLabels"), labels);
    return json;
}

bool Questionnaire::completeIn(const QString &language) const
{
    if (!m_title.has(language))
        return false;
    for (const Item &item : m_items) {
        if (!item.text.has(language))
            return false;
        for (const AnswerOption &option : item.options) {
            if (!option.label.has(language))
                return false;
        }
    }
    return true;
}

const Item *Questionnaire::item(const QString &key) const
{
    for (const Item &item : m_items) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}

std::optional<Questionnaire> Questionnaire::withScalePoints(int points) const
{
    if (points == m_scale.points())
        return *this;
    if (!m_scaleLabels.contains(points))
        return std::nullopt;
    Questionnaire q = *this;
    q.m_scale = {1, points};
    for (Item &item : q.m_items) {
        if (item.kind == Item::Kind::Rating)
            item.options = optionsFromLabels(q.m_scale, m_scaleLabels.value(points));
    }
    return q;
}

bool Questionnaire::validateAnswers(const QJsonObject &answers, QString *error) const
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const Item *found = item(it.key());
        if (!found)
            return fail(error, QStringLiteral("unknown item '%1'").arg(it.key())), false;
        if (!it.value().isDouble())
            return fail(error, QStringLiteral("answer to '%1' must be a number").arg(it.key())), false;
        const double d = it.value().toDouble();
        const int v = static_cast<int>(d);
        const bool valid = found->kind == Item::Kind::YesNo ? (v == 0 || v == 1) : m_scale.contains(v);
        if (d != v || !valid)
            return fail(error, QStringLiteral("answer to '%1' is off the scale").arg(it.key())), false;
    }
    return true;
}

} // namespace suara
