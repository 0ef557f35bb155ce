#include "integration/InstanceChannel.h"

#include "common/Log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QtEndian>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HeaderBytes = 4;

QByteArray encode(const QStringList& args)
{
    const QByteArray payload = QJsonDocument(QJsonArray::fromStringList(args)).toJson(QJsonDocument::Compact);
    if (payload.size() > InstanceChannel::MaxMessageBytes)
        return {};
    QByteArray message(HeaderBytes, '\0');
    qToBigEndian<quint32>(static_cast<quint32>(payload.size()), message.data());
    return message + payload;
}

std::optional<QStringList> decode(const QByteArray& payload)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QStringList args;
    const QJsonArray array = document.array();
    for (const QJsonValue& value : array) {
        if (!value.isString())
            return std::nullopt;
        args << value.toString();
    }
    return args;
}

// The runtime directory is private to the user (0700), so no one else can hold our lock.
QString lockPath(const QString& serverName)
{
    if (QDir::isAbsolutePath(serverName))
        return serverName + u".lock"_s;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return dir + u'/' + serverName + u".lock"_s;
}

} // namespace

InstanceChannel::InstanceChannel(QObject* parent)
    : InstanceChannel(defaultServerName(), parent)
{
}

InstanceChannel::InstanceChannel(const QString& serverName, QObject* parent)
    : QObject(parent)
    , m_serverName(serverName)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::acceptConnections);
}

InstanceChannel::~InstanceChannel()
{
    m_server->close(); // before the lock goes with m_lock, so a successor never sees our socket
}

QString InstanceChannel::defaultServerName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QByteArray key = (user + u'\n' + QDir::homePath()).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16);
    return u"cordial-"_s + QString::fromLatin1(hash);
}

QString InstanceChannel::serverName() const
{
    return m_serverName;
}

bool InstanceChannel::isListening() const
{
    return m_server->isListening();
}

bool InstanceChannel::listen()
{
    if (m_server->isListening())
        return true;

    // With socket options Qt binds in a private directory and renames over the name, which would
    // silently replace a running instance's socket: the lock decides who is primary.
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(lockPath(m_serverName));
        m_lock->setStaleLockTime(0); // stale only when its process is gone, however long it ran
    }
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError)
            qCInfo(lcIntegration) << "Another instance is running on" << m_serverName;
        else
            qCWarning(lcIntegration) << "Cannot create the instance lock for" << m_serverName << m_lock->error();
        return false;
    }

    // We hold the lock: a socket file left under the name belongs to a crashed instance.
    QLocalServer::removeServer(m_serverName);
    if (m_server->listen(m_serverName))
        return true;
    qCWarning(lcIntegration) << "Cannot listen on" << m_serverName << m_server->errorString();
    m_lock->unlock();
    return false;
}

bool InstanceChannel::sendToRunning(const QStringList& args, int timeoutMs)
{
    return sendToRunning(defaultServerName(), args, timeoutMs);
}

bool InstanceChannel::sendToRunning(const QString& serverName, const QStringList& args, int timeoutMs)
{
    const QByteArray message = encode(args);
    if (message.isEmpty()) {
        qCWarning(lcIntegration) << "Arguments too large to hand to the running instance";
        return false;
    }
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    if (socket.write(message) != message.size())
        return false;
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(timeoutMs)) {
            qCWarning(lcIntegration) << "Cannot hand arguments to the running instance:" << socket.errorString();
            return false;
        }
    }
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(timeoutMs);
    return true;
}

void InstanceChannel::acceptConnections()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        QTimer::singleShot(ReadTimeoutMs, socket, [socket] { socket->abort(); });
        // Data may have arrived (and the peer gone) before we connected to readyRead.
        readMessage(socket);
    }
}

void InstanceChannel::readMessage(QLocalSocket* socket)
{
    if (socket->bytesAvailable() < HeaderBytes)
        return;
    const QByteArray header = socket->peek(HeaderBytes);
    const quint32 length = qFromBigEndian<quint32>(header.constData());
    if (length > static_cast<quint32>(MaxMessageBytes)) {
        qCWarning(lcIntegration) << "Refused an instance message of" << length << "bytes";
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < HeaderBytes + static_cast<qint64>(length))
        return;
    socket->skip(HeaderBytes);
    const QByteArray payload = socket->read(length);
    // One message per connection: whatever follows is not read.
    QObject::disconnect(socket, nullptr, this, nullptr);
    socket->disconnectFromServer();
    const std::optional<QStringList> args = decode(payload);
    if (!args) {
        qCWarning(lcIntegration) << "Ignored a malformed instance message";
        return;
    }
    emit requestReceived(*args);
}
