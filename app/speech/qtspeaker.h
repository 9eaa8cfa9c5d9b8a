#pragma once

#include "speech/speaker.h"

#include <QTextToSpeech>

#include <memory>

namespace suara {

// The kiosk's voice: Qt TextToSpeech (on Debian through speech-dispatcher and espeak-ng, on Android
// through the system's engine). The visitor's language picks the locale before each utterance.
//
// Opening the engine is slow: Qt 6.4 connects to speech-dispatcher on the calling thread, 1-7 s on a
// device where it is not running yet. So the constructor only remembers the engine's name and start()
// opens it; main.cpp calls start() after the kiosk's first frame (issue 10). Until then no voice
// exists, so read-aloud is not available and the pages hide its button; voicesChanged() says when the
// engine is open.
class QtSpeaker : public Speaker
{
    Q_OBJECT

public:
    // `engine` empty: Qt's default engine for the platform.
    explicit QtSpeaker(const QString &engine = {}, QObject *parent = nullptr);

    // Opens the engine (once; later calls do nothing), then emits voicesChanged().
    void start();

    [[nodiscard]] bool canSpeak(const QString &language) const override;
    [[nodiscard]] QStringList voices(const QString &language) const override;
    void setVoice(const QString &name) override { m_voiceName = name; }
    void setRate(double rate) override;
    void say(const QString &text, const QString &language) override;
    void stop() override;

private:
    [[nodiscard]] QList<QVoice> voicesFor(const QString &language) const;
    void onStateChanged(QTextToSpeech::State state);

    QString m_engine;
    std::unique_ptr<QTextToSpeech> m_tts; // null until start()
    double m_rate = 0.0; // kept for an engine opened later
    QString m_voiceName;
    bool m_speaking = false; // between say() and its end; stop() clears it so no finished() follows
};

} // namespace suara
