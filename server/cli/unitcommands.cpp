// The unit tree at the console: the same service the API's /api/v1/units uses.
#include "commands.h"

#include "service/failure.h"
#include "service/units.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace suara::server::cli {

using protocol::ErrorCode;

int moveUnit(const Options &o, Sql &sql)
{
    const QString code = o.value(QStringLiteral("code")).trimmed();
    const QString parent = o.value(QStringLiteral("parent")).trimmed();
    if (code.isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("--code is required"), QStringLiteral("code"));
    if (parent.isEmpty() == !o.has(QStringLiteral("top")))
        fail(ErrorCode::InvalidField, QStringLiteral("--parent P or --top is required (one of them)"),
             QStringLiteral("parent"));
    Transaction tx(sql);
    units::move(sql, code, parent);
    tx.commit();
    std::printf("%s\n",
                qPrintable(parent.isEmpty() ? QStringLiteral("unit %1 is now at the top").arg(code)
                                            : QStringLiteral("unit %1 is now below %2").arg(code, parent)));
    return kOk;
}

int listUnits(const Options &o, Sql &sql)
{
    const QList<units::TreeNode> all = units::tree(sql);
    if (o.has(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const units::TreeNode &n : all)
            arr.append(QJsonObject{
                {QStringLiteral("code"), n.code},
                {QStringLiteral("name"), n.name},
                {QStringLiteral("parent"), n.parentCode.isEmpty() ? QJsonValue() : QJsonValue(n.parentCode)},
                {QStringLiteral("depth"), n.depth}});
        std::printf("%s\n", QJsonDocument(arr).toJson(QJsonDocument::Indented).trimmed().constData());
        return kOk;
    }
    for (const units::TreeNode &n : all)
        std::printf("%s%s  %s\n", qPrintable(QString(n.depth * 2, QLatin1Char(' '))), qPrintable(n.code),
                    qPrintable(n.name));
    if (all.isEmpty())
        std::printf("no units yet (create-unit --code C --name N)\n");
    return kOk;
}

} // namespace suara::server::cli
