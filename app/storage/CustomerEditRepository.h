#pragma once

#include "common/Error.h"
#include "domain/Customer.h"

#include <QDateTime>

class Database;

/// New and edited cards with their audit trail: the card and its audit rows in one transaction, so a
/// change is stored with its record or not at all.
class CustomerEditRepository final
{
public:
    explicit CustomerEditRepository(Database& db);

    /// Stores a new card (CustomerRepository::insert) and a "create" audit row by `agentId` at `at`;
    /// returns the card as stored, with its id.
    Result<Customer> create(const Customer& customer, qint64 agentId, const QDateTime& at);
    /// Stores the edited card and one "edit" audit row per changed field (old and new value), by
    /// `agentId` at `at`; returns the card as read back after the change. Nothing changed: no write.
    /// A card gone or merged into another is refused (NotFound) and nothing is written.
    Result<Customer> update(const Customer& customer, qint64 agentId, const QDateTime& at);

private:
    Database& m_db;
};
