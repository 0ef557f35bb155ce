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
};
