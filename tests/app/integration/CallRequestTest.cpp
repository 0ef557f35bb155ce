#include "integration/CallRequest.h"

#include "support/QStringPrinter.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

CallRequest parsed(const QString& arg)
{
    Result<CallRequest> result = CallRequest::parse(arg);
    EXPECT_TRUE(result.ok()) << arg.toStdString() << ": "
                             << (result.ok() ? std::string() : result.error().fullText().toStdString());
    return result.ok() ? result.take() : CallRequest {};
}

void expectRejected(const QString& arg)
{
    const Result<CallRequest> result = CallRequest::parse(arg);
    ASSERT_FALSE(result.ok()) << arg.toStdString() << " was accepted as " << result.value().number.toStdString();
    EXPECT_EQ(result.error().code, Error::Code::InvalidInput);
    EXPECT_FALSE(result.error().message.isEmpty());
}

} // namespace

TEST(CallRequest, TelUriDropsVisualSeparators)
{
    const CallRequest request = parsed(u"tel:+91-98480-22338"_s);
    EXPECT_EQ(request.number, u"+919848022338"_s);
    EXPECT_TRUE(request.extension.isEmpty());
    EXPECT_TRUE(request.customerHint.isEmpty());
    EXPECT_EQ(request.channel, Channel::Phone);
}

TEST(CallRequest, TelUriDecodesPercentEncodingAndExtension)
{
    const CallRequest request = parsed(u"tel:+1%20555%200100;ext=12"_s);
    EXPECT_EQ(request.number, u"+15550100"_s);
    EXPECT_EQ(request.extension, u"12"_s);
}

TEST(CallRequest, TelUriAcceptsParenthesesDotsAndUpperCaseScheme)
{
    EXPECT_EQ(parsed(u"TEL:+1.(555).010-0"_s).number, u"+15550100"_s);
    EXPECT_EQ(parsed(u"tel://+34-933-123-456"_s).number, u"+34933123456"_s);
}

TEST(CallRequest, TelUriIgnoresPhoneContextAndUnknownParameters)
{
    const CallRequest request = parsed(u"tel:7042;phone-context=example.com;foo=bar"_s);
    EXPECT_EQ(request.number, u"7042"_s);
    EXPECT_TRUE(request.extension.isEmpty());
}

TEST(CallRequest, LocalTelNumbersMayHoldStarAndHash)
{
    EXPECT_EQ(parsed(u"tel:*31%23555;phone-context=+34"_s).number, u"*31#555"_s);
}

TEST(CallRequest, CalltoIsAcceptedWithOrWithoutSlashes)
{
    EXPECT_EQ(parsed(u"callto:+44 20 7946 0000"_s).number, u"+442079460000"_s);
    EXPECT_EQ(parsed(u"callto://+442079460000"_s).number, u"+442079460000"_s);
}

TEST(CallRequest, PlainNumberAsTyped)
{
    EXPECT_EQ(parsed(u"+34 933 123 456"_s).number, u"+34933123456"_s);
    EXPECT_EQ(parsed(u"  (040) 2345-6789 "_s).number, u"04023456789"_s);
}

TEST(CallRequest, UnicodeDigitsBecomeAscii)
{
    // Devanagari and Extended Arabic-Indic (Urdu) digits, as pasted from a localised page.
    EXPECT_EQ(parsed(u"+९१ ९८४८० २२३३८"_s).number, u"+919848022338"_s);
    EXPECT_EQ(parsed(u"+۹۲ ۲۱ ۳۴۵۶۷۸۹"_s).number, u"+92213456789"_s);
}

TEST(CallRequest, CordialLinkWithChannelAndCustomer)
{
    const CallRequest request = parsed(
        u"cordial://call?number=%2B91%2098480%2022338&channel=in_person&customer=%E0%B0%B2%E0%B0%95%E0%B1%8D%E0%B0%B7%E0%B1%8D%E0%B0%AE%E0%B0%BF"_s);
    EXPECT_EQ(request.number, u"+919848022338"_s);
    EXPECT_EQ(request.channel, Channel::InPerson);
    EXPECT_EQ(request.customerHint, u"లక్ష్మి"_s);
}

TEST(CallRequest, CordialLinkKeepsLiteralPlusAndDefaultsToPhone)
{
    const CallRequest request = parsed(u"cordial://call?number=+34-933-123-456&ext=7&name=Maria%20Puig"_s);
    EXPECT_EQ(request.number, u"+34933123456"_s);
    EXPECT_EQ(request.extension, u"7"_s);
    EXPECT_EQ(request.channel, Channel::Phone);
    EXPECT_EQ(request.customerHint, u"Maria Puig"_s);
}

