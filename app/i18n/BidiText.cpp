#include "i18n/BidiText.h"

#include <QStringBuilder>

namespace {
constexpr QChar LeftToRightIsolate{0x2066};
constexpr QChar FirstStrongIsolate{0x2068};
constexpr QChar PopDirectionalIsolate{0x2069};
constexpr QChar LeftToRightMark{0x200E};
constexpr QChar RightToLeftMark{0x200F};
} // namespace

QString BidiText::leftToRight(const QString& text)
{
    if (text.isEmpty())
        return text;
    return LeftToRightIsolate % text % PopDirectionalIsolate;
}

QString BidiText::isolated(const QString& text)
{
    if (text.isEmpty())
        return text;
    return FirstStrongIsolate % text % PopDirectionalIsolate;
}

QString BidiText::dateTime(const QDateTime& when, const QLocale& locale, QLocale::FormatType format)
{
    if (!when.isValid())
        return {};
    // QLocale's own date-time pattern is the date pattern, a space and the time pattern.
    return isolated(locale.toString(when.date(), format)) % u' ' % isolated(locale.toString(when, locale.timeFormat(format)));
}

QChar BidiText::directionMark(Qt::LayoutDirection direction)
{
    return direction == Qt::RightToLeft ? RightToLeftMark : LeftToRightMark;
}

QString BidiText::forFile(const QString& text)
{
    for (const QChar c : text) {
        if (c.direction() == QChar::DirR || c.direction() == QChar::DirAL)
            return text;
    }
    QString plain = text;
    plain.removeIf([](QChar c) {
        return (c.unicode() >= 0x2066 && c.unicode() <= 0x2069) || c == LeftToRightMark || c == RightToLeftMark;
    });
    return plain;
}

Qt::LayoutDirection BidiText::directionOf(const QString& text, Qt::LayoutDirection fallback)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirL:
            return Qt::LeftToRight;
        case QChar::DirR:
        case QChar::DirAL:
            return Qt::RightToLeft;
        default:
            break;
        }
    }
    return fallback;
}
