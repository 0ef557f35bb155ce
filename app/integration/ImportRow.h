#pragma once

#include "domain/Customer.h"
#include "integration/CsvReader.h"
#include "integration/ImportColumns.h"

#include <QCoreApplication>
#include <QString>

/// One record of an imported file read as a customer, or the reason it is refused.
struct ImportRowResult
{
    int line = 0;        ///< physical line where the record starts
    int problemLine = 0; ///< physical line of the problem; the record's line unless a quote spans lines
    bool ok = false;
    QString reason; ///< translated, when refused
    Customer customer;
};

/// The checks every imported row passes before it can become a customer: the field count of the header,
/// quotes, NUL bytes, length limits (docs/import.md), bidirectional override and isolate characters
/// (never stored: they can make "+1 555" read as another number), phone numbers (PhoneNumber rules),
/// country and language codes. Text is otherwise kept as written, joiners and emoji included.
class ImportRow final
{
    Q_DECLARE_TR_FUNCTIONS(ImportRow)

public:
    /// Longest accepted value of each field, in characters (code points).
    static int maxLength(ImportField field);

    static ImportRowResult read(const CsvRecord& record, const ImportColumns& columns);

    /// True when `text` holds U+202A–U+202E or U+2066–U+2069.
    static bool hasBidiControl(QStringView text);
};
