#include "domain/CardExpiry.h"

#include "domain/CardTextScanner.h"
#include "i18n/BidiText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

/// Month digits and year digits of a typed expiry, ASCII; `separated` when a separator stood between.
struct Parts
{
    QString month;
    QString year;
    bool separated = false;
    bool valid = false; ///< only digits and at most one group of separators
};

/// Slashes, dashes and dots of any width or script that people put between month and year.
bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'/':
    case u'-':
    case u'.':
    case u'\\':
    case 0xFF0F: // FULLWIDTH SOLIDUS
    case 0x2044: // FRACTION SLASH
    case 0x2215: // DIVISION SLASH
    case 0xFF0D: // FULLWIDTH HYPHEN-MINUS
    case 0xFF0E: // FULLWIDTH FULL STOP
    case 0x2212: // MINUS SIGN
        return true;
    default:
        return c.category() == QChar::Punctuation_Dash;
    }
}

/// Direction marks and isolates a right-to-left field or a paste may carry; they are not typed.
bool isInvisible(QChar c)
{
    return c.category() == QChar::Other_Format;
}

Parts split(QStringView text)
{
    Parts parts;
    bool inSeparator = false;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype units = 1;
        const QChar c = text.at(i);
        if (const int d = CardTextScanner::digitAt(text, i, &units); d >= 0) {
            if (inSeparator && !parts.month.isEmpty())
                parts.separated = true;
            inSeparator = false;
            (parts.separated ? parts.year : parts.month) += QChar(u'0' + d);
        } else if (c.isSpace() || isInvisible(c)) {
            inSeparator = inSeparator || !parts.month.isEmpty();
        } else if (isSeparator(c)) {
            if (parts.separated || parts.month.isEmpty())
                return parts; // a second separator, or one before any digit
            inSeparator = true;
            parts.separated = !parts.year.isEmpty(); // stays false until the year starts
        } else {
            return parts;
        }
        i += units;
    }
    if (inSeparator)
        parts.separated = true; // "09/" or "09 ": the month is complete
    if (!parts.separated && parts.month.size() > 2) {
        // Digits in a row: the first two are the month, the rest the year ("0929", "092029").
        parts.year = parts.month.mid(2);
        parts.month.truncate(2);
        parts.separated = true;
    }
    parts.valid = true;
    return parts;
}

QString twoDigits(int value)
{
    return u"%1"_s.arg(value, 2, 10, QChar(u'0'));
}

Error invalid(const QString& message)
{
    return Error {Error::Code::InvalidInput, message, {}};
}

} // namespace

Result<QDate> CardExpiry::parse(QStringView text, QDate today)
{
    const Parts parts = split(text.trimmed());
    const bool shaped = parts.valid && parts.separated && !parts.month.isEmpty() && parts.month.size() <= 2
        && (parts.year.size() == 2 || parts.year.size() == 4);
    if (!shaped) {
        return invalid(tr("“%1” is not an expiry date. Type the month and the year as printed on the card, for "
                          "example 05/29.")
                           .arg(BidiText::leftToRight(text.trimmed().left(20).toString())));
    }
    const int month = parts.month.toInt();
    if (month < 1 || month > 12) {
        //: %1 is the month as typed ("13"). MM/YY: two-digit month, slash, two-digit year.
        return invalid(tr("There is no month %1: the month is a number from 01 to 12 (MM/YY).").arg(parts.month));
    }
    int year = parts.year.toInt();
    if (parts.year.size() == 2)
        year += 2000;
    const QDate lastDay = QDate(year, month, 1).addMonths(1).addDays(-1);
    if (lastDay < today) {
        return invalid(tr("This card expired at the end of %1. Ask the customer for a card that is still valid.")
                           .arg(BidiText::isolated(monthAndYear(lastDay))));
    }
    if (lastDay > today.addYears(MaxYearsAhead)) {
        return invalid(tr("The expiry date %1 is more than %2 years ahead; check it with the customer.")
                           .arg(BidiText::leftToRight(normalized(lastDay)), QLocale().toString(MaxYearsAhead)));
    }
    return lastDay;
}

QString CardExpiry::formatAsTyped(QStringView text)
{
    const Parts parts = split(text);
    if (!parts.valid || parts.month.isEmpty() || parts.month.size() > 2 || parts.year.size() > 4)
        return text.toString();
    QString month = parts.month;
    if (month.size() == 1) {
        const bool certain = parts.separated || month.at(0) >= u'2';
        if (!certain)
            return month; // "1" may become 10, 11 or 12; "0" waits for its second digit
        month.prepend(u'0');
    }
    const int value = month.toInt();
    if (value < 1 || value > 12)
        return text.toString();
    return month + u'/' + parts.year;
}

QString CardExpiry::normalized(QDate lastDay)
{
    return twoDigits(lastDay.month()) + u'/' + twoDigits(lastDay.year() % 100);
}

QString CardExpiry::monthAndYear(QDate lastDay)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    //: A card's expiry in words: %1 is the month's name (standalone form, "September"), %2 the year.
    return tr("%1 %2", "month and year of a card's expiry")
        .arg(locale.standaloneMonthName(lastDay.month()), locale.toString(lastDay.year()));
}
