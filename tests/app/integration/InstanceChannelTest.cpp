#include "integration/InstanceChannel.h"

#include "support/QStringPrinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <QtEndian>

#include <cstring>

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int WaitMs = 5000;

// Unique per test so parallel ctest runs and leftovers from a crashed run never collide.
QString uniqueName()
{
    return u"cordial-test-%1-%2"_s.arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
}

QString socketPath(const QString& name)
{
    return QDir::tempPath() + u'/' + name;
}

// Leaves a socket file nobody listens on, as a crashed instance would.
bool createStaleSocket(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address {};
    if (native.size() >= static_cast<qsizetype>(sizeof(address.sun_path)))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, native.constData(), static_cast<size_t>(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const bool bound = ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0;
    ::close(fd);
    return bound;
}

QByteArray frame(quint32 length, const QByteArray& payload)
{
    QByteArray message(4, '\0');
    qToBigEndian<quint32>(length, message.data());
    return message + payload;
}

// Sends raw bytes and waits until they are out of the socket's buffer.
void sendRaw(QLocalSocket& socket, const QString& name, const QByteArray& bytes)
{
    socket.connectToServer(name);
    ASSERT_TRUE(socket.waitForConnected(WaitMs));
    socket.write(bytes);
    while (socket.bytesToWrite() > 0)
        ASSERT_TRUE(socket.waitForBytesWritten(WaitMs));
}

} // namespace

TEST(InstanceChannel, DefaultNameIsPerUserAndStable)
{
    const QString name = InstanceChannel::defaultServerName();
    EXPECT_TRUE(name.startsWith(u"cordial-"_s)) << name.toStdString();
    EXPECT_EQ(name, InstanceChannel::defaultServerName());
    EXPECT_EQ(InstanceChannel().serverName(), name);
}

TEST(InstanceChannel, DeliversArgumentsToTheRunningInstance)
{
    InstanceChannel channel(uniqueName());
    ASSERT_TRUE(channel.listen());
    EXPECT_TRUE(channel.isListening());
    QSignalSpy spy(&channel, &InstanceChannel::requestReceived);

    const QStringList args { u"tel:+91-98480-22338"_s, u"--customer"_s, u"లక్ష్మి رضا"_s };
    ASSERT_TRUE(InstanceChannel::sendToRunning(channel.serverName(), args, WaitMs));
    ASSERT_TRUE(spy.wait(WaitMs));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toStringList(), args);
}

TEST(InstanceChannel, DeliversSeveralRequestsInOrder)
{
    InstanceChannel channel(uniqueName());
    ASSERT_TRUE(channel.listen());
    QSignalSpy spy(&channel, &InstanceChannel::requestReceived);
    ASSERT_TRUE(InstanceChannel::sendToRunning(channel.serverName(), { u"one"_s }, WaitMs));
    ASSERT_TRUE(spy.wait(WaitMs));
    ASSERT_TRUE(InstanceChannel::sendToRunning(channel.serverName(), {}, WaitMs));
    ASSERT_TRUE(spy.wait(WaitMs));
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(0).at(0).toStringList(), QStringList { u"one"_s });
    EXPECT_TRUE(spy.at(1).at(0).toStringList().isEmpty());
}

TEST(InstanceChannel, SendFailsWhenNoInstanceRuns)
{
    EXPECT_FALSE(InstanceChannel::sendToRunning(uniqueName(), { u"tel:123"_s }, 500));
}

TEST(InstanceChannel, SecondInstanceDoesNotTakeOver)
{
    InstanceChannel first(uniqueName());
    ASSERT_TRUE(first.listen());
    InstanceChannel second(first.serverName());
    EXPECT_FALSE(second.listen());
    EXPECT_FALSE(second.isListening());

    // The first one still works; the second's probe connection is not a request.
    QSignalSpy spy(&first, &InstanceChannel::requestReceived);
    ASSERT_TRUE(InstanceChannel::sendToRunning(first.serverName(), { u"still here"_s }, WaitMs));
    ASSERT_TRUE(spy.wait(WaitMs));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toStringList(), QStringList { u"still here"_s });
}

