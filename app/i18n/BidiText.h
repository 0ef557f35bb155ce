#pragma once

#include <QChar>
#include <QDateTime>
#include <QLocale>
#include <QString>

/// Helpers for mixing left-to-right and right-to-left text (Unicode bidi isolates and marks, UAX #9).
/// The one place that writes U+2066…U+2069, U+200E and U+200F: the core's sentences and the front
/// end's labels isolate values through it.
class BidiText final
{
public:
    /// `text` kept left-to-right inside right-to-left text (U+2066 ... U+2069): phone numbers,
    /// e-mail addresses, card digits. Empty text stays empty.
    static QString leftToRight(const QString& text);
    /// `text` isolated with its own direction (U+2068 ... U+2069): a name or date inserted in a
    /// sentence of the other direction. Empty text stays empty.
    static QString isolated(const QString& text);
    /// `when` as `locale` writes it (its date, then its time, as QLocale joins them), the date and the
    /// time each isolated with its own direction: inside right-to-left text "9:03:54 AM UTC" stays one
    /// run after the date instead of reading "AM UTC 9:03:54".
    static QString dateTime(const QDateTime& when, const QLocale& locale, QLocale::FormatType format);
    /// The invisible mark of a paragraph direction (U+200E, U+200F), put first in a text whose
    /// first strong character would pick the wrong one.
    static QChar directionMark(Qt::LayoutDirection direction);
    /// `text` bound for a file other programs read (a calendar entry): when nothing in it is written
    /// right to left, the isolates and marks go, so left-to-right text carries no invisible characters.
    static QString forFile(const QString& text);
    /// Direction of the first strong character of `text`, or `fallback` when there is none.
    static Qt::LayoutDirection directionOf(const QString& text, Qt::LayoutDirection fallback);
};
