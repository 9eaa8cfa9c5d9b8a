#pragma once

class QGuiApplication;

namespace suara::startup {

// Before QGuiApplication exists: input method (on-screen keyboard) and rendering choices.
void configureEnvironment(bool headless);
// After: identity, pinned Controls style and the kiosk font, the same for the app, tests and tools.
void configureApplication(QGuiApplication &app);

} // namespace suara::startup
