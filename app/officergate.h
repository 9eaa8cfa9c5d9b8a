#pragma once

#include "domain/deviceconfigfield.h"
#include "idlewatcher.h"
#include "officerstore.h"
#include "screenvalues.h"
#include "pinlockout.h"

#include <QFutureWatcher>
#include <QObject>

namespace suara {

class AdminGate;
class Clock;
class KioskSettings;
class LocalStore;

// The officers of a shared tablet (issue 9, docs/adr/0036-officers-on-a-shared-tablet.md): who is
// signed in, the two taps and a PIN that switch officer, and the lock after `lockMinutes` without a
// touch. The officers' PINs share one escalating lockout (PinLockout, like the admin PIN), so trying
// PINs on one officer after another gains nothing. The Argon2 check runs on a worker thread.
class OfficerGate : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QList<suara::OfficerView> officers READ officers NOTIFY officersChanged)
    Q_PROPERTY(QString loadError READ loadError NOTIFY officersChanged)
    Q_PROPERTY(bool fieldMode READ fieldMode NOTIFY modeChanged)
    Q_PROPERTY(int lockMinutes READ lockMinutes NOTIFY modeChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(QString officerId READ officerId NOTIFY changed)
    Q_PROPERTY(QString officerName READ officerName NOTIFY changed)
    Q_PROPERTY(QString officerPosition READ officerPosition NOTIFY changed)
    Q_PROPERTY(bool choosing READ choosing NOTIFY changed)
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY changed)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY changed)
    Q_PROPERTY(bool checking READ checking NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY changed)
    Q_PROPERTY(int lockoutRemaining READ lockoutRemaining NOTIFY lockoutChanged)

public:
    OfficerGate(LocalStore *store, KioskSettings *settings, AdminGate *admin, Clock *clock, QObject *parent = nullptr);
    ~OfficerGate() override;

    [[nodiscard]] QList<OfficerView> officers() const;
    [[nodiscard]] QString loadError() const { return m_loadError; }
    [[nodiscard]] bool fieldMode() const { return m_fieldMode; }
    [[nodiscard]] int lockMinutes() const { return m_lockMinutes; }
    [[nodiscard]] bool signedIn() const { return !m_current.id.isEmpty(); }
    [[nodiscard]] QString officerId() const { return m_current.id; }
    [[nodiscard]] QString officerName() const { return m_current.name; }
    [[nodiscard]] QString officerPosition() const { return m_current.position; }
    [[nodiscard]] const Officer &current() const { return m_current; }
    [[nodiscard]] bool choosing() const { return m_choosing; }
    [[nodiscard]] QString selectedId() const { return m_selected.id; }
    [[nodiscard]] QString selectedName() const { return m_selected.name; }
    [[nodiscard]] bool checking() const { return m_checking; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] int attemptsLeft() const { return m_lockout.attemptsLeft(); }
    [[nodiscard]] int lockoutRemaining() const { return m_lockout.remainingSeconds(); }

    // The device's mode and lock time, from its configuration.
    void setMode(bool field, int lockMinutes);
    // Watches every touch for the auto-lock.
    void watch(QObject *inputSource) { m_idle.watch(inputSource); }
    // Keeps the officers table's server rows equal to the settings' `officers` (written only when the
    // list changed since the last time it was written); the list shown is read again.
    StoreError applyServerOfficers(const QList<OfficerEntry> &officers);

    // Reads the officers again; a failed read shows as loadError, never as "no officers".
    Q_INVOKABLE void reload();
    // The first tap: the list of officers to sign in as ("Switch officer", or "Officer" on a counter).
    Q_INVOKABLE void requestSignIn();
    // The second tap: whose PIN comes next.
    Q_INVOKABLE void choose(const QString &id);
    // Starts checking the chosen officer's PIN (outcome: checked()); false when refused at once.
    Q_INVOKABLE bool signIn(const QString &pin);
    // Checks the signed-in officer's PIN again to confirm a report (outcome: confirmed()).
    Q_INVOKABLE bool confirm(const QString &pin);
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void clearMessage();

    // The unit admin adds an officer (the admin area must be open); false with `message` saying why.
    // The id is made from the name ("Siti Rahma" -> "siti-rahma", "-2" when taken).
    Q_INVOKABLE bool addOfficer(const QString &name, const QString &nip, const QString &position, const QString &pin,
                                const QString &confirmation);
    Q_INVOKABLE bool removeOfficer(const QString &id);
    // The desa of the settings' `regions` whose name, kecamatan, kabupaten, province or code contains
    // `query` (all when empty), ordered province -> kabupaten -> kecamatan -> desa, for the picker.
    Q_INVOKABLE QList<suara::RegionChoice> regions(const QString &query) const;
    // The unit admin makes this device a field tablet or a counter kiosk (also a server setting).
    Q_INVOKABLE bool setFieldMode(bool field);

signals:
    void changed();
    void officersChanged();
    void lockoutChanged();
    void modeChanged();
    void checked(bool signedIn);
    void confirmed(bool ok);
    // The tablet locked itself after lockMinutes without a touch.
    void autoLocked();

private:
    enum class Purpose { SignIn, Confirm };

    bool startCheck(Purpose purpose, const Officer &officer, const QString &pin);
    void onChecked(bool matches);
    void onTick();
    void onIdle();
    void setMessage(const QString &message);
    [[nodiscard]] QString makeId(const QString &name) const;

    LocalStore *m_store;
    KioskSettings *m_settings;
    AdminGate *m_admin;
    Clock *m_clock;
    OfficerStore m_officers;
    PinLockout m_lockout;
    IdleWatcher m_idle;
    QList<Officer> m_list;
    std::optional<QList<OfficerEntry>> m_mirrored; // the server's list last written to the table
    QString m_loadError;
    bool m_fieldMode = false;
    int m_lockMinutes = 5;
    Officer m_current; // empty id: nobody signed in
    Officer m_selected;
    bool m_choosing = false;
    bool m_checking = false;
    Purpose m_purpose = Purpose::SignIn;
    Officer m_checkingOfficer;
    int m_shownRemaining = 0;
    QString m_message;
    QFutureWatcher<bool> m_check;
};

} // namespace suara
