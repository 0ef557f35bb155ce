#pragma once

#include <QString>

/// Helpers for mixing left-to-right and right-to-left text (Unicode bidi isolates, UAX #9).
class BidiText final
{
public:
    /// `text` kept left-to-right inside right-to-left text (U+2066 ... U+2069): phone numbers,
    /// e-mail addresses. Empty text stays empty.
    static QString leftToRight(const QString& text);
    /// `text` isolated with its own direction (U+2068 ... U+2069): a name or date inserted in a
    /// sentence of the other direction. Empty text stays empty.
    static QString isolated(const QString& text);
    /// Direction of the first strong character of `text`, or `fallback` when there is none.
    static Qt::LayoutDirection directionOf(const QString& text, Qt::LayoutDirection fallback);
};
