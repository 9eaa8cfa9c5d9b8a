# The kiosk as an Android package (docs/android.md). Only read when configuring with a Qt for Android
# kit (qt-cmake from Qt's android_arm64_v8a install, NDK r25+), never on Debian; there androiddeployqt
# builds the APK from the suara-kiosk target as `cmake --build . --target apk`.
if(NOT ANDROID)
    return()
endif()

set_target_properties(suara-kiosk PROPERTIES
    QT_ANDROID_PACKAGE_SOURCE_DIR "${PROJECT_SOURCE_DIR}/android"
    QT_ANDROID_TARGET_SDK_VERSION 33
    QT_ANDROID_MIN_SDK_VERSION 28
    QT_ANDROID_VERSION_NAME "${PROJECT_VERSION}"
    QT_ANDROID_VERSION_CODE 1)
