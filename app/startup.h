#pragma once

class QGuiApplication;
class QQuickWindow;

namespace suara::startup {

// Before QGuiApplication exists: input method (on-screen keyboard) and rendering choices.
void configureEnvironment(bool headless);
// After: identity, pinned Controls style and the kiosk font, the same for the app, tests and tools.
void configureApplication(QGuiApplication &app);

} // namespace suara::startup

namespace suara::startup {

// SIGTERM and SIGINT (Ctrl-C) quit the event loop like a normal exit, so shutdown runs: a visit held
// in memory gets one last try to be saved, and the log says so when it cannot be. Exit code 0.
void quitOnTerminationSignals(QGuiApplication &app);

// For bench/bench_startup: on the window's first swapped frame, prints "first frame" on stdout and
// quits. The floor program of the benchmark calls the same function, so both are timed alike.
void quitOnFirstFrame(QQuickWindow *window);

} // namespace suara::startup
