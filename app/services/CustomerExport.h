#pragma once

#include "common/Error.h"

#include <QCoreApplication>

class Database;
class QIODevice;

/// Exports customers, and their history, to CSV files a spreadsheet opens safely (CsvWriter): UTF-8 with
/// a byte order mark, formula-looking cells neutralised. The customers' file has the headers the import
/// reads, so it imports back as it was.
class CustomerExport final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerExport)

public:
    /// Writes every customer to `out`; returns how many.
    static Result<qint64> writeCustomers(Database& db, QIODevice& out);
    /// Writes every customer's history entries, newest first per customer; returns how many.
    static Result<qint64> writeHistory(Database& db, QIODevice& out);
};
