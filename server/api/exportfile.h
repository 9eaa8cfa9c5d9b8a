#pragma once

#include "endpoint.h"

#include <QTemporaryFile>
#include <memory>

// The temporary file every download is written to before it is streamed (docs/adr/0016): removed by
// itself unless handed to the HTTP layer with sendFile.
namespace suara::server::endpoints {

[[nodiscard]] std::unique_ptr<QTemporaryFile> exportFile(const QString &suffix);
// The reply that streams `file` as an attachment named `name` (characters outside [A-Za-z0-9._-]
// become '_'), after checking that everything was written.
[[nodiscard]] Reply sendFile(std::unique_ptr<QTemporaryFile> file, const QByteArray &contentType, QString name);

} // namespace suara::server::endpoints
