#pragma once

#include <QByteArray>
#include <QList>

#include <functional>

/// One record of a CSV file, with the physical lines it came from: a quoted field with line breaks spans
/// several lines, so `line` is where the record starts and `problemLine` where something went wrong.
struct CsvRecord
{
    enum class Problem {
        None,
        UnterminatedQuote, ///< a quoted field never ends; the rest of the file is read again after it
        MalformedQuote,    ///< a quote inside an unquoted field, or text after a closing quote
    };

    int line = 0;        ///< 1-based physical line where the record starts
    int problemLine = 0; ///< the line of the problem; 0 when there is none
    Problem problem = Problem::None;
    QList<QByteArray> fields; ///< UTF-8, as written (quotes removed, doubled quotes made single)
};

/// A strict CSV reader over libcsv (RFC 4180: quoted fields with embedded delimiters, quotes and line
/// breaks; CRLF or LF) that keeps physical line numbers. A malformed record is reported and skipped, and
/// reading goes on with the next line, so one bad quote does not swallow the rest of the file.
class CsvReader final
{
public:
    /// `utf8` is the whole text; `delimiter` is ',' or ';'.
    CsvReader(const QByteArray& utf8, char delimiter);

    /// ',' or ';', whichever the header line (outside quotes) has more of; ',' when it has neither.
    static char detectDelimiter(const QByteArray& utf8);

    /// Calls `onRecord` for every record in order; it returns false to stop (cancel). Returns false when
    /// stopped, or when libcsv could not get memory.
    bool read(const std::function<bool(const CsvRecord&)>& onRecord);

    /// Bytes of the text read so far (progress).
    qsizetype position() const { return m_position; }

private:
    const QByteArray& m_text;
    char m_delimiter;
    qsizetype m_position = 0;
};
