// The HTTP/1.1 request parser: the head, then a chunked body fed in pieces whose sizes come from the
// input, the way bytes arrive from a socket.
#include "fuzztarget.h"

#include "http/http1parser.h"

using namespace suara::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int piece = 1 + data[0] % 64;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    HttpRequest head;
    qsizetype consumed = 0;
    if (http1::parseHead(input, 16 * 1024, &head, &consumed) != http1::Status::Done)
        return 0;
    (void)http1::keepAlive(head);
    (void)http1::expectsContinue(head);
    http1::ChunkedDecoder decoder(64 * 1024);
    QByteArray buffer;
    QByteArray body;
    for (qsizetype at = consumed; at < input.size(); at += piece) {
        buffer.append(input.mid(at, piece));
        const http1::Status s = decoder.feed(buffer, body);
        if (s != http1::Status::NeedMore)
            break;
    }
    return 0;
}
