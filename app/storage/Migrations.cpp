#include "storage/Migrations.h"

#include "common/Log.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace {
// One text for both dialects. Placeholders: {ID} primary key column, {BOOL} flag type,
// {KEY} text compared by code point (index ranges and keyset paging must agree with ORDER BY),
// {WITHOUT_ROWID} SQLite table option. Times are BIGINT milliseconds since the epoch, UTC.
const char16_t* const Migration1[] = {
    u"CREATE TABLE agents ("
    u" id {ID},"
    u" name TEXT NOT NULL,"
    u" login TEXT NOT NULL UNIQUE,"
    u" role TEXT NOT NULL DEFAULT 'agent',"
    u" department TEXT NOT NULL DEFAULT '',"
    u" active {BOOL} NOT NULL DEFAULT {TRUE})",

    u"CREATE TABLE transfer_targets ("
    u" id {ID},"
    u" name TEXT NOT NULL,"
    u" kind TEXT NOT NULL DEFAULT 'department',"
    u" extension TEXT NOT NULL DEFAULT '',"
    u" active {BOOL} NOT NULL DEFAULT {TRUE})",

    u"CREATE TABLE customers ("
    u" id {ID},"
    u" salutation TEXT NOT NULL DEFAULT '',"
    u" given_name TEXT NOT NULL DEFAULT '',"
    u" family_name TEXT NOT NULL DEFAULT '',"
    u" phone TEXT NOT NULL DEFAULT '',"
    u" phone_digits TEXT NOT NULL DEFAULT '',"
    u" email TEXT NOT NULL DEFAULT '',"
    u" address TEXT NOT NULL DEFAULT '',"
    u" preferred_language TEXT NOT NULL DEFAULT '',"
    u" created_ms BIGINT,"
    u" sort_key {KEY} NOT NULL DEFAULT '')",
    u"CREATE INDEX customers_sort ON customers (sort_key, id)",
    u"CREATE INDEX customers_phone ON customers (phone_digits)",

    // Every casefolded name word, the phone digits and the e-mail: prefix search by index range.
    u"CREATE TABLE customer_search_terms ("
    u" term {KEY} NOT NULL,"
    u" customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    u" PRIMARY KEY (term, customer_id)){WITHOUT_ROWID}",
    u"CREATE INDEX customer_search_terms_customer ON customer_search_terms (customer_id, term)",

    u"CREATE TABLE calls ("
    u" id {ID},"
    u" customer_id BIGINT REFERENCES customers (id) ON DELETE SET NULL,"
    u" agent_id BIGINT REFERENCES agents (id) ON DELETE SET NULL,"
    u" channel TEXT NOT NULL,"
    u" state TEXT NOT NULL,"
    u" remote_number TEXT NOT NULL DEFAULT '',"
    u" script_language TEXT NOT NULL DEFAULT '',"
    u" started_ms BIGINT NOT NULL,"
    u" ended_ms BIGINT,"
    u" disposition TEXT NOT NULL DEFAULT '',"
    u" summary TEXT NOT NULL DEFAULT '')",
    u"CREATE INDEX calls_started ON calls (started_ms, id)",
    u"CREATE INDEX calls_open ON calls (state, started_ms)",
    u"CREATE INDEX calls_customer ON calls (customer_id, started_ms)",
    u"CREATE INDEX calls_agent ON calls (agent_id, started_ms)",

    // Append-only: the program never updates or deletes these rows.
    u"CREATE TABLE call_events ("
    u" id {ID},"
    u" call_id BIGINT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,"
    u" type TEXT NOT NULL,"
    u" at_ms BIGINT NOT NULL,"
    u" monotonic_ms BIGINT NOT NULL DEFAULT 0,"
    u" agent_name TEXT NOT NULL DEFAULT '',"
    u" details TEXT NOT NULL DEFAULT '{}')",
    u"CREATE INDEX call_events_call ON call_events (call_id, id)",
    u"CREATE INDEX call_events_type ON call_events (type, at_ms)",

    u"CREATE TABLE interactions ("
    u" id {ID},"
    u" customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    u" channel TEXT NOT NULL,"
    u" inbound {BOOL} NOT NULL DEFAULT {TRUE},"
    u" occurred_ms BIGINT NOT NULL,"
    u" agent_name TEXT NOT NULL DEFAULT '',"
    u" subject TEXT NOT NULL DEFAULT '',"
    u" summary TEXT NOT NULL DEFAULT '',"
    u" call_id BIGINT REFERENCES calls (id) ON DELETE SET NULL)",
    u"CREATE INDEX interactions_history ON interactions (customer_id, occurred_ms DESC, id DESC)",
    u"CREATE INDEX interactions_call ON interactions (call_id)",

    u"CREATE TABLE notes ("
    u" id {ID},"
    u" customer_id BIGINT REFERENCES customers (id) ON DELETE CASCADE,"
    u" call_id BIGINT REFERENCES calls (id) ON DELETE CASCADE,"
    u" agent_name TEXT NOT NULL DEFAULT '',"
    u" text TEXT NOT NULL DEFAULT '',"
    u" updated_ms BIGINT NOT NULL)",
    u"CREATE INDEX notes_call ON notes (call_id, id)",
    u"CREATE INDEX notes_customer ON notes (customer_id, updated_ms)",

    u"CREATE TABLE follow_ups ("
    u" id {ID},"
    u" customer_id BIGINT REFERENCES customers (id) ON DELETE CASCADE,"
    u" call_id BIGINT REFERENCES calls (id) ON DELETE SET NULL,"
    u" owner_agent_id BIGINT REFERENCES agents (id) ON DELETE SET NULL,"
    u" due_ms BIGINT NOT NULL,"
    u" reason TEXT NOT NULL DEFAULT '',"
    u" done {BOOL} NOT NULL DEFAULT {FALSE})",
    u"CREATE INDEX follow_ups_due ON follow_ups (owner_agent_id, done, due_ms, id)",

    // Payment read-back (V4, F8): brand, last four digits and expiry only, never the card number.
    u"CREATE TABLE payment_read_backs ("
    u" id {ID},"
    u" call_id BIGINT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,"
    u" brand TEXT NOT NULL DEFAULT '',"
    u" last4 TEXT NOT NULL CHECK (length(last4) = 4),"
    u" expiry TEXT NOT NULL DEFAULT '',"
    u" name_on_card TEXT NOT NULL DEFAULT '',"
    u" confirmed {BOOL} NOT NULL DEFAULT {FALSE},"
    u" at_ms BIGINT NOT NULL)",
    u"CREATE INDEX payment_read_backs_call ON payment_read_backs (call_id)",
};

