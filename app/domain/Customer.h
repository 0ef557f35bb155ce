#pragma once

#include <QDateTime>
#include <QString>

/// A customer card: who the customer is and how to address them.
struct Customer
{
    qint64 id = 0; ///< 0 until stored
    QString salutation; ///< as the customer wants to be addressed: "Ms.", "Mr.", "Dr.", "श्रीमती", "Sra."
    QString givenName;
    QString familyName;
    QString phone;   ///< as entered; digits are compared for search
    QString email;
    QString address; ///< free text, may span lines
    QString preferredLanguage; ///< BCP 47 code such as "hi" or "ur"; empty = team default
    QDateTime createdUtc;

    /// "Given Family", trimmed; never empty when either part is set.
    QString fullName() const;
    /// Salutation + family name for scripts ("Ms. Smith"); falls back to the full name.
    QString formalName() const;
};
