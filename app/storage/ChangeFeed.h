#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

class Database;

/// What other Cordial instances change in a team database, as it is committed: PostgreSQL's
/// LISTEN/NOTIFY through Qt's driver (QSqlDriver::subscribeToNotification). Migration 7's triggers
/// send "table:customer id" on the channel cordial_changes for every insert, update or delete of
/// customers, interactions and calls. A SQLite file has one user and no feed.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    static constexpr const char* Channel = "cordial_changes";

    explicit ChangeFeed(QObject* parent = nullptr);
    ~ChangeFeed() override;

    /// Starts listening on `db`'s connection, which must stay open while the feed lives and belong to
    /// this object's thread (its event loop delivers the notifications). Runs one statement (LISTEN).
    Status listen(Database& db);
    /// Stops listening (also done by the destructor while the connection is still open).
    void stop();

Q_SIGNALS:
    /// A customer's card (table "customers"), history entry ("interactions") or call ("calls") changed;
    /// `customerId` is 0 when the row names no customer.
    void changed(const QString& table, qint64 customerId);

private:
    void received(const QString& name, const QVariant& payload);

    Database* m_db = nullptr;
};
