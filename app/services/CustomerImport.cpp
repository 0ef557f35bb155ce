#include "services/CustomerImport.h"

#include "common/Clock.h"
#include "domain/CardDataGuard.h"
#include "domain/ImportIdentity.h"
#include "domain/PhoneNumber.h"
#include "i18n/BidiText.h"
#include "integration/CsvReader.h"
#include "integration/CsvText.h"
#include "integration/ImportRow.h"
#include "storage/CustomerImportWriter.h"

#include <QFile>
#include <QHash>

#include <unordered_set>

using namespace Qt::StringLiterals;

namespace {
/// Rows between two progress reports.
constexpr int ProgressEvery = 2000;

/// A row's identity for duplicates: its main phone (E.164 digits, or national digits flagged) and a hash
/// of its folded name. Two rows are one customer only when both agree.
struct IdentityKey
{
    quint64 phone = 0;
    size_t name = 0;
    bool operator==(const IdentityKey& o) const { return phone == o.phone && name == o.name; }
};

struct IdentityHash
{
    size_t operator()(const IdentityKey& k) const noexcept { return qHashMulti(0, k.phone, k.name); }
};

quint64 phoneKey(const ImportIdentity::Phone& phone)
{
    constexpr quint64 NationalOnly = quint64(1) << 63;
    return phone.e164.isEmpty() ? (phone.national.toULongLong() | NationalOnly) : phone.e164.mid(1).toULongLong();
}

ImportIdentity::Phone keysOf(const QString& typed, const QString& country, const QString& defaultRegion)
{
    const Result<QString> normalized = PhoneNumber::normalize(typed);
    return ImportIdentity::phone(normalized ? normalized.value() : QString(),
        country.isEmpty() ? defaultRegion : country.trimmed().toUpper());
}

bool samePhone(const ImportIdentity::Phone& a, const ImportIdentity::Phone& b)
{
    if (!a.e164.isEmpty() && !b.e164.isEmpty())
        return a.e164 == b.e164;
    if (!a.region.isEmpty() && !b.region.isEmpty() && a.region != b.region)
        return false;
    return !a.national.isEmpty() && a.national == b.national;
}

Customer masked(const Customer& customer)
{
    Customer c = customer;
    for (QString* text : { &c.salutation, &c.givenName, &c.familyName, &c.email, &c.address })
        *text = CardDataGuard::outbound(*text);
    for (QString& tag : c.tags)
        tag = CardDataGuard::outbound(tag);
    return c;
}
} // namespace

Result<ImportFile> CustomerImport::open(const QString& path, const QString& encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { Error::Code::NotFound,
            tr("The file %1 cannot be read.").arg(BidiText::leftToRight(path)), file.errorString() };
    }
    return fromBytes(file.readAll(), encoding);
}

Result<ImportFile> CustomerImport::fromBytes(const QByteArray& bytes, const QString& encoding)
{
    Result<CsvText::Decoded> decoded = CsvText::decode(bytes, encoding);
    if (!decoded)
        return decoded.error();
    ImportFile out;
    out.encoding = decoded.value().encoding;
    out.needsEncoding = decoded.value().needsEncoding;
    out.detected = decoded.value().detected;
    out.firstInvalidLine = decoded.value().firstInvalidLine;
    if (out.needsEncoding)
        return out;
    out.utf8 = decoded.take().utf8;
    out.delimiter = CsvReader::detectDelimiter(out.utf8);
    QStringList header;
    CsvReader reader(out.utf8, out.delimiter);
    reader.read([&header](const CsvRecord& record) {
        for (const QByteArray& field : record.fields)
            header << QString::fromUtf8(field).trimmed();
        return false; // the header only
    });
    out.columns = ImportColumns(header);
    if (header.isEmpty())
        return Error { Error::Code::InvalidInput, tr("The file is empty: it has no header line."), {} };
    if (!out.columns.identifiesCustomers()) {
        return Error { Error::Code::InvalidInput,
            tr("The header line names no column of a name or a phone number, so no row can become a customer. "
               "Columns found: %1.")
                .arg(BidiText::isolated(header.join(u", "_s))),
            {} };
    }
    return out;
}

