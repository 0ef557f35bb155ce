#pragma once

#include <QString>

/// The keys by which an imported row is recognised as a customer already known: the main phone after
/// E.164 (libphonenumber, read for the row's country or the default region) and the name folded.
/// A stand-in for PhoneKeys/SearchText until the search work lands; the import then uses theirs.
class ImportIdentity final
{
public:
    struct Phone
    {
        QString e164;     ///< "+919848022338"; empty when no country is known for a national number
        QString national; ///< national significant number, "9848022338"; digits as typed when unparsable
        QString region;   ///< the region the number was read for ("IN"), empty when unknown
    };

    /// Keys of `normalized` (PhoneNumber::normalize output: "+" and ASCII digits, or digits) read for
    /// `region` (ISO 3166, may be empty).
    static Phone phone(const QString& normalized, const QString& region);
    /// "Given Family" case-folded, NFC, with runs of white space made one space: "ÑÚRIA  puig" = "ñúria puig".
    static QString foldedName(const QString& givenName, const QString& familyName);
};
