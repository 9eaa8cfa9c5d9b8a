#pragma once

#include "speech/speaker.h"

#include <QList>

namespace suara {

// A speaker that speaks nothing and remembers what it was asked: the tests check what a visitor would
// hear, in which order and language. Each utterance lasts until finishCurrent() (tests) or, with
// `autoFinish`, until the event loop runs again (the screenshot tour, which only needs the button).
class RecordingSpeaker : public Speaker
{
    Q_OBJECT
    Q_PROPERTY(QStringList spoken READ spoken NOTIFY spokenChanged)
    Q_PROPERTY(QStringList languages READ languages NOTIFY spokenChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY spokenChanged)

public:
    explicit RecordingSpeaker(QStringList voiceLanguages = {QStringLiteral("id"), QStringLiteral("en")},
                              QObject *parent = nullptr)
        : Speaker(parent)
        , m_voiceLanguages(std::move(voiceLanguages))
    {
    }

    [[nodiscard]] bool canSpeak(const QString &language) const override { return m_voiceLanguages.contains(language); }
    [[nodiscard]] QStringList voices(const QString &language) const override
    {
        return canSpeak(language) ? QStringList{QStringLiteral("test-") + language} : QStringList{};
    }
    void setVoice(const QString &name) override { m_voice = name; }
    void setRate(double rate) override { m_rate = rate; }
    void say(const QString &text, const QString &language) override
    {
        m_spoken.append(text);
        m_languages.append(language);
        m_busy = true;
        emit spokenChanged();
        if (m_autoFinish)
            QMetaObject::invokeMethod(this, &RecordingSpeaker::finishCurrent, Qt::QueuedConnection);
    }
    void stop() override
    {
        m_busy = false;
        ++m_stops;
        emit spokenChanged();
    }

    [[nodiscard]] QStringList spoken() const { return m_spoken; }
    [[nodiscard]] QStringList languages() const { return m_languages; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] int stops() const { return m_stops; }
    [[nodiscard]] double rate() const { return m_rate; }
    [[nodiscard]] QString voice() const { return m_voice; }
    void setAutoFinish(bool on) { m_autoFinish = on; }
    Q_INVOKABLE void setVoiceLanguages(const QStringList &languages)
    {
        m_voiceLanguages = languages;
        emit voicesChanged();
    }

    // The current utterance is over: the engine would now report it finished.
    Q_INVOKABLE void finishCurrent()
    {
        if (!m_busy)
            return;
        m_busy = false;
        emit spokenChanged();
        emit finished();
    }
    Q_INVOKABLE void clear()
    {
        m_spoken.clear();
        m_languages.clear();
        emit spokenChanged();
    }

signals:
    void spokenChanged();

private:
    QStringList m_voiceLanguages;
    QStringList m_spoken;
    QStringList m_languages;
    QString m_voice;
    double m_rate = 0;
    int m_stops = 0;
    bool m_busy = false;
    bool m_autoFinish = false;
};

} // namespace suara
