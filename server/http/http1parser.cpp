#include "http1parser.h"

#include <QUrl>

#include <optional>

namespace suara::server::http1 {

namespace {
constexpr qsizetype kMaxChunkLine = 1024;

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

// RFC 9110 §5.5: a field value is visible characters, spaces and tabs (and obs-text); a CR, LF, NUL
// or other control character inside one is how a request is smuggled past a proxy, so it is refused.
bool isFieldValue(const QByteArray &s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

// An origin-form target (RFC 9112 §3.2.1): visible ASCII only; spaces were already split off.
bool isTarget(const QByteArray &s)
{
    if (!s.startsWith('/'))
        return false;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// chunk-size = 1*HEXDIG, optionally followed by ";ext" (RFC 9112 §7.1). No sign, no "0x", no spaces:
// toLongLong() would accept all three, and a proxy that reads the size differently smuggles a request.
std::optional<qint64> parseChunkSize(const QByteArray &line)
{
    qsizetype digits = 0;
    while (digits < line.size() && isHexDigit(line.at(digits)))
        ++digits;
    if (digits == 0 || digits > 15)
        return std::nullopt;
    if (digits < line.size() && (line.at(digits) != ';' || !isFieldValue(line.mid(digits))))
        return std::nullopt;
    bool ok = false;
    const qint64 size = line.left(digits).toLongLong(&ok, 16);
    return ok ? std::optional<qint64>(size) : std::nullopt;
}

bool parseLength(const QByteArray &text, qint64 *out)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    *out = text.toLongLong();
    return true;
}
} // namespace

Status parseHead(const QByteArray &buffer, qsizetype maxHeadBytes, HttpRequest *head, qsizetype *consumed)
{
    qsizetype start = 0;
    while (start + 1 < buffer.size() && buffer.at(start) == '\r' && buffer.at(start + 1) == '\n')
        start += 2; // RFC 9112 §2.2: ignore empty lines before a request
    // Fail fast on what cannot become a request line (a TLS handshake, random bytes) instead of
    // waiting for a CRLF CRLF that will never come.
    for (qsizetype i = start; i < buffer.size() && buffer.at(i) != ' '; ++i) {
        const char c = buffer.at(i);
        if (i - start > 16 || !((c >= 'A' && c <= 'Z') || c == '-' || c == '_'))
            return Status::Error;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n", start);
    if (end < 0)
        return buffer.size() - start > maxHeadBytes ? Status::TooLarge : Status::NeedMore;
    if (end - start > maxHeadBytes)
        return Status::TooLarge;

    // Every line of the head, the last one included, ends in CRLF; split leaves one empty tail.
    QList<QByteArray> lines = buffer.mid(start, end + 2 - start).split('\n');
    lines.removeLast();
    for (QByteArray &line : lines) {
        if (!line.endsWith('\r'))
            return Status::Error; // a bare LF, in the request line or a field line
        line.chop(1);
    }
    // Exactly "METHOD SP target SP HTTP/1.x": no trimming, no second space, nothing around it.
    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !isTarget(requestLine.at(1)))
        return Status::Error;
    const QByteArray &version = requestLine.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return Status::Error;

    HttpRequest h;
    h.method = requestLine.at(0);
    h.target = requestLine.at(1);
    h.minorVersion = version.endsWith('1') ? 1 : 0;
    const qsizetype q = h.target.indexOf('?');
    // The path stays percent-encoded: the router splits it into segments first and decodes each one
    // after, so "x%2Frevoke" is one segment and never the path ".../x/revoke".
    h.rawPath = q < 0 ? h.target : h.target.left(q);
    h.path = QUrl::fromPercentEncoding(h.rawPath);
    h.query = q < 0 ? QByteArray() : h.target.mid(q + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty() || line.at(0) == ' ' || line.at(0) == '\t')
            return Status::Error; // obsolete folding
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return Status::Error;
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isFieldValue(value))
            return Status::Error;
        h.headers.append({line.left(colon), value});
    }

    for (const auto &[name, value] : h.headers) {
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            qint64 length = 0;
            // A second Content-Length, even an equal one, is refused: proxies disagree on which counts.
            if (h.contentLength || !parseLength(value, &length))
                return Status::Error;
            h.contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            if (value.compare("chunked", Qt::CaseInsensitive) != 0 || h.chunked)
                return Status::Error; // only plain "chunked" is understood
            h.chunked = true;
        }
    }
    if (h.chunked && h.contentLength)
        return Status::Error;
    if (h.chunked && h.minorVersion == 0)
        return Status::Error;

    *head = std::move(h);
    *consumed = end + 4;
    return Status::Done;
}

bool keepAlive(const HttpRequest &head)
{
    const QByteArray connection = head.header("connection").toLower();
    if (head.minorVersion == 0)
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

bool expectsContinue(const HttpRequest &head)
{
    return head.minorVersion == 1 && head.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
}

Status ChunkedDecoder::feed(QByteArray &buffer, QByteArray &body)
{
    qsizetype pos = 0;
    auto consume = [&](Status s) {
        buffer.remove(0, pos);
        return s;
    };
    for (;;) {
        switch (m_state) {
        case State::Size: {
            const qsizetype eol = buffer.indexOf("\r\n", pos);
            if (eol < 0)
                return consume(buffer.size() - pos > kMaxChunkLine ? Status::Error : Status::NeedMore);
            const std::optional<qint64> parsed = parseChunkSize(buffer.mid(pos, eol - pos));
            if (!parsed)
                return consume(Status::Error);
            const qint64 size = *parsed; // chunk extensions are ignored
            pos = eol + 2;
            if (size == 0) {
                m_state = State::Trailer;
                break;
            }
            if (body.size() + size > m_maxBody)
                return consume(Status::TooLarge);
            m_remaining = size;
            m_state = State::Data;
            break;
        }
        case State::Data: {
            const qint64 take = qMin<qint64>(m_remaining, buffer.size() - pos);
            body.append(buffer.constData() + pos, qsizetype(take));
            pos += qsizetype(take);
            m_remaining -= take;
            if (m_remaining > 0)
                return consume(Status::NeedMore);
            m_state = State::DataEnd;
            break;
        }
        case State::DataEnd:
            if (buffer.size() - pos < 2)
                return consume(Status::NeedMore);
            if (buffer.at(pos) != '\r' || buffer.at(pos + 1) != '\n')
                return consume(Status::Error);
            pos += 2;
            m_state = State::Size;
            break;
        case State::Trailer: {
            // Trailer fields are read and dropped; an empty line ends the message.
            const qsizetype eol = buffer.indexOf("\r\n", pos);
            if (eol < 0)
                return consume(buffer.size() - pos > kMaxChunkLine ? Status::Error : Status::NeedMore);
            const bool last = eol == pos;
            if (!isFieldValue(buffer.mid(pos, eol - pos)))
                return consume(Status::Error);
            pos = eol + 2;
            if (last)
                return consume(Status::Done);
            break;
        }
        }
    }
}

} // namespace suara::server::http1
