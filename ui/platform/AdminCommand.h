#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class DatabaseOpener;

/// "cordial admin init" and "cordial admin add-agent": parses the command line, reads passwords from
/// the terminal (without echo) or a file, runs TeamAdministration and prints the outcome. The SQL lives
/// in app/storage; this is only the command's face.
class AdminCommand final
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommand)

public:
    static constexpr int ExitOk = 0;
    static constexpr int ExitUsage = 1;    ///< unknown command, option or invalid input
    static constexpr int ExitDatabase = 2; ///< the database refused or could not be reached

    /// Runs "cordial admin …" (`arguments` as the program got them); returns the exit code.
    static int run(const QStringList& arguments, DatabaseOpener& opener);
};
