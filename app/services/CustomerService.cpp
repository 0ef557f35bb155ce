#include "services/CustomerService.h"

#include "domain/PhoneNumber.h"
#include "storage/DatabaseWorker.h"

using namespace Qt::StringLiterals;

ICustomerService::~ICustomerService() = default;

CustomerService::CustomerService(DatabaseWorker& reads, DatabaseWorker& writes)
    : m_reads(reads)
    , m_writes(writes)
{
}

Error CustomerService::superseded()
{
    return Error {Error::Code::Unknown, {}, u"superseded by a newer read"_s};
}

void CustomerService::searchPage(const QString& text, const std::optional<CustomerCursor>& after, int limit,
    const ReadGeneration::Tag& tag, QObject* receiver, PageDone done)
{
    m_reads.post<Result<CustomerPage>>(
        [text, after, limit, tag](Database& db) -> Result<CustomerPage> {
            // A newer keystroke arrived while this search waited its turn: not worth a query.
            if (tag.stale())
                return superseded();
            return CustomerRepository(db).search(text, after, limit);
        },
        receiver, std::move(done));
}

void CustomerService::countUpTo(qint64 cap, QObject* receiver, CountDone done)
{
    m_reads.post<Result<qint64>>(
        [cap](Database& db) { return CustomerRepository(db).countUpTo(cap); }, receiver, std::move(done));
}

void CustomerService::find(qint64 id, QObject* receiver, FoundDone done)
{
    m_reads.post<Result<std::optional<Customer>>>(
        [id](Database& db) { return CustomerRepository(db).find(id); }, receiver, std::move(done));
}

void CustomerService::findByPhone(const QString& phone, const ReadGeneration::Tag& tag, QObject* receiver, FoundDone done)
{
    m_reads.post<Result<std::optional<Customer>>>(
        [phone, tag](Database& db) -> Result<std::optional<Customer>> {
            // The number changed again while this look-up waited its turn: not worth a query.
            if (tag.stale())
                return superseded();
            return CustomerRepository(db).findByPhone(phone);
        },
        receiver, std::move(done));
}

void CustomerService::create(const Customer& customer, QObject* receiver, CreatedDone done)
{
    m_writes.post<Result<Customer>>(
        [customer](Database& db) -> Result<Customer> {
            // A card is only as good as its number: the phone rule of calls (E.164) holds for cards too.
            if (!customer.phone.trimmed().isEmpty()) {
                if (const Result<QString> phone = PhoneNumber::normalize(customer.phone, true); !phone)
                    return phone.error();
            }
            const Result<qint64> id = CustomerRepository(db).insert(customer);
            if (!id)
                return id.error();
            Customer stored = customer;
            stored.id = id.value();
            return stored;
        },
        receiver, std::move(done));
}
