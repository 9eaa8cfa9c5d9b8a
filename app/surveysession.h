#pragma once

#include "choicefieldmodel.h"
#include "domain/misuseguard.h"
#include "domain/questionnaire.h"
#include "domain/record.h"
#include "position/positionsource.h"
#include "screenvalues.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

namespace suara {

class Clock;
class ErrorHandler;
class KioskSettings;
class LanguageManager;
class LocalStore;

// One visitor's walk through the kiosk, from the welcome screen to the thank-you screen. The flow lives
// here, not in QML, so it is tested in C++ and the pages only show the current step.
class SurveySession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(QList<suara::VisitorChoice> services READ services NOTIFY contentChanged)
    Q_PROPERTY(QString service READ service NOTIFY answersChanged)
    Q_PROPERTY(QList<suara::ChoiceField> profileFields READ profileFields NOTIFY contentChanged)
    // The same fields as rows for the page's Repeater: a language switch changes them in place.
    Q_PROPERTY(suara::ChoiceFieldModel *profileModel READ profileModel CONSTANT)
    Q_PROPERTY(suara::ChosenValues profile READ profile NOTIFY answersChanged)
    Q_PROPERTY(int questionIndex READ questionIndex NOTIFY questionChanged)
    Q_PROPERTY(int questionCount READ questionCount NOTIFY questionChanged)
    Q_PROPERTY(suara::QuestionView question READ question NOTIFY questionChanged)
    Q_PROPERTY(qreal progress READ progress NOTIFY stepChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY stepChanged)
    Q_PROPERTY(QString gratification READ gratification NOTIFY answersChanged)
    Q_PROPERTY(suara::ChosenValues report READ report NOTIFY answersChanged)
    // The report's two typed fields, as text, for the page's text boxes ("" when not written).
    Q_PROPERTY(QString reportCounter READ reportCounter NOTIFY answersChanged)
    Q_PROPERTY(QString reportNote READ reportNote NOTIFY answersChanged)
    Q_PROPERTY(QList<suara::ChoiceField> reportFields READ reportFields NOTIFY contentChanged)
    Q_PROPERTY(suara::ChoiceFieldModel *reportModel READ reportModel CONSTANT)
    Q_PROPERTY(int cooldownRemaining READ cooldownRemaining NOTIFY cooldownChanged)
    Q_PROPERTY(int thankYouRemaining READ thankYouRemaining NOTIFY thankYouChanged)
    Q_PROPERTY(int submittedRecords READ submittedRecords NOTIFY stepChanged)
    Q_PROPERTY(bool reportedThisVisit READ reportedThisVisit NOTIFY stepChanged)
    Q_PROPERTY(int heldRecords READ heldRecords NOTIFY stepChanged)
    Q_PROPERTY(bool unitConfigured READ unitConfigured NOTIFY contentChanged)
    Q_PROPERTY(int commentLimit READ commentLimit CONSTANT)
    Q_PROPERTY(int settleMs READ settleMs CONSTANT)
    Q_PROPERTY(suara::RegionChoice region READ region NOTIFY answersChanged)
    Q_PROPERTY(QString administered READ administered NOTIFY answersChanged)
    Q_PROPERTY(bool profileComplete READ profileComplete NOTIFY answersChanged)
    Q_PROPERTY(PositionState positionState READ positionState NOTIFY positionStateChanged)

public:
    enum class Step {
        Welcome,
        Service,
        Profile,
        Question,
        Gratification,
        GratificationReport,
        Comment,
        ThankYou,
        Unavailable,
        // Field mode (issue 9): the desa of the interview, then how the questions are administered.
        Region,
        Administer
    };
    Q_ENUM(Step)

    // Whether a field interview saved now would carry a position (ADR 0044), for the officer's line on
    // the field screens. NotAsked: a counter kiosk, or a unit that does not allow positions.
    enum class PositionState { NotAsked, WillBeKept, NotYet };
    Q_ENUM(PositionState)

