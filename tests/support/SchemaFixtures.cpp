#include "support/SchemaFixtures.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 T0 = 1'767'225'600'000; // 2026-01-01 00:00 UTC in ms

FixtureRow row(const QString& table, QList<QPair<QString, QVariant>> values)
{
    return FixtureRow { table, std::move(values) };
}

QPair<QString, QVariant> v(const QString& column, const QVariant& value)
{
    return { column, value };
}

QPair<QString, QVariant> ms(const QString& column, qint64 value)
{
    return { column, QVariant::fromValue<qint64>(value) };
}

QPair<QString, QVariant> id(const QString& column, qint64 value)
{
    return { column, QVariant::fromValue<qint64>(value) };
}

QString keyWhere(const FixtureRow& r)
{
    return r.values.first().first + u" = ?"_s;
}

bool sameValue(const QVariant& expected, const QVariant& stored)
{
    if (expected.isNull())
        return stored.isNull();
    if (stored.isNull())
        return false;
    switch (expected.typeId()) {
    case QMetaType::Bool:
        // SQLite keeps flags as 0/1, PostgreSQL as booleans.
        return stored.toBool() == expected.toBool() && (stored.typeId() == QMetaType::Bool || stored.toLongLong() <= 1);
    case QMetaType::LongLong:
    case QMetaType::Int:
        return stored.toLongLong() == expected.toLongLong();
    default:
        return stored.toString() == expected.toString();
    }
}
} // namespace

