#pragma once

#include "common/Error.h"
#include "domain/Customer.h"
#include "services/ReadGeneration.h"
#include "storage/CustomerRepository.h"

#include <QString>

#include <functional>
#include <optional>

class Database;
class DatabaseWorker;
class QObject;

/// Customers as the console uses them: search and list pages (read off the GUI thread), look-ups for
/// a screen pop, and new cards from the New call dialog.
class ICustomerService
{
public:
    using PageDone = std::function<void(Result<CustomerPage>)>;
    using CountDone = std::function<void(Result<qint64>)>;

    virtual ~ICustomerService();

    /// Reads the page of matches of `text` after `after` on the read worker; `done` runs on the
    /// thread of `receiver` unless it is gone. A read whose `tag` is stale before it starts is skipped.
    virtual void searchPage(const QString& text, const std::optional<CustomerCursor>& after, int limit,
        const ReadGeneration::Tag& tag, QObject* receiver, PageDone done) = 0;
    /// The number of customers, counted up to `cap` only (on the read worker).
    virtual void countUpTo(qint64 cap, QObject* receiver, CountDone done) = 0;
    virtual Result<std::optional<Customer>> find(qint64 id) = 0;
    /// The customer with the same phone digits, if any (screen pop).
    virtual Result<std::optional<Customer>> findByPhone(const QString& phone) = 0;
    /// Stores a new card; returns it with its id.
    virtual Result<Customer> create(const Customer& customer) = 0;

protected:
    ICustomerService() = default;
    ICustomerService(const ICustomerService&) = default;
    ICustomerService& operator=(const ICustomerService&) = default;
};

/// The real service: look-ups and new cards on the GUI thread's connection, searches and counts on
/// the read worker (its own connection).
class CustomerService final : public ICustomerService
{
public:
    CustomerService(Database& db, DatabaseWorker& reads);

    void searchPage(const QString& text, const std::optional<CustomerCursor>& after, int limit,
        const ReadGeneration::Tag& tag, QObject* receiver, PageDone done) override;
    void countUpTo(qint64 cap, QObject* receiver, CountDone done) override;
    Result<std::optional<Customer>> find(qint64 id) override;
    Result<std::optional<Customer>> findByPhone(const QString& phone) override;
    Result<Customer> create(const Customer& customer) override;

    /// The error a skipped (superseded) read is delivered with; never shown.
    static Error superseded();

private:
    CustomerRepository m_repository;
    DatabaseWorker& m_reads;
};
