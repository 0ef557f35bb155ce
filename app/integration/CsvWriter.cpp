#include "integration/CsvWriter.h"

using namespace Qt::StringLiterals;

bool CsvWriter::looksLikeFormula(QStringView value)
{
    if (value.isEmpty())
        return false;
    const QChar c = value.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString CsvWriter::cell(const QString& value)
{
    QString out = looksLikeFormula(value) ? u'\'' + value : value;
    if (out.contains(u'"') || out.contains(u',') || out.contains(u';') || out.contains(u'\n') || out.contains(u'\r')
        || out.startsWith(u' ') || out.endsWith(u' ')) {
        out.replace(u"\""_s, u"\"\""_s);
        out = u'"' + out + u'"';
    }
    return out;
}

QByteArray CsvWriter::record(const QStringList& values)
{
    QStringList cells;
    cells.reserve(values.size());
    for (const QString& value : values)
        cells << cell(value);
    return (cells.join(u',') + u"\r\n"_s).toUtf8();
}
