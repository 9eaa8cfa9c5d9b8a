#pragma once

#include <QString>
#include <optional>

namespace suara::faultproxy {

// What the proxy does to one HTTP request. Pass forwards it untouched; the others are the failures a
// kiosk meets on real networks: a link that drops mid-request or mid-response, a slow hop, a proxy
// error page, a hotel Wi-Fi login page, a server that never answers.
struct Fault
{
    enum class Kind {
        Pass,
        CutRequest, // forward `bytes` bytes of the request, then drop both connections
        CutResponse, // forward the request; pass `bytes` bytes of the answer, then drop both
        Delay, // hold the request `ms` milliseconds, then forward it
        Reply502, // answer 502 Bad Gateway (HTML) without asking the server
        CaptivePortal, // answer 200 text/html (a login page) without asking the server
        Hang, // swallow the request; answer nothing
    };

    Kind kind = Kind::Pass;
    qint64 bytes = 0;
    int ms = 0;

    // "pass", "cut-request:120", "cut-response:300", "delay:2000", "502", "portal", "hang".
    static std::optional<Fault> parse(const QString &text);
    [[nodiscard]] QString name() const;
};

} // namespace suara::faultproxy
