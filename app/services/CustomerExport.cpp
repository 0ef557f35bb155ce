#include "services/CustomerExport.h"

#include "domain/Channel.h"
#include "integration/CsvWriter.h"
#include "integration/ImportColumns.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"

#include <QIODevice>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
constexpr int PageSize = 500;

Status write(QIODevice& out, const QByteArray& bytes)
{
    if (out.write(bytes) != bytes.size()) {
        return Error { Error::Code::Unknown, CustomerExport::tr("The export file could not be written."),
            out.errorString() };
    }
    return {};
}

/// Calls `each` for every customer, in the order of names, page by page.
Status forEachCustomer(Database& db, const std::function<Status(const Customer&)>& each)
{
    CustomerRepository customers(db);
    std::optional<CustomerCursor> cursor;
    do {
        Result<CustomerPage> page = customers.search(QString(), cursor, PageSize);
        if (!page)
            return page.error();
        for (const Customer& c : page.value().rows) {
            if (Status status = each(c); !status)
                return status;
        }
        cursor = page.value().next;
    } while (cursor);
    return {};
}
} // namespace

Result<qint64> CustomerExport::writeCustomers(Database& db, QIODevice& out)
{
    QStringList header;
    for (const ImportField field : ImportColumns::allFields())
        header << ImportColumns::exportHeader(field);
    if (Status status = write(out, CsvWriter::byteOrderMark() + CsvWriter::record(header)); !status)
        return status.error();
    qint64 count = 0;
    const Status status = forEachCustomer(db, [&](const Customer& c) {
        ++count;
        return write(out,
            CsvWriter::record({ c.salutation, c.givenName, c.familyName, c.phone, c.otherPhones.join(u'\n'), c.email,
                c.address, c.country, c.preferredLanguage, c.tags.join(u'\n') }));
    });
    if (!status)
        return status.error();
    return count;
}

Result<qint64> CustomerExport::writeHistory(Database& db, QIODevice& out)
{
    const QStringList header { u"Given name"_s, u"Family name"_s, u"Phone"_s, u"Date (UTC)"_s, u"Channel"_s,
        u"Direction"_s, u"Agent"_s, u"Subject"_s, u"Summary"_s, u"Notes"_s };
    if (Status status = write(out, CsvWriter::byteOrderMark() + CsvWriter::record(header)); !status)
        return status.error();
    InteractionRepository history(db);
    qint64 count = 0;
    const Status status = forEachCustomer(db, [&](const Customer& c) -> Status {
        std::optional<HistoryCursor> cursor;
        do {
            Result<HistoryPage> page = history.fetchPage(c.id, cursor, PageSize);
            if (!page)
                return page.error();
            for (const Interaction& i : page.value().rows) {
                ++count;
                const Status written = write(out,
                    CsvWriter::record({ c.givenName, c.familyName, c.phone,
                        i.occurredUtc.toUTC().toString(Qt::ISODate), ChannelInfo::key(i.channel),
                        i.inbound ? u"inbound"_s : u"outbound"_s, i.agentName, i.subject, i.summary, i.notes }));
                if (!written)
                    return written;
            }
            cursor = page.value().next;
        } while (cursor);
        return {};
    });
    if (!status)
        return status.error();
    return count;
}
