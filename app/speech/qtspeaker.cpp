#include "speech/qtspeaker.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QVoice>

Q_LOGGING_CATEGORY(lcSpeech, "suara.app.speech")

namespace suara {

QtSpeaker::QtSpeaker(const QString &engine, QObject *parent)
    : Speaker(parent)
    , m_engine(engine)
{
}

void QtSpeaker::start()
{
    if (m_tts)
        return;
    m_tts = std::make_unique<QTextToSpeech>(m_engine);
    connect(m_tts.get(), &QTextToSpeech::stateChanged, this, &QtSpeaker::onStateChanged);
    connect(m_tts.get(), &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason, const QString &message) {
                qCWarning(lcSpeech) << "speech engine error:" << message;
                m_speaking = false;
                emit failed(message);
            });
    if (m_tts->state() == QTextToSpeech::Error)
        qCWarning(lcSpeech) << "no speech engine:" << m_tts->errorString();
    m_tts->setRate(m_rate);
    emit voicesChanged();
}

void QtSpeaker::setRate(double rate)
{
    m_rate = qBound(-1.0, rate, 1.0);
    if (m_tts)
        m_tts->setRate(m_rate);
}

QList<QVoice> QtSpeaker::voicesFor(const QString &language) const
{
    if (!m_tts || m_tts->state() == QTextToSpeech::Error)
        return {};
    const QLocale::Language wanted = QLocale(language).language();
    QList<QVoice> out;
    for (const QLocale &locale : m_tts->availableLocales()) {
        if (locale.language() != wanted)
            continue;
        // availableVoices() answers for the current locale only, so it is asked per locale.
        QTextToSpeech &tts = *m_tts; // the pointer is const here, the engine is not
        const QLocale previous = tts.locale();
        tts.setLocale(locale);
        out.append(tts.availableVoices());
        tts.setLocale(previous);
    }
    return out;
}

bool QtSpeaker::canSpeak(const QString &language) const
{
    return !voicesFor(language).isEmpty();
}

QStringList QtSpeaker::voices(const QString &language) const
{
    QStringList names;
    for (const QVoice &v : voicesFor(language))
        names.append(v.name());
    return names;
}

void QtSpeaker::say(const QString &text, const QString &language)
{
    const QList<QVoice> voices = voicesFor(language);
    if (voices.isEmpty()) {
        emit failed(QStringLiteral("no voice for language %1").arg(language));
        return;
    }
    QVoice voice = voices.first();
    for (const QVoice &v : voices) {
        if (v.name() == m_voiceName)
            voice = v;
    }
    m_tts->setLocale(QLocale(language));
    m_tts->setVoice(voice);
    m_speaking = true;
    m_tts->say(text);
}

void QtSpeaker::stop()
{
    m_speaking = false;
    if (m_tts)
        m_tts->stop();
}

void QtSpeaker::onStateChanged(QTextToSpeech::State state)
{
    if (state == QTextToSpeech::Ready && m_speaking) {
        m_speaking = false;
        emit finished();
    }
}

} // namespace suara
