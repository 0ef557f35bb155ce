// The customer's name in the interface's own sentences (the hold warning, the window title, the
// interrupted-call question, the calendar event) is the interface language's form of address, the one
// the call scripts use: in every shipped language, for a female, a male, a doctor and a gender-neutral
// customer. The sentences are written to customer-name-sentences.txt in the build tree for a fluent reader.

#include "config/Settings.h"
#include "i18n/Languages.h"
#include "integration/FollowUpCalendar.h"
#include "platform/HoldAlerts.h"
#include "platform/HoldNotifier.h"
#include "platform/LanguageSwitcher.h"
#include "services/CustomerNaming.h"
#include "services/HoldTimer.h"
#include "services/ScriptLibrary.h"
#include "storage/CallRepository.h"
#include "support/FakeClock.h"
#include "support/QStringPrinter.h"
#include "windows/CallIntake.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

class LastNotification final : public HoldNotifier
{
public:
    void showHoldWarning(const QString&, const QString& text, bool) override { body = text; }
    void clearHoldWarning() override {}
    QString body;
};

QString isolated(const QString& name)
{
    return QChar(0x2068) + name + QChar(0x2069);
}

Customer card(const QString& salutation, const QString& given, const QString& family)
{
    Customer customer;
    customer.id = 7;
    customer.salutation = salutation;
    customer.givenName = given;
    customer.familyName = family;
    customer.phone = u"+91 98480 22338"_s;
    return customer;
}

struct Case
{
    QString language;
    QString kind;
    Customer who;
    QString alone;      ///< in a title or label
    QString inSentence; ///< in a sentence about the customer
};

/// Female, male, doctor and gender-neutral customers as agents of each language meet them.
const QList<Case>& cases()
{
    static const QList<Case> all {
        {u"en"_s, u"female"_s, card(u"Ms."_s, u"Jane"_s, u"Smith"_s), u"Ms. Smith"_s, u"Ms. Smith"_s},
        {u"en"_s, u"male"_s, card(u"Mr."_s, u"John"_s, u"Brown"_s), u"Mr. Brown"_s, u"Mr. Brown"_s},
        {u"en"_s, u"doctor"_s, card(u"Dr."_s, u"Priya"_s, u"Patel"_s), u"Dr. Patel"_s, u"Dr. Patel"_s},
        {u"en"_s, u"neutral"_s, card(u"Mx."_s, u"Sam"_s, u"Taylor"_s), u"Mx. Taylor"_s, u"Mx. Taylor"_s},
        {u"hi"_s, u"female"_s, card(u"श्रीमती"_s, u"अनीता"_s, u"शर्मा"_s), u"शर्मा जी"_s, u"शर्मा जी"_s},
        {u"hi"_s, u"male"_s, card(u"श्री"_s, u"राजेश"_s, u"वर्मा"_s), u"वर्मा जी"_s, u"वर्मा जी"_s},
        {u"hi"_s, u"doctor"_s, card(u"डॉ."_s, u"सुनीता"_s, u"गुप्ता"_s), u"डॉ. गुप्ता"_s, u"डॉ. गुप्ता"_s},
        {u"hi"_s, u"neutral"_s, card(u"Mx."_s, u"सैम"_s, u"टेलर"_s), u"टेलर जी"_s, u"टेलर जी"_s},
        {u"te"_s, u"female"_s, card(u"శ్రీమతి"_s, u"లక్ష్మి"_s, u"రెడ్డి"_s), u"లక్ష్మి గారు"_s, u"లక్ష్మి గారు"_s},
        {u"te"_s, u"male"_s, card(u"శ్రీ"_s, u"రవి"_s, u"రావు"_s), u"రవి గారు"_s, u"రవి గారు"_s},
        {u"te"_s, u"doctor"_s, card(u"డా."_s, u"శ్రీనివాస్"_s, u"రావు"_s), u"డా. శ్రీనివాస్ గారు"_s, u"డా. శ్రీనివాస్ గారు"_s},
        {u"te"_s, u"neutral"_s, card(u"Mx."_s, u"సామ్"_s, u"టేలర్"_s), u"సామ్ టేలర్ గారు"_s, u"సామ్ టేలర్ గారు"_s},
        {u"ur"_s, u"female"_s, card(u"محترمہ"_s, u"عائشہ"_s, u"صدیقی"_s), u"صدیقی صاحبہ"_s, u"صدیقی صاحبہ"_s},
        {u"ur"_s, u"male"_s, card(u"جناب"_s, u"عمران"_s, u"چوہدری"_s), u"چوہدری صاحب"_s, u"چوہدری صاحب"_s},
        {u"ur"_s, u"doctor"_s, card(u"ڈاکٹر"_s, u"فاطمہ"_s, u"خان"_s), u"ڈاکٹر خان"_s, u"ڈاکٹر خان"_s},
        {u"ur"_s, u"neutral"_s, card(u"Mx."_s, u"سام"_s, u"ٹیلر"_s), u"سام ٹیلر"_s, u"سام ٹیلر"_s},
        {u"ca"_s, u"female"_s, card(u"Sra."_s, u"Núria"_s, u"Vilalta Soler"_s), u"Sra. Vilalta Soler"_s,
            u"la Sra. Vilalta Soler"_s},
        {u"ca"_s, u"male"_s, card(u"Sr."_s, u"Josep"_s, u"Casals"_s), u"Sr. Casals"_s, u"el Sr. Casals"_s},
        {u"ca"_s, u"doctor"_s, card(u"Dra."_s, u"Laia"_s, u"Guàrdia"_s), u"Dra. Guàrdia"_s, u"Laia Guàrdia"_s},
        {u"ca"_s, u"neutral"_s, card(u"Mx."_s, u"Alex"_s, u"Serra"_s), u"Alex Serra"_s, u"Alex Serra"_s},
    };
    return all;
}

