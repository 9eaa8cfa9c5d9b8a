#pragma once

#include "http/httpmessage.h"
#include "protocol/apierror.h"

#include <optional>

// Control characters are refused at the edge, as 400, before any text reaches a query: Qt's
// PostgreSQL driver pastes parameters into the statement text, where a U+0000 ends the string and
// becomes a 500 (and SQLite would keep it silently). One rule for every text input, both engines.
namespace suara::server::edgetext {

// A name, a code, a label, a path segment, a query value: no C0 control character and no DEL.
[[nodiscard]] std::optional<protocol::ApiError> check(const QString &text, const QString &where);

// The decoded path segments and query items of a request head.
[[nodiscard]] std::optional<protocol::ApiError> checkTarget(const HttpRequest &head);

// A JSON body: U+0000 nowhere; in keys no control character; in string values only TAB, LF and CR
// (a visitor's comment may have line breaks). A body that is not JSON is left to its parser.
[[nodiscard]] std::optional<protocol::ApiError> checkJson(const QByteArray &body);

} // namespace suara::server::edgetext
