// Dashboard sessions, CSRF and sign-in throttling against a real suara-server, on SQLite and
// PostgreSQL: every refusal, and that the normal case is not refused. Expiry is tested by moving the
// stored times back (no waiting), throttling by counting real wrong passwords.
#include "serverfixture.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace suara;
using namespace suara::testing;

namespace {
constexpr int kAddressLimit = 8;

QByteArray credentials(const QString &user, const QString &password)
{
    return QJsonDocument(QJsonObject{{"username", user}, {"password", password}}).toJson(QJsonDocument::Compact);
}

struct SignedIn
{
    QByteArray cookie; // "suara_session=…"
    QByteArray csrf;
    HttpResult answer;
};
} // namespace

class TestServerSessions : public QObject
{
    Q_OBJECT

    ServerFixture m_fx;

    SignedIn signIn(const QString &user, const QString &password, const HttpClient::Headers &headers = {})
    {
        SignedIn s;
        s.answer = m_fx.client().post("/api/v1/session", credentials(user, password), headers);
        const QByteArray setCookie = s.answer.header("set-cookie");
        s.cookie = setCookie.left(setCookie.indexOf(';'));
        s.csrf = s.answer.json().value("csrf_token").toString().toLatin1();
        return s;
    }

    HttpResult withCookie(const QByteArray &method, const QString &path, const SignedIn &s,
                          const HttpClient::Headers &extra = {})
    {
        HttpClient::Headers headers{{"Cookie", s.cookie}};
        headers += extra;
        return m_fx.client().send(method, path, {}, headers, "application/json");
    }

    qint64 sessionRows() { return m_fx.scalar("SELECT COUNT(*) FROM sessions").toLongLong(); }

private slots:
    void initTestCase()
    {
        SUARA_SERVER_FIXTURE_SETUP(
            m_fx, {"--trusted-proxy", "127.0.0.1", "--login-address-max-failures", QString::number(kAddressLimit)});
        QString error;
        QVERIFY2(m_fx.createUnit("LPYK-01", "Lapas Kelas IIA Yogyakarta", &error), qPrintable(error));
        QVERIFY2(m_fx.createUnit("LPSM-01", "Lapas Kelas I Semarang", &error), qPrintable(error));
        QVERIFY2(m_fx.createUser("nasional", "national_admin", {}, "rahasia-nasional", &error), qPrintable(error));
        QVERIFY2(m_fx.createUser("admin.yk", "unit_admin", "LPYK-01", "rahasia-yogya", &error), qPrintable(error));
        QVERIFY2(m_fx.createUser("korban", "unit_admin", "LPYK-01", "rahasia-korban", &error), qPrintable(error));
    }

    void init()
    {
        // Each test counts its own wrong passwords.
        QVERIFY(m_fx.execute("DELETE FROM login_failures"));
    }

    void signInSetsAStrictHttpOnlyCookieAndKeepsOnlyAHash()
    {
        const SignedIn s = signIn("admin.yk", "rahasia-yogya");
        QCOMPARE(s.answer.status, 201);
        const QByteArray setCookie = s.answer.header("set-cookie");
        QVERIFY2(setCookie.startsWith("suara_session="), setCookie.constData());
        for (const char *attribute : {"; HttpOnly", "; SameSite=Strict", "; Path=/", "; Max-Age=43200"})
            QVERIFY2(setCookie.contains(attribute), setCookie.constData());
        QVERIFY2(!setCookie.contains("Secure"), "plain HTTP from a client: no Secure attribute");
        const QByteArray id = s.cookie.mid(int(qstrlen("suara_session=")));
        QVERIFY2(id.size() >= 43, "at least 256 bits, base64url"); // 32 bytes
        QVERIFY(s.csrf.size() >= 43);
        const QJsonObject who = s.answer.json();
        QCOMPARE(who.value("username").toString(), QStringLiteral("admin.yk"));
        QCOMPARE(who.value("role").toString(), QStringLiteral("unit_admin"));
        QCOMPARE(who.value("unit").toString(), QStringLiteral("LPYK-01"));
        QCOMPARE(who.value("units").toArray().size(), 1);
        QCOMPARE(who.value("units").toArray().at(0).toObject().value("code").toString(), QStringLiteral("LPYK-01"));

        // The database holds the hash of the id, never the id itself.
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex());
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM sessions WHERE id_hash = ?", {hash}).toInt(), 1);
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM sessions WHERE id_hash = ?", {QString::fromLatin1(id)}).toInt(), 0);

