#include "storage/SchemaHistory.h"

#include "storage/SchemaTeamMode.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace {
constexpr SqlDialect SqliteOnly = SqlDialect::SqliteOnly;
constexpr SqlDialect PostgresOnly = SqlDialect::PostgresOnly;

// One text for both dialects. Placeholders: {ID} primary key column, {BOOL} flag type,
// {KEY} text compared by code point (index ranges and keyset paging must agree with ORDER BY),
// {WITHOUT_ROWID} SQLite table option. Times are BIGINT milliseconds since the epoch, UTC.
const SchemaStep Migration1[] = {
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
const SchemaStep Migration2[] = {
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
const SchemaStep Migration3[] = {
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

// The event log of a call is append-only (issue 11): the database itself refuses to change or delete
// an event. Deleting a call that has events is therefore refused too (the cascade from calls would
// delete them), and so is deleting an agent named by events (the SET NULL would change them): agents
// are deactivated, never deleted. Inserts with ON CONFLICT DO NOTHING on uid stay possible.
const SchemaStep Migration4[] = {
    { SqliteOnly,
        u"CREATE TRIGGER call_events_no_update BEFORE UPDATE ON call_events "
        u"BEGIN SELECT RAISE(ABORT, 'call_events is append-only: events are never changed'); END" },
    { SqliteOnly,
        u"CREATE TRIGGER call_events_no_delete BEFORE DELETE ON call_events "
        u"BEGIN SELECT RAISE(ABORT, 'call_events is append-only: events are never deleted'); END" },
    { PostgresOnly,
        u"CREATE FUNCTION call_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        u"BEGIN RAISE EXCEPTION 'call_events is append-only: % refused', TG_OP "
        u"USING ERRCODE = 'restrict_violation'; END $$" },
    { PostgresOnly,
        u"CREATE TRIGGER call_events_append_only BEFORE UPDATE OR DELETE ON call_events "
        u"FOR EACH ROW EXECUTE FUNCTION call_events_append_only()" },
    { PostgresOnly,
        u"CREATE TRIGGER call_events_no_truncate BEFORE TRUNCATE ON call_events "
        u"FOR EACH STATEMENT EXECUTE FUNCTION call_events_append_only()" },
};

// A call's history entry names its follow-up (issue 13): found by the call, as payments already are.
const SchemaStep Migration5[] = {
    u"CREATE INDEX follow_ups_call ON follow_ups (call_id)",
};

// Customers at scale (issue 14). Sections are kept apart so each part of the work edits its own.
const SchemaStep Migration6[] = {
    // Card: country (ISO 3166 region, the default region for the customer's phones), tags (one per
    // line), when the card last changed, and the card it was merged into (merged cards leave search).
    u"ALTER TABLE customers ADD COLUMN country TEXT NOT NULL DEFAULT ''",
    u"ALTER TABLE customers ADD COLUMN tags TEXT NOT NULL DEFAULT ''",
    u"ALTER TABLE customers ADD COLUMN updated_ms BIGINT",
    u"ALTER TABLE customers ADD COLUMN merged_into BIGINT REFERENCES customers (id) ON DELETE SET NULL",
    // Card: its open follow-ups at a glance, and a merge moving a customer's call facts, by index.
    u"CREATE INDEX follow_ups_customer ON follow_ups (customer_id, done, due_ms)",
    u"CREATE INDEX call_facts_customer ON call_facts (customer_id)",

    // Search: the last contact orders equals ("recent customers first").
    u"ALTER TABLE customers ADD COLUMN last_contact_ms BIGINT NOT NULL DEFAULT 0",
    u"CREATE INDEX customers_recent ON customers (last_contact_ms DESC, id DESC)",

    // Phones: every number of a card, position 0 the main one, as typed beside its keys: E.164
    // ("+919848022338", empty when no country is known), the national significant number
    // ("9848022338"), the region it was read for and its digits reversed (suffix search).
    u"CREATE TABLE customer_phones ("
    u" customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    u" position INTEGER NOT NULL,"
    u" number TEXT NOT NULL,"
    u" e164 {KEY} NOT NULL DEFAULT '',"
    u" national {KEY} NOT NULL DEFAULT '',"
    u" region TEXT NOT NULL DEFAULT '',"
    u" reversed {KEY} NOT NULL DEFAULT '',"
    u" last_contact_ms BIGINT NOT NULL DEFAULT 0,"
    u" PRIMARY KEY (customer_id, position))",
    // Each key with the customer's last contact (kept with customers.last_contact_ms): a phone search
    // ranks its matches from the index alone.
    u"CREATE INDEX customer_phones_e164 ON customer_phones (e164, national, last_contact_ms, customer_id)",
    u"CREATE INDEX customer_phones_national ON customer_phones (national, last_contact_ms, customer_id)",
    u"CREATE INDEX customer_phones_reversed ON customer_phones (reversed, last_contact_ms, customer_id)",

    // Search lists: the customers behind each prefix key (SearchTerms::prefixesFor), most recent first,
    // so that a page of a prefix search is read off an index rather than sorted; last_contact_ms follows
    // customers.last_contact_ms in the same transaction.
    u"CREATE TABLE customer_search_prefixes ("
    u" prefix {KEY} NOT NULL,"
    u" last_contact_ms BIGINT NOT NULL,"
    u" customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    u" PRIMARY KEY (prefix, last_contact_ms, customer_id)){WITHOUT_ROWID}",
    u"CREATE INDEX customer_search_prefixes_customer ON customer_search_prefixes (customer_id)",

    // Audit trail of cards: who changed what, when, old -> new; merges and creations too.
    u"CREATE TABLE customer_audit ("
    u" id {ID},"
    u" customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
    u" agent_id BIGINT REFERENCES agents (id) ON DELETE SET NULL,"
    u" changed_ms BIGINT NOT NULL,"
    u" action TEXT NOT NULL,"
    u" field TEXT NOT NULL DEFAULT '',"
    u" old_value TEXT NOT NULL DEFAULT '',"
    u" new_value TEXT NOT NULL DEFAULT '',"
    u" other_customer_id BIGINT REFERENCES customers (id) ON DELETE SET NULL)",
    u"CREATE INDEX customer_audit_customer ON customer_audit (customer_id, changed_ms, id)",

    // History: the pane's filters. search_text holds the subject, summary and notes folded by the program
    // (HistoryText::fold) when it writes the entry; entries written before are lower-cased here, as far as
    // SQL can fold. The channel filter pages by key within one channel.
    u"ALTER TABLE interactions ADD COLUMN search_text TEXT NOT NULL DEFAULT ''",
    u"UPDATE interactions SET search_text = lower(subject || ' ' || summary || ' ' || notes)",
    u"CREATE INDEX interactions_channel ON interactions (customer_id, channel, occurred_ms DESC, id DESC)",
};

struct MigrationSteps
{
    const SchemaStep* first;
    std::size_t count;
};

template <std::size_t N>
constexpr MigrationSteps stepsOf(const SchemaStep (&steps)[N])
{
    return { steps, N };
}

// Team mode on PostgreSQL (issue 15): roles, grants, row-level security, change notifications.
// Its steps live in SchemaTeamMode.cpp (too long to keep here).
const MigrationSteps Migration7 { SchemaTeamMode::steps, SchemaTeamMode::count };

const MigrationSteps History[] = { stepsOf(Migration1), stepsOf(Migration2), stepsOf(Migration3),
    stepsOf(Migration4), stepsOf(Migration5), stepsOf(Migration6), Migration7 };

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
} // namespace

int SchemaHistory::latest()
{
    return static_cast<int>(std::size(History));
}

std::vector<SchemaStep> SchemaHistory::steps(int version)
{
    if (version < 1 || version > latest())
        return {};
    const MigrationSteps& migration = History[version - 1];
    return { migration.first, migration.first + migration.count };
}

QStringList SchemaHistory::statements(int version, bool postgres)
{
    QStringList out;
    for (const SchemaStep& step : steps(version)) {
        switch (step.dialect) {
        case SqlDialect::Both:
            out << render(step.sql, postgres ? PostgresDialect : SqliteDialect);
            break;
        case SqlDialect::SqliteOnly:
            if (!postgres)
                out << QString::fromUtf16(step.sql);
            break;
        case SqlDialect::PostgresOnly:
            if (postgres)
                out << QString::fromUtf16(step.sql);
            break;
        }
    }
    return out;
}
