#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// What the command line asked for.
struct CommandLineOptions
{
    QString databaseSpec; ///< "--db": path, sqlite:PATH or postgresql://user@host:port/db; empty = settings
    bool demo = false;    ///< "--demo": fill an empty database with demo data
    QString language;     ///< "--lang"
    QString agentName;    ///< "--agent"
    /// Numbers and links to call: positional "tel:…", "cordial://call?…", "+91 …" and "--call NUMBER".
    QStringList callRequests;
};

/// What "cordial migrate" was asked for.
struct MigrateOptions
{
    QString databaseSpec; ///< "--db"; empty = the database of the settings, else the default file
};

/// Cordial's command line, with translated help.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /// The "--lang" value, read before the full parse so the help text can be translated.
    static QString peekLanguage(const QStringList& arguments);
    /// Parses `arguments`; "--help" and "--version" print and exit, as do unknown options (code 1).
    static CommandLineOptions parse(const QStringList& arguments);
    /// Parses "cordial migrate [--db SPEC] [--lang CODE]"; "--help" prints and exits, as do unknown
    /// options (code 1).
    static MigrateOptions parseMigrate(const QStringList& arguments);
    /// The call requests in arguments passed on by a second launch (without the program name): every
    /// positional argument and every "--call" value; other options and their values are skipped.
    static QStringList callArguments(const QStringList& arguments);
};
