#include "storage/DatabaseConfig.h"

#include "i18n/BidiText.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
Error invalid(const QString& message, const QString& detail = {})
{
    return Error { Error::Code::InvalidArgument, message, detail };
}

QString absolutePath(const QString& path)
{
    QString expanded = path;
    if (expanded == u"~" || expanded.startsWith(u"~/"))
        expanded.replace(0, 1, QDir::homePath());
    return QDir::cleanPath(QFileInfo(expanded).absoluteFilePath());
}

Result<DatabaseConfig> parsePostgres(const QString& spec)
{
    const QUrl url(spec, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return invalid(DatabaseConfig::tr("The server address \"%1\" is not valid. Use "
                                          "postgresql://user@host:port/database.")
                           .arg(BidiText::leftToRight(url.toString(QUrl::RemovePassword))),
            url.errorString());
    }
    DatabaseConfig config;
    config.backend = DatabaseConfig::Backend::Postgres;
    config.host = url.host();
    config.port = url.port(5432);
    config.user = url.userName(QUrl::FullyDecoded);
    config.password = url.password(QUrl::FullyDecoded);
    QString name = url.path(QUrl::FullyDecoded);
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    config.databaseName = name.isEmpty() ? u"cordial"_s : name;

    const QUrlQuery query(url);
    if (query.hasQueryItem(u"connect_timeout"_s)) {
        bool ok = false;
        const int seconds = query.queryItemValue(u"connect_timeout"_s).toInt(&ok);
        if (!ok || seconds < 1)
            return invalid(DatabaseConfig::tr("The connection timeout must be a whole number of seconds."));
        config.connectTimeoutSeconds = seconds;
    }
    if (query.hasQueryItem(u"sslmode"_s)) {
        static const QStringList modes {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s,
            u"verify-full"_s};
        const QString mode = query.queryItemValue(u"sslmode"_s);
        if (!modes.contains(mode)) {
            //: keep the sslmode values as they are
            return invalid(DatabaseConfig::tr("The TLS mode %1 is not known. Use disable, allow, prefer, require, "
                                              "verify-ca or verify-full.")
                               .arg(BidiText::leftToRight(mode)));
        }
        config.sslMode = mode;
    }
    config.sslRootCert = query.queryItemValue(u"sslrootcert"_s, QUrl::FullyDecoded);
    return config;
}
} // namespace

Result<DatabaseConfig> DatabaseConfig::parse(QStringView spec)
{
    const QString text = spec.trimmed().toString();
    if (text.isEmpty())
        return invalid(tr("No database location was given."));

    if (text.startsWith(u"postgresql://", Qt::CaseInsensitive) || text.startsWith(u"postgres://", Qt::CaseInsensitive))
        return parsePostgres(text);

    QString path = text;
    if (path.startsWith(u"sqlite:", Qt::CaseInsensitive)) {
        path.remove(0, 7);
        if (path.startsWith(u"//"))
            path.remove(0, 2);
        if (path.isEmpty())
            return invalid(tr("The SQLite location \"%1\" names no file.").arg(BidiText::leftToRight(text)));
    } else {
        static const QRegularExpression otherScheme(u"^[A-Za-z][A-Za-z0-9+.-]+://"_s);
        if (otherScheme.match(path).hasMatch()) {
            return invalid(tr("The database location \"%1\" is not supported. Use a file path or a "
                              "postgresql:// address.")
                               .arg(BidiText::leftToRight(QUrl(text).toString(QUrl::RemovePassword))));
        }
    }
    DatabaseConfig config;
    config.backend = Backend::Sqlite;
    config.sqlitePath = absolutePath(path);
    return config;
}

DatabaseConfig DatabaseConfig::defaultSqlite()
{
    DatabaseConfig config;
    config.backend = Backend::Sqlite;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    config.sqlitePath = QDir(dir).filePath(u"cordial.sqlite"_s);
    return config;
}

QString DatabaseConfig::displayName() const
{
    if (backend == Backend::Sqlite)
        return QDir::toNativeSeparators(sqlitePath);
    QUrlQuery query;
    if (sslMode != u"prefer")
        query.addQueryItem(u"sslmode"_s, sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, sslRootCert);
    return query.isEmpty() ? secretKey() : secretKey() + u'?' + query.toString(QUrl::FullyEncoded);
}

QString DatabaseConfig::postgresOptions() const
{
    // Values come from parse(): a known sslmode, a path without ';' is the caller's business.
    QString options = u"connect_timeout="_s + QString::number(qMax(connectTimeoutSeconds, 1));
    options += u";sslmode="_s + sslMode;
    if (!sslRootCert.isEmpty())
        options += u";sslrootcert="_s + sslRootCert;
    return options;
}

QString DatabaseConfig::secretKey() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + databaseName);
    return url.toString();
}
