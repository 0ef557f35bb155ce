#include "integration/FollowUpCalendar.h"

#include "support/QStringPrinter.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <memory>

#include <gtest/gtest.h>
#include <libical/ical.h>

using namespace Qt::StringLiterals;

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

const QDateTime Due(QDate(2024, 3, 5), QTime(9, 30), Qt::UTC);
const QDateTime Stamp(QDate(2024, 3, 1), QTime(14, 5, 7), Qt::UTC);
const QString Organisation = u"Acme Seguros"_s;

Customer teluguCustomer()
{
    Customer customer;
    customer.id = 7;
    customer.salutation = u"శ్రీమతి"_s;
    customer.givenName = u"లక్ష్మి"_s;
    customer.familyName = u"రెడ్డి"_s;
    customer.phone = u"+91 98480 22338"_s;
    return customer;
}

FollowUp followUp(const QString& reason = u"Confirm the refund arrived."_s)
{
    FollowUp item;
    item.id = 42;
    item.customerId = 7;
    item.dueUtc = Due;
    item.reason = reason;
    return item;
}

/// `name` is how the interface language names the customer (CustomerNaming); empty = the full name.
QByteArray exported(const FollowUp& item, const Customer& customer, const QString& name = {})
{
    Result<QByteArray> ics = FollowUpCalendar::toIcs(item, customer, name, u"Asha Rao"_s, Organisation, Stamp);
    EXPECT_TRUE(ics.ok()) << (ics.ok() ? std::string() : ics.error().fullText().toStdString());
    return ics.ok() ? ics.take() : QByteArray();
}

ComponentPtr parse(const QByteArray& ics)
{
    return ComponentPtr(icalparser_parse_string(ics.constData()));
}

icalcomponent* firstEvent(icalcomponent* calendar)
{
    return icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
}

QDateTime toQDateTime(icaltimetype time)
{
    return QDateTime::fromSecsSinceEpoch(icaltime_as_timet(time), Qt::UTC);
}

} // namespace

TEST(FollowUpCalendar, ParsesBackWithOneEventInUtc)
{
    const QByteArray ics = exported(followUp(), teluguCustomer());
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    const ComponentPtr calendar = parse(ics);
    ASSERT_TRUE(calendar);
    EXPECT_EQ(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
    EXPECT_EQ(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), 1);
    EXPECT_EQ(icalcomponent_count_errors(calendar.get()), 0);

    icalcomponent* event = firstEvent(calendar.get());
    ASSERT_NE(event, nullptr);
    const icaltimetype start = icalcomponent_get_dtstart(event);
    EXPECT_TRUE(icaltime_is_utc(start));
    EXPECT_EQ(toQDateTime(start), Due);
    EXPECT_EQ(toQDateTime(icalcomponent_get_dtstamp(event)), Stamp);
    EXPECT_EQ(icaldurationtype_as_int(icalcomponent_get_duration(event)), 15 * 60);
    EXPECT_TRUE(ics.contains("DTSTART:20240305T093000Z\r\n"));
}

TEST(FollowUpCalendar, TeluguSummaryRoundTrips)
{
    const ComponentPtr calendar = parse(exported(followUp(), teluguCustomer(), u"లక్ష్మి గారు"_s));
    ASSERT_TRUE(calendar);
    icalcomponent* event = firstEvent(calendar.get());
    ASSERT_NE(event, nullptr);
    // Nothing right-to-left in it: the calendar gets no invisible direction characters.
    EXPECT_EQ(QString::fromUtf8(icalcomponent_get_summary(event)), u"Follow-up: లక్ష్మి గారు"_s);
}

TEST(FollowUpCalendar, UrduTextRoundTripsAndFoldsOnCharacterBoundaries)
{
    Customer customer;
    customer.salutation = u"محترمہ"_s;
    customer.givenName = u"عائشہ"_s;
    customer.familyName = u"صدیقی"_s;
    customer.phone = u"+92 21 3456789"_s;
    const QString reason = u"واپسی کی رقم کی تصدیق کریں، پھر گاہک کو دوبارہ کال کریں اور شکریہ ادا کریں۔"_s;

    const QByteArray ics = exported(followUp(reason), customer, u"صدیقی صاحبہ"_s);
    for (const QByteArray& line : ics.split('\n')) {
        EXPECT_LE(line.size(), 76) << line.toStdString(); // 75 octets plus the CR
        auto decoder = QStringDecoder(QStringDecoder::Utf8);
        const QString text = decoder(line);
        EXPECT_FALSE(decoder.hasError()) << "folded inside a UTF-8 sequence: " << line.toStdString();
    }

    const ComponentPtr calendar = parse(ics);
    ASSERT_TRUE(calendar);
    icalcomponent* event = firstEvent(calendar.get());
    ASSERT_NE(event, nullptr);
    EXPECT_EQ(QString::fromUtf8(icalcomponent_get_summary(event)), u"Follow-up: \u2068صدیقی صاحبہ\u2069"_s);
    const QString description = QString::fromUtf8(icalcomponent_get_description(event));
    EXPECT_TRUE(description.startsWith(reason)) << description.toStdString();
    EXPECT_TRUE(description.contains(u"\u2066+92 21 3456789\u2069"_s)) << description.toStdString();
}