    // A tap on a page shown for less than this is ignored: the second half of a double tap must never
    // answer a page the visitor has not seen (see docs/adr/0022-kiosk-taps-count-on-seen-pages.md).
    static constexpr int kSettleMs = 600;
    static constexpr int kCommentLimit = 2000;
    static constexpr int kRetrySeconds = 30;

    SurveySession(LocalStore *store, KioskSettings *settings, LanguageManager *language, ErrorHandler *errors,
                  Clock *clock, QObject *parent = nullptr);

    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] QList<VisitorChoice> services() const;
    [[nodiscard]] QString service() const { return m_service; }
    [[nodiscard]] QList<ChoiceField> profileFields() const { return profileDefinition(); }
    // The profile's fields with the codes that are stored (gender "P", age "30-39", …) and their words
    // in the language loaded. Static, so that a test writing records as a tablet writes them reads this
    // list rather than a copy of its codes (tst_syncfieldmonth, tst_serverfield).
    [[nodiscard]] static QList<ChoiceField> profileDefinition();
    [[nodiscard]] ChoiceFieldModel *profileModel() const { return m_profileModel; }
    [[nodiscard]] ChosenValues profile() const { return {m_profile}; }
    [[nodiscard]] int questionIndex() const { return m_questionIndex; }
    [[nodiscard]] int questionCount() const { return int(m_questions.size()); }
    [[nodiscard]] QuestionView question() const;
    [[nodiscard]] qreal progress() const;
    [[nodiscard]] bool canGoBack() const;
    [[nodiscard]] QString gratification() const { return m_gratification; }
    [[nodiscard]] ChosenValues report() const { return {m_report}; }
    [[nodiscard]] QString reportCounter() const { return m_report.value(QStringLiteral("counter")); }
    [[nodiscard]] QString reportNote() const { return m_report.value(QStringLiteral("note")); }
    [[nodiscard]] QList<ChoiceField> reportFields() const;
    [[nodiscard]] ChoiceFieldModel *reportModel() const { return m_reportModel; }
    [[nodiscard]] int cooldownRemaining() const;
    [[nodiscard]] int thankYouRemaining() const { return m_thankYouRemaining; }
    [[nodiscard]] int submittedRecords() const { return m_submittedRecords; }
    // True on the thank-you screen of a visit that reported a reward, so the screen can acknowledge it.
    [[nodiscard]] bool reportedThisVisit() const { return m_reportedThisVisit; }
    // Records of a visit the store refused, held in memory until a retry saves them.
    [[nodiscard]] int heldRecords() const { return int(m_pending.size()); }
    [[nodiscard]] bool unitConfigured() const;
    [[nodiscard]] int commentLimit() const { return kCommentLimit; }
    [[nodiscard]] int settleMs() const { return kSettleMs; }
    // Whether the current page has been visible long enough for a tap on it to count.
    Q_INVOKABLE bool settled() const;

    Q_INVOKABLE bool start();
    Q_INVOKABLE void chooseService(const QString &key);
    Q_INVOKABLE void setProfileField(const QString &field, const QString &value);
    Q_INVOKABLE void finishProfile();
    Q_INVOKABLE void answer(int value);
    Q_INVOKABLE void skipQuestion();
    Q_INVOKABLE void back();
    // The integrity statement is two acts on a page the visitor has seen: choose one of two equal
    // statements ("none" or "reported"), then confirm the choice once it has been visible for a moment.
    Q_INVOKABLE void chooseStatement(const QString &statement);
    Q_INVOKABLE void confirmStatement();
    Q_INVOKABLE void setReportField(const QString &field, const QString &value);
    Q_INVOKABLE void finishReport();
    // Saves the whole visit in one transaction; the thank-you screen follows only a durable commit.
    Q_INVOKABLE bool submit(const QString &comment);
    // Back to the welcome screen; everything the visitor entered is dropped.
    Q_INVOKABLE void reset();
    // The visitor's "Done" on the thank-you screen: like reset(), but only once that screen was seen.
    Q_INVOKABLE void finishVisit();
    // Called when the store fails outside a visit (e.g. on start): the visitor sees "unavailable".
    void showUnavailable();
    // Tries again to save a visit the store refused; back to the welcome screen when it works.
    Q_INVOKABLE void retry();
    // At shutdown: one last try to save a held visit; says in the log what is lost when that fails.
    void flushHeldVisit();

    MisuseGuard &misuseGuard() { return m_guard; }

    // Who captures the records from now on (empty: nobody signed in) and whether the device is a field
    // tablet: every record then carries `officer` and `mode` (protocol §2.1).
    void setOfficer(const QString &officerId, bool fieldMode);
    // Where a field interview's `location` comes from; started only while the tablet is in field mode
    // and the unit allows positions. Not owned; null: no positions.
    void setPositionSource(PositionSource *source);
    // A fix older than this at the moment of saving is not the interview's place any more.
    static constexpr int kFreshFixSeconds = 5 * 60;
    [[nodiscard]] PositionState positionState() const;
    [[nodiscard]] RegionChoice region() const;
    [[nodiscard]] QString administered() const { return m_administered; }
    // Every profile field answered: required in field mode, where SKM reports need the profile.
    [[nodiscard]] bool profileComplete() const;
    // The desa of the interview (a code from the settings' `regions`), on the Region step.
    Q_INVOKABLE void chooseRegion(const QString &code, const QString &name);
    // "read_aloud" (the officer reads and records) or "handed_over" (the respondent answers).
    Q_INVOKABLE void chooseAdministered(const QString &how);

