#pragma once

#include "common/Error.h"
#include "domain/Channel.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

/// A request to start a call, parsed from a command-line argument or a link (F18):
/// "tel:+91-98480-22338", "tel:+1%20555%200100;ext=12", "callto:+44...",
/// "cordial://call?number=...&channel=in_person&customer=..." or a plain "+34 933 123 456".
struct CallRequest
{
    Q_DECLARE_TR_FUNCTIONS(CallRequest)

public:
    /// At most this many digits in an extension (RFC 3966 sets no limit; we do). The number itself
    /// follows the core's phone rule: E.164, at most PhoneNumber::MaxDigits (15) digits.
    static constexpr int MaxExtensionDigits = 15;
    /// Arguments longer than this are refused before any decoding.
    static constexpr int MaxInputLength = 2048;

    QString number; ///< "+" and ASCII digits only ("+919848022338"); local numbers may hold * and #
    QString extension; ///< ASCII digits from ";ext=", empty when none
    QString customerHint; ///< free text from the link ("customer" or "name"), trimmed; may be empty
    Channel channel = Channel::Phone;

    /// Parses one argument. Visual separators (- . ( ) and spaces) are dropped, percent-encoding
    /// decoded and Unicode decimal digits turned into ASCII (PhoneNumber::normalize). Anything else, a
    /// number of more than 15 digits (E.164) or one too long for its country code, is an InvalidInput
    /// error with a translated message.
    static Result<CallRequest> parse(QStringView arg);
};