        const HttpResult me = withCookie("GET", "/api/v1/session", s);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value("username").toString(), QStringLiteral("admin.yk"));
        QCOMPARE(me.json().value("csrf_token").toString().toLatin1(), s.csrf);
        // Every user endpoint takes the cookie (reads need no CSRF token) and keeps the unit rules.
        QCOMPARE(withCookie("GET", "/api/v1/devices", s).status, 200);
        const HttpResult sibling = withCookie("GET", "/api/v1/devices?unit=LPSM-01", s);
        QCOMPARE(sibling.status, 403);
        QCOMPARE(sibling.errorCode(), QStringLiteral("forbidden"));
    }

    void nationalAdminSeesEveryUnit()
    {
        const SignedIn s = signIn("nasional", "rahasia-nasional");
        QCOMPARE(s.answer.status, 201);
        QCOMPARE(s.answer.json().value("unit").type(), QJsonValue::Null);
        QCOMPARE(s.answer.json().value("units").toArray().size(), 2);
    }

    void wrongPasswordGetsNoSessionAndNoBrowserDialog()
    {
        const SignedIn s = signIn("admin.yk", "salah-sekali");
        QCOMPARE(s.answer.status, 401);
        QCOMPARE(s.answer.errorCode(), QStringLiteral("unauthorized"));
        QVERIFY(s.answer.header("set-cookie").isEmpty());
        QVERIFY2(s.answer.header("www-authenticate").isEmpty(),
                 "a Basic challenge would pop up the browser's own dialog");
        const HttpResult bad = m_fx.client().post("/api/v1/session", "{\"username\": \"admin.yk\"}");
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value("error").toObject().value("field").toString(), QStringLiteral("password"));
    }

    void changesNeedTheCsrfTokenAndOurOrigin()
    {
        const SignedIn s = signIn("admin.yk", "rahasia-yogya");
        QCOMPARE(s.answer.status, 201);
        const QString path = "/api/v1/devices/no-such-device/revoke";
        const HttpResult none = withCookie("POST", path, s);
        QCOMPARE(none.status, 403);
        QCOMPARE(none.errorCode(), QStringLiteral("forbidden"));
        QVERIFY(none.json().value("error").toObject().value("message").toString().contains("X-CSRF-Token"));
        QCOMPARE(withCookie("POST", path, s, {{"X-CSRF-Token", "not-the-token"}}).status, 403);
        // The right token passes the check: the endpoint itself answers (no such device).
        QCOMPARE(withCookie("POST", path, s, {{"X-CSRF-Token", s.csrf}}).status, 404);
        const QByteArray ours = "http://127.0.0.1:" + QByteArray::number(m_fx.server().port());
        QCOMPARE(withCookie("POST", path, s, {{"X-CSRF-Token", s.csrf}, {"Origin", ours}}).status, 404);
        const HttpResult foreign =
            withCookie("POST", path, s, {{"X-CSRF-Token", s.csrf}, {"Origin", "http://evil.example"}});
        QCOMPARE(foreign.status, 403);
        QVERIFY(foreign.json().value("error").toObject().value("message").toString().contains("another site"));
        // A sign-in posted from another site is refused too.
        QCOMPARE(
            m_fx.client()
                .post("/api/v1/session", credentials("admin.yk", "rahasia-yogya"), {{"Origin", "http://evil.example"}})
                .status,
            403);

        // Scripts with HTTP Basic need no token.
        HttpClient basic = m_fx.client();
        basic.setBasic("admin.yk", "rahasia-yogya");
        QCOMPARE(basic.post(path, {}).status, 404);
        basic.setBasic("admin.yk", "salah");
        const HttpResult wrong = basic.get("/api/v1/devices");
        QCOMPARE(wrong.status, 401);
        QVERIFY(wrong.header("www-authenticate").startsWith("Basic"));
    }

    void signOutEndsTheSessionForGood()
    {
        const SignedIn s = signIn("admin.yk", "rahasia-yogya");
        QCOMPARE(s.answer.status, 201);
        const qint64 before = sessionRows();
        QCOMPARE(withCookie("DELETE", "/api/v1/session", s).status, 403); // a change: CSRF applies
        const HttpResult out = withCookie("DELETE", "/api/v1/session", s, {{"X-CSRF-Token", s.csrf}});
        QCOMPARE(out.status, 200);
        QVERIFY(out.header("set-cookie").contains("Max-Age=0"));
        QCOMPARE(sessionRows(), before - 1);
        const HttpResult after = withCookie("GET", "/api/v1/session", s);
        QCOMPARE(after.status, 401);
        QVERIFY(after.json().value("error").toObject().value("message").toString().contains("sign in again"));
        QCOMPARE(withCookie("GET", "/api/v1/devices", s).status, 401);
    }

    void idleAndAbsoluteExpiry()
    {
        const SignedIn idle = signIn("admin.yk", "rahasia-yogya");
        const SignedIn absolute = signIn("admin.yk", "rahasia-yogya");
        const SignedIn fresh = signIn("admin.yk", "rahasia-yogya");
        const auto hashOf = [](const SignedIn &s) {
            return QString::fromLatin1(
                QCryptographicHash::hash(s.cookie.mid(int(qstrlen("suara_session="))), QCryptographicHash::Sha256)
                    .toHex());
        };
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        // 31 minutes unused (default idle limit 30), and 12 hours since sign-in.
        QVERIFY(m_fx.execute("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?", {now - 31 * 60, hashOf(idle)}));
        QVERIFY(m_fx.execute("UPDATE sessions SET expires_at = ? WHERE id_hash = ?", {now, hashOf(absolute)}));
        QCOMPARE(withCookie("GET", "/api/v1/session", idle).status, 401);
        QCOMPARE(withCookie("GET", "/api/v1/session", absolute).status, 401);
        QCOMPARE(withCookie("GET", "/api/v1/session", fresh).status, 200);
        // 29 minutes unused is still inside the limit, and using it restarts the idle clock.
        QVERIFY(m_fx.execute("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?", {now - 29 * 60, hashOf(fresh)}));
        QCOMPARE(withCookie("GET", "/api/v1/session", fresh).status, 200);
        QVERIFY(m_fx.scalar("SELECT last_seen_at FROM sessions WHERE id_hash = ?", {hashOf(fresh)}).toLongLong()
                >= now);
        QCOMPARE(m_fx.scalar("SELECT COUNT(*) FROM sessions WHERE id_hash IN (?, ?)", {hashOf(idle), hashOf(absolute)})
                     .toInt(),
                 0);
    }

    void sixthWrongPasswordIsTooManyRequests()
    {
        for (int i = 1; i <= 5; ++i) {
            const SignedIn s = signIn("korban", "tebakan-" + QString::number(i));
            QCOMPARE(s.answer.status, 401);
        }
        // Now even the right password waits: that is what stops guessing.
        const SignedIn sixth = signIn("korban", "rahasia-korban");
        QCOMPARE(sixth.answer.status, 429);
        QCOMPARE(sixth.answer.errorCode(), QStringLiteral("too_many_requests"));
        QVERIFY(sixth.answer.json().value("error").toObject().value("message").toString().contains("try again in"));
        const int retryAfter = sixth.answer.header("retry-after").toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= 15 * 60, sixth.answer.header("retry-after").constData());
        QVERIFY(sixth.answer.header("set-cookie").isEmpty());
        // The limit is the account's: another user from the same address signs in.
        QCOMPARE(signIn("admin.yk", "rahasia-yogya").answer.status, 201);
        // Once the window has passed, the right password works again and clears the count.
        QVERIFY(m_fx.execute("UPDATE login_failures SET window_start = window_start - 901 WHERE scope = 'account'"));
        QCOMPARE(signIn("korban", "rahasia-korban").answer.status, 201);
        QCOMPARE(
            m_fx.scalar("SELECT COUNT(*) FROM login_failures WHERE scope = 'account' AND subject = 'korban'").toInt(),
            0);
    }

    void basicAuthGuessingCountsAgainstTheSameLimit()
    {
        // Every API endpoint takes HTTP Basic too; without the same count a guesser would simply skip
        // the sign-in form.
        HttpClient basic = m_fx.client();
        basic.setBasic("korban", "rahasia-korban");
        QCOMPARE(basic.get("/api/v1/units").status, 200); // the normal case is not refused
        for (int i = 1; i <= 5; ++i) {
            basic.setBasic("korban", "tebakan-" + QString::number(i));
            QCOMPARE(basic.get("/api/v1/units").status, 401);
        }
        basic.setBasic("korban", "rahasia-korban");
        const HttpResult blocked = basic.get("/api/v1/units");
        QCOMPARE(blocked.status, 429);
        QCOMPARE(blocked.errorCode(), QStringLiteral("too_many_requests"));
        QVERIFY(blocked.header("retry-after").toInt() > 0);
        // Both doors share the count: the form is locked for this account as well.
        QCOMPARE(signIn("korban", "rahasia-korban").answer.status, 429);
        // A successful Basic call that finds nothing to clear writes nothing.
        HttpClient other = m_fx.client();
        other.setBasic("admin.yk", "rahasia-yogya");
        QCOMPARE(other.get("/api/v1/units").status, 200);
        QCOMPARE(
            m_fx.scalar("SELECT COUNT(*) FROM login_failures WHERE scope = 'account' AND subject = 'admin.yk'").toInt(),
            0);
    }

    void oneAddressTryingManyAccountsIsLimited()
    {
        const HttpClient::Headers attacker{{"X-Forwarded-For", "198.51.100.1, 203.0.113.7"}};
        for (int i = 0; i < kAddressLimit; ++i)
            QCOMPARE(signIn("user" + QString::number(i), "tebakan", attacker).answer.status, 401);
        const SignedIn blocked = signIn("admin.yk", "rahasia-yogya", attacker);
        QCOMPARE(blocked.answer.status, 429);
        QVERIFY(blocked.answer.header("retry-after").toInt() > 0);
        // The proxy's other clients are not punished for it.
        QCOMPARE(signIn("admin.yk", "rahasia-yogya", {{"X-Forwarded-For", "203.0.113.8"}}).answer.status, 201);
    }

    void secureCookieOnlyWhenATrustedProxySaysHttps()
    {
        const SignedIn tls = signIn("admin.yk", "rahasia-yogya", {{"X-Forwarded-Proto", "https"}});
        QCOMPARE(tls.answer.status, 201);
        QVERIFY2(tls.answer.header("set-cookie").contains("; Secure"), tls.answer.header("set-cookie").constData());

        // A server that trusts no proxy ignores the header: anyone can send it.
        ServerFixture untrusting;
        QString error;
        QVERIFY2(untrusting.setUp(&error), qPrintable(error));
        QVERIFY2(untrusting.createUser("nasional", "national_admin", {}, "rahasia-nasional", &error),
                 qPrintable(error));
        const HttpResult plain = untrusting.client().post(
            "/api/v1/session", credentials("nasional", "rahasia-nasional"), {{"X-Forwarded-Proto", "https"}});
        QCOMPARE(plain.status, 201);
        QVERIFY(!plain.header("set-cookie").contains("Secure"));
    }

    void aSessionSeesTheUnitTreeAsItIsNow()
    {
        const SignedIn unitAdmin = signIn("admin.yk", "rahasia-yogya");
        QCOMPARE(unitAdmin.answer.status, 201);
        QCOMPARE(withCookie("GET", "/api/v1/devices?unit=LPYK-01A", unitAdmin).status, 403); // not there yet
        // A national admin adds a unit below LPYK-01 through the API, signed in by cookie.
        const SignedIn national = signIn("nasional", "rahasia-nasional");
        HttpClient::Headers headers{{"Cookie", national.cookie}, {"X-CSRF-Token", national.csrf}};
        const HttpResult created = m_fx.client().post(
            "/api/v1/units", R"({"code": "LPYK-01A", "name": "Pos Wonosari", "parent": "LPYK-01"})", headers);
        QCOMPARE(created.status, 201);
        // The session opened before the unit existed sees it at once, and lists it.
        QCOMPARE(withCookie("GET", "/api/v1/devices?unit=LPYK-01A", unitAdmin).status, 200);
        const QJsonArray units = withCookie("GET", "/api/v1/session", unitAdmin).json().value("units").toArray();
        QCOMPARE(units.size(), 2);
        QCOMPARE(units.at(1).toObject().value("code").toString(), QStringLiteral("LPYK-01A"));
        QCOMPARE(units.at(1).toObject().value("parent").toString(), QStringLiteral("LPYK-01"));
        QCOMPARE(withCookie("GET", "/api/v1/devices?unit=LPSM-01", unitAdmin).status, 403); // a sibling stays out
    }

    void dashboardAssetsAreServedWithTypesEtagsAndFallback()
    {
        HttpClient http = m_fx.client();
        // On a raw socket: QNetworkAccessManager would follow the redirect.
        const QByteArray root =
            rawExchange(m_fx.server().port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QVERIFY2(root.startsWith("HTTP/1.1 302 Found\r\n"), root.left(200).constData());
        QVERIFY2(root.toLower().contains("\r\nlocation: /app/\r\n"), root.left(400).constData());
        const HttpResult index = http.get("/app/");
        QCOMPARE(index.status, 200);
        QCOMPARE(index.header("content-type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(index.body.contains("<div id=\"app\">"));
        QVERIFY(index.body.contains("/app/assets/app.js"));
        QVERIFY(index.header("content-security-policy").contains("default-src 'self'"));
        const QByteArray etag = index.header("etag");
        QVERIFY(etag.startsWith('"'));
        QCOMPARE(http.get("/app/", {{"If-None-Match", etag}}).status, 304);
        QCOMPARE(http.get("/app/", {{"If-None-Match", "\"other\""}}).status, 200);

        const HttpResult js = http.get("/app/assets/app.js");
        QCOMPARE(js.status, 200);
        QCOMPARE(js.header("content-type"), QByteArray("text/javascript; charset=utf-8"));
        QVERIFY(js.body.size() > 10'000);
        QCOMPARE(http.get("/app/assets/app.css").header("content-type"), QByteArray("text/css; charset=utf-8"));
        // A route of the page is the page; a missing asset is a 404, not the page.
        const HttpResult route = http.get("/app/units/LPYK-01");
        QCOMPARE(route.status, 200);
        QCOMPARE(route.header("etag"), etag);
        QCOMPARE(http.get("/app/assets/missing.js").status, 404);
        QCOMPARE(http.post("/app/", "{}").status, 405);
    }
};

QTEST_GUILESS_MAIN(TestServerSessions)
#include "tst_serversessions.moc"
