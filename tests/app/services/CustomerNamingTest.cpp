// How the interface names a customer: the interface language's script rules (docs/scripts.md,
// "The customer in the interface's own sentences").
#include "services/CustomerNaming.h"

#include "i18n/Languages.h"
#include "services/ScriptLibrary.h"
#include "support/QStringPrinter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

Customer card(const QString& salutation, const QString& given, const QString& family)
{
    Customer customer;
    customer.salutation = salutation;
    customer.givenName = given;
    customer.familyName = family;
    return customer;
}

class CustomerNamingTest : public ::testing::Test
{
protected:
    void writeOverride(const QString& language, const QByteArray& json)
    {
        ASSERT_TRUE(QDir(m_dir.path()).mkpath(language));
        QFile file(m_dir.path() + u'/' + language + u"/language.json"_s);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(json);
    }

    QTemporaryDir m_dir;
    ScriptLibrary m_library {m_dir.path()};
    Languages m_languages; // English until a catalogue is installed
    CustomerNaming m_naming {m_library, m_languages};
};

TEST_F(CustomerNamingTest, TheInterfaceLanguageDecidesTheForm)
{
    const Customer anita = card(u"श्रीमती"_s, u"Anita"_s, u"Sharma"_s);
    EXPECT_EQ(m_naming.name(anita, CustomerNaming::Form::Vocative), u"Ms. Sharma"_s);
    EXPECT_EQ(m_naming.nameIn(anita, u"hi"_s, CustomerNaming::Form::Vocative), u"Sharma जी"_s);
    EXPECT_EQ(m_naming.nameIn(anita, u"te"_s, CustomerNaming::Form::Vocative), u"Anita గారు"_s);
    EXPECT_EQ(m_naming.nameIn(anita, u"ca"_s, CustomerNaming::Form::Reference), u"la Sra. Sharma"_s);
    EXPECT_EQ(m_naming.nameIn(anita, u"hi-IN"_s, CustomerNaming::Form::Vocative), u"Sharma जी"_s);
}

TEST_F(CustomerNamingTest, ACardWithoutANameHasNone)
{
    Customer nameless;
    nameless.salutation = u"Ms."_s;
    nameless.phone = u"+91 98480 22338"_s;
    EXPECT_EQ(m_naming.nameIn(nameless, u"te"_s, CustomerNaming::Form::Vocative), QString());
}

TEST_F(CustomerNamingTest, TheOrganisationsRulesNameTheCustomerInTheInterfaceToo)
{
    writeOverride(u"hi"_s, R"({"format": 1, "language": "hi", "salutations": {"female": ["श्रीमती"]},
        "address": {"vocative": {"female": "{given} जी"}}})");
    EXPECT_EQ(m_naming.nameIn(card(u"श्रीमती"_s, u"अनीता"_s, u"शर्मा"_s), u"hi"_s, CustomerNaming::Form::Vocative),
        u"अनीता जी"_s);
}

TEST_F(CustomerNamingTest, BrokenRulesStillGiveTheCardsName)
{
    writeOverride(u"te"_s, "{ not json");
    EXPECT_EQ(m_naming.nameIn(card(u"శ్రీమతి"_s, u"లక్ష్మి"_s, u"రెడ్డి"_s), u"te"_s, CustomerNaming::Form::Vocative),
        u"శ్రీమతి రెడ్డి"_s);
}

} // namespace
