#include "domain/CallScript.h"

#include "domain/ScriptVariables.h"
#include "support/QStringPrinter.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {
const QString Fsi = QString(QChar(0x2068));
const QString Pdi = QString(QChar(0x2069));

QString isolated(const QString& value)
{
    return Fsi + value + Pdi;
}
} // namespace

TEST(ScriptRenderer, WrapsEachValueInFirstStrongIsolates)
{
    const QString text = ScriptRenderer::render(u"My name is {agent}."_s, {{u"agent"_s, u"Jonathan"_s}});
    EXPECT_EQ(text, u"My name is "_s + isolated(u"Jonathan"_s) + u"."_s);
}

TEST(ScriptRenderer, KeepsLatinNameIsolatedInsideUrduSentence)
{
    const QString text = ScriptRenderer::render(u"میرا نام {agent} ہے۔ {company} سے رابطہ کرنے کا شکریہ۔"_s,
        {{u"agent"_s, u"Jonathan"_s}, {u"company"_s, u"ABC Company"_s}});
    EXPECT_EQ(text,
        u"میرا نام "_s + isolated(u"Jonathan"_s) + u" ہے۔ "_s + isolated(u"ABC Company"_s)
            + u" سے رابطہ کرنے کا شکریہ۔"_s);
}

TEST(ScriptRenderer, MissingValueIsReportedAndNeverShownByName)
{
    const RenderedLine line
        = ScriptRenderer::renderLine(u"{customer}, आज आपने {request} का अनुरोध किया।"_s, {{u"customer"_s, u"श्रीमती शर्मा"_s}});
    EXPECT_EQ(line.text, isolated(u"श्रीमती शर्मा"_s) + u", आज आपने … का अनुरोध किया।"_s);
    EXPECT_EQ(line.missing, QStringList {u"request"_s});
    EXPECT_FALSE(line.complete());
    EXPECT_FALSE(line.text.contains(u"[request]"_s));
    EXPECT_EQ(ScriptRenderer::placeholder(u"request"_s), u"…"_s);
}

TEST(ScriptRenderer, BlankValueCountsAsMissing)
{
    const RenderedLine line = ScriptRenderer::renderLine(u"{agent}"_s, {{u"agent"_s, u"   "_s}});
    EXPECT_EQ(line.text, u"…"_s);
    EXPECT_EQ(line.missing, QStringList {u"agent"_s});
}

TEST(ScriptRenderer, OptionalPartIsSaidOnlyWithAllItsValues)
{
    const QString text = u"[[{customer}, ]]may I place you on hold?[[ Reason: {follow_up_why}.]]"_s;
    EXPECT_EQ(ScriptRenderer::render(text, {{u"customer"_s, u"Ms. Smith"_s}}),
        isolated(u"Ms. Smith"_s) + u", may I place you on hold?"_s);
    // Dropped at the start of a sentence: the next word takes the capital.
    const RenderedLine without = ScriptRenderer::renderLine(text, {});
    EXPECT_EQ(without.text, u"May I place you on hold?"_s);
    EXPECT_TRUE(without.complete());
    EXPECT_EQ(ScriptRenderer::render(u"Thank you for holding[[, {customer}]]. Sorry."_s, {}),
        u"Thank you for holding. Sorry."_s);
}

TEST(ScriptRenderer, FallbackReadsNaturallyWhileAValueIsUnknown)
{
    LanguageRules rules;
    rules.language = u"en"_s;
    rules.fallbacks.insert(u"company"_s, u"us"_s);
    const RenderedLine line = ScriptRenderer::renderLine(u"Thank you for contacting {company}."_s, {}, rules);
    EXPECT_EQ(line.text, u"Thank you for contacting us."_s);
    EXPECT_TRUE(line.complete());
}

