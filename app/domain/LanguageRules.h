#pragma once

#include "domain/Customer.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// How a script language says a date and time aloud (docs/scripts.md, "when"): a pattern with
/// {weekday} {day} {month} {year} {time}, the time's own pattern with {h} {hh} {H} {HH} {mm}
/// {ampm} {period}, day periods by starting hour ("सुबह", "शाम") and patterns for single hours
/// ("a la {H}:{mm}" at one o'clock in Catalan). Names of days and months come from QLocale.
struct SpokenWhenRule
{
    QString pattern;                 ///< "on {weekday}, {month} {day}, {year} at {time}"
    QString time;                    ///< "{h}:{mm} {ampm}"
    QMap<int, QString> periods;      ///< starting hour -> period word; the last one before the hour applies
    QHash<int, QString> timeByHour;  ///< 0..23 -> a time pattern replacing `time` for that hour
};

/// An elision the language makes between a word of the script and the value after it: Catalan
/// "de" + "Acme" -> "d'Acme".
struct Contraction
{
    QString word;       ///< "de"
    QString contracted; ///< "d'" (no space follows)
    QString before;     ///< the first letters of a value that call for it, e.g. "aeiouàèéíòóúhAEIOU…"
};

/// The rules of one script language that are data, not code (resources/scripts/<lang>/language.json):
/// how the customer is addressed, what a missing value reads as, elisions and the spoken date-time.
struct LanguageRules
{
    enum class AddressForm
    {
        Vocative,  ///< speaking to the customer: "Ms. Smith", "शर्मा जी", "Sra. Vilalta"
        Reference, ///< speaking about the customer: "la Sra. Vilalta"
    };

    QString language;
    /// Kind of salutation ("female", "male", "neutral", "doctor") -> salutations of this language that
    /// are of that kind; the first is the one this language uses when the card's salutation is of
    /// another language. Salutations of other languages are recognised through `recognised`.
    QHash<QString, QStringList> salutations;
    /// Salutation (any language, compared case-insensitively) -> kind; filled from every language's
    /// `salutations` when the rules are loaded.
    QHash<QString, QString> recognised;
    /// Kind (the four above plus "other" and "none") -> template with {title} {salutation} {given}
    /// {family} {full}; a template naming a part the card lacks falls back to {full}.
    QHash<QString, QString> vocative;
    QHash<QString, QString> reference; ///< as `vocative`; missing kinds use the vocative template
    QHash<QString, QString> fallbacks; ///< variable -> what the line says while it has no value
    QString comma = QStringLiteral(", "); ///< joins the request and its details ("، " in Urdu)
    QList<Contraction> contractions;
    SpokenWhenRule when;

    /// The customer's name as this language addresses them; empty when the card has no name.
    QString addressOf(const Customer& customer, AddressForm form = AddressForm::Vocative) const;
    /// "female", "male", "neutral", "doctor", "other" or "none" for a salutation as stored on a card.
    QString salutationKind(const QString& salutation) const;
    /// The date and time said aloud, with the language's own case marker: "on Monday, December 7,
    /// 2026 at 10:00 AM", "सोमवार, 7 दिसंबर 2026 को सुबह 10:00 बजे". `local` is in the customer's
    /// (the agent's) local time. Without a `when` rule: the locale's long date and short time.
    QString spokenWhen(const QDateTime& local) const;
    /// `text` followed by `value`, with the language's elision applied at the seam ("de " + "Anna").
    QString joinBeforeValue(const QString& text, const QString& value) const;
};
