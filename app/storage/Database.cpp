#include "storage/Database.h"

#include "common/Log.h"
#include "common/SystemClock.h"
#include "i18n/BidiText.h"
#include "storage/IntegrityMarker.h"
#include "storage/Migrations.h"
#include "storage/PostgresProbe.h"
#include "storage/SqlErrors.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
std::atomic<int> s_connectionCounter { 0 };

/// SQLite files open in this process: how many connections each has, and when it was last checked.
/// The first connection of a session decides on the integrity check; the last one records a clean close.
struct OpenFile
{
    int connections = 0;
    qint64 checkedMs = 0;
};
QMutex s_openFilesMutex;
QHash<QString, OpenFile> s_openFiles;

QDateTime nowUtc(const DatabaseConfig& config)
{
    if (config.clock)
        return config.clock->nowUtc();
    static const SystemClock system;
    return system.nowUtc();
}

Error driverMissing(const QString& driver)
{
    return Error { Error::Code::DatabaseOpenFailed,
        Database::tr("The Qt database driver %1 is not installed.").arg(BidiText::leftToRight(driver)), {} };
}
} // namespace

Database::Database(DatabaseConfig config, QString connectionName)
    : m_config(std::move(config))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_sessionFile.isEmpty()) {
        const QMutexLocker lock(&s_openFilesMutex);
        OpenFile& file = s_openFiles[m_sessionFile];
        if (--file.connections <= 0) {
            // SQLite has checkpointed and removed its log on the last close: the file is as we leave it.
            IntegrityMarker::sessionEnded(m_sessionFile, file.checkedMs);
            s_openFiles.remove(m_sessionFile);
        }
    }
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

Result<int> Database::migrate()
{
    Result<int> version = Migrations::apply(*this);
    if (version)
        m_schemaVersion = version.value();
    return version;
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig& config, Schema schema)
{
    const QString name = u"cordial-db-"_s + QString::number(s_connectionCounter.fetch_add(1));
    // The destructor removes the connection again if anything below fails.
    std::unique_ptr<Database> db(new Database(config, name));
    const Status opened = config.backend == DatabaseConfig::Backend::Sqlite ? db->openSqlite() : db->openPostgres();
    if (!opened)
        return opened.error();
    if (schema == Schema::Auto)
        schema = db->isPostgres() ? Schema::CheckOnly : Schema::Migrate;
    Result<int> version = 0;
    switch (schema) {
    case Schema::Auto:
    case Schema::Migrate:
        version = Migrations::apply(*db);
        break;
    case Schema::CheckOnly:
        version = Migrations::check(*db);
        break;
    case Schema::AsIs:
        version = Migrations::readVersion(*db);
        if (version && version.value() > Migrations::latestVersion())
            return Migrations::tooNew(*db, version.value());
        break;
    }
    if (!version)
        return version.error();
    db->m_schemaVersion = version.value();
    if (!db->isPostgres()) {
        if (Status status = db->proveWritable(); !status)
            return status.error();
    }
    qCDebug(lcStorage) << "Opened" << config.displayName() << "schema version" << db->m_schemaVersion;
    return Result<std::unique_ptr<Database>>(std::move(db));
}

