#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

/// The ways a customer reaches the organisation (P1).
enum class Channel {
    Phone,
    InPerson,
    Voicemail,
    Letter,
    Email,
    WebForm,
};

/// Stable keys stored in the database and script file names; display names are translated.
class ChannelInfo
{
    Q_DECLARE_TR_FUNCTIONS(ChannelInfo)

public:
    static constexpr std::array<Channel, 6> all()
    {
        return {Channel::Phone, Channel::InPerson, Channel::Voicemail, Channel::Letter, Channel::Email,
            Channel::WebForm};
    }
    static QString key(Channel channel);
    static std::optional<Channel> fromKey(QStringView key);
    static QString displayName(Channel channel);
};
