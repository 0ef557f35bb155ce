#pragma once

#include <QString>
#include <QStringList>

#include <vector>

/// Which backend a migration step is for.
enum class SqlDialect {
    Both,
    SqliteOnly,
    PostgresOnly,
};

/// One statement of a migration. Text for both dialects may use the placeholders of
/// SchemaHistory::render(); a step for one dialect is plain SQL of that dialect.
struct SchemaStep
{
    // Implicit on purpose: a bare string in a migration's list is a step for both dialects.
    constexpr SchemaStep(const char16_t* both) // NOLINT(google-explicit-constructor)
        : sql(both)
    {
    }
    constexpr SchemaStep(SqlDialect only, const char16_t* text)
        : dialect(only)
        , sql(text)
    {
    }

    SqlDialect dialect = SqlDialect::Both;
    const char16_t* sql;
};

/// The schema history: every migration as its list of steps, versions 1..latest(), forward only.
/// A released migration is never edited: existing databases were built by exactly these steps.
class SchemaHistory final
{
public:
    static int latest();
    /// The steps of migration `version` (1..latest()); empty for any other number.
    static std::vector<SchemaStep> steps(int version);
    /// The statements of migration `version` for one backend, placeholders replaced.
    static QStringList statements(int version, bool postgres);
};
