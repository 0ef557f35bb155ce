#include "integration/ImportRow.h"

#include "domain/PhoneNumber.h"
#include "i18n/BidiText.h"
#include "integration/CsvWriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
qsizetype codePoints(QStringView text)
{
    qsizetype n = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++n;
    }
    return n;
}

QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(u"[\\n\\r;,]+"_s);
    QStringList out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out << item;
    }
    return out;
}

ImportRowResult refuse(const CsvRecord& record, const QString& reason, int problemLine = 0)
{
    ImportRowResult out;
    out.line = record.line;
    out.problemLine = problemLine > 0 ? problemLine : record.line;
    out.reason = reason;
    return out;
}

/// The line of field `index`: a record's fields after a quoted line break sit on later lines.
int lineOfField(const CsvRecord& record, int index)
{
    int line = record.line;
    for (int i = 0; i < index && i < record.fields.size(); ++i)
        line += static_cast<int>(record.fields.at(i).count('\n'));
    return line;
}
} // namespace

bool ImportRow::hasBidiControl(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

int ImportRow::maxLength(ImportField field)
{
    switch (field) {
    case ImportField::Salutation: return 50;
    case ImportField::GivenName:
    case ImportField::FamilyName: return 200;
    case ImportField::Phone: return 50;
    case ImportField::OtherPhones: return 500;
    case ImportField::Email: return 254;
    case ImportField::Address: return 2000;
    case ImportField::Country: return 2;
    case ImportField::PreferredLanguage: return 35;
    case ImportField::Tags: return 1000;
    case ImportField::Unknown: break;
    }
    return 2000;
}

ImportRowResult ImportRow::read(const CsvRecord& record, const ImportColumns& columns)
{
    switch (record.problem) {
    case CsvRecord::Problem::UnterminatedQuote:
        return refuse(record,
            tr("A quoted field that starts on line %1 is never closed; the lines after it are read as new rows.")
                .arg(record.problemLine),
            record.problemLine);
    case CsvRecord::Problem::MalformedQuote:
        return refuse(record,
            tr("A quote mark stands inside a field: put the whole field in quotes and double each quote mark "
               "inside it."),
            record.problemLine);
    case CsvRecord::Problem::None:
        break;
    }
    if (record.fields.size() != columns.columnCount()) {
        return refuse(record,
            tr("The row has %1 fields where the header has %2.")
                .arg(record.fields.size())
                .arg(columns.columnCount()));
    }
    ImportRowResult out;
    out.line = record.line;
    out.problemLine = record.line;
    Customer& c = out.customer;
    for (int i = 0; i < columns.columnCount(); ++i) {
        const ImportField field = columns.field(i);
        if (field == ImportField::Unknown)
            continue;
        const QByteArray& bytes = record.fields.at(i);
        const QString column = BidiText::isolated(columns.header(i));
        const int line = lineOfField(record, i);
        if (bytes.contains('\0'))
            return refuse(record, tr("The column %1 holds a NUL byte.").arg(column), line);
        QString value = QString::fromUtf8(bytes).trimmed();
        // Cordial's export writes "'=…" so spreadsheets do not run it: the apostrophe is not part of the value.
        if (value.startsWith(u'\'') && CsvWriter::looksLikeFormula(QStringView(value).sliced(1)))
            value.remove(0, 1);
        if (codePoints(value) > maxLength(field)) {
            return refuse(record,
                tr("The value in the column %1 is longer than %2 characters.").arg(column).arg(maxLength(field)),
                line);
        }
        if (hasBidiControl(value)) {
            return refuse(record,
                tr("The column %1 holds a character that reverses the direction of text (U+202A–U+202E, "
                   "U+2066–U+2069); such characters can disguise a value, so the row is not imported.")
                    .arg(column),
                line);
        }
        switch (field) {
        case ImportField::Salutation: c.salutation = value; break;
        case ImportField::GivenName: c.givenName = value; break;
        case ImportField::FamilyName: c.familyName = value; break;
        case ImportField::Phone: c.phone = value; break;
        case ImportField::OtherPhones: c.otherPhones << splitList(value); break;
        case ImportField::Email: c.email = value; break;
        case ImportField::Address: c.address = value; break;
        case ImportField::Country: c.country = value.toUpper(); break;
        case ImportField::PreferredLanguage: c.preferredLanguage = value; break;
        case ImportField::Tags: c.tags << splitList(value); break;
        case ImportField::Unknown: break;
        }
        const bool badCountry = field == ImportField::Country && !value.isEmpty()
            && !(value.size() == 2 && value.at(0).isLetter() && value.at(0).unicode() < 128
                && value.at(1).isLetter() && value.at(1).unicode() < 128);
        if (badCountry) {
            return refuse(record,
                tr("The column %1 must hold a two-letter country code such as IN, PK or ES.").arg(column), line);
        }
        static const QRegularExpression languageCode(u"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"_s);
        if (field == ImportField::PreferredLanguage && !value.isEmpty() && !languageCode.match(value).hasMatch()) {
            return refuse(record,
                tr("The column %1 must hold a language code such as hi, ur or ca.").arg(column), line);
        }
        const QStringList numbers = field == ImportField::Phone ? QStringList { value }
            : field == ImportField::OtherPhones                 ? splitList(value)
                                                                : QStringList();
        for (const QString& number : numbers) {
            if (number.isEmpty())
                continue;
            if (const Result<QString> normalized = PhoneNumber::normalize(number); !normalized) {
                //: %1 is the column's name, %2 the reason the number is refused (a sentence)
                return refuse(record, tr("The column %1: %2").arg(column, normalized.error().message), line);
            }
        }
    }
    if (c.givenName.isEmpty() && c.familyName.isEmpty() && c.phone.isEmpty())
        return refuse(record, tr("The row has neither a name nor a phone number."));
    out.ok = true;
    return out;
}
