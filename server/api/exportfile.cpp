#include "exportfile.h"

#include "exports/exportfailure.h"

#include <QDir>
#include <QRegularExpression>

namespace suara::server::endpoints {

std::unique_ptr<QTemporaryFile> exportFile(const QString &suffix)
{
    // tempPath() is empty when TMPDIR names nothing: never fall back to the root directory.
    const QString dir = QDir::tempPath();
    if (dir.isEmpty())
        exports::failWriting(QStringLiteral("the temporary directory (TMPDIR) does not exist"));
    auto file = std::make_unique<QTemporaryFile>(dir + QStringLiteral("/suara-export-XXXXXX") + suffix);
    if (!file->open())
        exports::failWriting(QStringLiteral("cannot create a temporary file: ") + file->errorString());
    return file;
}

Reply sendFile(std::unique_ptr<QTemporaryFile> file, const QByteArray &contentType, QString name)
{
    if (!file->flush() || file->error() != QFileDevice::NoError)
        exports::failWriting(file->errorString());
    file->close();
    file->setAutoRemove(false); // from here on the HTTP layer removes it once sent
    Reply reply;
    reply.file = file->fileName();
    reply.contentType = contentType;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    reply.headers.append({"Content-Disposition", "attachment; filename=\"" + name.toLatin1() + '"'});
    return reply;
}

} // namespace suara::server::endpoints
