#pragma once

#include "common/Error.h"
#include "domain/Customer.h"
#include "storage/CustomerAuditRepository.h"
#include "storage/FollowUpRepository.h"

#include <QList>

#include <functional>

class Clock;
class DatabaseWorker;
class QObject;

/// Changing customer cards: create, edit in place and merge, each stored with its audit trail (who,
/// when, old -> new) in one transaction on the writer's connection; and the reads the card shows
/// beside it (its audit trail, its open follow-ups) on the read worker. Nothing here waits on the
/// database: answers come back through the event loop to `receiver`, unless it is gone.
class ICustomerEditing
{
public:
    using SavedDone = std::function<void(Result<Customer>)>;
    using AuditDone = std::function<void(Result<QList<CustomerAuditEntry>>)>;
    using FollowUpsDone = std::function<void(Result<CustomerFollowUps>)>;

    virtual ~ICustomerEditing();

    /// Checks (CustomerValidation) and stores a new card; `done` gets it as stored, with its id.
    virtual void create(const Customer& customer, QObject* receiver, SavedDone done) = 0;
    /// Checks and stores the edited card (its id names it); `done` gets it as stored after the change,
    /// or why it was not stored (nothing was then).
    virtual void update(const Customer& customer, QObject* receiver, SavedDone done) = 0;
    /// Merges the card `mergedId` into `kept` (CustomerMergeRepository); `done` gets the kept card.
    virtual void merge(const Customer& kept, qint64 mergedId, QObject* receiver, SavedDone done) = 0;
    /// The audit trail of a card, newest first.
    virtual void loadAudit(qint64 customerId, QObject* receiver, AuditDone done) = 0;
    /// A card's open follow-ups: how many, the next due.
    virtual void loadFollowUps(qint64 customerId, QObject* receiver, FollowUpsDone done) = 0;

protected:
    ICustomerEditing() = default;
    ICustomerEditing(const ICustomerEditing&) = default;
    ICustomerEditing& operator=(const ICustomerEditing&) = default;
};

/// The real one, over the read worker and the writer (the connection of the call write queue, so a
/// card change is stored after the call writes queued before it). Every change is signed with the
/// agent signed in and timed by the injected clock, read on the caller's thread when it is asked for.
class CustomerEditing final : public ICustomerEditing
{
public:
    /// The workers are open and they and `clock` outlive the service.
    CustomerEditing(DatabaseWorker& reads, DatabaseWorker& writes, const Clock& clock, qint64 agentId);

    void create(const Customer& customer, QObject* receiver, SavedDone done) override;
    void update(const Customer& customer, QObject* receiver, SavedDone done) override;
    void merge(const Customer& kept, qint64 mergedId, QObject* receiver, SavedDone done) override;
    void loadAudit(qint64 customerId, QObject* receiver, AuditDone done) override;
    void loadFollowUps(qint64 customerId, QObject* receiver, FollowUpsDone done) override;

    /// The most audit lines loadAudit() reads.
    static constexpr int AuditLimit = 500;

    /// The first problem CustomerValidation finds, as an InvalidInput error; none: ok.
    static Status validate(const Customer& customer);

private:
    DatabaseWorker& m_reads;
    DatabaseWorker& m_writes;
    const Clock& m_clock;
    qint64 m_agentId;
};
