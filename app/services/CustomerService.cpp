#include "services/CustomerService.h"

#include "domain/PhoneNumber.h"
#include "storage/DatabaseWorker.h"

using namespace Qt::StringLiterals;

ICustomerService::~ICustomerService() = default;

CustomerService::CustomerService(Database& db, DatabaseWorker& reads)
    : m_repository(db)
    , m_reads(reads)
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

Result<std::optional<Customer>> CustomerService::find(qint64 id)
{
    return m_repository.find(id);
}

Result<std::optional<Customer>> CustomerService::findByPhone(const QString& phone)
{
    return m_repository.findByPhone(phone);
}

Result<Customer> CustomerService::create(const Customer& customer)
{
    // A card is only as good as its number: the phone rule of calls (E.164) holds for cards too.
    if (!customer.phone.trimmed().isEmpty()) {
        if (const Result<QString> phone = PhoneNumber::normalize(customer.phone, true); !phone)
            return phone.error();
    }
    const Result<qint64> id = m_repository.insert(customer);
    if (!id)
        return id.error();
    Customer stored = customer;
    stored.id = id.value();
    return stored;
}
