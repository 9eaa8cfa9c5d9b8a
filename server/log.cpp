#include "log.h"

#include "protocol/wiretime.h"

#include <QDateTime>
#include <QJsonDocument>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>

namespace suara::server::log {

namespace {
constexpr std::size_t kMaxQueuedLines = 8192;

void writeOut(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
}

// Lines are formatted by the caller and handed to one writer thread, so a slow or blocked stderr (a
// full pipe to a log shipper) never stalls the I/O thread or a worker holding a database transaction.
// The queue is bounded; what does not fit is counted and the count itself is logged.
class Writer
{
public:
    Writer()
        : m_thread([this] { run(); })
    {
    }
    ~Writer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }

    void push(QByteArray line)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_queue.size() >= kMaxQueuedLines) {
                ++m_dropped;
                return;
            }
            m_queue.push_back(std::move(line));
        }
        m_wake.notify_one();
    }

    void flush()
    {
        std::unique_lock lock(m_mutex);
        m_idle.wait(lock, [this] { return (m_queue.empty() && !m_writing) || m_stop; });
    }

private:
    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_dropped > 0 || m_stop; });
            if (m_queue.empty() && m_dropped == 0 && m_stop)
                return;
            std::deque<QByteArray> batch;
            batch.swap(m_queue);
            const quint64 dropped = std::exchange(m_dropped, 0);
            m_writing = true;
            lock.unlock();
            for (const QByteArray &line : batch)
                writeOut(line);
            if (dropped > 0)
                writeOut(format(QStringLiteral("warn"), QStringLiteral("log lines dropped: stderr did not keep up"),
                                {{QStringLiteral("dropped"), qint64(dropped)}}));
            std::fflush(stderr);
            lock.lock();
            m_writing = false;
            if (m_queue.empty())
                m_idle.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<QByteArray> m_queue;
    quint64 m_dropped = 0;
    bool m_writing = false;
    bool m_stop = false;
    std::thread m_thread;
};

std::atomic<bool> g_writerGone = false;

struct WriterHolder
{
    Writer writer;
    ~WriterHolder() { g_writerGone = true; }
};

Writer *writer()
{
    static WriterHolder holder;
    return g_writerGone ? nullptr : &holder.writer;
}
} // namespace

QByteArray format(const QString &level, const QString &message, const QJsonObject &fields)
{
    QJsonObject line = fields;
    line.insert(QStringLiteral("ts"), protocol::formatTime(QDateTime::currentDateTimeUtc()));
    line.insert(QStringLiteral("level"), level);
    line.insert(QStringLiteral("msg"), message);
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

void write(const QString &level, const QString &message, const QJsonObject &fields)
{
    QByteArray text = format(level, message, fields);
    if (Writer *w = writer()) {
        w->push(std::move(text));
        return;
    }
    writeOut(text); // during exit, after the writer thread ended: directly
    std::fflush(stderr);
}

void flush()
{
    if (Writer *w = writer())
        w->flush();
    std::fflush(stderr);
}

void installQtMessageHandler()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        switch (type) {
        case QtDebugMsg:
        case QtInfoMsg:
            write(QStringLiteral("debug"), message);
            break;
        case QtWarningMsg:
            write(QStringLiteral("warn"), message);
            break;
        case QtCriticalMsg:
            write(QStringLiteral("error"), message);
            break;
        case QtFatalMsg:
            write(QStringLiteral("error"), message);
            flush(); // Qt aborts right after
            break;
        }
    });
}

} // namespace suara::server::log
