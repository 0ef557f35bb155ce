#pragma once

#include "domain/Customer.h"
#include "domain/LanguageRules.h"

#include <QString>

class Languages;
class ScriptLibrary;

/// How the interface names a customer in its own texts (the hold warning, the window title, the
/// interrupted-call question, the calendar event): as the interface language's script rules address
/// them (`<lang>/language.json`, the data the call scripts use), so every such text agrees with what
/// the agent says aloud: "Ms. Smith", "शर्मा जी", "లక్ష్మి గారు", "صدیقی صاحبہ", "la Sra. Vilalta".
class CustomerNaming final
{
public:
    using Form = LanguageRules::AddressForm;

    /// `scripts` and `languages` must outlive the object.
    CustomerNaming(const ScriptLibrary& scripts, const Languages& languages);

    /// The customer in the current interface language: `Vocative` where the name stands alone (a title,
    /// a label: "Sra. Vilalta"), `Reference` inside a sentence about them ("amb la Sra. Vilalta").
    /// Empty when the card has no name.
    QString name(const Customer& customer, Form form) const;
    /// The same in `language` (a BCP 47 code); the card's salutation and family name when the language's
    /// rules cannot be read.
    QString nameIn(const Customer& customer, const QString& language, Form form) const;

private:
    const ScriptLibrary& m_scripts;
    const Languages& m_languages;
};
