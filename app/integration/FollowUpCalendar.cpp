#include "integration/FollowUpCalendar.h"

#include "common/Log.h"
#include "domain/CardMasker.h"
#include "i18n/BidiText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>

#include <ctime>
#include <memory>

#include <libical/ical.h>

using namespace Qt::StringLiterals;

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct BufferDeleter
{
    void operator()(char* buffer) const { icalmemory_free_buffer(buffer); }
};
using BufferPtr = std::unique_ptr<char, BufferDeleter>;

icaltimetype toIcalUtc(const QDateTime& dateTime)
{
    return icaltime_from_timet_with_zone(
        static_cast<time_t>(dateTime.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

// libical copies the string, so the temporary's lifetime is enough.
void addText(icalcomponent* component, icalproperty* (*make)(const char*), const QString& text)
{
    icalcomponent_add_property(component, make(BidiText::forFile(text).toUtf8().constData()));
}

QString description(
    const FollowUp& followUp, const Customer& customer, const QString& ownerName, const QString& organisation)
{
    QStringList lines;
    const QString reason = CardMasker::maskCardNumbers(followUp.reason.trimmed());
    if (!reason.isEmpty())
        lines << reason << QString();
    lines << FollowUpCalendar::tr("Customer: %1").arg(BidiText::isolated(customer.fullName()));
    if (!customer.phone.trimmed().isEmpty())
        lines << FollowUpCalendar::tr("Phone: %1").arg(BidiText::leftToRight(customer.phone.trimmed()));
    if (!ownerName.trimmed().isEmpty()) {
        const QString owner = BidiText::isolated(ownerName.trimmed());
        lines << (organisation.trimmed().isEmpty()
                ? FollowUpCalendar::tr("Owner: %1").arg(owner)
                : FollowUpCalendar::tr("Owner: %1, %2").arg(owner, BidiText::isolated(organisation.trimmed())));
    }
    return lines.join(u'\n');
}

} // namespace

QString FollowUpCalendar::uid(qint64 followUpId, const QString& organisation)
{
    const QByteArray orgHash
        = QCryptographicHash::hash(organisation.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return u"followup-%1-%2@cordial.example.org"_s.arg(followUpId).arg(QString::fromLatin1(orgHash));
}

Result<QByteArray> FollowUpCalendar::toIcs(const FollowUp& followUp, const Customer& customer,
    const QString& customerName, const QString& ownerName, const QString& organisation, const QDateTime& stampUtc)
{
    if (followUp.id <= 0)
        return Error { Error::Code::InvalidArgument, tr("Save the follow-up before adding it to a calendar."),
            u"followUp.id is 0"_s };
    if (!followUp.dueUtc.isValid())
        return Error { Error::Code::InvalidArgument, tr("The follow-up has no due time."), u"dueUtc is invalid"_s };
    if (!stampUtc.isValid())
        return Error { Error::Code::InvalidArgument, tr("The calendar export has no valid time stamp."),
            u"stampUtc is invalid"_s };

    const QString summary
        = tr("Follow-up: %1").arg(BidiText::isolated(customerName.isEmpty() ? customer.fullName() : customerName));

    ComponentPtr calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Cordial//Cordial Follow-ups//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));

    icalcomponent* event = icalcomponent_new_vevent();
    icalcomponent_add_component(calendar.get(), event); // the calendar owns it from here
    addText(event, icalproperty_new_uid, uid(followUp.id, organisation));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(toIcalUtc(stampUtc)));
    icalcomponent_add_property(event, icalproperty_new_dtstart(toIcalUtc(followUp.dueUtc)));
    icalcomponent_add_property(event, icalproperty_new_duration(icaldurationtype_from_int(EventMinutes * 60)));
    addText(event, icalproperty_new_summary, summary);
    addText(event, icalproperty_new_description, description(followUp, customer, ownerName, organisation));
    icalcomponent_add_property(event, icalproperty_new_class(ICAL_CLASS_PRIVATE));

    icalcomponent* alarm = icalcomponent_new_valarm();
    icalcomponent_add_component(event, alarm);
    icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    icalcomponent_add_property(alarm, icalproperty_new_trigger(icaltriggertype_from_int(-AlarmMinutesBefore * 60)));
    addText(alarm, icalproperty_new_description, summary);

    const BufferPtr text(icalcomponent_as_ical_string_r(calendar.get()));
    if (!text) {
        return Error { Error::Code::Unknown, tr("The follow-up could not be turned into a calendar entry."),
            QString::fromUtf8(icalerror_strerror(icalerrno)) };
    }
    return QByteArray(text.get());
}

Status FollowUpCalendar::writeIcs(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcIntegration) << "Cannot write calendar file:" << file.errorString();
        return Error { Error::Code::InvalidArgument,
            tr("Cannot save the calendar file “%1”. Choose a folder you can write to.")
                .arg(BidiText::leftToRight(QDir::toNativeSeparators(path))),
            file.errorString() };
    }
    return {};
}