TEST(InstanceChannel, RecoversFromStaleSocket)
{
    const QString name = uniqueName();
    ASSERT_TRUE(createStaleSocket(socketPath(name)));
    ASSERT_TRUE(QFile::exists(socketPath(name)));
    EXPECT_FALSE(InstanceChannel::sendToRunning(name, { u"nobody"_s }, 500));

    InstanceChannel channel(name);
    ASSERT_TRUE(channel.listen());
    QSignalSpy spy(&channel, &InstanceChannel::requestReceived);
    ASSERT_TRUE(InstanceChannel::sendToRunning(name, { u"after crash"_s }, WaitMs));
    ASSERT_TRUE(spy.wait(WaitMs));
    EXPECT_EQ(spy.at(0).at(0).toStringList(), QStringList { u"after crash"_s });
}

TEST(InstanceChannel, RecoversAfterAnInstanceCrashed)
{
    const QString name = uniqueName();
    // A child process becomes the instance and dies without cleaning up: socket and lock stay behind.
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        InstanceChannel crashing(name);
        ::_exit(crashing.listen() ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    ASSERT_EQ(WEXITSTATUS(status), 0);
    ASSERT_TRUE(QFile::exists(socketPath(name)));

    InstanceChannel channel(name);
    ASSERT_TRUE(channel.listen());
    QSignalSpy spy(&channel, &InstanceChannel::requestReceived);
    ASSERT_TRUE(InstanceChannel::sendToRunning(name, { u"recovered"_s }, WaitMs));
    ASSERT_TRUE(spy.wait(WaitMs));
    EXPECT_EQ(spy.at(0).at(0).toStringList(), QStringList { u"recovered"_s });
}

TEST(InstanceChannel, NameIsFreeAgainAfterTheInstanceCloses)
{
    const QString name = uniqueName();
    {
        InstanceChannel first(name);
        ASSERT_TRUE(first.listen());
    }
    InstanceChannel second(name);
    EXPECT_TRUE(second.listen());
}

TEST(InstanceChannel, AcceptsMessageAtTheSizeLimit)
{
    InstanceChannel channel(uniqueName());
    ASSERT_TRUE(channel.listen());
    QSignalSpy spy(&channel, &InstanceChannel::requestReceived);
    // ["xxx…"] is the string plus four bytes of JSON.
    const QStringList args { QString(InstanceChannel::MaxMessageBytes - 4, u'x') };
    ASSERT_TRUE(InstanceChannel::sendToRunning(channel.serverName(), args, WaitMs));
    ASSERT_TRUE(spy.wait(WaitMs));
    EXPECT_EQ(spy.at(0).at(0).toStringList(), args);
}

TEST(InstanceChannel, OversizedMessagesAreRejected)
{
    InstanceChannel channel(uniqueName());
    ASSERT_TRUE(channel.listen());
    QSignalSpy spy(&channel, &InstanceChannel::requestReceived);

    // The sender refuses to build one.
    EXPECT_FALSE(InstanceChannel::sendToRunning(
        channel.serverName(), { QString(InstanceChannel::MaxMessageBytes, u'x') }, WaitMs));

    // A hostile client announcing more is cut off without the server buffering it.
    QLocalSocket client;
    QSignalSpy disconnected(&client, &QLocalSocket::disconnected);
    sendRaw(client, channel.serverName(), frame(InstanceChannel::MaxMessageBytes + 1, "[\"x\"]"));
    ASSERT_TRUE(disconnected.wait(WaitMs));
    EXPECT_EQ(spy.count(), 0);

    // And the channel keeps working.
    ASSERT_TRUE(InstanceChannel::sendToRunning(channel.serverName(), { u"ok"_s }, WaitMs));
    ASSERT_TRUE(spy.wait(WaitMs));
    EXPECT_EQ(spy.count(), 1);
}

TEST(InstanceChannel, MalformedMessagesAreIgnored)
{
    InstanceChannel channel(uniqueName());
    ASSERT_TRUE(channel.listen());
    QSignalSpy spy(&channel, &InstanceChannel::requestReceived);

    const QList<QByteArray> payloads { "not json", "{\"args\":\"x\"}", "{\"database\":\"x\"}", "[\"x\", 1]", "[\"unterminated" };
    for (const QByteArray& payload : payloads) {
        QLocalSocket client;
        QSignalSpy disconnected(&client, &QLocalSocket::disconnected);
        sendRaw(client, channel.serverName(), frame(static_cast<quint32>(payload.size()), payload));
        ASSERT_TRUE(disconnected.wait(WaitMs)) << payload.toStdString();
    }
    // A truncated frame: the client gives up half-way.
    {
        QLocalSocket client;
        sendRaw(client, channel.serverName(), frame(100, "[\"short\"]"));
        client.disconnectFromServer();
    }
    EXPECT_EQ(spy.count(), 0);

    ASSERT_TRUE(InstanceChannel::sendToRunning(channel.serverName(), { u"valid"_s }, WaitMs));
    ASSERT_TRUE(spy.wait(WaitMs));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toStringList(), QStringList { u"valid"_s });
}

