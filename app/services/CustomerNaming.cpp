#include "services/CustomerNaming.h"

#include "common/Log.h"
#include "i18n/Languages.h"
#include "services/ScriptLibrary.h"

CustomerNaming::CustomerNaming(const ScriptLibrary& scripts, const Languages& languages)
    : m_scripts(scripts)
    , m_languages(languages)
{
}

QString CustomerNaming::name(const Customer& customer, Form form) const
{
    return nameIn(customer, m_languages.current(), form);
}

QString CustomerNaming::nameIn(const Customer& customer, const QString& language, Form form) const
{
    if (customer.fullName().isEmpty())
        return {};
    const Result<LanguageRules> rules = m_scripts.rules(language);
    if (!rules) {
        // The script panel reports the broken file; a sentence still needs a name.
        qCWarning(lcCall) << "no address rules for" << language << ":" << rules.error().fullText();
        return customer.formalName();
    }
    return rules.value().addressOf(customer, form);
}
