#pragma once

#include "httpmessage.h"

namespace suara::server::http1 {

// A deliberately small HTTP/1.1 request parser (RFC 9112): origin-form targets, Content-Length or
// chunked bodies, no obsolete line folding. Anything ambiguous is an error, never a guess: a request
// with both Content-Length and Transfer-Encoding, or two different lengths, is refused (smuggling).
enum class Status { NeedMore, Done, Error, TooLarge };

// Parses the request line and headers at the front of `buffer`. On Done, the head took `consumed` bytes.
[[nodiscard]] Status parseHead(const QByteArray &buffer, qsizetype maxHeadBytes, HttpRequest *head,
                               qsizetype *consumed);

// Whether the connection stays open after this request (HTTP/1.1 default, HTTP/1.0 opt-in).
[[nodiscard]] bool keepAlive(const HttpRequest &head);
[[nodiscard]] bool expectsContinue(const HttpRequest &head);

// Decodes a chunked body incrementally, consuming from the front of the buffer; TooLarge as soon as the
// payload would pass maxBody, so an endless chunked upload is cut off without being held in memory.
class ChunkedDecoder
{
public:
    explicit ChunkedDecoder(qint64 maxBody)
        : m_maxBody(maxBody)
    {
    }
    [[nodiscard]] Status feed(QByteArray &buffer, QByteArray &body);

private:
    enum class State { Size, Data, DataEnd, Trailer };
    State m_state = State::Size;
    qint64 m_remaining = 0;
    qint64 m_maxBody;
};

} // namespace suara::server::http1
