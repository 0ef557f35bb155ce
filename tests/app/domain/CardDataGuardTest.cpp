// The one masking mechanism for what leaves memory (issue 12): plain text, JSON records (the call
// journal, event details) and the log.

#include "domain/CardDataGuard.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QStringList s_logged;
void collect(QtMsgType, const QMessageLogContext&, const QString& message)
{
    s_logged << message;
}

} // namespace

TEST(CardDataGuard, MasksPlainTextLikeTheMasker)
{
    EXPECT_EQ(CardDataGuard::outbound(u"pay 4111 1111 1111 1111 now"_s), u"pay [Visa •••• 1111] now"_s);
    EXPECT_EQ(CardDataGuard::outbound(u"order 12345, phone +92 300 1234567"_s), u"order 12345, phone +92 300 1234567"_s);
    EXPECT_EQ(CardDataGuard::outbound(QString()), QString());
}

TEST(CardDataGuard, MasksEveryStringOfAJsonValueButTheKeys)
{
    const QJsonObject record {{u"uid"_s, u"4111111111111111"_s}, {u"follow_up_uid"_s, u"5555555555554444"_s},
        {u"number"_s, u"+49 1512 3456789"_s}, {u"count"_s, 4},
        {u"text"_s, u"card 4111 1111\n1111 1111"_s},
        {u"nested"_s, QJsonObject {{u"name_on_card"_s, u"S 5555-5555-5555-4444"_s}}},
        {u"list"_s, QJsonArray {u"378282246310005"_s, 12}}};
    const QJsonObject masked = CardDataGuard::outbound(record).toObject();
    EXPECT_EQ(masked.value(u"uid"_s).toString(), u"4111111111111111"_s);
    EXPECT_EQ(masked.value(u"follow_up_uid"_s).toString(), u"5555555555554444"_s);
    EXPECT_EQ(masked.value(u"number"_s).toString(), u"+49 1512 3456789"_s);
    EXPECT_EQ(masked.value(u"count"_s).toInt(), 4);
    EXPECT_EQ(masked.value(u"text"_s).toString(), u"card [Visa •••• 1111]"_s);
    EXPECT_EQ(masked.value(u"nested"_s).toObject().value(u"name_on_card"_s).toString(), u"S [Mastercard •••• 4444]"_s);
    EXPECT_EQ(masked.value(u"list"_s).toArray().at(0).toString(), u"[American Express •••• 0005]"_s);
    EXPECT_EQ(masked.value(u"list"_s).toArray().at(1).toInt(), 12);
}

TEST(CardDataGuard, MasksJsonTextByValueSoEscapedLineBreaksDoNotHideACard)
{
    // In JSON text the line break is the two characters \n, which would end the digit run.
    const QString json = uR"({"target":"Billing 4111 1111\n1111 1111","warm":true})"_s;
    const QString masked = CardDataGuard::outboundJson(json);
    EXPECT_FALSE(masked.contains(u"1111 1111"_s)) << masked.toStdString();
    EXPECT_TRUE(masked.contains(u"•••• 1111"_s)) << masked.toStdString();
    EXPECT_TRUE(masked.contains(u"\"warm\":true"_s)) << masked.toStdString();
    // Not JSON: masked as text.
    EXPECT_EQ(CardDataGuard::outboundJson(u"4111111111111111"_s), u"[Visa •••• 1111]"_s);
}

TEST(CardDataGuard, TheLogFilterMasksEveryMessage)
{
    const QtMessageHandler original = qInstallMessageHandler(collect);
    const QtMessageHandler beforeFilter = CardDataGuard::installLogFilter();
    EXPECT_EQ(beforeFilter, &collect);
    qWarning() << "could not store note" << u"4111-1111-1111-1111"_s;
    qInfo("raw %s", "5555555555554444 and 42");
    qInstallMessageHandler(original);
    ASSERT_EQ(s_logged.size(), 2);
    EXPECT_FALSE(s_logged.at(0).contains(u"4111-1111"_s)) << s_logged.at(0).toStdString();
    EXPECT_TRUE(s_logged.at(0).contains(u"[Visa •••• 1111]"_s)) << s_logged.at(0).toStdString();
    EXPECT_EQ(s_logged.at(1), u"raw [Mastercard •••• 4444] and 42"_s);
}
