#include "integration/CsvReader.h"

#include <csv.h>

namespace {
// libcsv's parser states (csv.c): a record not begun, and a field begun (inside quotes when `quoted`).
constexpr int RowNotBegun = 0;
constexpr int FieldBegun = 2;

struct Collector
{
    const std::function<bool(const CsvRecord&)>* onRecord = nullptr;
    CsvRecord record;
    int currentLine = 1;
    bool stopped = false;

    void emitRecord()
    {
        if (!stopped && !(*onRecord)(record))
            stopped = true;
        record.fields.clear();
        record.problem = CsvRecord::Problem::None;
        record.problemLine = 0;
        record.line = currentLine; // a record ended by a lone CR goes on on this line
    }
};

void onField(void* data, size_t length, void* context)
{
    auto* c = static_cast<Collector*>(context);
    c->record.fields.append(QByteArray(static_cast<const char*>(data), static_cast<qsizetype>(length)));
}

void onRecordEnd(int, void* context)
{
    static_cast<Collector*>(context)->emitRecord();
}

class Parser
{
public:
    explicit Parser(char delimiter)
        : m_delimiter(delimiter)
    {
        reset();
    }
    ~Parser() { csv_free(&m_parser); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    void reset()
    {
        if (m_initialised)
            csv_free(&m_parser);
        csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI);
        csv_set_delim(&m_parser, static_cast<unsigned char>(m_delimiter));
        m_initialised = true;
    }
    csv_parser* get() { return &m_parser; }
    bool insideQuotes() const { return m_parser.pstate == FieldBegun && m_parser.quoted; }
    bool recordNotBegun() const { return m_parser.pstate == RowNotBegun; }

private:
    csv_parser m_parser {};
    char m_delimiter;
    bool m_initialised = false;
};
} // namespace

CsvReader::CsvReader(const QByteArray& utf8, char delimiter)
    : m_text(utf8)
    , m_delimiter(delimiter)
{
}

char CsvReader::detectDelimiter(const QByteArray& utf8)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const char c : utf8) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

bool CsvReader::read(const std::function<bool(const CsvRecord&)>& onRecord)
{
    Parser parser(m_delimiter);
    Collector collector;
    collector.onRecord = &onRecord;
    const char* data = m_text.constData();
    const qsizetype size = m_text.size();
    qsizetype pos = 0;
    int line = 1;
    // Where the last line began that did not start inside a quoted field: an unterminated quote opened there.
    qsizetype quoteLineStart = 0;
    int quoteLine = 1;
    collector.record.line = 1;

    while (!collector.stopped) {
        while (pos < size && !collector.stopped) {
            const qsizetype newline = m_text.indexOf('\n', pos);
            const qsizetype next = newline < 0 ? size : newline + 1;
            if (parser.recordNotBegun())
                collector.record.line = line;
            if (!parser.insideQuotes()) {
                quoteLine = line;
                quoteLineStart = pos;
            }
            collector.currentLine = line;
            const auto length = static_cast<size_t>(next - pos);
            if (csv_parse(parser.get(), data + pos, length, onField, onRecordEnd, &collector) != length) {
                if (csv_error(parser.get()) != CSV_EPARSE)
                    return false;
                collector.record.problem = CsvRecord::Problem::MalformedQuote;
                collector.record.problemLine = line;
                collector.emitRecord();
                parser.reset();
            }
            pos = next;
            m_position = pos;
            ++line;
        }
        if (collector.stopped)
            break;
        collector.currentLine = line;
        if (csv_fini(parser.get(), onField, onRecordEnd, &collector) == 0)
            break;
        // A quote opened on `quoteLine` never closed: report the record, then read on from the next line.
        collector.record.fields.clear();
        collector.record.problem = CsvRecord::Problem::UnterminatedQuote;
        collector.record.problemLine = quoteLine;
        collector.emitRecord();
        parser.reset();
        pos = m_text.indexOf('\n', quoteLineStart);
        pos = pos < 0 ? size : pos + 1;
        line = quoteLine + 1;
        if (pos >= size)
            break;
    }
    m_position = size;
    return !collector.stopped;
}
