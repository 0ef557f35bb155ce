#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLockFile;
class QLocalSocket;

/// Keeps Cordial to one instance per user and lets a second launch ("cordial tel:+91...") hand its
/// arguments to the running one. Protocol, one message per connection: a 4-byte big-endian length,
/// then that many bytes of a UTF-8 JSON array of strings. Messages over MaxMessageBytes are refused
/// and malformed ones ignored; only the same user may connect to the socket.
class InstanceChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceChannel)

public:
    /// Largest accepted payload (the JSON text), in bytes.
    static constexpr int MaxMessageBytes = 64 * 1024;
    /// A connection that has not delivered its message after this long is dropped.
    static constexpr int ReadTimeoutMs = 5000;

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

    /// From a second process: hands `args` to the running instance. Returns false when none is running,
    /// the message is too large or it could not be delivered within `timeoutMs` per step.
    static bool sendToRunning(const QStringList& args, int timeoutMs);
    static bool sendToRunning(const QString& serverName, const QStringList& args, int timeoutMs);

signals:
    /// A second instance asked for something (its command-line arguments, without the program name).
    void requestReceived(const QStringList& args);

private:
    void acceptConnections();
    void readMessage(QLocalSocket* socket);

    QString m_serverName;
    QLocalServer* m_server = nullptr;
    std::unique_ptr<QLockFile> m_lock;
};
