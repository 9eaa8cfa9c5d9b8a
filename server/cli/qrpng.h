#pragma once

#include <QString>

namespace suara::server::cli {

// Writes `text` as a QR code PNG (libqrencode, error correction M, 4-module quiet zone, 10 px a
// module), big enough to scan from a printed sheet or a screen.
bool writeQrPng(const QString &text, const QString &path, QString *error);

} // namespace suara::server::cli
