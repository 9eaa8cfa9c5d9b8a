#include "surveysession.h"

#include "clock.h"
#include "domain/visitdata.h"
#include "errorhandler.h"
#include "kiosksettings.h"
#include "languagemanager.h"
#include "position/positionsource.h"
#include "storagecheck.h"
#include "store/localstore.h"

#include <QJsonArray>
#include <cmath>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "suara.app.session")

namespace suara {

namespace {
VisitorChoice choice(const QString &value, const QString &label)
{
    return {value, label};
}

ChoiceField field(const QString &key, const QString &label, const QList<VisitorChoice> &options)
{
    return {key, label, options};
}

QString answerKey(const QString &questionnaire, const QString &item)
{
    return questionnaire + QLatin1Char('/') + item;
}

const QStringList kProfileFields = {QStringLiteral("gender"), QStringLiteral("age"), QStringLiteral("education"),
                                    QStringLiteral("occupation")};
const QStringList kReportFields = {QStringLiteral("kind"), QStringLiteral("what"), QStringLiteral("when"),
                                   QStringLiteral("counter"), QStringLiteral("note")};
constexpr int kStatementVersion = 1;
const QString kNoReward = QStringLiteral("none");
const QString kReported = QStringLiteral("reported");

// A report keeps only the day it was made: the exact minute, next to the answers' minute, could tell
// who reported in a small visiting room (docs/adr/0023-kiosk-report-kept-apart.md).
QDateTime startOfLocalDay(const QDateTime &local)
{
    return QDateTime(local.date(), QTime(0, 0), Qt::OffsetFromUTC, local.offsetFromUtc());
}
} // namespace

SurveySession::SurveySession(LocalStore *store, KioskSettings *settings, LanguageManager *language,
                             ErrorHandler *errors, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_language(language)
    , m_errors(errors)
    , m_clock(clock)
    , m_profileModel(new ChoiceFieldModel(this))
    , m_reportModel(new ChoiceFieldModel(this))
    , m_shownAt(clock->now())
{
    retranslateFields();
    // Every countdown is derived from the clock on each tick, so none can be left without a timer.
    connect(m_clock, &Clock::ticked, this, &SurveySession::onTick);
    connect(m_language, &LanguageManager::languageChanged, this, [this] {
        retranslateFields();
        emit contentChanged();
        emit questionChanged();
    });
    connect(m_settings, &KioskSettings::changed, this, &SurveySession::contentChanged);
    connect(m_settings, &KioskSettings::changed, this, &SurveySession::updatePositioning);
}

void SurveySession::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    markShown();
    emit stepChanged();
}

void SurveySession::markShown()
{
    m_shownAt = m_clock->now();
}

bool SurveySession::settled() const
{
    const qint64 shownFor = m_shownAt.msecsTo(m_clock->now());
    if (shownFor >= kSettleMs)
        return true;
    // Logged, not shown: the visitor simply taps again once they have looked at the page.
    qCDebug(lcSession) << "ignored a tap on a page shown for" << shownFor << "ms";
    return false;
}

bool SurveySession::unitConfigured() const
{
    return !m_settings->unitCode().trimmed().isEmpty();
}

void SurveySession::onTick()
{
    const QDateTime now = m_clock->now();
    if (m_thankYouUntil.isValid()) {
        const int left = int((now.msecsTo(m_thankYouUntil) + 999) / 1000);
        if (left <= 0) {
            reset();
        } else if (left != m_thankYouRemaining) {
            m_thankYouRemaining = left;
            emit thankYouChanged();
        }
    }
    if (const int cooldown = cooldownRemaining(); cooldown != m_cooldownShown) {
        m_cooldownShown = cooldown;
        emit cooldownChanged();
    }
    refreshPositionState();
    if (m_nextRetryAt.isValid() && now >= m_nextRetryAt)
        retry();
}

QList<VisitorChoice> SurveySession::services() const
{
    QList<VisitorChoice> out;
    for (const Service &s : m_settings->services())
        out.append(choice(s.key, s.label.text(m_language->language())));
    return out;
}

QList<ChoiceField> SurveySession::profileDefinition()
{
    return {
        field(QStringLiteral("gender"), tr("Sex"),
              {choice(QStringLiteral("L"), tr("Male")), choice(QStringLiteral("P"), tr("Female"))}),
        field(QStringLiteral("age"), tr("Age"),
              {choice(QStringLiteral("<20"), tr("Under 20")), choice(QStringLiteral("20-29"), tr("20–29")),
               choice(QStringLiteral("30-39"), tr("30–39")), choice(QStringLiteral("40-49"), tr("40–49")),
               choice(QStringLiteral("50-59"), tr("50–59")), choice(QStringLiteral("60+"), tr("60 or older"))}),
        field(QStringLiteral("education"), tr("Education"),
              {choice(QStringLiteral("SD"), tr("Primary school (SD) or less")),
               choice(QStringLiteral("SMP"), tr("Junior high (SMP)")),
               choice(QStringLiteral("SMA"), tr("Senior high (SMA/SMK)")),
               choice(QStringLiteral("D3"), tr("Diploma (D1–D3)")),
               choice(QStringLiteral("S1"), tr("Bachelor (S1/D4)")), choice(QStringLiteral("S2"), tr("Master (S2)")),
               choice(QStringLiteral("S3"), tr("Doctorate (S3)"))}),
        field(
            QStringLiteral("occupation"), tr("Occupation"),
            {choice(QStringLiteral("PNS"), tr("Civil servant (PNS)")),
             choice(QStringLiteral("TNI"), tr("Military (TNI)")), choice(QStringLiteral("POLRI"), tr("Police (POLRI)")),
             choice(QStringLiteral("SWASTA"), tr("Private employee")),
             choice(QStringLiteral("WIRAUSAHA"), tr("Self-employed")), choice(QStringLiteral("LAINNYA"), tr("Other"))}),
    };
}

QList<ChoiceField> SurveySession::reportFields() const
{
    return {
        field(QStringLiteral("kind"), tr("What happened?"),
              {choice(QStringLiteral("asked"), tr("An officer asked me for a reward")),
               choice(QStringLiteral("offered"), tr("I was offered faster or special service for a reward"))}),
        field(QStringLiteral("what"), tr("What was asked or offered?"),
              {choice(QStringLiteral("money"), tr("Money")), choice(QStringLiteral("goods"), tr("Goods")),
               choice(QStringLiteral("favour"), tr("A favour or facility")),
               choice(QStringLiteral("other"), tr("Something else"))}),
        field(QStringLiteral("when"), tr("When?"),
              {choice(QStringLiteral("today"), tr("Today")), choice(QStringLiteral("this_week"), tr("This week")),
               choice(QStringLiteral("earlier"), tr("Earlier"))}),
    };
}

void SurveySession::retranslateFields()
{
    m_profileModel->setRows(profileFields());
    m_reportModel->setRows(reportFields());
}

int SurveySession::cooldownRemaining() const
{
    return (m_guard.cooldownRemainingMs(m_clock->now().toUTC()) + 999) / 1000;
}

bool SurveySession::storageReady()
{
    const StoreError err = checkStorage(*m_store);
    if (err.ok())
        return true;
    m_errors->reportStore(err);
    showUnavailable();
    return false;
}

bool SurveySession::start()
{
    if (m_step != Step::Welcome || cooldownRemaining() > 0 || !unitConfigured() || !settled())
        return false;
    // Before the first question, not at "Send": a visit the store cannot take must not begin.
    if (!storageReady())
        return false;
    m_questionnaires = m_settings->activeQuestionnaires();
    m_questions.clear();
    for (int qi = 0; qi < m_questionnaires.size(); ++qi) {
        for (const Item &item : m_questionnaires.at(qi).items())
            m_questions.append({qi, item});
    }
    m_startedAt = m_clock->now().toUTC();
    m_reportedThisVisit = false;
    m_questionIndex = 0;
    emit questionChanged();
    emit contentChanged();
    if (m_fieldMode) {
        setStep(Step::Region);
        return true;
    }
    // One service only: nothing to ask.
    const QList<Service> offered = m_settings->services();
    if (offered.size() == 1) {
        m_service = offered.first().key;
        setStep(m_settings->askProfile() ? Step::Profile : Step::Question);
    } else {
        setStep(Step::Service);
    }
    return true;
}

void SurveySession::chooseService(const QString &key)
{
    if (m_step != Step::Service || !settled())
        return;
    for (const Service &s : m_settings->services()) {
        if (s.key == key) {
            m_service = key;
            emit answersChanged();
            afterService();
            return;
        }
    }
}

void SurveySession::setProfileField(const QString &field, const QString &value)
{
    if (m_step != Step::Profile || !kProfileFields.contains(field) || !settled())
        return;
    // Tapping the chosen answer again clears it: every field stays skippable.
    if (value.isEmpty() || m_profile.value(field) == value)
        m_profile.remove(field);
    else
        m_profile.insert(field, value);
    emit answersChanged();
}

void SurveySession::afterService()
{
    if (m_fieldMode)
        setStep(Step::Profile); // required in field mode
    else if (m_settings->askProfile())
        setStep(Step::Profile);
    else
        goToQuestion(0);
}

void SurveySession::finishProfile()
{
    if (m_step != Step::Profile || !settled())
        return;
    if (m_fieldMode) {
        if (profileComplete())
            setStep(Step::Administer);
        return;
    }
    goToQuestion(0);
}

void SurveySession::goToQuestion(int index)
{
    if (m_questions.isEmpty()) {
        setStep(Step::Gratification);
        return;
    }
    m_questionIndex = qBound(0, index, int(m_questions.size()) - 1);
    markShown(); // a new question under the same finger is a new page to the visitor
    emit questionChanged();
    setStep(Step::Question);
    emit stepChanged(); // progress moves even when the step stays "Question"
}

QuestionView SurveySession::question() const
{
    if (m_questionIndex < 0 || m_questionIndex >= m_questions.size())
        return {};
    const QString lang = m_language->language();
    const Question &q = m_questions.at(m_questionIndex);
    const Questionnaire &def = m_questionnaires.at(q.questionnaire);
    QuestionView view;
    view.valid = true;
    view.key = q.item.key;
    view.text = q.item.text.text(lang);
    view.kind = q.item.isScored() ? QStringLiteral("rating") : QStringLiteral("yesno");
    view.survey = def.title().text(lang);
    view.surveyKind = kindName(def.kind());
    view.scalePoints = def.scale().points();
    for (const AnswerOption &o : q.item.options)
        view.options.append({o.value, o.label.text(lang)});
    view.answer = m_answers.value(answerKey(def.id(), q.item.key), -1);
    return view;
}

void SurveySession::answer(int value)
{
    if (m_step != Step::Question || !settled())
        return;
    const Question &q = m_questions.at(m_questionIndex);
    bool valid = false;
    for (const AnswerOption &o : q.item.options)
        valid = valid || o.value == value;
    if (!valid)
        return;
    m_answers.insert(answerKey(m_questionnaires.at(q.questionnaire).id(), q.item.key), value);
    emit answersChanged();
    advance();
}

void SurveySession::skipQuestion()
{
    if (m_step != Step::Question || !settled())
        return;
    const Question &q = m_questions.at(m_questionIndex);
    m_answers.remove(answerKey(m_questionnaires.at(q.questionnaire).id(), q.item.key));
    emit answersChanged();
    advance();
}

void SurveySession::advance()
{
    // After the last question comes the gratification statement.
    if (m_questionIndex + 1 < m_questions.size())
        goToQuestion(m_questionIndex + 1);
    else
        setStep(Step::Gratification);
}

qreal SurveySession::progress() const
{
    // Service, the optional profile, every question, the gratification statement and the comment.
    const int profile = m_settings->askProfile() ? 1 : 0;
    const int total = 1 + profile + int(m_questions.size()) + 2;
    int done = 0;
    switch (m_step) {
    case Step::Welcome:
        return 0;
    case Step::Service:
        done = 0;
        break;
    case Step::Profile:
        done = 1;
        break;
    case Step::Question:
        done = 1 + profile + m_questionIndex;
        break;
    case Step::Gratification:
    case Step::GratificationReport:
        done = total - 2;
        break;
    case Step::Comment:
        done = total - 1;
        break;
    case Step::ThankYou:
    case Step::Unavailable:
        return 1;
    case Step::Region:
        done = 0;
        break;
    case Step::Administer:
        done = 1 + profile;
        break;
    }
    return qreal(done) / total;
}

bool SurveySession::canGoBack() const
{
    return m_step != Step::Welcome && m_step != Step::ThankYou && m_step != Step::Unavailable;
}

void SurveySession::back()
{
    if (!canGoBack() || !settled())
        return;
    switch (m_step) {
    case Step::Region:
        reset();
        break;
    case Step::Administer:
        setStep(Step::Profile);
        break;
    case Step::Service:
        if (m_fieldMode)
            setStep(Step::Region);
        else
            reset();
        break;
    case Step::Profile:
        if (m_fieldMode)
            setStep(m_settings->services().size() > 1 ? Step::Service : Step::Region);
        else if (m_settings->services().size() > 1)
            setStep(Step::Service);
        else
            reset();
        break;
    case Step::Question:
        if (m_questionIndex > 0)
            goToQuestion(m_questionIndex - 1);
        else if (m_fieldMode)
            setStep(Step::Administer);
        else if (m_settings->askProfile())
            setStep(Step::Profile);
        else if (m_settings->services().size() > 1)
            setStep(Step::Service);
        else
            reset();
        break;
    case Step::Gratification:
        if (m_questions.isEmpty())
            setStep(m_settings->askProfile() ? Step::Profile : Step::Service);
        else
            goToQuestion(int(m_questions.size()) - 1);
        break;
    case Step::GratificationReport:
        setStep(Step::Gratification);
        break;
    case Step::Comment:
        setStep(m_gratification == QLatin1String("reported") ? Step::GratificationReport : Step::Gratification);
        break;
    default:
        break;
    }
}

void SurveySession::chooseStatement(const QString &statement)
{
    if (m_step != Step::Gratification || (statement != kNoReward && statement != kReported) || !settled())
        return;
    if (m_gratification == statement)
        return;
    m_gratification = statement;
    // The confirm button acts only once the visitor has seen which statement is chosen.
    markShown();
    emit answersChanged();
}

void SurveySession::confirmStatement()
{
    if (m_step != Step::Gratification || m_gratification.isEmpty() || !settled())
        return;
    if (m_gratification == kNoReward) {
        m_report.clear();
        emit answersChanged();
        setStep(Step::Comment);
    } else {
        setStep(Step::GratificationReport);
    }
}

void SurveySession::setReportField(const QString &field, const QString &value)
{
    if (m_step != Step::GratificationReport || !kReportFields.contains(field))
        return;
    // Typed fields change with each key; only the tapped choices need the page to be seen first.
    const bool typed = field == QLatin1String("counter") || field == QLatin1String("note");
    if (!typed && !settled())
        return;
    const QString v = value.trimmed().left(500);
    if (v.isEmpty())
        m_report.remove(field);
    else
        m_report.insert(field, v);
    emit answersChanged();
}

void SurveySession::finishReport()
{
    if (m_step == Step::GratificationReport && settled())
        setStep(Step::Comment);
}

QList<RecordDraft> SurveySession::buildDrafts(const QString &comment) const
{
    const QDateTime now = m_clock->now();
    const qint64 durationMs = m_startedAt.msecsTo(now.toUTC());
    const QStringList misuse = m_guard.assess(now.toUTC(), durationMs, int(m_questions.size()));
    const QMap<QString, QString> &profile = m_profile;
    // The place of a field interview: the receiver's last fix, when the unit allows it and the fix is
    // fresh; never a guess, never a wait. Rounded to about a metre, which is all a receiver knows.
    QJsonObject location;
    if (const std::optional<PositionFix> fix = freshFix(now)) {
        location.insert(QStringLiteral("lat"), std::round(fix->lat * 1e5) / 1e5);
        location.insert(QStringLiteral("lon"), std::round(fix->lon * 1e5) / 1e5);
        if (fix->accuracyM && *fix->accuracyM >= 0)
            location.insert(QStringLiteral("accuracyM"), qint64(std::ceil(*fix->accuracyM)));
    }

    auto base = [&](RecordType type) {
        RecordDraft d;
        d.type = type;
        d.unitCode = m_settings->unitCode();
        d.service = m_service;
        d.language = m_language->language();
        d.capturedAt = now;
        d.officer = m_officerId;
        if (m_fieldMode)
            d.mode = QStringLiteral("field");
        if (!misuse.isEmpty())
            d.flags << flags::kSuspectedMisuse;
        return d;
    };

    QList<RecordDraft> drafts;
    QString remainingComment = comment.trimmed();
    for (const Questionnaire &q : m_questionnaires) {
        ResponseData response;
        for (const Item &item : q.items()) {
            const auto it = m_answers.constFind(answerKey(q.id(), item.key));
            if (it != m_answers.constEnd())
                response.answers.insert(item.key, *it);
        }
        response.scaleMin = q.scale().min;
        response.scaleMax = q.scale().max;
        response.durationMs = durationMs;
        response.profile = profile;
        // The comment belongs to the visit; it is kept once, with the first survey.
        response.comment = std::exchange(remainingComment, QString());
        response.misuse = misuse;
        RecordDraft d = base(RecordType::Response);
        d.questionnaireId = q.id();
        d.questionnaireVersion = q.version();
        d.data = response.toJson();
        if (m_fieldMode) {
            // protocol §2.1: how the answers were given and where.
            d.data.insert(QStringLiteral("administered"), m_administered);
            d.data.insert(QStringLiteral("region"),
                          QJsonObject{{QStringLiteral("code"), m_regionCode}, {QStringLiteral("name"), m_regionName}});
            if (!location.isEmpty())
                d.data.insert(QStringLiteral("location"), location);
        }
        drafts.append(d);
    }

    RecordDraft ack = base(RecordType::GratificationAck);
    ack.questionnaireId = QStringLiteral("gratification-statement");
    ack.questionnaireVersion = kStatementVersion;
    StatementData statement;
    const bool reported = m_gratification == kReported;
    statement.statement = reported ? StatementData::Statement::RewardRequested : StatementData::Statement::NoReward;
    statement.statementText = reported ? tr("I was asked for, or offered, a reward.")
                                       : tr("I did not give any officer a reward of any kind for this service.");
    if (reported) {
        // Kept apart from the answers (docs/adr/0023-kiosk-report-kept-apart.md): the day only, and
        // nothing of the profile, the comment or the visit's duration. It is sealed in the same
        // transaction as the answers, so a report is durable before "thank you" and exactly-once.
        ack.capturedAt = startOfLocalDay(now);
        for (auto it = m_report.begin(); it != m_report.end(); ++it)
            statement.report.insert(it.key(), it.value());
    }
    // A visit without any survey has nowhere else to keep its comment; nothing is there to link it to.
    statement.comment = remainingComment;
    ack.data = statement.toJson();
    drafts.append(ack);
    return drafts;
}

bool SurveySession::submit(const QString &comment)
{
    if (m_step != Step::Comment || !settled())
        return false;
    // The page stops typing at the limit; a longer text from elsewhere is refused, never cut unseen.
    if (comment.trimmed().size() > kCommentLimit) {
        qCWarning(lcSession) << "refused a comment of" << comment.trimmed().size() << "characters; the limit is"
                             << kCommentLimit;
        return false;
    }
    const QList<RecordDraft> drafts = buildDrafts(comment);
    QList<Record> sealed;
    if (const StoreError err = m_store->append(drafts, &sealed); !err.ok()) {
        m_pending = drafts;
        m_errors->reportStore(err);
        qCWarning(lcSession) << "holding a visit of" << drafts.size()
                             << "records in memory until the store can be written; a restart loses it";
        showUnavailable();
        return false;
    }
    m_reportedThisVisit = m_gratification == kReported;
    finishSubmit(int(drafts.size()));
    // Nothing of this visitor stays reachable once their visit is saved.
    m_answers.clear();
    m_profile.clear();
    m_report.clear();
    m_gratification.clear();
    m_service.clear();
    m_thankYouRemaining = m_settings->thankYouSeconds();
    m_thankYouUntil = m_clock->now().addSecs(m_thankYouRemaining);
    emit answersChanged();
    emit thankYouChanged();
    setStep(Step::ThankYou);
    emit saved(sealed);
    emit submitted(m_submittedRecords);
    return true;
}

// What every saved visit starts, whether saved at once or after a held retry: the cooldown.
void SurveySession::finishSubmit(int records)
{
    m_guard.recordSubmission(m_clock->now().toUTC());
    m_submittedRecords = records;
    m_cooldownShown = cooldownRemaining();
    emit cooldownChanged();
}

void SurveySession::reset()
{
    if (m_step == Step::Unavailable)
        return;
    m_thankYouUntil = {};
    m_reportedThisVisit = false;
    m_answers.clear();
    m_profile.clear();
    m_report.clear();
    m_gratification.clear();
    m_service.clear();
    m_administered.clear();
    m_questions.clear();
    m_questionnaires.clear();
    m_questionIndex = 0;
    m_language->setLanguage(m_settings->defaultLanguage());
    emit answersChanged();
    emit questionChanged();
    setStep(Step::Welcome);
}

void SurveySession::finishVisit()
{
    if (m_step == Step::ThankYou && settled())
        reset();
}

void SurveySession::showUnavailable()
{
    m_nextRetryAt = m_clock->now().addSecs(kRetrySeconds);
    m_thankYouUntil = {};
    setStep(Step::Unavailable);
    emit stepChanged(); // heldRecords may have changed while the step stayed "unavailable"
}

void SurveySession::retry()
{
    // A store that failed to open is reopened first; then the visit that waited is saved.
    const bool reopened = !m_store->isOpen();
    StoreError err = reopened ? m_store->open() : StoreError{};
    QList<Record> sealed;
    if (err.ok() && !m_pending.isEmpty())
        err = m_store->append(m_pending, &sealed);
    // Nothing held: the store must be able to take the next visit before the kiosk looks ready again.
    if (err.ok() && m_pending.isEmpty())
        err = checkStorage(*m_store);
    if (!err.ok()) {
        m_errors->reportStore(err);
        m_nextRetryAt = m_clock->now().addSecs(kRetrySeconds);
        return;
    }
    const int savedCount = int(m_pending.size());
    m_pending.clear();
    m_nextRetryAt = {};
    if (reopened)
        emit storeRecovered();
    if (savedCount > 0) {
        qCInfo(lcSession) << "saved the held visit of" << savedCount << "records";
        finishSubmit(savedCount);
        emit saved(sealed);
        emit submitted(savedCount);
    }
    m_errors->clear();
    m_step = Step::Welcome; // leave "unavailable" without going through reset()'s guard
    reset();
    emit stepChanged();
}

void SurveySession::flushHeldVisit()
{
    if (m_pending.isEmpty())
        return;
    retry();
    if (!m_pending.isEmpty())
        qCCritical(lcSession) << "shutting down with a visit of" << m_pending.size()
                              << "records that the store could not save; it is lost:" << m_errors->detail();
}

void SurveySession::setPositionSource(PositionSource *source)
{
    if (m_position) {
        if (m_positioning)
            m_position->stop();
        disconnect(m_position, nullptr, this, nullptr);
    }
    m_position = source;
    m_positioning = false;
    if (m_position)
        connect(m_position, &PositionSource::latestChanged, this, &SurveySession::refreshPositionState);
    updatePositioning();
    refreshPositionState();
}

void SurveySession::updatePositioning()
{
    const bool wanted = m_position && m_fieldMode && m_settings->config().allowLocation;
    if (wanted == m_positioning)
        return;
    m_positioning = wanted;
    if (wanted)
        m_position->start();
    else
        m_position->stop();
    refreshPositionState();
}

std::optional<PositionFix> SurveySession::freshFix(const QDateTime &now) const
{
    if (!m_positioning || !m_position)
        return std::nullopt;
    const std::optional<PositionFix> fix = m_position->latest();
    if (!fix || !fix->at.isValid())
        return std::nullopt;
    // A minute ahead is a receiver's clock a little off, not a fix from the future.
    const qint64 age = fix->at.secsTo(now);
    if (age < -60 || age > kFreshFixSeconds)
        return std::nullopt;
    if (fix->lat < -90 || fix->lat > 90 || fix->lon < -180 || fix->lon > 180)
        return std::nullopt;
    return fix;
}

SurveySession::PositionState SurveySession::positionState() const
{
    if (!m_positioning)
        return PositionState::NotAsked;
    return freshFix(m_clock->now()) ? PositionState::WillBeKept : PositionState::NotYet;
}

// Called on every clock tick too: a fix ages out of freshness without any word from the receiver.
void SurveySession::refreshPositionState()
{
    const PositionState state = positionState();
    if (state == m_positionState)
        return;
    m_positionState = state;
    emit positionStateChanged();
}

void SurveySession::setOfficer(const QString &officerId, bool fieldMode)
{
    m_officerId = officerId;
    m_fieldMode = fieldMode;
    updatePositioning();
}

RegionChoice SurveySession::region() const
{
    RegionChoice r;
    r.code = m_regionCode;
    r.name = m_regionName;
    return r;
}

bool SurveySession::profileComplete() const
{
    for (const QString &key : kProfileFields) {
        if (m_profile.value(key).isEmpty())
            return false;
    }
    return true;
}

void SurveySession::chooseRegion(const QString &code, const QString &name)
{
    if (m_step != Step::Region || !settled())
        return;
    bool known = false;
    for (const RegionEntry &r : m_settings->config().regions)
        known = known || (r.code == code && r.name == name);
    if (!known)
        return;
    m_regionCode = code;
    m_regionName = name;
    emit answersChanged();
    const QList<Service> offered = m_settings->services();
    if (offered.size() == 1) {
        m_service = offered.first().key;
        afterService();
    } else {
        setStep(Step::Service);
    }
}

void SurveySession::chooseAdministered(const QString &how)
{
    if (m_step != Step::Administer || !settled())
        return;
    if (how != fieldformat::kReadAloud && how != fieldformat::kHandedOver)
        return;
    m_administered = how;
    emit answersChanged();
    goToQuestion(0);
}

} // namespace suara
