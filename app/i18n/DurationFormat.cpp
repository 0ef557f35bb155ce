#include "i18n/DurationFormat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// `value` in the locale's digits, with at least `width` of them (padded with its zero digit).
QString number(qint64 value, const QLocale& locale, int width)
{
    QString digits = locale.toString(value);
    for (qint64 limit = 10; width > 1; --width, limit *= 10) {
        if (value < limit)
            digits.prepend(locale.zeroDigit());
    }
    return digits;
}

} // namespace

QString formatDuration(std::chrono::milliseconds duration, const QLocale& locale, DurationStyle style)
{
    QLocale digits = locale;
    digits.setNumberOptions(QLocale::OmitGroupSeparator);
    const qint64 seconds = std::max<qint64>(0, std::chrono::duration_cast<std::chrono::seconds>(duration).count());
    const QString ss = number(seconds % 60, digits, 2);
    if (style == DurationStyle::Clock)
        return number(seconds / 60, digits, 2) + u':' + ss;
    if (seconds < 3600)
        return number(seconds / 60, digits, 1) + u':' + ss;
    return number(seconds / 3600, digits, 1) + u':' + number(seconds / 60 % 60, digits, 2) + u':' + ss;
}
