#include "units.h"

#include "failure.h"
#include "officers.h"
#include "regions.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <functional>

namespace suara::server::units {

using protocol::ErrorCode;

namespace {
QByteArray storedSettings(const protocol::KioskConfig &kiosk, const QJsonArray &questionnaires,
                          const std::optional<QJsonObject> &services)
{
    QJsonObject o{{QStringLiteral("kiosk"), kiosk.toJson()}, {QStringLiteral("questionnaires"), questionnaires}};
    if (services)
        o.insert(QStringLiteral("services"), *services);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void checkQuestionnairesExist(const protocol::KioskConfig &kiosk, const QJsonArray &own)
{
    for (qsizetype i = 0; i < kiosk.questionnaires.size(); ++i) {
        const QString &id = kiosk.questionnaires.at(i);
        const bool supplied = std::any_of(own.begin(), own.end(), [&](const QJsonValue &q) {
            return q.toObject().value(QLatin1String("id")).toString() == id;
        });
        if (!supplied && !builtInQuestionnaires().contains(id)) {
            const QString field = QStringLiteral("kiosk.questionnaires[%1]").arg(i);
            fail(ErrorCode::InvalidField,
                 QStringLiteral("%1: no questionnaire \"%2\" is built in or supplied (built in: %3)")
                     .arg(field, id, builtInQuestionnaires().keys().join(QStringLiteral(", "))),
                 field);
        }
    }
}
} // namespace

const QMap<QString, QJsonObject> &builtInQuestionnaires()
{
    static const QMap<QString, QJsonObject> all = [] {
        QMap<QString, QJsonObject> out;
        const QDir dir(QStringLiteral(":/suara/questionnaires"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            if (o.value(QLatin1String("id")).isString())
                out.insert(o.value(QLatin1String("id")).toString(), o);
        }
        return out;
    }();
    return all;
}

void create(Sql &sql, const QString &code, const QString &name, const QString &complaintContact,
            const QString &parentCode)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    if (!valid.match(code).hasMatch())
        fail(ErrorCode::InvalidField,
             QStringLiteral("a unit code is 1-32 letters, digits, '.', '_' or '-' (got \"%1\")").arg(code),
             QStringLiteral("code"));
    if (name.trimmed().isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("a unit needs a name"), QStringLiteral("name"));
    if (!parentCode.isEmpty() && !find(sql, parentCode))
        fail(ErrorCode::InvalidField, QStringLiteral("there is no parent unit %1").arg(parentCode),
             QStringLiteral("parent"));
    const QString now = nowText();
    QSqlQuery q = sql.run(
        QStringLiteral("INSERT INTO units (code, name, complaint_contact, parent_code, settings, settings_version,"
                       " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT DO NOTHING"),
        {code, name.trimmed(), complaintContact.trimmed(), parentCode.isEmpty() ? nullText() : QVariant(parentCode),
         QString::fromUtf8(storedSettings(protocol::KioskConfig(), {}, std::nullopt)), now, now});
    if (q.numRowsAffected() == 0)
        fail(ErrorCode::InvalidField, QStringLiteral("a unit with code %1 already exists").arg(code),
             QStringLiteral("code"));
}

std::optional<Unit> find(Sql &sql, const QString &code)
{
    QSqlQuery q =
        sql.run(QStringLiteral("SELECT code, name, complaint_contact, settings, settings_version, parent_code,"
                               " region_prefixes FROM units WHERE code = ?"),
                {code});
    if (!q.next())
        return std::nullopt;
    Unit u;
    u.code = q.value(0).toString();
    u.name = q.value(1).toString();
    u.complaintContact = q.value(2).toString();
    u.settingsVersion = q.value(4).toInt();
    u.parentCode = q.value(5).toString();
    u.regionPrefixes = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QJsonObject stored = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    protocol::ApiError ignored;
    u.kiosk =
        protocol::KioskConfig::parse(stored.value(QLatin1String("kiosk")).toObject(), QStringLiteral("kiosk"), &ignored)
            .value_or(protocol::KioskConfig());
    u.questionnaires = stored.value(QLatin1String("questionnaires")).toArray();
    if (stored.value(QLatin1String("services")).isObject())
        u.services = stored.value(QLatin1String("services")).toObject();
    return u;
}

Unit get(Sql &sql, const QString &code)
{
    std::optional<Unit> u = find(sql, code);
    if (!u)
        fail(ErrorCode::NotFound, QStringLiteral("no unit with code %1").arg(code));
    return *u;
}

protocol::SettingsDocument settingsDocument(const Unit &unit)
{
    protocol::SettingsDocument d;
    d.version = unit.settingsVersion;
    d.unitCode = unit.code;
    d.unitName = unit.name;
    d.complaintContact = unit.complaintContact;
    d.kiosk = unit.kiosk;
    for (const QString &id : unit.kiosk.questionnaires) {
        const auto own = std::find_if(unit.questionnaires.begin(), unit.questionnaires.end(), [&](const QJsonValue &q) {
            return q.toObject().value(QLatin1String("id")).toString() == id;
        });
        if (own != unit.questionnaires.end())
            d.questionnaires.append(*own);
        else if (builtInQuestionnaires().contains(id))
            d.questionnaires.append(builtInQuestionnaires().value(id));
    }
    d.services = unit.services;
    d.regionPrefixes = unit.regionPrefixes;
    return d;
}

protocol::SettingsDocument deviceDocument(Sql &sql, const Unit &unit)
{
    protocol::SettingsDocument d = settingsDocument(unit);
    d.officers = officers::list(sql, unit.code);
    d.regions = regions::desaUnder(sql, unit.regionPrefixes);
    return d;
}

void move(Sql &sql, const QString &code, const QString &newParent)
{
    (void)get(sql, code);
    if (!newParent.isEmpty()) {
        (void)get(sql, newParent);
        // A unit may not go below itself or any unit under it.
        if (subtree(sql, code).contains(newParent))
            fail(ErrorCode::InvalidField,
                 QStringLiteral("%1 is %2 or below it; moving %2 there would make a cycle").arg(newParent, code),
                 QStringLiteral("parent"));
    }
    sql.run(QStringLiteral("UPDATE units SET parent_code = ?, updated_at = ? WHERE code = ?"),
            {newParent.isEmpty() ? nullText() : QVariant(newParent), nowText(), code});
}

void rename(Sql &sql, const QString &code, const QString &name)
{
    if (name.trimmed().isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("a unit needs a name"), QStringLiteral("name"));
    (void)get(sql, code);
    sql.run(QStringLiteral("UPDATE units SET name = ?, updated_at = ? WHERE code = ?"),
            {name.trimmed(), nowText(), code});
}

QStringList subtree(Sql &sql, const QString &code)
{
    QSqlQuery q = sql.run(QStringLiteral("WITH RECURSIVE sub (code) AS (SELECT code FROM units WHERE code = ?"
                                         " UNION SELECT u.code FROM units u JOIN sub ON u.parent_code = sub.code)"
                                         " SELECT code FROM sub"),
                          {code});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    out.removeOne(code);
    if (find(sql, code))
        out.prepend(code);
    return out;
}

QList<TreeNode> tree(Sql &sql, const QStringList &roots)
{
    QSqlQuery q = sql.run(QStringLiteral("SELECT code, name, parent_code FROM units ORDER BY code"));
    QMap<QString, QList<TreeNode>> children;
    QHash<QString, TreeNode> byCode;
    while (q.next()) {
        TreeNode n{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), 0};
        byCode.insert(n.code, n);
        children[n.parentCode].append(n);
    }
    QList<TreeNode> out;
    std::function<void(const QString &, int)> walk = [&](const QString &parent, int depth) {
        for (TreeNode n : children.value(parent)) {
            n.depth = depth;
            out.append(n);
            walk(n.code, depth + 1);
        }
    };
    if (roots.isEmpty()) {
        walk(QString(), 0);
        return out;
    }
    for (const QString &r : roots) {
        if (!byCode.contains(r))
            continue;
        out.append(byCode.value(r));
        walk(r, 1);
    }
    return out;
}

QByteArray etagOf(const QByteArray &documentJson)
{
    return '"' + QCryptographicHash::hash(documentJson, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

void updateSettings(Sql &sql, const QString &code, const protocol::SettingsUpdate &update)
{
    const Unit current = get(sql, code);
    if (update.unitCode && *update.unitCode != code)
        fail(ErrorCode::InvalidField,
             QStringLiteral("unit.code is %1 but these are the settings of %2").arg(*update.unitCode, code),
             QStringLiteral("unit.code"));
    checkQuestionnairesExist(update.kiosk, update.questionnaires);
    const QStringList prefixes = update.regionPrefixes.value_or(current.regionPrefixes);
    if (update.regionPrefixes)
        regions::checkPrefixes(sql, prefixes, QStringLiteral("region_prefixes"));
    const QString name =
        update.unitName && !update.unitName->trimmed().isEmpty() ? update.unitName->trimmed() : current.name;
    sql.run(QStringLiteral("UPDATE units SET name = ?, complaint_contact = ?, settings = ?, region_prefixes = ?,"
                           " settings_version = settings_version + 1, updated_at = ? WHERE code = ?"),
            {name, update.complaintContact.trimmed(),
             QString::fromUtf8(storedSettings(update.kiosk, update.questionnaires, update.services)),
             prefixes.join(QLatin1Char(',')), nowText(), code});
}

} // namespace suara::server::units