// Request capture of an open call (F4, F20): saved as the agent types so a crash loses nothing.
// One row per call, replaced on each save; card numbers are masked before they get here.
const char16_t* const Migration2[] = {
    u"CREATE TABLE call_drafts ("
    u" call_id BIGINT PRIMARY KEY REFERENCES calls (id) ON DELETE CASCADE,"
    u" request TEXT NOT NULL DEFAULT '',"
    u" details TEXT NOT NULL DEFAULT '',"
    u" address TEXT NOT NULL DEFAULT '',"
    u" script_language TEXT NOT NULL DEFAULT '',"
    u" updated_ms BIGINT NOT NULL)",
};

// Typed call facts and the ordered write journal (groundwork): every row the program writes during a
// call carries a uid made by the program, so a write replayed from the journal after a crash or a
// lock is stored once. Agents are referenced by id. A closed call gets one call_facts row, written in
// the same transaction as its closing: what supervisor reports read, never parsed from the log.
const char16_t* const Migration3[] = {
    u"ALTER TABLE calls ADD COLUMN uid TEXT",
    u"CREATE UNIQUE INDEX calls_uid ON calls (uid)",
    u"ALTER TABLE call_events ADD COLUMN uid TEXT",
    u"ALTER TABLE call_events ADD COLUMN agent_id BIGINT REFERENCES agents (id) ON DELETE SET NULL",
    u"CREATE UNIQUE INDEX call_events_uid ON call_events (uid)",
    u"ALTER TABLE notes ADD COLUMN uid TEXT",
    u"ALTER TABLE notes ADD COLUMN agent_id BIGINT REFERENCES agents (id) ON DELETE SET NULL",
    u"CREATE UNIQUE INDEX notes_uid ON notes (uid)",
    u"ALTER TABLE follow_ups ADD COLUMN uid TEXT",
    u"CREATE UNIQUE INDEX follow_ups_uid ON follow_ups (uid)",
    u"ALTER TABLE payment_read_backs ADD COLUMN uid TEXT",
    u"CREATE UNIQUE INDEX payment_read_backs_uid ON payment_read_backs (uid)",
    u"ALTER TABLE interactions ADD COLUMN agent_id BIGINT REFERENCES agents (id) ON DELETE SET NULL",
    // The call notes as they were at the close; subject and summary hold only what the agent typed.
    u"ALTER TABLE interactions ADD COLUMN notes TEXT NOT NULL DEFAULT ''",

    u"CREATE TABLE call_facts ("
    u" call_id BIGINT PRIMARY KEY REFERENCES calls (id) ON DELETE CASCADE,"
    u" customer_id BIGINT REFERENCES customers (id) ON DELETE SET NULL,"
    u" agent_id BIGINT REFERENCES agents (id) ON DELETE SET NULL,"
    u" team TEXT NOT NULL DEFAULT '',"
    u" channel TEXT NOT NULL,"
    u" outbound {BOOL} NOT NULL DEFAULT {FALSE},"
    u" started_ms BIGINT NOT NULL,"
    u" ended_ms BIGINT NOT NULL,"
    u" disposition TEXT NOT NULL,"
    u" missed {BOOL} NOT NULL DEFAULT {FALSE},"
    u" interrupted {BOOL} NOT NULL DEFAULT {FALSE},"
    u" ring_ms BIGINT NOT NULL DEFAULT 0,"
    u" talk_ms BIGINT NOT NULL DEFAULT 0,"
    u" hold_total_ms BIGINT NOT NULL DEFAULT 0,"
    u" hold_longest_ms BIGINT NOT NULL DEFAULT 0,"
    u" hold_count INTEGER NOT NULL DEFAULT 0,"
    u" holds_over_limit INTEGER NOT NULL DEFAULT 0,"
    u" apologies_after_holds INTEGER NOT NULL DEFAULT 0,"
    u" hold_warnings INTEGER NOT NULL DEFAULT 0,"
    u" transfer TEXT NOT NULL DEFAULT '',"
    u" transfer_target_id BIGINT REFERENCES transfer_targets (id) ON DELETE SET NULL,"
    u" after_call_work_ms BIGINT NOT NULL DEFAULT 0,"
    u" duration_ms BIGINT NOT NULL DEFAULT 0,"
    u" steps_done INTEGER NOT NULL DEFAULT 0,"
    u" steps_skipped INTEGER NOT NULL DEFAULT 0)",
    u"CREATE INDEX call_facts_started ON call_facts (started_ms, call_id)",
    u"CREATE INDEX call_facts_agent ON call_facts (agent_id, started_ms)",
    u"CREATE INDEX call_facts_team ON call_facts (team, started_ms)",
};

