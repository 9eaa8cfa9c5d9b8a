// Dashboard sign-in (docs/api.md, "Sessions"): POST opens a session and sets the HttpOnly cookie,
// GET says who is signed in, DELETE signs out. Argon2 runs here, once per sign-in, never per request.
#include "auth.h"
#include "endpoint.h"

#include "protocol/wiretime.h"
#include "service/failure.h"
#include "service/sessions.h"
#include "service/units.h"
#include "service/users.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace suara::server::endpoints {

using protocol::ErrorCode;

namespace {
QString timeText(qint64 secs)
{
    return protocol::formatTime(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
}

// The units the user may open, parents before children: every unit for a national user, otherwise
// the user's unit and the units below it.
QJsonArray unitsJson(Sql &sql, const users::User &user)
{
    QJsonArray out;
    const QStringList roots = user.seesAllUnits() ? QStringList() : QStringList{user.unitCode};
    for (const units::TreeNode &n : units::tree(sql, roots))
        out.append(
            QJsonObject{{QStringLiteral("code"), n.code},
                        {QStringLiteral("name"), n.name},
                        {QStringLiteral("parent"), n.parentCode.isEmpty() ? QJsonValue() : QJsonValue(n.parentCode)},
                        {QStringLiteral("depth"), n.depth}});
    return out;
}

QJsonObject whoJson(Sql &sql, const users::User &user)
{
    return QJsonObject{{QStringLiteral("username"), user.username},
                       {QStringLiteral("role"), users::roleName(user.role)},
                       {QStringLiteral("unit"), user.unitCode.isEmpty() ? QJsonValue() : QJsonValue(user.unitCode)},
                       {QStringLiteral("units"), unitsJson(sql, user)}};
}

QByteArray cookie(const Call &call, const QByteArray &value, qint64 maxAge)
{
    QByteArray c = QByteArray(auth::kSessionCookie) + '=' + value
        + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + QByteArray::number(maxAge);
    if (auth::viaTls(call))
        c += "; Secure";
    return c;
}

QString requiredText(const QJsonObject &body, const QString &name)
{
    const QJsonValue v = body.value(name);
    if (!v.isString() || v.toString().isEmpty())
        fail(ErrorCode::InvalidField, QStringLiteral("%1 is required").arg(name), name);
    return v.toString();
}
} // namespace

Reply createSession(Call &call)
{
    auth::requireSameOrigin(call); // no signing a victim's browser into the attacker's account
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(call.body, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        fail(ErrorCode::MalformedJson, QStringLiteral("the body must be a JSON object {\"username\", \"password\"}"));
    const QString username = requiredText(doc.object(), QStringLiteral("username"));
    const QString password = requiredText(doc.object(), QStringLiteral("password"));
    const sessions::Config &config = call.config.sessions;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    call.who = QStringLiteral("user:") + username;
    const users::User user = auth::signIn(call, username, password);
    const sessions::Opened opened = sessions::open(call.sql, config, user.username, now);
    QJsonObject out = whoJson(call.sql, user);
    out.insert(QStringLiteral("csrf_token"), opened.csrfToken);
    out.insert(QStringLiteral("expires_at"), timeText(opened.expiresAt));
    out.insert(QStringLiteral("idle_expires_at"), timeText(qMin(now + config.idleSeconds, opened.expiresAt)));
    return Reply{201, out, {{"Set-Cookie", cookie(call, opened.id, config.absoluteSeconds)}}, false};
}

Reply getSession(Call &call)
{
    const auth::Identity who = auth::identify(call);
    QJsonObject out = whoJson(call.sql, who.user);
    if (who.session) {
        out.insert(QStringLiteral("csrf_token"), who.session->csrfToken);
        out.insert(QStringLiteral("expires_at"), timeText(who.session->expiresAt));
        out.insert(QStringLiteral("idle_expires_at"), timeText(who.session->idleExpiresAt));
    }
    return Reply{200, out, {}, false};
}

Reply deleteSession(Call &call)
{
    const auth::Identity who = auth::identify(call);
    if (!who.session)
        fail(ErrorCode::InvalidField,
             QStringLiteral("there is no session to end: this request was signed in with HTTP Basic"));
    sessions::close(call.sql, auth::sessionCookie(call.request));
    return Reply{200, QJsonObject{{QStringLiteral("signed_out"), true}}, {{"Set-Cookie", cookie(call, "", 0)}}, false};
}

} // namespace suara::server::endpoints
