#include "errorhandler.h"

#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcErrors, "suara.app.errors")

namespace suara {

ErrorHandler::ErrorHandler(QObject *parent)
    : QObject(parent)
{
}

QString ErrorHandler::storeAlert(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::None:
        return {};
    case StoreError::Kind::DiskFull:
        //: Shown to the unit admin when the tablet's storage is full
        return tr("The device storage is full. Earlier answers are safe; free some space to continue.");
    case StoreError::Kind::ReadOnly:
        return tr("The answer store cannot be written to. Earlier answers are safe; check the device storage.");
    case StoreError::Kind::Corrupt:
        return tr("The answer store is damaged. Do not delete anything; contact your Suara administrator.");
    case StoreError::Kind::TooNew:
        return tr("The answer store was written by a newer Suara. Update this app to continue.");
    case StoreError::Kind::Other:
        break;
    }
    return tr("Answers cannot be saved right now. Earlier answers are safe.");
}

QString ErrorHandler::technicalDetail(const QString &detail) const
{
    if (detail.isEmpty())
        return {};
    // First match wins: an HTTP error page before "not found", the proxy before "refused", the
    // certificate before "closed".
    const std::pair<QLatin1String, QString> known[] = {
        {QLatin1String("server replied"), tr("The web server answered with an error page instead of Suara.")},
        {QLatin1String("proxy"), tr("The proxy server of the network cannot be used.")},
        {QLatin1String("connection refused"),
         tr("The server computer refused the connection. Is the Suara server running at this address and port?")},
        {QLatin1String("not found"), tr("The server name was not found. Check the address and the network's DNS.")},
        {QLatin1String("timed out"), tr("The connection took too long.")},
        {QLatin1String("operation canceled"), tr("The connection was stopped because it took too long.")},
        {QLatin1String("unreachable"), tr("There is no network route to the server. Check the cable or Wi-Fi.")},
        {QLatin1String("network access is disabled"), tr("The device has no network connection.")},
        {QLatin1String("temporary network failure"), tr("The network failed for a moment.")},
        {QLatin1String("ssl"),
         tr("The secure connection (TLS) failed. Check the server's certificate and the device's date.")},
        {QLatin1String("certificate"),
         tr("The server's certificate is not trusted. Check the certificate and the device's date.")},
        {QLatin1String("closed"), tr("The server closed the connection before answering.")},
    };
    for (const auto &[needle, words] : known) {
        if (detail.contains(needle, Qt::CaseInsensitive))
            //: Technical detail of a sync error: %1 explains it in words, %2 is the system's own (English) message
            return tr("Technical detail for IT staff: %1 System message: %2").arg(words, detail);
    }
    //: Technical detail of a sync error the kiosk has no words for: %1 is the system's own message
    return tr("Technical detail for IT staff (in English): %1").arg(detail);
}

void ErrorHandler::reportStore(const StoreError &error)
{
    if (error.ok())
        return;
    qCWarning(lcErrors) << "store:" << error.message;
    m_error = error;
    m_unavailable = true;
    emit changed();
}

void ErrorHandler::clear()
{
    if (!m_unavailable && m_error.ok())
        return;
    m_error = {};
    m_unavailable = false;
    emit changed();
}

} // namespace suara
