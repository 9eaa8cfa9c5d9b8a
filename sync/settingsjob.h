#pragma once

#include "syncerror.h"

#include <QObject>

namespace suara {
class LocalStore;
}

namespace suara::sync {

class HttpClient;
struct ApiReply;

// Settings pull (protocol §4) with the stored ETag. A new document is checked (it must parse as the
// protocol's SettingsDocument) and saved whole; applying it is the kiosk's job, between visitors.
class SettingsJob : public QObject
{
    Q_OBJECT

public:
    SettingsJob(LocalStore *store, HttpClient *http, QObject *parent = nullptr);

    void start();
    [[nodiscard]] bool changed() const { return m_changed; }
    [[nodiscard]] int version() const { return m_version; }

signals:
    void finished(const suara::sync::SyncFailure &failure);

private:
    void onReply(const ApiReply &reply);

    LocalStore *m_store;
    HttpClient *m_http;
    bool m_changed = false;
    int m_version = 0;
};

} // namespace suara::sync
