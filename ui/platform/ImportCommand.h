#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Clock;
class Database;

/// What "cordial import" was asked for.
struct ImportCommandOptions
{
    QString file;
    QString databaseSpec; ///< "--db"; empty = the database of the settings, else the default file
    QString encoding;     ///< "--encoding": the encoding of a file that is not UTF-8
    bool dryRun = false;
    bool json = false;
    bool allOrNothing = false;
};

/// "cordial import FILE.csv": imports customers on the terminal (progress on stderr, the result on
/// stdout; with --dry-run --json one JSON object per row, then a summary object).
class ImportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    /// Exit codes (also in README and --help).
    static constexpr int ExitOk = 0;            ///< every row imported (or would be), duplicates skipped
    static constexpr int ExitUsage = 1;         ///< bad command line
    static constexpr int ExitDatabase = 2;      ///< the database could not be opened or written: unchanged
    static constexpr int ExitFile = 6;          ///< the file cannot be read: missing, encoding, no columns
    static constexpr int ExitRowsRefused = 7;   ///< some rows were refused; the others were imported, or
                                                ///< none with --all-or-nothing

    /// Parses "cordial import FILE [--db SPEC] [--dry-run] [--json] [--encoding NAME] [--all-or-nothing]
    /// [--lang CODE]"; "--help" prints and exits, as do unknown options (code 1).
    static ImportCommandOptions parse(const QStringList& arguments);
    /// The region of the system locale ("IN" for hi_IN), for national numbers of rows without a country.
    /// TODO(#14): the team's default region from Settings once the search work adds it.
    static QString systemRegion();
    /// Runs the import into `db` and returns the exit code.
    static int run(const ImportCommandOptions& options, Database& db, const Clock& clock);
};
