#include "errorhandler.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcErrors, "suara.app.errors")

namespace suara {

ErrorHandler::ErrorHandler(QObject *parent)
    : QObject(parent)
{
}

QString ErrorHandler::alert() const
{
    switch (m_error.kind) {
    case StoreError::Kind::None: return {};
    case StoreError::Kind::DiskFull:
        //: Shown to the unit admin when the tablet's storage is full
        return tr("The device storage is full. Earlier answers are safe; free some space to continue.");
    case StoreError::Kind::ReadOnly:
        return tr("The answer store cannot be written to. Earlier answers are safe; check the device storage.");
    case StoreError::Kind::Corrupt:
        return tr("The answer store is damaged. Do not delete anything; contact your Suara administrator.");
    case StoreError::Kind::TooNew:
        return tr("The answer store was written by a newer Suara. Update this app to continue.");
    case StoreError::Kind::Other: break;
    }
    return tr("Answers cannot be saved right now. Earlier answers are safe.");
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
