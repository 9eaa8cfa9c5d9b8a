#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace suara {

// What the kiosk needs from a speech engine: speak one text in a language, stop, and say when an
// utterance is done. ReadAloud queues the texts of a screen on top of it; tests use RecordingSpeaker.
class Speaker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Whether a voice for `language` ("id", "en", ...) exists right now. False: the kiosk stays silent.
    [[nodiscard]] virtual bool canSpeak(const QString &language) const = 0;
    // The names of the voices for `language`, for the admin's choice.
    [[nodiscard]] virtual QStringList voices(const QString &language) const = 0;
    // An unknown or empty name means the engine's default voice for the language.
    virtual void setVoice(const QString &name) = 0;
    // -1.0 (slowest) .. 0.0 (normal) .. 1.0 (fastest).
    virtual void setRate(double rate) = 0;
    // Starts speaking `text`; finished() follows when it is done, unless stop() came first.
    virtual void say(const QString &text, const QString &language) = 0;
    virtual void stop() = 0;

signals:
    void finished();
    // The engine failed (after say()); the reading stops, the visit goes on.
    void failed(const QString &message);
    // Voices came or went (an engine that starts late, a voice installed).
    void voicesChanged();
};

} // namespace suara