TEST(ScriptRenderer, CatalanDeBeforeAVowelBecomesDApostrophe)
{
    LanguageRules rules;
    rules.language = u"ca"_s;
    rules.contractions.append({u"de"_s, u"d'"_s, u"AEIOUÀÈÉÍÒÓÚHaeiouàèéíòóúh"_s});
    EXPECT_EQ(ScriptRenderer::render(u"Li truco de {company}."_s, {{u"company"_s, u"Aigües de Manresa"_s}}, rules),
        u"Li truco d'"_s + isolated(u"Aigües de Manresa"_s) + u"."_s);
    EXPECT_EQ(ScriptRenderer::render(u"Li truco de {company}."_s, {{u"company"_s, u"Cordial"_s}}, rules),
        u"Li truco de "_s + isolated(u"Cordial"_s) + u"."_s);
    // Only the whole word: "grande " is not "de ".
    EXPECT_EQ(ScriptRenderer::render(u"grande {company}"_s, {{u"company"_s, u"Aigües"_s}}, rules),
        u"grande "_s + isolated(u"Aigües"_s));
}

TEST(ScriptRenderer, LeavesUnknownAndMalformedBracesAsWritten)
{
    const QString source = u"Codi {no_such_variable}, {}, {}, {a-b}, {agent and {"_s;
    EXPECT_EQ(ScriptRenderer::render(source, {}), source);
}

TEST(ScriptRenderer, GivenUnknownNameIsSubstituted)
{
    EXPECT_EQ(ScriptRenderer::render(u"{ticket}"_s, {{u"ticket"_s, u"T-42"_s}}), isolated(u"T-42"_s));
}

TEST(ScriptRenderer, DoesNotSubstituteInsideValues)
{
    const QString text = ScriptRenderer::render(
        u"{request} / {agent}"_s, {{u"request"_s, u"reset {agent} password"_s}, {u"agent"_s, u"Jordi"_s}});
    EXPECT_EQ(text, isolated(u"reset {agent} password"_s) + u" / "_s + isolated(u"Jordi"_s));
}

TEST(ScriptRenderer, SubstitutesRepeatedAndAdjacentVariables)
{
    const QString text = ScriptRenderer::render(
        u"{customer}{customer} {agent}"_s, {{u"customer"_s, u"శ్రీమతి లక్ష్మి"_s}, {u"agent"_s, u"Núria"_s}});
    EXPECT_EQ(text, isolated(u"శ్రీమతి లక్ష్మి"_s) + isolated(u"శ్రీమతి లక్ష్మి"_s) + u" "_s + isolated(u"Núria"_s));
}

TEST(ScriptRenderer, ListsVariablesInOrderOfFirstUse)
{
    EXPECT_EQ(ScriptRenderer::variablesIn(u"{customer}, {follow_up_who} {customer} {x-y} {follow_up_when}"_s),
        (QStringList {u"customer"_s, u"follow_up_who"_s, u"follow_up_when"_s}));
}

TEST(ScriptRenderer, KnowsTheDocumentedVariables)
{
    const QStringList known = ScriptRenderer::knownVariables();
    for (const QString& name : {u"agent"_s, u"company"_s, u"customer"_s, u"customer_full"_s, u"request"_s, u"address"_s,
             u"follow_up_when"_s, u"follow_up_who"_s, u"follow_up_why"_s, u"card_brand"_s, u"card_last4"_s,
             u"card_expiry"_s, u"card_name"_s}) {
        EXPECT_TRUE(known.contains(name)) << name.toStdString();
    }
}

TEST(ScriptRenderer, KnowsExactlyTheNamedVariablesSortedOnce)
{
    QStringList named;
    for (const QStringView name : ScriptVariable::All)
        named << name.toString();
    QStringList sorted = named;
    sorted.sort();
    sorted.removeDuplicates();
    EXPECT_EQ(named, sorted);
    EXPECT_EQ(ScriptRenderer::knownVariables(), named);
}

TEST(CallScript, FindsStepById)
{
    CallScript script;
    script.language = u"ca"_s;
    script.steps = {{u"greet"_s, u"Salutació"_s, u"Hola."_s, false}, {u"close"_s, u"Comiat"_s, u"Adéu."_s, false}};
    ASSERT_NE(script.step(u"close"_s), nullptr);
    EXPECT_EQ(script.step(u"close"_s)->title, u"Comiat"_s);
    EXPECT_EQ(script.step(u"payment"_s), nullptr);
}
