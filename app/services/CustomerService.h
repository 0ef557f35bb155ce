#pragma once

#include "common/Error.h"
#include "domain/Customer.h"
#include "services/ReadGeneration.h"
#include "storage/CustomerRepository.h"

#include <QString>

#include <functional>
#include <optional>

class DatabaseWorker;
class QObject;

/// Customers as the console uses them: search and list pages, look-ups for a screen pop or a recovered
/// call, and new cards from the New call dialog. Nothing here waits on the database: reads run on the
/// read worker, new cards on the writer's connection, and every answer comes back through the event loop.
class ICustomerService
{
public:
    using PageDone = std::function<void(Result<CustomerPage>)>;
    using CountDone = std::function<void(Result<qint64>)>;
    using FoundDone = std::function<void(Result<std::optional<Customer>>)>;
    using CreatedDone = std::function<void(Result<Customer>)>;

    virtual ~ICustomerService();

    /// Reads the page of matches of `text` after `after` on the read worker; `done` runs on the
    /// thread of `receiver` unless it is gone. A read whose `tag` is stale before it starts is skipped.
    virtual void searchPage(const QString& text, const std::optional<CustomerCursor>& after, int limit,
        const ReadGeneration::Tag& tag, QObject* receiver, PageDone done) = 0;
    /// The number of customers, counted up to `cap` only (on the read worker).
    virtual void countUpTo(qint64 cap, QObject* receiver, CountDone done) = 0;
    /// The customer with `id`, if any (a recovered call's), read on the read worker; `done` runs on the
    /// thread of `receiver` unless it is gone.
    virtual void find(qint64 id, QObject* receiver, FoundDone done) = 0;
    /// The customer with the same phone digits, if any (screen pop, New call), read on the read worker.
    /// A look-up whose `tag` is stale before it starts is skipped (delivered as superseded()); one that
    /// goes stale while it runs is delivered, and the caller drops it by its tag.
    virtual void findByPhone(const QString& phone, const ReadGeneration::Tag& tag, QObject* receiver, FoundDone done)
        = 0;
    /// Stores a new card on the writer's connection (after the call writes queued before it); `done`
    /// gets it with its id, or why it was not stored, on the thread of `receiver` unless it is gone.
    virtual void create(const Customer& customer, QObject* receiver, CreatedDone done) = 0;

protected:
    ICustomerService() = default;
    ICustomerService(const ICustomerService&) = default;
    ICustomerService& operator=(const ICustomerService&) = default;
};

/// The real service: searches, counts and look-ups on the read worker (its own connection), new cards
/// on the writer (the connection of the call write queue).
class CustomerService final : public ICustomerService
{
public:
    /// Both workers are open and outlive the service.
    CustomerService(DatabaseWorker& reads, DatabaseWorker& writes);

    void searchPage(const QString& text, const std::optional<CustomerCursor>& after, int limit,
        const ReadGeneration::Tag& tag, QObject* receiver, PageDone done) override;
    void countUpTo(qint64 cap, QObject* receiver, CountDone done) override;
    void find(qint64 id, QObject* receiver, FoundDone done) override;
    void findByPhone(const QString& phone, const ReadGeneration::Tag& tag, QObject* receiver, FoundDone done) override;
    void create(const Customer& customer, QObject* receiver, CreatedDone done) override;

    /// The error a skipped (superseded) read is delivered with; never shown.
    static Error superseded();
    static bool isSuperseded(const Error& error) { return error.detail == superseded().detail; }

private:
    DatabaseWorker& m_reads;
    DatabaseWorker& m_writes;
};
