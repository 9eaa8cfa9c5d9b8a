#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace suara {

// Walks every kiosk screen in each language and window size, each in a fresh kiosk, and saves one
// PNG per screen when an output folder is given. The self-test runs the same walk without saving.
class ScreenshotTour
{
public:
    struct Options
    {
        QString outputDir; // empty: walk only
        QStringList languages = {QStringLiteral("id"), QStringLiteral("en")};
        QList<QSize> sizes = {QSize(1280, 800), QSize(800, 1280)};
        // "usual" (every screen) and "large" (the visitor screens in large text and high contrast).
        QStringList modes = {QStringLiteral("usual"), QStringLiteral("large")};
    };

    explicit ScreenshotTour(Options options)
        : m_options(std::move(options))
    {
    }

    // Returns the number of screens shown, or -1 when the UI could not be loaded.
    int run();
    [[nodiscard]] QStringList saved() const { return m_saved; }
    [[nodiscard]] QStringList problems() const { return m_problems; }

private:
    int walk();

    Options m_options;
    QStringList m_saved;
    QStringList m_problems;
};

} // namespace suara
