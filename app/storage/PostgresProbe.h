#pragma once

#include <QString>

struct DatabaseConfig;

/// Why a PostgreSQL connection failed, asked of libpq directly: Qt's driver reports connection
/// failures without their SQLSTATE, and the English text of libpq is no basis for a decision.
struct PostgresConnectFailure
{
    QString sqlState;           ///< e.g. 28P01 (wrong password), 3D000 (no such database); empty if none
    bool needsPassword = false; ///< the server asked for a password and none was given
    QString detail;             ///< libpq's message, for logs (never contains the password)
};

class PostgresProbe final
{
public:
    /// Connects once more to the server of `config` with libpq and reports how that fails.
    static PostgresConnectFailure diagnose(const DatabaseConfig& config);
};
