#include "integration/InstanceChannel.h"

#include "common/Log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QByteArray frame(const QJsonDocument& document)
{
    const QByteArray payload = document.toJson(QJsonDocument::Compact);
    if (payload.size() > InstanceChannel::MaxMessageBytes)
        return {};
    QByteArray message(HeaderBytes, '\0');
    qToBigEndian<quint32>(static_cast<quint32>(payload.size()), message.data());
    return message + payload;
}

QByteArray encode(const InstanceChannel::HandOver& request)
{
    // Nothing but arguments: the bare array, which every Cordial reads.
    if (request.database.isEmpty() && request.language.isEmpty())
        return frame(QJsonDocument(QJsonArray::fromStringList(request.args)));
    QJsonObject object;
    object.insert(u"args"_s, QJsonArray::fromStringList(request.args));
    object.insert(u"database"_s, request.database);
    object.insert(u"language"_s, request.language);
    return frame(QJsonDocument(object));
}

std::optional<QStringList> decodeArgs(const QJsonValue& value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList args;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (!item.isString())
            return std::nullopt;
        args << item.toString();
    }
    return args;
}

std::optional<InstanceChannel::HandOver> decode(const QByteArray& payload)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    if (document.isArray()) { // the arguments alone
        std::optional<QStringList> args = decodeArgs(document.array());
        if (!args)
            return std::nullopt;
        return InstanceChannel::HandOver {*args, {}, {}};
    }
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    std::optional<QStringList> args = decodeArgs(object.value(u"args"_s));
    if (!args)
        return std::nullopt;
    return InstanceChannel::HandOver {*args, object.value(u"database"_s).toString(),
        object.value(u"language"_s).toString()};
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
    return exchange(serverName, HandOver {args, {}, {}}, timeoutMs, false).has_value();
}

std::optional<InstanceChannel::Answer> InstanceChannel::handOver(
    const QString& serverName, const HandOver& request, int timeoutMs)
{
    return exchange(serverName, request, timeoutMs, true);
}

std::optional<InstanceChannel::Answer> InstanceChannel::exchange(
    const QString& serverName, const HandOver& request, int timeoutMs, bool awaitAnswer)
{
    const QByteArray message = encode(request);
    if (message.isEmpty()) {
        qCWarning(lcIntegration) << "Arguments too large to hand to the running instance";
        return std::nullopt;
    }
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(timeoutMs))
        return std::nullopt;
    if (socket.write(message) != message.size())
        return std::nullopt;
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(timeoutMs)) {
            qCWarning(lcIntegration) << "Cannot hand arguments to the running instance:" << socket.errorString();
            return std::nullopt;
        }
    }
    // The answer: its length, then the JSON. Nothing before the instance hangs up is an older Cordial's
    // way of taking the arguments.
    const auto received = [&socket](qint64 bytes) {
        return socket.bytesAvailable() >= bytes;
    };
    while (awaitAnswer && !received(HeaderBytes) && socket.waitForReadyRead(timeoutMs)) { }
    Answer answer;
    if (awaitAnswer && received(HeaderBytes)) {
        const quint32 length = qFromBigEndian<quint32>(socket.peek(HeaderBytes).constData());
        if (length <= static_cast<quint32>(MaxMessageBytes)) {
            while (!received(HeaderBytes + length) && socket.waitForReadyRead(timeoutMs)) { }
            if (received(HeaderBytes + length)) {
                socket.skip(HeaderBytes);
                const QJsonObject object = QJsonDocument::fromJson(socket.read(length)).object();
                answer.accepted = object.value(u"accepted"_s).toBool(true);
                answer.database = object.value(u"database"_s).toString();
                answer.language = object.value(u"language"_s).toString();
            }
        }
    }
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(timeoutMs);
    return answer;
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
    const std::optional<HandOver> request = decode(payload);
    if (!request) {
        qCWarning(lcIntegration) << "Ignored a malformed instance message";
        socket->disconnectFromServer();
        return;
    }
    const Answer answer = m_gate ? m_gate(*request) : Answer {};
    QJsonObject reply;
    reply.insert(u"accepted"_s, answer.accepted);
    reply.insert(u"database"_s, answer.database);
    reply.insert(u"language"_s, answer.language);
    socket->write(frame(QJsonDocument(reply)));
    socket->flush();
    socket->disconnectFromServer(); // after what was written has gone
    if (!answer.accepted) {
        qCInfo(lcIntegration) << "Refused a hand-over for database" << request->database << "language"
                              << request->language;
        return;
    }
    emit requestReceived(request->args);
}