class CustomerNameSentences : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.path() + u"/settings.ini"_s);
        m_window.setWindowTitle(u"Cordial"_s);
        m_alerts = std::make_unique<HoldAlerts>(
            m_timer, *m_settings, HoldAlerts::Outputs {&m_window, &m_notifier, nullptr, [](QWidget*) {}});
    }

    void TearDown() override { LanguageSwitcher::apply(m_languages, u"en"_s); }

    /// The four sentences for `who`, named as the interface names them now.
    struct Sentences
    {
        QString title;
        QString warning;
        QString recovery;
        QString calendar;
    };
    Sentences sentencesFor(const Customer& who)
    {
        Sentences out;
        const QString alone = m_naming.name(who, CustomerNaming::Form::Vocative);
        const QString inSentence = m_naming.name(who, CustomerNaming::Form::Reference);
        m_alerts->setCustomerName(alone, inSentence);
        m_timer.start();
        m_clock.advance(60s);
        m_timer.refresh();
        out.title = m_window.windowTitle();
        out.warning = m_notifier.body;
        m_timer.stop();

        StoredCall stored;
        stored.call.remoteNumber = who.phone;
        stored.call.startedUtc = QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
        out.recovery = CallIntake::recoveryQuestion(stored, inSentence);

        FollowUp followUp;
        followUp.id = 42;
        followUp.customerId = who.id;
        followUp.dueUtc = QDateTime(QDate(2026, 12, 8), QTime(10, 0), Qt::UTC);
        const Result<QByteArray> ics
            = FollowUpCalendar::toIcs(followUp, who, alone, u"Asha Rao"_s, u"ABC Company"_s, followUp.dueUtc);
        EXPECT_TRUE(ics.ok());
        // Unfolded (RFC 5545 §3.1), the SUMMARY line.
        const QString text = QString::fromUtf8(ics.ok() ? ics.value() : QByteArray()).remove(u"\r\n "_s);
        for (const QString& line : text.split(u"\r\n"_s)) {
            if (line.startsWith(u"SUMMARY:"_s))
                out.calendar = line.mid(8);
        }
        return out;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_noOverrides;
    std::unique_ptr<Settings> m_settings;
    FakeClock m_clock;
    HoldTimer m_timer {m_clock};
    QWidget m_window;
    LastNotification m_notifier;
    std::unique_ptr<HoldAlerts> m_alerts;
    Languages m_languages;
    ScriptLibrary m_library {m_noOverrides.path()};
    CustomerNaming m_naming {m_library, m_languages};
};

