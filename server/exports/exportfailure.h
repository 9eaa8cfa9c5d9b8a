#pragma once

#include <QString>

namespace suara::server::exports {

// A download that could not be written (disk full, a cell the format cannot hold): the API answers
// with this message as a JSON error and removes the partial file, so nothing incomplete is sent.
[[noreturn]] void failWriting(const QString &what);

} // namespace suara::server::exports
