#include "panels/CustomerCardTexts.h"

#include "i18n/BidiText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString CustomerCardTexts::country(const QString& code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return BidiText::leftToRight(code);
    const QLocale local(QLocale().language(), territory);
    const QString name = local.territory() == territory ? local.nativeTerritoryName()
                                                        : QLocale::territoryToString(territory);
    //: A country on the customer card: %1 its name, %2 its two-letter code
    return tr("%1 (%2)").arg(BidiText::isolated(name), BidiText::leftToRight(code));
}

QString CustomerCardTexts::followUps(const Result<CustomerFollowUps>& result)
{
    if (!result)
        return tr("Could not be read");
    if (result.value().open == 0 || !result.value().next) {
        //: Open follow-ups of the customer: there are none
        return tr("None open");
    }
    const FollowUp& next = *result.value().next;
    const int open = static_cast<int>(result.value().open);
    const QString due = BidiText::dateTime(next.dueUtc.toLocalTime(), QLocale(), QLocale::ShortFormat);
    if (next.reason.isEmpty()) {
        //: %n open follow-ups; %1 when the next one is due
        return tr("%n open, next due %1", nullptr, open).arg(due);
    }
    //: %n open follow-ups; %1 when the next one is due, %2 why
    return tr("%n open, next due %1: %2", nullptr, open).arg(due, BidiText::isolated(next.reason));
}

QString CustomerCardTexts::tags(const QStringList& tags)
{
    QStringList shown;
    for (const QString& tag : tags)
        shown << BidiText::isolated(tag);
    return shown.join(u"  ·  "_s);
}