Status Database::openSqlite()
{
    const QString path = m_config.sqlitePath;
    if (path.isEmpty()) {
        return Error { Error::Code::DatabaseOpenFailed, tr("No file name was given for the database."), {} };
    }
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    if (!QDir().mkpath(folder)) {
        return Error { Error::Code::DatabaseOpenFailed,
            tr("The folder %1 for the database cannot be created. Check that you may write there.")
                .arg(BidiText::leftToRight(QDir::toNativeSeparators(folder))),
            {} };
    }
    if (file.exists() && !file.isFile()) {
        return Error { Error::Code::DatabaseOpenFailed,
            tr("%1 is a folder, not a database file.").arg(BidiText::leftToRight(QDir::toNativeSeparators(path))), {} };
    }
    if (!file.exists() && !QFileInfo(folder).isWritable()) {
        return Error { Error::Code::DatabaseOpenFailed,
            tr("The database file cannot be created because the folder %1 is not writable.")
                .arg(BidiText::leftToRight(QDir::toNativeSeparators(folder))),
            {} };
    }

    // Decided before SQLite touches the file: opening creates its "-wal" and "-shm" files.
    const QString sessionFile = file.absoluteFilePath();
    const QDateTime now = nowUtc(m_config);
    qint64 checkedMs = 0;
    {
        const QMutexLocker lock(&s_openFilesMutex);
        const auto open = s_openFiles.constFind(sessionFile);
        if (open != s_openFiles.cend()) {
            checkedMs = open->checkedMs; // another connection of this session checked or trusted it
        } else {
            // A file about to be created is empty: as good as checked now.
            checkedMs = file.exists() ? IntegrityMarker::lastCheckedMs(sessionFile) : now.toMSecsSinceEpoch();
            m_integrityChecked = m_config.checkIntegrityOnOpen && IntegrityMarker::needsCheck(sessionFile, now);
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid())
        return driverMissing(u"QSQLITE"_s);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(qMax(m_config.busyTimeoutMs, 0)));
    if (!db.open())
        return SqlErrors::fromOpen(db.lastError(), m_config);

    // Checks that only read come first: a damaged or too new file must stay exactly as it is.
    if (Status status = SqlStatement::run(*this, u"PRAGMA foreign_keys = ON"_s); !status)
        return status;
    {
        SqlStatement probe(*this, u"SELECT count(*) FROM sqlite_master"_s);
        if (Status status = probe.exec(); !status)
            return status;
    }
    if (m_integrityChecked) {
        SqlStatement check(*this, u"PRAGMA quick_check(1)"_s);
        if (Status status = check.exec(); !status)
            return status;
        const QString verdict = check.next() ? check.text(0) : QString();
        if (verdict != u"ok")
            return SqlErrors::notADatabase(m_config, verdict);
        checkedMs = now.toMSecsSinceEpoch();
    }
    Result<int> version = Migrations::readVersion(*this);
    if (!version)
        return version.error();
    if (version.value() > Migrations::latestVersion())
        return Migrations::tooNew(*this, version.value());

    if (m_config.sqliteCacheKiB > 0) {
        // PRAGMA takes no bound values; the number comes from the program, not from a user.
        const QString cache = u"PRAGMA cache_size = -"_s + QString::number(m_config.sqliteCacheKiB);
        if (Status status = SqlStatement::run(*this, cache); !status)
            return status;
    }
    // Statement journals (every multi-row INSERT inside a transaction writes one) and sorts stay in memory
    // instead of a temporary file written a few bytes at a time: an import wrote ~28 of them per row.
    if (Status status = SqlStatement::run(*this, u"PRAGMA temp_store = MEMORY"_s); !status)
        return status;
    SqlStatement wal(*this, u"PRAGMA journal_mode = WAL"_s);
    if (Status status = wal.exec(); !status)
        return status;
    if (wal.next() && wal.text(0).compare(u"wal", Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << "SQLite kept journal mode" << wal.text(0) << "for" << path;

    const QMutexLocker lock(&s_openFilesMutex);
    OpenFile& open = s_openFiles[sessionFile];
    if (open.connections++ == 0) {
        open.checkedMs = checkedMs;
        IntegrityMarker::sessionStarted(sessionFile);
    }
    m_sessionFile = sessionFile;
    return {};
}

Status Database::proveWritable()
{
    // A read-only file opens and reads fine, and a read-only folder or a full disk only show at the
    // first write: the first call would fail. So write now, in a transaction that commits.
    Transaction tx(*this);
    if (Status status = tx.begin(); !status)
        return status;
    if (Status status = SqlStatement::run(*this,
            u"CREATE TABLE IF NOT EXISTS schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
        !status) {
        return status;
    }
    if (Status status = SqlStatement::run(*this,
            u"INSERT INTO schema_meta (key, value) VALUES ('write_check', 'ok') "
            u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        !status) {
        return status;
    }
    return tx.commit();
}

Status Database::openPostgres()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    if (!db.isValid())
        return driverMissing(u"QPSQL"_s);
    db.setHostName(m_config.host);
    db.setPort(m_config.port);
    db.setDatabaseName(m_config.databaseName);
    db.setUserName(m_config.user);
    db.setPassword(m_config.password);
    db.setConnectOptions(m_config.postgresOptions());
    if (!db.open()) {
        // Qt's driver gives no SQLSTATE for a failed connection: libpq says what it was.
        const PostgresConnectFailure failure = PostgresProbe::diagnose(m_config);
        const QString detail = failure.detail.isEmpty() ? SqlErrors::detailOf(db.lastError()) : failure.detail;
        return SqlErrors::fromPostgresConnect(failure.sqlState, failure.needsPassword, detail, m_config);
    }
    // "relation already exists, skipping" and similar notices are not worth a log line.
    return SqlStatement::run(*this, u"SET client_min_messages TO WARNING"_s);
}
