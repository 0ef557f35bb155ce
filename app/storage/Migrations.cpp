#include "storage/Migrations.h"

#include "common/Log.h"
#include "i18n/BidiText.h"
#include "storage/CustomerKeys.h"
#include "storage/Database.h"
#include "storage/SchemaHistory.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace {
// Arbitrary key of the PostgreSQL advisory lock that serialises migrations between clients.
constexpr qint64 MigrationLockKey = 0x436f7264'69616c31; // "Cordial1"

Status ensureMetaTable(const Database& db)
{
    return SqlStatement::run(
        db, u"CREATE TABLE IF NOT EXISTS schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
}

Status writeVersion(const Database& db, int version)
{
    SqlStatement upsert(db,
        u"INSERT INTO schema_meta (key, value) VALUES ('schema_version', ?) "
        u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    upsert.bindText(QString::number(version));
    return upsert.exec();
}
} // namespace

int Migrations::latestVersion()
{
    return SchemaHistory::latest();
}

QStringList Migrations::statements(const Database& db, int version)
{
    return SchemaHistory::statements(version, db.isPostgres());
}

Result<int> Migrations::readVersion(const Database& db)
{
    SqlStatement exists(db,
        db.isPostgres() ? u"SELECT count(*) FROM information_schema.tables "
                          u"WHERE table_schema = current_schema() AND table_name = 'schema_meta'"_s
                        : u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_meta'"_s);
    if (const Status status = exists.exec(); !status)
        return status.error();
    if (!exists.next() || exists.integer(0) == 0)
        return 0;
    exists.finish();

    SqlStatement read(db, u"SELECT value FROM schema_meta WHERE key = 'schema_version'"_s);
    if (const Status status = read.exec(); !status)
        return status.error();
    const int version = read.next() ? read.text(0).toInt() : 0;
    read.finish();
    return version;
}

Error Migrations::tooNew(const Database& db, int found)
{
    return Error { Error::Code::DatabaseTooNew,
        tr("The database %1 was written by a newer version of Cordial (schema %2; this version knows up to "
           "%3). It was left untouched: update Cordial to open it.")
            .arg(BidiText::leftToRight(db.config().displayName()))
            .arg(found)
            .arg(SchemaHistory::latest()),
        {} };
}

Error Migrations::needsMigration(const Database& db, int found)
{
    const QString name = BidiText::leftToRight(db.config().displayName());
    const QString command = BidiText::leftToRight(u"cordial migrate --db "_s + db.config().displayName());
    if (found == 0) {
        return Error { Error::Code::DatabaseNeedsMigration,
            tr("The database %1 has no Cordial tables yet. An administrator must set it up first with “%2”.")
                .arg(name, command),
            {} };
    }
    return Error { Error::Code::DatabaseNeedsMigration,
        tr("The database %1 has schema %2, older than this version of Cordial needs (%3). It was left untouched: "
           "an administrator must update it first with “%4”.")
            .arg(name, QString::number(found), QString::number(SchemaHistory::latest()), command),
        {} };
}

Result<int> Migrations::check(const Database& db)
{
    Result<int> version = readVersion(db);
    if (!version)
        return version;
    if (version.value() > SchemaHistory::latest())
        return tooNew(db, version.value());
    if (version.value() < SchemaHistory::latest())
        return needsMigration(db, version.value());
    return version;
}

Result<int> Migrations::apply(const Database& db)
{
    return apply(db, SchemaHistory::latest());
}

Result<int> Migrations::apply(const Database& db, int target)
{
    for (;;) {
        Transaction tx(db);
        if (Status status = tx.begin(); !status)
            return status.error();
        if (db.isPostgres()) {
            SqlStatement lock(db, u"SELECT pg_advisory_xact_lock(?)"_s);
            lock.bindInt(MigrationLockKey);
            if (Status status = lock.exec(); !status)
                return status.error();
            lock.finish();
        }
        Result<int> current = readVersion(db);
        if (!current)
            return current.error();
        const int version = current.value();
        if (version > SchemaHistory::latest())
            return tooNew(db, version);
        if (version >= target) {
            if (Status status = tx.commit(); !status)
                return status.error();
            return version;
        }

        const int next = version + 1;
        qCInfo(lcStorage) << "Migrating" << db.config().displayName() << "to schema version" << next;
        if (Status status = ensureMetaTable(db); !status)
            return status.error();
        for (const QString& sql : statements(db, next)) {
            if (Status status = SqlStatement::run(db, sql); !status)
                return status.error();
        }
        // Schema 6 keys (ICU-folded search terms, phone keys, sort keys) are computed in C++.
        if (next == 6) {
            if (Status status = CustomerKeys::rebuildAll(db); !status)
                return status.error();
        }
        if (Status status = writeVersion(db, next); !status)
            return status.error();
        if (Status status = tx.commit(); !status)
            return status.error();
    }
}
