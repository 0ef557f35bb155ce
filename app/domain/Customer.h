#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

/// A customer card: who the customer is and how to address them.
struct Customer
{
    qint64 id = 0; ///< 0 until stored
    QString salutation; ///< as the customer wants to be addressed: "Ms.", "Mr.", "Dr.", "श्रीमती", "Sra."
    QString givenName;
    QString familyName;
    QString phone;   ///< the main number, as entered; stored beside its E.164 and national keys
    QStringList otherPhones; ///< further numbers, as entered (mobile, office, ...)
    QString email;
    QString address; ///< free text, may span lines
    QString preferredLanguage; ///< BCP 47 code such as "hi" or "ur"; empty = team default
    QString country; ///< ISO 3166-1 region ("IN", "PK", "ES"); empty = the team's default region
    QStringList tags; ///< free labels ("VIP", "Braille letters"), in the order given
    QDateTime lastContactUtc; ///< last interaction or call; invalid = never
    QDateTime createdUtc;

    /// "Given Family", trimmed; never empty when either part is set.
    QString fullName() const;
    /// Salutation + family name for scripts ("Ms. Smith"); falls back to the full name.
    QString formalName() const;
};