struct Dialect
{
    const char16_t* id;
    const char16_t* boolean;
    const char16_t* trueValue;
    const char16_t* falseValue;
    const char16_t* key;
    const char16_t* withoutRowid;
};

constexpr Dialect SqliteDialect { u"INTEGER PRIMARY KEY", u"INTEGER", u"1", u"0", u"TEXT", u" WITHOUT ROWID" };
constexpr Dialect PostgresDialect { u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", u"BOOLEAN", u"TRUE",
    u"FALSE", u"TEXT COLLATE \"C\"", u"" };

QString render(const char16_t* text, const Dialect& d)
{
    QString sql = QString::fromUtf16(text);
    sql.replace(u"{ID}"_s, QString::fromUtf16(d.id));
    sql.replace(u"{BOOL}"_s, QString::fromUtf16(d.boolean));
    sql.replace(u"{TRUE}"_s, QString::fromUtf16(d.trueValue));
    sql.replace(u"{FALSE}"_s, QString::fromUtf16(d.falseValue));
    sql.replace(u"{KEY}"_s, QString::fromUtf16(d.key));
    sql.replace(u"{WITHOUT_ROWID}"_s, QString::fromUtf16(d.withoutRowid));
    return sql;
}

constexpr int LatestVersion = 3;
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
    return LatestVersion;
}

QStringList Migrations::statements(const Database& db, int version)
{
    const Dialect& dialect = db.isPostgres() ? PostgresDialect : SqliteDialect;
    QStringList out;
    if (version == 1) {
        for (const char16_t* text : Migration1)
            out << render(text, dialect);
    } else if (version == 2) {
        for (const char16_t* text : Migration2)
            out << render(text, dialect);
    } else if (version == 3) {
        for (const char16_t* text : Migration3)
            out << render(text, dialect);
    }
    return out;
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
            .arg(db.config().displayName())
            .arg(found)
            .arg(LatestVersion),
        {} };
}

Result<int> Migrations::apply(const Database& db)
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
        if (version > LatestVersion)
            return tooNew(db, version);
        if (version == LatestVersion) {
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
        if (Status status = writeVersion(db, next); !status)
            return status.error();
        if (Status status = tx.commit(); !status)
            return status.error();
    }
}
