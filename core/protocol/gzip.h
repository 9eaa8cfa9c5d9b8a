#pragma once

#include <QByteArray>

namespace suara::gzip {

// gzip (RFC 1952) through zlib, for Content-Encoding: gzip and for offline bundles.
[[nodiscard]] QByteArray compress(const QByteArray &data, int level = 6);

// True when the data starts with the gzip magic bytes.
[[nodiscard]] bool looksLikeGzip(const QByteArray &data);

struct Inflated
{
    enum class Status { Ok, NotGzip, Corrupt, TooLarge };
    Status status = Status::Corrupt;
    QByteArray data;
    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

// Stops as soon as the output would exceed maxOutput bytes: a 1 MiB zip bomb never becomes 1 GiB in
// memory. Trailing bytes after the gzip member are Corrupt, not ignored.
[[nodiscard]] Inflated decompress(const QByteArray &data, qint64 maxOutput);

} // namespace suara::gzip
