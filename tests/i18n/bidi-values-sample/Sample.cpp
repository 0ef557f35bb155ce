// Not compiled: the sample check-bidi-values.pl must fault on exactly six arguments (marked "caught").
#include "i18n/BidiText.h"

namespace {
QString shownPath(const QString& path)
{
    return BidiText::leftToRight(QDir::toNativeSeparators(path));
}
} // namespace

void Sample::messages(const Customer& customer, const QString& path, const QDateTime& dueUtc)
{
    say(tr("Calling %1.").arg(customer.phone)); // caught: a phone number
    say(tr("Saved to %1.").arg(QDir::toNativeSeparators(path))); // caught: a path
    say(tr("Due on %1.").arg(QLocale().toString(dueUtc.toLocalTime(), QLocale::ShortFormat))); // caught: a date-time
    say(tr("Write to %1 at %2.").arg(customer.fullName(), customer.email)); // caught twice: a name, an e-mail
    const QString when = QLocale().toString(dueUtc, QLocale::LongFormat);
    say(tr("Overdue since %1.").arg(when)); // caught: a variable set to a date-time

    // Passing: isolated here, by a helper of this file, or in the variable; counts; words in literals.
    say(tr("Calling %1.").arg(BidiText::leftToRight(customer.phone)));
    say(tr("Saved to %1.").arg(shownPath(path)));
    const QString due = BidiText::dateTime(dueUtc.toLocalTime(), QLocale(), QLocale::ShortFormat);
    say(tr("Due on %1.").arg(due));
    say(tr("%n call(s) for the name and phone in postgresql://host/db", nullptr, 3).arg(QString::number(3)));
    // say(tr("Calling %1.").arg(customer.phone)); a comment is no code
}