signals:
    void stepChanged();
    void contentChanged();
    void answersChanged();
    void questionChanged();
    void cooldownChanged();
    void thankYouChanged();
    void submitted(int records);
    // The sealed records of a visit, right after their commit (the summary folds them in).
    void saved(const QList<suara::Record> &records);
    // The store could not be opened earlier and now can: start what needs it.
    void storeRecovered();
    void positionStateChanged();

private:
    struct Question
    {
        int questionnaire; // index into m_questionnaires
        Item item;
    };

    void setStep(Step step);
    // The profile's and the report's rows in the current language (the same keys, so in place).
    void retranslateFields();
    void markShown();
    void onTick();
    void finishSubmit(int records);
    [[nodiscard]] bool storageReady();
    void goToQuestion(int index);
    void advance();
    [[nodiscard]] QList<RecordDraft> buildDrafts(const QString &comment) const;

    LocalStore *m_store;
    KioskSettings *m_settings;
    LanguageManager *m_language;
    ErrorHandler *m_errors;
    Clock *m_clock;
    MisuseGuard m_guard;
    ChoiceFieldModel *m_profileModel;
    ChoiceFieldModel *m_reportModel;
    QString m_officerId;
    bool m_fieldMode = false;
    QString m_regionCode; // kept from one interview to the next: an officer works a desa at a time
    QString m_regionName;
    QString m_administered;
    void afterService();
    void updatePositioning();
    // The one freshness rule: what the record saved at `now` carries, and what the officer is told.
    [[nodiscard]] std::optional<PositionFix> freshFix(const QDateTime &now) const;
    void refreshPositionState();
    PositionSource *m_position = nullptr;
    bool m_positioning = false;
    PositionState m_positionState = PositionState::NotAsked; // as last announced

    Step m_step = Step::Welcome;
    QList<Questionnaire> m_questionnaires;
    QList<Question> m_questions;
    int m_questionIndex = 0;
    QString m_service;
    QMap<QString, QString> m_profile; // field key -> chosen value
    QHash<QString, int> m_answers; // "<questionnaire>/<item>" -> value
    QString m_gratification; // "", "none" or "reported"
    QMap<QString, QString> m_report;
    QDateTime m_startedAt;
    QDateTime m_shownAt; // when the visitor could first see what the current page shows
    int m_submittedRecords = 0;
    bool m_reportedThisVisit = false;

    QList<RecordDraft> m_pending; // a visit the store could not save yet; retried, never dropped silently
    QDateTime m_nextRetryAt; // invalid: nothing to retry
    QDateTime m_thankYouUntil; // invalid: not on the thank-you screen
    int m_thankYouRemaining = 0;
    int m_cooldownShown = 0;
};

} // namespace suara
