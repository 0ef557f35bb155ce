#include "storage/PostgresProbe.h"

#include "storage/DatabaseConfig.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QRegularExpression>

#include <libpq-fe.h>
#include <poll.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
struct ConnectionDeleter
{
    void operator()(PGconn* connection) const { PQfinish(connection); }
};
} // namespace

PostgresConnectFailure PostgresProbe::diagnose(const DatabaseConfig& config)
{
    const QByteArray host = config.host.toUtf8();
    const QByteArray port = QByteArray::number(config.port);
    const QByteArray name = config.databaseName.toUtf8();
    const QByteArray user = config.user.toUtf8();
    const QByteArray password = config.password.toUtf8();
    const int timeoutSeconds = qMax(config.connectTimeoutSeconds, 1);
    const QByteArray timeout = QByteArray::number(timeoutSeconds);
    const QByteArray sslMode = config.sslMode.toUtf8();
    const QByteArray rootCert = config.sslRootCert.toUtf8();
    const char* const keys[] = { "host", "port", "dbname", "user", "password", "connect_timeout", "sslmode",
        rootCert.isEmpty() ? nullptr : "sslrootcert", nullptr };
    const char* const values[] = { host.constData(), port.constData(), name.constData(), user.constData(),
        password.constData(), timeout.constData(), sslMode.constData(), rootCert.constData(), nullptr };

    PostgresConnectFailure failure;
    const std::unique_ptr<PGconn, ConnectionDeleter> connection(PQconnectStartParams(keys, values, 0));
    if (!connection)
        return failure;
    // With this verbosity, an error the server sends while connecting reads "FATAL:  <SQLSTATE>".
    PQsetErrorVerbosity(connection.get(), PQERRORS_SQLSTATE);
    const QDeadlineTimer deadline(std::chrono::seconds(timeoutSeconds + 1));
    PostgresPollingStatusType polling = PGRES_POLLING_WRITING;
    while (polling != PGRES_POLLING_OK && polling != PGRES_POLLING_FAILED && !deadline.hasExpired()) {
        pollfd wait { PQsocket(connection.get()),
            static_cast<short>(polling == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0 };
        if (wait.fd < 0)
            break;
        ::poll(&wait, 1, static_cast<int>(qMax<qint64>(deadline.remainingTime(), 0)));
        polling = PQconnectPoll(connection.get());
    }
    failure.detail = QString::fromUtf8(PQerrorMessage(connection.get())).trimmed();
    if (PQstatus(connection.get()) == CONNECTION_OK)
        return failure; // it works now: a passing failure, reported as unreachable by the caller
    failure.needsPassword = PQconnectionNeedsPassword(connection.get()) != 0;
    static const QRegularExpression state(u"(?:FATAL|ERROR|PANIC):\\s+([0-9A-Z]{5})\\s*$"_s);
    const QRegularExpressionMatch match = state.match(failure.detail);
    if (match.hasMatch())
        failure.sqlState = match.captured(1);
    return failure;
}
