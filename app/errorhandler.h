#pragma once

#include "store/storeerror.h"

#include <QObject>

namespace suara {

// The one funnel for problems: log the detail, and tell the person in front of the kiosk in words
// they can act on. QML binds to `alert` and `kioskUnavailable`; nothing else decides what to show.
class ErrorHandler : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool kioskUnavailable READ kioskUnavailable NOTIFY changed)
    Q_PROPERTY(QString alert READ alert NOTIFY changed)
    Q_PROPERTY(QString detail READ detail NOTIFY changed)

public:
    explicit ErrorHandler(QObject *parent = nullptr);

    [[nodiscard]] bool kioskUnavailable() const { return m_unavailable; }
    [[nodiscard]] QString alert() const { return storeAlert(m_error.kind); }
    // The words for a store problem of this kind, for whoever tells the admin of one (a setting not saved).
    [[nodiscard]] static QString storeAlert(StoreError::Kind kind);
    [[nodiscard]] QString detail() const { return m_error.message; }
    [[nodiscard]] StoreError::Kind kind() const { return m_error.kind; }

    // A store that cannot save makes the kiosk unavailable: visitors must never answer into the void.
    void reportStore(const StoreError &error);
    Q_INVOKABLE void clear();
    // A system message (Qt's network errors are English only, e.g. "Connection refused") put in words in
    // the kiosk's language, with the original kept for IT staff. Messages not in the table stay as they
    // are, marked as English.
    Q_INVOKABLE QString technicalDetail(const QString &detail) const;

signals:
    void changed();

private:
    StoreError m_error;
    bool m_unavailable = false;
};

} // namespace suara