Result<ImportSummary> CustomerImport::run(const ImportFile& file, Database& db, const ImportOptions& options,
    const Clock& clock, const Callbacks& callbacks)
{
    ImportSummary summary;
    CustomerImportWriter writer(db);
    if (Status status = writer.begin(); !status)
        return status.error();
    const QDateTime now = clock.nowUtc();
    std::unordered_set<IdentityKey, IdentityHash> seen;
    std::optional<Error> failure;
    bool header = true;
    CsvReader reader(file.utf8, file.delimiter);
    const auto total = static_cast<qint64>(file.utf8.size());

    const bool finished = reader.read([&](const CsvRecord& record) {
        if (std::exchange(header, false))
            return true;
        if (callbacks.cancel && callbacks.cancel->load(std::memory_order_relaxed))
            return false;
        ++summary.rows;
        if (callbacks.onProgress && summary.rows % ProgressEvery == 0)
            callbacks.onProgress(reader.position(), total);
        ImportRowResult row = ImportRow::read(record, file.columns);
        ImportRowReport report;
        report.line = row.line;
        if (!row.ok) {
            ++summary.rejected;
            report.outcome = ImportRowReport::Outcome::Rejected;
            report.issue = { row.line, row.problemLine, row.reason };
            summary.rejections << report.issue;
            if (callbacks.onRow)
                callbacks.onRow(report);
            return true;
        }
        Customer& customer = row.customer;
        customer.createdUtc = now;
        QList<ImportIdentity::Phone> phones;
        for (const QString& number : QStringList { customer.phone } + customer.otherPhones)
            phones << keysOf(number, customer.country, options.defaultRegion);
        bool duplicate = false;
        if (!customer.phone.isEmpty()) {
            const QString name = ImportIdentity::foldedName(customer.givenName, customer.familyName);
            const ImportIdentity::Phone& main = phones.constFirst();
            duplicate = !seen.insert({ phoneKey(main), qHash(name, 0) }).second;
            if (!duplicate && !writer.startedEmpty()) {
                Result<QList<StoredPhoneOwner>> owners = writer.ownersOfPhone(main);
                if (!owners) {
                    failure = owners.error();
                    return false;
                }
                for (const StoredPhoneOwner& owner : owners.value()) {
                    duplicate = duplicate
                        || (ImportIdentity::foldedName(owner.givenName, owner.familyName) == name
                            && samePhone(main, keysOf(owner.phone, owner.country, options.defaultRegion)));
                }
            }
        }
        if (duplicate) {
            ++summary.duplicates;
            report.outcome = ImportRowReport::Outcome::Duplicate;
            report.issue = { row.line, row.line,
                tr("The same customer (same name and phone number) is already stored or earlier in the file.") };
            summary.duplicateRows << report.issue;
        } else {
            ++summary.imported;
            if (!options.dryRun) {
                if (Result<qint64> id = writer.add(customer, phones); !id) {
                    failure = id.error();
                    return false;
                }
            }
        }
        if (callbacks.onRow) {
            report.customer = masked(customer);
            callbacks.onRow(report);
        }
        return true;
    });
    if (failure) {
        writer.rollback();
        return *failure;
    }
    if (callbacks.onProgress && finished)
        callbacks.onProgress(total, total);
    summary.cancelled = !finished;
    const bool keep = finished && !options.dryRun && !(options.allOrNothing && summary.rejected > 0);
    if (!keep) {
        writer.rollback();
        return summary;
    }
    if (Status status = writer.commit(); !status) {
        writer.rollback();
        return status.error();
    }
    summary.written = true;
    return summary;
}
