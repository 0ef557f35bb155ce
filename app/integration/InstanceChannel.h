#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QLocalServer;
class QLockFile;
class QLocalSocket;

/// Keeps Cordial to one instance per user and lets a second launch ("cordial tel:+91...") hand its
/// arguments to the running one. Protocol, one exchange per connection, each message a 4-byte
/// big-endian length then that many bytes of UTF-8 JSON: the second launch sends
/// {"args": [...], "database": "...", "language": "..."} (a bare array of arguments is read too), the
/// running instance answers {"accepted": bool, "database": "...", "language": "..."} with its own
/// database and language, and acts on the arguments only when it accepted them. Messages over
/// MaxMessageBytes are refused and malformed ones ignored; only the same user may connect to the socket.
class InstanceChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceChannel)

public:
    /// Largest accepted payload (the JSON text), in bytes.
    static constexpr int MaxMessageBytes = 64 * 1024;
    /// A connection that has not delivered its message after this long is dropped.
    static constexpr int ReadTimeoutMs = 5000;

    /// What a second launch asks of the running instance.
    struct HandOver
    {
        QStringList args; ///< its command-line arguments, without the program name
        QString database; ///< the database it names (display name); empty: whichever the running one has
        QString language; ///< the language code it names; empty: whichever the running one shows
    };
    /// The running instance's answer: whether it took the arguments, and what it runs with.
    struct Answer
    {
        bool accepted = true;
        QString database;
        QString language;
    };
    /// Decides, in the running instance, whether a hand-over is taken (requestReceived follows) or
    /// refused. Without one, every hand-over is taken.
    using Gate = std::function<Answer(const HandOver& request)>;

    /// `serverName` defaults to defaultServerName(); tests pass a unique name.
    explicit InstanceChannel(QObject* parent = nullptr);
    explicit InstanceChannel(const QString& serverName, QObject* parent = nullptr);
    ~InstanceChannel() override;

    /// "cordial-" plus a hash of the user's name and home directory: one per user, never shared.
    static QString defaultServerName();

    QString serverName() const;

    /// Becomes the primary instance. Returns false when another live instance holds the name (a lock
    /// file in the user's runtime directory decides, so two instances starting together cannot both
    /// win). A socket or lock left by a crashed instance is removed.
    bool listen();
    bool isListening() const;
    void setGate(Gate gate) { m_gate = std::move(gate); }

    /// From a second process: hands `args` to the running instance without waiting for its answer.
    /// Returns false when none is running, the message is too large or it could not be delivered within
    /// `timeoutMs` per step.
    static bool sendToRunning(const QStringList& args, int timeoutMs);
    static bool sendToRunning(const QString& serverName, const QStringList& args, int timeoutMs);
    /// From a second process: hands `request` to the running instance and returns its answer; std::nullopt
    /// when none is running, the message is too large or it could not be delivered within `timeoutMs`
    /// per step. An instance that answers nothing (an older Cordial) took the arguments.
    static std::optional<Answer> handOver(const QString& serverName, const HandOver& request, int timeoutMs);

signals:
    /// A second instance asked for something (its command-line arguments, without the program name).
    void requestReceived(const QStringList& args);

private:
    static std::optional<Answer> exchange(
        const QString& serverName, const HandOver& request, int timeoutMs, bool awaitAnswer);
    void acceptConnections();
    void readMessage(QLocalSocket* socket);

    QString m_serverName;
    QLocalServer* m_server = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    Gate m_gate;
};