QList<FixtureRow> SchemaFixtures::rowsAddedAt(int version)
{
    switch (version) {
    case 1:
        return {
            row(u"agents"_s, { id(u"id"_s, 7), v(u"name"_s, u"ప్రియ రెడ్డి"_s), v(u"login"_s, u"priya"_s),
                                 v(u"role"_s, u"supervisor"_s), v(u"department"_s, u"Billing"_s), v(u"active"_s, false) }),
            row(u"transfer_targets"_s, { id(u"id"_s, 3), v(u"name"_s, u"Facturació"_s), v(u"kind"_s, u"department"_s),
                                           v(u"extension"_s, u"4021"_s), v(u"active"_s, true) }),
            row(u"customers"_s,
                { id(u"id"_s, 11), v(u"salutation"_s, u"श्रीमती"_s), v(u"given_name"_s, u"सुनीता"_s),
                    v(u"family_name"_s, u"शर्मा"_s), v(u"phone"_s, u"+91 98480 22338"_s),
                    v(u"phone_digits"_s, u"919848022338"_s), v(u"email"_s, u"sunita@example.in"_s),
                    v(u"address"_s, u"12 MG Road, Bengaluru"_s), v(u"preferred_language"_s, u"hi"_s),
                    ms(u"created_ms"_s, T0), v(u"sort_key"_s, u"शर्मा सुनीता"_s) }),
            row(u"customer_search_terms"_s, { v(u"term"_s, u"सुनीता"_s), id(u"customer_id"_s, 11) }),
            row(u"calls"_s,
                { id(u"id"_s, 21), id(u"customer_id"_s, 11), id(u"agent_id"_s, 7), v(u"channel"_s, u"phone"_s),
                    v(u"state"_s, u"closed"_s), v(u"remote_number"_s, u"+91 98480 22338"_s),
                    v(u"script_language"_s, u"te"_s), ms(u"started_ms"_s, T0 + 1000), ms(u"ended_ms"_s, T0 + 90'000),
                    v(u"disposition"_s, u"resolved"_s), v(u"summary"_s, u"بل کی تصحیح"_s) }),
            row(u"call_events"_s,
                { id(u"id"_s, 31), id(u"call_id"_s, 21), v(u"type"_s, u"hold_started"_s), ms(u"at_ms"_s, T0 + 5000),
                    ms(u"monotonic_ms"_s, 4000), v(u"agent_name"_s, u"ప్రియ"_s), v(u"details"_s, u"{\"reason\":\"check\"}"_s) }),
            row(u"interactions"_s,
                { id(u"id"_s, 41), id(u"customer_id"_s, 11), v(u"channel"_s, u"email"_s), v(u"inbound"_s, false),
                    ms(u"occurred_ms"_s, T0 + 100'000), v(u"agent_name"_s, u"Jordi"_s), v(u"subject"_s, u"Rebut"_s),
                    v(u"summary"_s, u"Rebut enviat per correu"_s), id(u"call_id"_s, 21) }),
            row(u"notes"_s, { id(u"id"_s, 51), id(u"customer_id"_s, 11), id(u"call_id"_s, 21),
                                v(u"agent_name"_s, u"ప్రియ"_s), v(u"text"_s, u"ग्राहक ने धन्यवाद कहा"_s),
                                ms(u"updated_ms"_s, T0 + 60'000) }),
            row(u"follow_ups"_s, { id(u"id"_s, 61), id(u"customer_id"_s, 11), id(u"call_id"_s, 21),
                                     id(u"owner_agent_id"_s, 7), ms(u"due_ms"_s, T0 + 86'400'000),
                                     v(u"reason"_s, u"دوبارہ فون کریں"_s), v(u"done"_s, true) }),
            row(u"payment_read_backs"_s, { id(u"id"_s, 71), id(u"call_id"_s, 21), v(u"brand"_s, u"Visa"_s),
                                             v(u"last4"_s, u"4242"_s), v(u"expiry"_s, u"12/29"_s),
                                             v(u"name_on_card"_s, u"SUNITA SHARMA"_s), v(u"confirmed"_s, true),
                                             ms(u"at_ms"_s, T0 + 30'000) }),
        };
    case 2:
        return {
            row(u"call_drafts"_s, { id(u"call_id"_s, 21), v(u"request"_s, u"బిల్లు సరిదిద్దాలి"_s),
                                      v(u"details"_s, u"Card **** 4242"_s), v(u"address"_s, u"Carrer Major 5, Girona"_s),
                                      v(u"script_language"_s, u"ca"_s), ms(u"updated_ms"_s, T0 + 20'000) }),
        };
    case 3:
        return {
            row(u"call_facts"_s,
                { id(u"call_id"_s, 21), id(u"customer_id"_s, 11), id(u"agent_id"_s, 7), v(u"team"_s, u"Billing"_s),
                    v(u"channel"_s, u"phone"_s), v(u"outbound"_s, true), ms(u"started_ms"_s, T0 + 1000),
                    ms(u"ended_ms"_s, T0 + 90'000), v(u"disposition"_s, u"resolved"_s), v(u"missed"_s, false),
                    v(u"interrupted"_s, true), ms(u"ring_ms"_s, 3000), ms(u"talk_ms"_s, 80'000),
                    ms(u"hold_total_ms"_s, 65'000), ms(u"hold_longest_ms"_s, 65'000), id(u"hold_count"_s, 1),
                    id(u"holds_over_limit"_s, 1), id(u"apologies_after_holds"_s, 1), id(u"hold_warnings"_s, 1),
                    v(u"transfer"_s, u"warm"_s), id(u"transfer_target_id"_s, 3), ms(u"after_call_work_ms"_s, 15'000),
                    ms(u"duration_ms"_s, 89'000), id(u"steps_done"_s, 6), id(u"steps_skipped"_s, 2) }),
        };
    default:
        return {};
    }
}

QList<AddedColumn> SchemaFixtures::columnsAddedAt(int version)
{
    if (version != 3)
        return {};
    return {
        { u"calls"_s, u"uid"_s, QVariant() },
        { u"call_events"_s, u"uid"_s, QVariant() },
        { u"call_events"_s, u"agent_id"_s, QVariant() },
        { u"notes"_s, u"uid"_s, QVariant() },
        { u"notes"_s, u"agent_id"_s, QVariant() },
        { u"follow_ups"_s, u"uid"_s, QVariant() },
        { u"payment_read_backs"_s, u"uid"_s, QVariant() },
        { u"interactions"_s, u"agent_id"_s, QVariant() },
        { u"interactions"_s, u"notes"_s, u""_s },
    };
}

QString SchemaFixtures::insert(const Database& db, const FixtureRow& r)
{
    QStringList columns;
    QStringList marks;
    for (const auto& [column, value] : r.values) {
        columns << column;
        marks << u"?"_s;
    }
    QSqlQuery query(db.handle());
    if (!query.prepare(u"INSERT INTO "_s + r.table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
            + marks.join(u", "_s) + u')'))
        return query.lastError().text();
    for (const auto& [column, value] : r.values)
        query.addBindValue(value);
    return query.exec() ? QString() : r.table + u": "_s + query.lastError().text();
}

QString SchemaFixtures::compare(const Database& db, const FixtureRow& r)
{
    QStringList columns;
    for (const auto& [column, value] : r.values)
        columns << column;
    QSqlQuery query(db.handle());
    if (!query.prepare(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + r.table + u" WHERE "_s + keyWhere(r)))
        return query.lastError().text();
    query.addBindValue(r.values.first().second);
    if (!query.exec())
        return r.table + u": "_s + query.lastError().text();
    if (!query.next())
        return r.table + u": row lost"_s;
    QStringList differences;
    for (int i = 0; i < r.values.size(); ++i) {
        const QVariant stored = query.value(i);
        if (!sameValue(r.values.at(i).second, stored)) {
            differences << r.table + u'.' + r.values.at(i).first + u": expected "_s + r.values.at(i).second.toString()
                    + u", found "_s + stored.toString();
        }
    }
    return differences.join(u"; "_s);
}

QVariant SchemaFixtures::valueOf(const Database& db, const FixtureRow& r, const QString& column)
{
    QSqlQuery query(db.handle());
    if (!query.prepare(u"SELECT "_s + column + u" FROM "_s + r.table + u" WHERE "_s + keyWhere(r)))
        return QString(u"<error: "_s + query.lastError().text() + u'>');
    query.addBindValue(r.values.first().second);
    if (!query.exec() || !query.next())
        return QString(u"<error: "_s + query.lastError().text() + u'>');
    return query.value(0);
}
