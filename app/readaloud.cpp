#include "readaloud.h"

#include "kiosksettings.h"
#include "languagemanager.h"
#include "speech/speaker.h"
#include "surveysession.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReadAloud, "suara.app.readaloud")

namespace suara {

ReadAloud::ReadAloud(KioskSettings *settings, LanguageManager *language, SurveySession *session, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_language(language)
{
    // Connected before any page: a step of the visit stops the old screen's reading before the new
    // screen (when the admin chose "every screen") starts its own.
    connect(session, &SurveySession::stepChanged, this, &ReadAloud::stop);
    connect(session, &SurveySession::questionChanged, this, &ReadAloud::stop);
    connect(session, &SurveySession::answersChanged, this, &ReadAloud::stop);
    connect(m_language, &LanguageManager::languageChanged, this, [this] {
        stop();
        emit availableChanged();
    });
    connect(m_settings, &KioskSettings::changed, this, [this] {
        applyVoiceSettings();
        if (!available())
            stop();
        emit settingsChanged();
        emit availableChanged();
    });
}

void ReadAloud::setSpeaker(Speaker *speaker)
{
    if (m_speaker == speaker)
        return;
    stop();
    if (m_speaker)
        m_speaker->disconnect(this);
    m_speaker = speaker;
    if (m_speaker) {
        connect(m_speaker, &Speaker::finished, this, &ReadAloud::speakNext);
        connect(m_speaker, &Speaker::failed, this, [this](const QString &message) {
            qCWarning(lcReadAloud) << "reading stopped:" << message;
            m_queue.clear();
            m_position = -1;
            emit speakingChanged();
        });
        connect(m_speaker, &Speaker::voicesChanged, this, &ReadAloud::availableChanged);
        applyVoiceSettings();
    }
    emit availableChanged();
}

bool ReadAloud::available() const
{
    return m_speaker && enabled() && m_speaker->canSpeak(m_language->language());
}

QStringList ReadAloud::voices() const
{
    return m_speaker ? m_speaker->voices(m_language->language()) : QStringList{};
}

bool ReadAloud::enabled() const
{
    return m_settings->config().readAloud;
}

void ReadAloud::setEnabled(bool on)
{
    DeviceConfig c = m_settings->config();
    c.readAloud = on;
    m_settings->setConfig(c);
}

int ReadAloud::rate() const
{
    return m_settings->config().speechRate;
}

void ReadAloud::setRate(int rate)
{
    DeviceConfig c = m_settings->config();
    c.speechRate = rate;
    m_settings->setConfig(c);
}

int ReadAloud::rateMin() const
{
    return configrange::kSpeechRate.min;
}

int ReadAloud::rateMax() const
{
    return configrange::kSpeechRate.max;
}

QString ReadAloud::voice() const
{
    return m_settings->config().speechVoice;
}

void ReadAloud::setVoice(const QString &name)
{
    DeviceConfig c = m_settings->config();
    c.speechVoice = name;
    m_settings->setConfig(c);
}

bool ReadAloud::everyScreen() const
{
    return m_settings->config().readEveryScreen;
}

void ReadAloud::setEveryScreen(bool on)
{
    DeviceConfig c = m_settings->config();
    c.readEveryScreen = on;
    m_settings->setConfig(c);
}

void ReadAloud::applyVoiceSettings()
{
    if (!m_speaker)
        return;
    m_speaker->setRate(rate() / 10.0);
    m_speaker->setVoice(voice());
}

void ReadAloud::read(const QStringList &texts)
{
    stop();
    if (!available())
        return;
    for (const QString &t : texts) {
        if (!t.trimmed().isEmpty())
            m_queue.append(t.trimmed());
    }
    m_queueLanguage = m_language->language();
    speakNext();
}

void ReadAloud::screenShown(const QStringList &texts)
{
    if (!everyScreen())
        return;
    // A step of the visit emits several signals, each of which stops the reading; the new screen is
    // read once they have all been delivered, so the stop meant for the old screen cannot end it.
    const bool queued = m_shownScreen.has_value();
    m_shownScreen = texts;
    if (!queued) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                const QStringList shown = m_shownScreen.value_or(QStringList{});
                m_shownScreen.reset();
                read(shown);
            },
            Qt::QueuedConnection);
    }
}

void ReadAloud::stop()
{
    const bool was = speaking();
    m_queue.clear();
    m_position = -1;
    if (was && m_speaker)
        m_speaker->stop();
    if (was)
        emit speakingChanged();
}

void ReadAloud::speakNext()
{
    if (m_queue.isEmpty() || !m_speaker) {
        if (speaking()) {
            m_position = -1;
            emit speakingChanged();
        }
        return;
    }
    ++m_position;
    const QString text = m_queue.takeFirst();
    emit speakingChanged();
    m_speaker->say(text, m_queueLanguage);
}

} // namespace suara
