#include "services/CustomerEditing.h"

#include "common/Clock.h"
#include "domain/CustomerValidation.h"
#include "storage/CustomerEditRepository.h"
#include "storage/CustomerMergeRepository.h"
#include "storage/DatabaseWorker.h"

ICustomerEditing::~ICustomerEditing() = default;

CustomerEditing::CustomerEditing(DatabaseWorker& reads, DatabaseWorker& writes, const Clock& clock, qint64 agentId)
    : m_reads(reads)
    , m_writes(writes)
    , m_clock(clock)
    , m_agentId(agentId)
{
}

Status CustomerEditing::validate(const Customer& customer)
{
    const QList<CustomerValidation::Problem> problems = CustomerValidation::check(customer);
    if (problems.isEmpty())
        return {};
    return Error {Error::Code::InvalidInput, problems.first().message, {}};
}

void CustomerEditing::create(const Customer& customer, QObject* receiver, SavedDone done)
{
    const QDateTime at = m_clock.nowUtc();
    m_writes.post<Result<Customer>>(
        [customer, at, agent = m_agentId](Database& db) -> Result<Customer> {
            if (Status status = validate(customer); !status)
                return status.error();
            return CustomerEditRepository(db).create(customer, agent, at);
        },
        receiver, std::move(done));
}

void CustomerEditing::update(const Customer& customer, QObject* receiver, SavedDone done)
{
    const QDateTime at = m_clock.nowUtc();
    m_writes.post<Result<Customer>>(
        [customer, at, agent = m_agentId](Database& db) -> Result<Customer> {
            if (Status status = validate(customer); !status)
                return status.error();
            return CustomerEditRepository(db).update(customer, agent, at);
        },
        receiver, std::move(done));
}

void CustomerEditing::merge(const Customer& kept, qint64 mergedId, QObject* receiver, SavedDone done)
{
    const QDateTime at = m_clock.nowUtc();
    m_writes.post<Result<Customer>>(
        [kept, mergedId, at, agent = m_agentId](Database& db) -> Result<Customer> {
            if (Status status = validate(kept); !status)
                return status.error();
            return CustomerMergeRepository(db).merge(kept, mergedId, agent, at);
        },
        receiver, std::move(done));
}

void CustomerEditing::loadAudit(qint64 customerId, QObject* receiver, AuditDone done)
{
    m_reads.post<Result<QList<CustomerAuditEntry>>>(
        [customerId](Database& db) { return CustomerAuditRepository(db).forCustomer(customerId, AuditLimit); },
        receiver, std::move(done));
}

void CustomerEditing::loadFollowUps(qint64 customerId, QObject* receiver, FollowUpsDone done)
{
    m_reads.post<Result<CustomerFollowUps>>(
        [customerId](Database& db) { return FollowUpRepository(db).openForCustomer(customerId); }, receiver,
        std::move(done));
}
