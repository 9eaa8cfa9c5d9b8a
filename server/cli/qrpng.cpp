#include "qrpng.h"

#include <QImage>
#include <qrencode.h>

namespace suara::server::cli {

bool writeQrPng(const QString &text, const QString &path, QString *error)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) {
        *error = QStringLiteral("libqrencode could not encode the code");
        return false;
    }
    constexpr int kQuiet = 4;
    constexpr int kScale = 10;
    const int modules = code->width + 2 * kQuiet;
    QImage image(modules * kScale, modules * kScale, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < kScale; ++dy) {
                uchar *line = image.scanLine((y + kQuiet) * kScale + dy);
                std::fill_n(line + (x + kQuiet) * kScale, kScale, uchar(0));
            }
        }
    }
    QRcode_free(code);
    if (!image.save(path, "PNG")) {
        *error = QStringLiteral("could not write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace suara::server::cli