TEST_F(CustomerNameSentences, EachLanguageNamesTheCustomerInItsFormOfAddress)
{
    QStringList out;
    for (const Case& c : cases()) {
        ASSERT_TRUE(LanguageSwitcher::apply(m_languages, c.language)) << c.language.toStdString();
        const std::string where = QString(c.language + u' ' + c.kind).toStdString();
        EXPECT_EQ(m_naming.name(c.who, CustomerNaming::Form::Vocative), c.alone) << where;
        EXPECT_EQ(m_naming.name(c.who, CustomerNaming::Form::Reference), c.inSentence) << where;

        const Sentences s = sentencesFor(c.who);
        EXPECT_TRUE(s.title.contains(isolated(c.alone))) << where << ": " << s.title.toStdString();
        EXPECT_TRUE(s.warning.contains(isolated(c.inSentence))) << where << ": " << s.warning.toStdString();
        EXPECT_TRUE(s.recovery.contains(isolated(c.inSentence))) << where << ": " << s.recovery.toStdString();
        // The calendar isolates the name only where the entry holds right-to-left text.
        EXPECT_TRUE(s.calendar.endsWith(c.alone) || s.calendar.endsWith(isolated(c.alone))) << where << ": " << s.calendar.toStdString();
        // Never the card's own salutation and family name where the language's form differs from it.
        if (c.who.formalName() != c.alone) {
            for (const QString& sentence : {s.title, s.warning, s.recovery, s.calendar})
                EXPECT_FALSE(sentence.contains(c.who.formalName())) << where << ": " << sentence.toStdString();
        }
        if (c.language != u"en") {
            for (const QString& english : {u"On hold"_s, u"has been on hold"_s, u"A call with"_s, u"Follow-up"_s}) {
                for (const QString& sentence : {s.title, s.warning, s.recovery, s.calendar})
                    EXPECT_FALSE(sentence.contains(english)) << where << " untranslated: " << sentence.toStdString();
            }
        }
        out << u"== "_s + c.language + u' ' + c.kind << s.title << s.warning << s.recovery << s.calendar;
    }
    QFile file(QStringLiteral(CORDIAL_NAMES_OUT));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << file.fileName().toStdString();
    static const QRegularExpression marks(u"[\u2066-\u2069]"_s);
    file.write((out.join(u'\n').remove(marks) + u'\n').toUtf8());
}

TEST_F(CustomerNameSentences, SentencesPlaceTheNameWhereTheirGrammarHoldsIt)
{
    // Telugu: no case ending glued to "… గారు" (it would need the oblique "గారితో"); Catalan: the
    // article of the referring form cannot start the sentence in lower case.
    const Customer lakshmi = cases().at(8).who;
    ASSERT_TRUE(LanguageSwitcher::apply(m_languages, u"te"_s));
    Sentences s = sentencesFor(lakshmi);
    EXPECT_FALSE(s.recovery.contains(u"గారుతో"_s)) << s.recovery.toStdString();
    EXPECT_TRUE(s.warning.startsWith(isolated(u"లక్ష్మి గారు"_s) + u" హోల్డ్‌లో ఉన్నారు"_s)) << s.warning.toStdString();

    const Customer nuria = cases().at(16).who;
    ASSERT_TRUE(LanguageSwitcher::apply(m_languages, u"ca"_s));
    s = sentencesFor(nuria);
    EXPECT_TRUE(s.warning.startsWith(u"Fa 01:00 que "_s + isolated(u"la Sra. Vilalta Soler"_s) + u" està en espera."_s))
        << s.warning.toStdString();
    EXPECT_TRUE(s.recovery.contains(u"amb "_s + isolated(u"la Sra. Vilalta Soler"_s))) << s.recovery.toStdString();
    EXPECT_EQ(s.calendar, u"Seguiment: Sra. Vilalta Soler"_s);
}

TEST_F(CustomerNameSentences, WithoutANameTheWarningSpeaksOfTheCustomer)
{
    for (const QString& language : {u"en"_s, u"hi"_s, u"te"_s, u"ur"_s, u"ca"_s}) {
        ASSERT_TRUE(LanguageSwitcher::apply(m_languages, language));
        Customer nameless;
        nameless.phone = u"+91 98480 22338"_s;
        const Sentences s = sentencesFor(nameless);
        EXPECT_FALSE(s.warning.contains(u"%"_s)) << s.warning.toStdString();
        EXPECT_FALSE(s.warning.contains(QChar(0x2068))) << s.warning.toStdString();
        EXPECT_TRUE(s.recovery.contains(u"98480"_s)) << "the number instead: " << s.recovery.toStdString();
    }
}

} // namespace
