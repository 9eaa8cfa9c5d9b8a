#pragma once

namespace suara {

// `suara-kiosk --self-test`: compiles every QML file of the app's modules, then walks every screen
// offscreen in both languages and orientations. Any QML error or warning fails it (exit code 1).
int runSelfTest();

} // namespace suara
