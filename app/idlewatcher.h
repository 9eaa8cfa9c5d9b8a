#pragma once

#include <QObject>
#include <QTimer>

namespace suara {

// Watches every touch, click and key press in the application and says when nobody has touched the
// kiosk for the configured time, so the next visitor never sees the previous one's answers.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);

    void setTimeoutSeconds(int seconds);
    void watch(QObject *target);
    void poke();

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace suara
