#pragma once

#include "speech/speaker.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace suara {

class KioskSettings;
class LanguageManager;
class SurveySession;

// Reads a screen aloud: the texts a page hands over (its question, then each option, as the
// questionnaire definitions word them) one after another, in the visitor's language. Any step of the
// visit (an answer, back, a new page, a language switch) stops it. Without a speaker, with read-aloud
// switched off, or without a voice for the visitor's language it is not `available` and the pages
// hide the button; nothing else changes.
class ReadAloud : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    // Which of the texts is being read (-1: none), so a page could mark it.
    Q_PROPERTY(int position READ position NOTIFY speakingChanged)
    // Whether a speaker exists at all, for the admin screen ("no speech engine on this device").
    Q_PROPERTY(bool engineFound READ engineFound NOTIFY availableChanged)
    Q_PROPERTY(QStringList voices READ voices NOTIFY availableChanged)
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY settingsChanged)
    Q_PROPERTY(int rate READ rate WRITE setRate NOTIFY settingsChanged)
    Q_PROPERTY(int rateMin READ rateMin CONSTANT)
    Q_PROPERTY(int rateMax READ rateMax CONSTANT)
    Q_PROPERTY(QString voice READ voice WRITE setVoice NOTIFY settingsChanged)
    Q_PROPERTY(bool everyScreen READ everyScreen WRITE setEveryScreen NOTIFY settingsChanged)

public:
    ReadAloud(KioskSettings *settings, LanguageManager *language, SurveySession *session, QObject *parent = nullptr);

    // The engine to speak through (kept by the caller; nullptr: none). main.cpp gives the Qt one.
    void setSpeaker(Speaker *speaker);

    [[nodiscard]] bool available() const;
    [[nodiscard]] bool speaking() const { return m_position >= 0; }
    [[nodiscard]] int position() const { return m_position; }
    [[nodiscard]] bool engineFound() const { return m_speaker != nullptr; }
    // The voices for the visitor's current language.
    [[nodiscard]] QStringList voices() const;

    [[nodiscard]] bool enabled() const;
    void setEnabled(bool on);
    [[nodiscard]] int rate() const;
    void setRate(int rate);
    [[nodiscard]] int rateMin() const;
    [[nodiscard]] int rateMax() const;
    [[nodiscard]] QString voice() const;
    void setVoice(const QString &name);
    [[nodiscard]] bool everyScreen() const;
    void setEveryScreen(bool on);

    // Reads `texts` in order (empty ones skipped), replacing whatever was being read.
    Q_INVOKABLE void read(const QStringList &texts);
    // A page has appeared with these texts: read them (right after the step that showed the page) when
    // the admin chose "read every screen".
    Q_INVOKABLE void screenShown(const QStringList &texts);
    Q_INVOKABLE void stop();

signals:
    void availableChanged();
    void speakingChanged();
    void settingsChanged();

private:
    void speakNext();
    void applyVoiceSettings();

    KioskSettings *m_settings;
    LanguageManager *m_language;
    QPointer<Speaker> m_speaker;
    QStringList m_queue;
    QString m_queueLanguage;
    std::optional<QStringList> m_shownScreen; // a screen that appeared, read on the next turn of the event loop
    int m_position = -1;
};

} // namespace suara
