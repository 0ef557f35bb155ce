#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

class Database;

/// One row a test writes into a database of an older schema, by column name.
struct FixtureRow
{
    QString table;
    QList<QPair<QString, QVariant>> values; ///< the first one is the key ("id" or "call_id")
};

/// A column a migration adds to a table that existed before, with the value old rows get.
struct AddedColumn
{
    QString table;
    QString column;
    QVariant value; ///< null QVariant = NULL
};

/// Rows for the upgrade-with-data tests: per schema version, rows for what that version added, in
/// Telugu, Hindi, Urdu and Catalan text. Test support may hold SQL; the program's SQL stays in storage.
class SchemaFixtures final
{
public:
    /// Rows for the tables migration `version` created (insert in this order: references come first).
    static QList<FixtureRow> rowsAddedAt(int version);
    /// Columns migration `version` added to tables of earlier versions.
    static QList<AddedColumn> columnsAddedAt(int version);

    /// Inserts `row` into `db`; an empty string on success, else the driver's error.
    static QString insert(const Database& db, const FixtureRow& row);
    /// Compares the stored row with `row`: an empty string when every value survived, else what differs.
    static QString compare(const Database& db, const FixtureRow& row);
    /// The value of `column` in the row of `table` keyed like `row` (for added columns).
    static QVariant valueOf(const Database& db, const FixtureRow& row, const QString& column);
};