TEST(CallRequest, CordialLinkWithoutSlashes)
{
    EXPECT_EQ(parsed(u"cordial:call?number=5550100"_s).number, u"5550100"_s);
}

TEST(CallRequest, RejectsGarbage)
{
    expectRejected(QString());
    expectRejected(u"   "_s);
    expectRejected(u"hello"_s);
    expectRejected(u"1-800-FLOWERS"_s);
    expectRejected(u"tel:"_s);
    expectRejected(u"tel:;ext=12"_s);
    expectRejected(u"tel:+34+933"_s);
    expectRejected(u"tel:+34%zz933"_s);
    expectRejected(u"tel:+34*933"_s); // * and # only in local numbers
    expectRejected(u"tel:+34933123456;ext=+1"_s);
    expectRejected(u"tel:+34933123456;ext=abc"_s);
    expectRejected(u"callto:echo123"_s);
    expectRejected(u"https://example.com/?number=123"_s);
    expectRejected(u"sip:alice@example.com"_s);
    expectRejected(u"+"_s);
    expectRejected(u"--"_s);
}

TEST(CallRequest, RejectsMalformedCordialLinks)
{
    expectRejected(u"cordial://open?number=123"_s);
    expectRejected(u"cordial://call/extra?number=123"_s);
    expectRejected(u"cordial://call"_s);
    expectRejected(u"cordial://call?number="_s);
    expectRejected(u"cordial://call?number=abc"_s);
    expectRejected(u"cordial://call?number=123&channel=carrier_pigeon"_s);
}

TEST(CallRequest, RefusesMoreThanFifteenDigitsAsE164Does)
{
    EXPECT_EQ(parsed(QString(15, u'5')).number, QString(15, u'5'));
    EXPECT_EQ(parsed(u"+44 20 7946 0000"_s).number, u"+442079460000"_s);
    const QString fortyDigits = u"9848022338"_s.repeated(4);
    for (const QString& arg : QStringList {fortyDigits, u"+"_s + fortyDigits, u"tel:"_s + fortyDigits, u"tel:+"_s + fortyDigits,
             u"cordial://call?number="_s + fortyDigits, u"callto:+"_s + fortyDigits, QString(16, u'5'),
             u"+91 98480 22338 12345"_s}) {
        const Result<CallRequest> result = CallRequest::parse(arg);
        ASSERT_FALSE(result.ok()) << arg.toStdString();
        EXPECT_EQ(result.error().code, Error::Code::InvalidInput);
        EXPECT_TRUE(result.error().message.contains(u"at most 15 digits"_s)) << result.error().message.toStdString();
    }
    expectRejected(u"tel:+1555;ext="_s + QString(CallRequest::MaxExtensionDigits + 1, u'1'));
    EXPECT_EQ(parsed(u"tel:+1555;ext="_s + QString(CallRequest::MaxExtensionDigits, u'1')).extension.size(),
        CallRequest::MaxExtensionDigits);
}

TEST(CallRequest, RefusesAnInternationalNumberItsCountryCannotHave)
{
    // libphonenumber: Spain's numbers have nine digits after +34; there is no country code +999.
    const Result<CallRequest> tooLong = CallRequest::parse(u"tel:+34 933 123 456 789"_s);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_TRUE(tooLong.error().message.contains(u"+34"_s)) << tooLong.error().message.toStdString();
    const Result<CallRequest> noCountry = CallRequest::parse(u"+999 123 456"_s);
    ASSERT_FALSE(noCountry.ok());
    EXPECT_TRUE(noCountry.error().message.contains(u"country code"_s)) << noCountry.error().message.toStdString();
    // Short numbers stay the agent's call: a service number, a switchboard.
    EXPECT_EQ(parsed(u"+1 555 0100"_s).number, u"+15550100"_s);
}

TEST(CallRequest, RejectsOverLongInputBeforeDecoding)
{
    // Separators alone would keep the digit count low: the raw length limit catches it.
    expectRejected(u"tel:+1"_s + QString(CallRequest::MaxInputLength, u'-'));
    const Result<CallRequest> result = CallRequest::parse(QString(CallRequest::MaxInputLength + 1, u'5'));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(u"too long"_s));
}

TEST(CallRequest, LongHintIsTrimmed)
{
    const CallRequest request = parsed(u"cordial://call?number=123&customer="_s + QString(500, u'a'));
    EXPECT_EQ(request.customerHint.size(), 200);
}
