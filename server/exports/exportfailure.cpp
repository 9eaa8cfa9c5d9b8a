#include "exportfailure.h"

#include "service/failure.h"

namespace suara::server::exports {

void failWriting(const QString &what)
{
    fail(protocol::ErrorCode::Internal,
         QStringLiteral("the export could not be written (%1); nothing was sent, retry later").arg(what));
}

} // namespace suara::server::exports