namespace {

/// A running instance on a thread of its own, so this thread can wait for its answer as a second
/// process would.
class InstanceOnThread
{
public:
    explicit InstanceOnThread(InstanceChannel::Gate gate)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(&m_context, [this, gate = std::move(gate)] {
            m_channel = new InstanceChannel(uniqueName());
            m_channel->setGate(gate);
            m_listening = m_channel->listen();
            m_name = m_channel->serverName();
            QObject::connect(m_channel, &InstanceChannel::requestReceived, m_channel,
                [this](const QStringList& args) {
                    m_lastArgCount.storeRelease(static_cast<int>(args.size()));
                    m_requests.fetchAndAddOrdered(1);
                });
        }, Qt::BlockingQueuedConnection);
    }
    ~InstanceOnThread()
    {
        QMetaObject::invokeMethod(&m_context, [this] { delete m_channel; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    bool listening() const { return m_listening; }
    QString name() const { return m_name; }
    /// How many requests were taken, and the argument count of the last one.
    int requests() const { return m_requests.loadAcquire(); }
    int lastArgCount() const { return m_lastArgCount.loadAcquire(); }

private:
    QThread m_thread;
    QObject m_context;
    InstanceChannel* m_channel = nullptr;
    bool m_listening = false;
    QString m_name;
    QAtomicInt m_requests {0};
    QAtomicInt m_lastArgCount {0};
};

} // namespace

TEST(InstanceChannel, TheRunningInstanceAnswersWithItsDatabaseAndLanguage)
{
    InstanceOnThread running([](const InstanceChannel::HandOver& request) {
        const bool same = (request.database.isEmpty() || request.database == u"/data/team.sqlite"_s)
            && (request.language.isEmpty() || request.language == u"ur"_s);
        return InstanceChannel::Answer {same, u"/data/team.sqlite"_s, u"ur"_s};
    });
    ASSERT_TRUE(running.listening());

    const std::optional<InstanceChannel::Answer> refused = InstanceChannel::handOver(
        running.name(), {{u"--db"_s, u"/tmp/other.sqlite"_s, u"tel:+911234"_s}, u"/tmp/other.sqlite"_s, {}}, WaitMs);
    ASSERT_TRUE(refused.has_value());
    EXPECT_FALSE(refused->accepted);
    EXPECT_EQ(refused->database, u"/data/team.sqlite"_s);
    EXPECT_EQ(refused->language, u"ur"_s);
    const std::optional<InstanceChannel::Answer> otherLanguage
        = InstanceChannel::handOver(running.name(), {{u"--lang"_s, u"hi"_s}, {}, u"hi"_s}, WaitMs);
    ASSERT_TRUE(otherLanguage.has_value());
    EXPECT_FALSE(otherLanguage->accepted);

    const std::optional<InstanceChannel::Answer> taken = InstanceChannel::handOver(
        running.name(), {{u"--lang"_s, u"ur"_s, u"tel:+911234"_s}, u"/data/team.sqlite"_s, u"ur"_s}, WaitMs);
    ASSERT_TRUE(taken.has_value());
    EXPECT_TRUE(taken->accepted);
    // Connections are served in order: the refused ones came first and were not acted on.
    EXPECT_TRUE(QTest::qWaitFor([&] { return running.requests() > 0; }, WaitMs));
    EXPECT_EQ(running.requests(), 1);
    EXPECT_EQ(running.lastArgCount(), 3);
}

TEST(InstanceChannel, HandOverFailsWhenNoInstanceRuns)
{
    EXPECT_FALSE(InstanceChannel::handOver(uniqueName(), {{u"tel:123"_s}, u"/tmp/x.sqlite"_s, {}}, 500).has_value());
}
