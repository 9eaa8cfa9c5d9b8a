#include "gzip.h"

#include <zlib.h>

namespace suara::gzip {

namespace {
constexpr int kGzipWindow = 15 + 16; // MAX_WBITS, +16 selects the gzip wrapper
constexpr int kChunk = 64 * 1024;
} // namespace

QByteArray compress(const QByteArray &data, int level)
{
    z_stream zs{};
    if (deflateInit2(&zs, level, Z_DEFLATED, kGzipWindow, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const qsizetype written = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

bool looksLikeGzip(const QByteArray &data)
{
    return data.size() >= 2 && quint8(data.at(0)) == 0x1f && quint8(data.at(1)) == 0x8b;
}

Inflated decompress(const QByteArray &data, qint64 maxOutput)
{
    Inflated result;
    if (!looksLikeGzip(data)) {
        result.status = Inflated::Status::NotGzip;
        return result;
    }
    z_stream zs{};
    if (inflateInit2(&zs, kGzipWindow) != Z_OK)
        return result;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    QByteArray out;
    int rc = Z_OK;
    while (rc == Z_OK) {
        const qint64 room = maxOutput - out.size();
        // Ask for one byte beyond the limit so "exactly the limit" and "more" can be told apart.
        const qint64 want = qMin<qint64>(kChunk, room + 1);
        if (want <= 0)
            break;
        const qsizetype before = out.size();
        out.resize(before + qsizetype(want));
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        zs.avail_out = uInt(want);
        rc = inflate(&zs, Z_NO_FLUSH);
        out.resize(before + qsizetype(want - zs.avail_out));
        if (out.size() > maxOutput) {
            inflateEnd(&zs);
            result.status = Inflated::Status::TooLarge;
            return result;
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            break; // truncated input
    }
    const bool complete = rc == Z_STREAM_END && zs.avail_in == 0;
    inflateEnd(&zs);
    if (!complete)
        return result; // Corrupt: truncated, damaged, or trailing garbage
    result.status = Inflated::Status::Ok;
    result.data = std::move(out);
    return result;
}

} // namespace suara::gzip
