#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// CSV as spreadsheets read it safely: UTF-8 with a byte order mark, CRLF, every cell quoted when it
/// needs it, and a cell a spreadsheet would run as a formula (starting with =, +, -, @, TAB or CR)
/// neutralised with a leading apostrophe. The importer takes that apostrophe off again.
class CsvWriter final
{
public:
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    /// One cell, neutralised and quoted as needed.
    static QString cell(const QString& value);
    /// One record with its CRLF, as UTF-8.
    static QByteArray record(const QStringList& values);
    /// True when a spreadsheet would read `value` as a formula.
    static bool looksLikeFormula(QStringView value);
};
