#pragma once

#include "speech/speaker.h"

#include <QTextToSpeech>

namespace suara {

// The kiosk's voice: Qt TextToSpeech (on Debian through speech-dispatcher and espeak-ng, on Android
// through the system's engine). The visitor's language picks the locale before each utterance.
class QtSpeaker : public Speaker
{
    Q_OBJECT

public:
    // `engine` empty: Qt's default engine for the platform.
    explicit QtSpeaker(const QString &engine = {}, QObject *parent = nullptr);

    [[nodiscard]] bool canSpeak(const QString &language) const override;
    [[nodiscard]] QStringList voices(const QString &language) const override;
    void setVoice(const QString &name) override { m_voiceName = name; }
    void setRate(double rate) override { m_tts.setRate(qBound(-1.0, rate, 1.0)); }
    void say(const QString &text, const QString &language) override;
    void stop() override;

private:
    [[nodiscard]] QList<QVoice> voicesFor(const QString &language) const;
    void onStateChanged(QTextToSpeech::State state);

    QTextToSpeech m_tts;
    QString m_voiceName;
    bool m_speaking = false; // between say() and its end; stop() clears it so no finished() follows
};

} // namespace suara
