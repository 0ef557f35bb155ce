#include "support/TempDatabase.h"

#include "storage/CustomerRepository.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
bool s_usePostgres = false;
std::atomic<int> s_counter { 0 };

// Runs one statement on the maintenance database of the test server. Test support may hold SQL:
// creating and dropping whole databases is not something the program itself does.
QString runAdmin(const DatabaseConfig& server, const QString& sql)
{
    const QString name = u"cordial-test-admin-"_s + QString::number(s_counter.fetch_add(1));
    QString error;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        admin.setHostName(server.host);
        admin.setPort(server.port);
        admin.setDatabaseName(server.databaseName);
        admin.setUserName(server.user);
        admin.setPassword(server.password);
        admin.setConnectOptions(u"connect_timeout=5"_s);
        if (!admin.open()) {
            error = admin.lastError().text();
        } else {
            QSqlQuery query(admin);
            if (!query.exec(sql))
                error = query.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
} // namespace

bool TempDatabase::usesPostgres()
{
    return s_usePostgres;
}

void TempDatabase::setUsePostgres(bool usePostgres)
{
    s_usePostgres = usePostgres;
}

Result<DatabaseConfig> TempDatabase::serverConfig()
{
    const QString url = qEnvironmentVariable("CORDIAL_TEST_PG");
    if (url.isEmpty())
        return Error { Error::Code::InvalidArgument, u"CORDIAL_TEST_PG is not set"_s, {} };
    Result<DatabaseConfig> parsed = DatabaseConfig::parse(url);
    if (parsed && parsed.value().backend != DatabaseConfig::Backend::Postgres)
        return Error { Error::Code::InvalidArgument, u"CORDIAL_TEST_PG is not a postgresql:// URL"_s, {} };
    return parsed;
}

TempDatabase::TempDatabase(Database::Schema schema)
{
    if (!s_usePostgres) {
        m_config.backend = DatabaseConfig::Backend::Sqlite;
        m_config.sqlitePath = QDir(m_dir.path()).filePath(u"cordial.sqlite"_s);
        m_config.busyTimeoutMs = 500;
    } else {
        Result<DatabaseConfig> server = serverConfig();
        if (!server) {
            m_skipReason = server.error().message + u"; PostgreSQL tests skipped"_s;
            return;
        }
        m_pgDatabaseName = u"cordial_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(s_counter.fetch_add(1));
        const QString error = runAdmin(
            server.value(), u"CREATE DATABASE "_s + m_pgDatabaseName + u" ENCODING 'UTF8' TEMPLATE template0"_s);
        if (!error.isEmpty()) {
            m_openError = u"Cannot create test database: "_s + error;
            m_pgDatabaseName.clear();
            return;
        }
        m_config = server.value();
        m_config.databaseName = m_pgDatabaseName;
    }
    Result<std::unique_ptr<Database>> opened = Database::open(m_config, schema);
    if (opened)
        m_db = opened.take();
    else
        m_openError = opened.error().fullText();
}

TempDatabase::~TempDatabase()
{
    m_db.reset();
    if (!m_pgDatabaseName.isEmpty()) {
        if (Result<DatabaseConfig> server = serverConfig(); server)
            runAdmin(server.value(), u"DROP DATABASE IF EXISTS "_s + m_pgDatabaseName + u" WITH (FORCE)"_s);
    }
}

Result<Customer> addTestCustomer(Database& db, const QString& salutation, const QString& givenName,
                                 const QString& familyName, const QString& phone, const QString& language)
{
    Customer customer;
    customer.salutation = salutation;
    customer.givenName = givenName;
    customer.familyName = familyName;
    customer.phone = phone;
    customer.preferredLanguage = language;
    const Result<qint64> id = CustomerRepository(db).insert(customer);
    if (!id)
        return id.error();
    customer.id = id.value();
    return customer;
}
