#include "http1parser.h"

#include <QUrl>

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
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/'))
        return Status::Error;
    const QByteArray &version = requestLine.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return Status::Error;

    HttpRequest h;
    h.method = requestLine.at(0);
    h.target = requestLine.at(1);
    h.minorVersion = version.endsWith('1') ? 1 : 0;
    const qsizetype q = h.target.indexOf('?');
    h.path = QUrl::fromPercentEncoding(q < 0 ? h.target : h.target.left(q));
    h.query = q < 0 ? QByteArray() : h.target.mid(q + 1);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (!line.endsWith('\r'))
            return Status::Error; // bare LF inside the head
        line.chop(1);
        if (line.isEmpty() || line.at(0) == ' ' || line.at(0) == '\t')
            return Status::Error; // obsolete folding
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return Status::Error;
        h.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }

    for (const auto &[name, value] : h.headers) {
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            qint64 length = 0;
            if (!parseLength(value, &length) || (h.contentLength && *h.contentLength != length))
                return Status::Error;
            h.contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            if (value.trimmed().compare("chunked", Qt::CaseInsensitive) != 0 || h.chunked)
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
            QByteArray line = buffer.mid(pos, eol - pos);
            if (const qsizetype semi = line.indexOf(';'); semi >= 0)
                line.truncate(semi); // chunk extensions are ignored
            line = line.trimmed();
            bool ok = false;
            const qint64 size = line.size() <= 15 ? line.toLongLong(&ok, 16) : -1;
            if (!ok || size < 0)
                return consume(Status::Error);
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
            pos = eol + 2;
            if (last)
                return consume(Status::Done);
            break;
        }
        }
    }
}

} // namespace suara::server::http1
