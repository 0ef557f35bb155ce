#include "domain/Channel.h"

using namespace Qt::StringLiterals;

QString ChannelInfo::key(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return u"phone"_s;
    case Channel::InPerson:
        return u"in_person"_s;
    case Channel::Voicemail:
        return u"voicemail"_s;
    case Channel::Letter:
        return u"letter"_s;
    case Channel::Email:
        return u"email"_s;
    case Channel::WebForm:
        return u"web_form"_s;
    }
    return u"phone"_s;
}

std::optional<Channel> ChannelInfo::fromKey(QStringView key)
{
    for (const Channel channel : all()) {
        if (ChannelInfo::key(channel) == key)
            return channel;
    }
    return std::nullopt;
}

QString ChannelInfo::displayName(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return tr("Phone");
    case Channel::InPerson:
        return tr("In person");
    case Channel::Voicemail:
        return tr("Voicemail");
    case Channel::Letter:
        return tr("Letter");
    case Channel::Email:
        return tr("E-mail");
    case Channel::WebForm:
        return tr("Web form");
    }
    return {};
}