TEST(FollowUpCalendar, DescriptionHoldsReasonPhoneAndOwner)
{
    const ComponentPtr calendar = parse(exported(followUp(u"Refund; check bank, then call"_s), teluguCustomer()));
    ASSERT_TRUE(calendar);
    const QString description = QString::fromUtf8(icalcomponent_get_description(firstEvent(calendar.get())));
    EXPECT_TRUE(description.startsWith(u"Refund; check bank, then call\n"_s)) << description.toStdString();
    EXPECT_TRUE(description.contains(u"Phone: +91 98480 22338"_s)) << description.toStdString();
    for (const char16_t invisible : { u'\u2066', u'\u2068', u'\u2069', u'\u200E', u'\u200F' })
        EXPECT_FALSE(description.contains(QChar(invisible))) << description.toStdString();
    EXPECT_TRUE(description.contains(u"Asha Rao"_s)) << description.toStdString();
    EXPECT_TRUE(description.contains(Organisation)) << description.toStdString();
}

TEST(FollowUpCalendar, UidIsStableAcrossExports)
{
    const ComponentPtr first = parse(exported(followUp(), teluguCustomer()));
    FollowUp moved = followUp(u"Something else"_s);
    moved.dueUtc = Due.addDays(1);
    const ComponentPtr second = parse(exported(moved, teluguCustomer()));
    ASSERT_TRUE(first);
    ASSERT_TRUE(second);
    const QString uid = QString::fromUtf8(icalcomponent_get_uid(firstEvent(first.get())));
    EXPECT_EQ(uid, FollowUpCalendar::uid(42, Organisation));
    EXPECT_TRUE(uid.startsWith(u"followup-42-"_s)) << uid.toStdString();
    EXPECT_TRUE(uid.endsWith(u"@cordial.example.org"_s)) << uid.toStdString();
    EXPECT_EQ(QString::fromUtf8(icalcomponent_get_uid(firstEvent(second.get()))), uid);
    EXPECT_NE(FollowUpCalendar::uid(42, u"Other Org"_s), uid);
    EXPECT_NE(FollowUpCalendar::uid(43, Organisation), uid);
}

TEST(FollowUpCalendar, AlarmTenMinutesBefore)
{
    const ComponentPtr calendar = parse(exported(followUp(), teluguCustomer()));
    ASSERT_TRUE(calendar);
    icalcomponent* alarm = icalcomponent_get_first_component(firstEvent(calendar.get()), ICAL_VALARM_COMPONENT);
    ASSERT_NE(alarm, nullptr);
    icalproperty* trigger = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY);
    ASSERT_NE(trigger, nullptr);
    EXPECT_EQ(icaldurationtype_as_int(icalproperty_get_trigger(trigger).duration), -10 * 60);
    icalproperty* action = icalcomponent_get_first_property(alarm, ICAL_ACTION_PROPERTY);
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(icalproperty_get_action(action), ICAL_ACTION_DISPLAY);
    EXPECT_NE(icalcomponent_get_first_property(alarm, ICAL_DESCRIPTION_PROPERTY), nullptr);
}

TEST(FollowUpCalendar, CardNumberInReasonIsMasked)
{
    const QByteArray ics = exported(
        followUp(u"Customer read out 4111 1111 1111 1111 by mistake, CVV 123; call back"_s), teluguCustomer());
    EXPECT_FALSE(ics.contains("4111 1111"));
    EXPECT_FALSE(ics.contains("4111111111111111"));
    const ComponentPtr calendar = parse(ics);
    ASSERT_TRUE(calendar);
    const QString description = QString::fromUtf8(icalcomponent_get_description(firstEvent(calendar.get())));
    EXPECT_TRUE(description.contains(u"1111"_s))
        << "last four digits stay for reference: " << description.toStdString();
    EXPECT_FALSE(description.contains(u"4111"_s)) << description.toStdString();
    EXPECT_FALSE(description.contains(u"123"_s)) << "security code leaked: " << description.toStdString();
}

TEST(FollowUpCalendar, RefusesUnsavedFollowUpAndInvalidTimes)
{
    FollowUp unsaved = followUp();
    unsaved.id = 0;
    const Result<QByteArray> noId = FollowUpCalendar::toIcs(unsaved, teluguCustomer(), {}, {}, {}, Stamp);
    ASSERT_FALSE(noId.ok());
    EXPECT_EQ(noId.error().code, Error::Code::InvalidArgument);

    FollowUp noDue = followUp();
    noDue.dueUtc = {};
    EXPECT_FALSE(FollowUpCalendar::toIcs(noDue, teluguCustomer(), {}, {}, {}, Stamp).ok());
    EXPECT_FALSE(FollowUpCalendar::toIcs(followUp(), teluguCustomer(), {}, {}, {}, QDateTime()).ok());
}

TEST(FollowUpCalendar, WritesFileAtomically)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray ics = exported(followUp(), teluguCustomer());
    const QString path = dir.filePath(u"follow-up.ics"_s);
    const Status status = FollowUpCalendar::writeIcs(path, ics);
    ASSERT_TRUE(status.ok()) << status.error().fullText().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), ics);
}

TEST(FollowUpCalendar, UnwritablePathIsAClearError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missing = dir.filePath(u"no/such/folder/follow-up.ics"_s);
    const Status status = FollowUpCalendar::writeIcs(missing, "BEGIN:VCALENDAR\r\n");
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(u"follow-up.ics"_s)) << status.error().message.toStdString();
    EXPECT_FALSE(status.error().detail.isEmpty());

    // A directory where the file should be.
    EXPECT_FALSE(FollowUpCalendar::writeIcs(dir.path(), "x").ok());
}
