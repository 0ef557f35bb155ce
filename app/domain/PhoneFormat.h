#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

/// A stored phone number as a card shows it (libphonenumber): national format when the number belongs
/// to the team's region ("098480 22338" in India for an Indian team), international format otherwise
/// ("+91 98480 22338" for a team in Spain), and as typed when it cannot be read as a number.
class PhoneFormat final
{
public:
    /// `customerRegion` (ISO 3166, the card's country) reads numbers typed without a country code;
    /// empty = `teamRegion`. Both may be empty: then only numbers with a "+" are formatted.
    static QString forDisplay(QStringView typed, const QString& customerRegion, const QString& teamRegion);
    /// The team's region for the locale the program runs in ("IN" for hi_IN); empty when it has none.
    static QString regionOf(const QLocale& locale);
};
