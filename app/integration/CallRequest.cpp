#include "integration/CallRequest.h"

#include "domain/PhoneNumber.h"
#include "i18n/BidiText.h"

#include <QList>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxHintLength = 200;

Error invalid(const QString& message, const QString& detail = {})
{
    return Error { Error::Code::InvalidInput, message, detail };
}

QString percentDecoded(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

bool startsWithScheme(QStringView text, QStringView scheme)
{
    return text.size() > scheme.size() && text.startsWith(scheme, Qt::CaseInsensitive)
        && text.at(scheme.size()) == u':';
}

// The number by the core's phone rule (PhoneNumber: E.164 length, country code); a link without a
// digit says so in its own words.
Result<QString> normalizeNumber(QStringView text, bool allowStarHash)
{
    if (!PhoneNumber::hasDigit(text))
        return invalid(CallRequest::tr("The link does not contain a phone number."));
    return PhoneNumber::normalize(text, allowStarHash);
}

Result<QString> normalizeExtension(QStringView text)
{
    Result<QString> ext = normalizeNumber(text, false);
    if (ext && ext.value().startsWith(u'+'))
        return invalid(CallRequest::tr("The extension “%1” must contain digits only.")
                           .arg(BidiText::leftToRight(text.toString().left(40))));
    if (ext && ext.value().size() > CallRequest::MaxExtensionDigits) {
        return invalid(CallRequest::tr("The extension “%1” is too long: at most %2 digits are allowed.")
                           .arg(BidiText::leftToRight(text.toString().left(40)),
                               QString::number(CallRequest::MaxExtensionDigits)));
    }
    return ext;
}

// tel:/callto: body: number[;param=value]... (RFC 3966); parameters are split before decoding.
Result<CallRequest> parseTelBody(QStringView body)
{
    if (body.startsWith(u"//"))
        body = body.mid(2);
    const QList<QStringView> parts = body.split(u';');
    const QString decoded = percentDecoded(parts.first());
    const bool global = decoded.trimmed().startsWith(u'+');
    Result<QString> number = normalizeNumber(decoded, !global);
    if (!number)
        return number.error();

    CallRequest request;
    request.number = number.take();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QStringView param = parts.at(i);
        const qsizetype eq = param.indexOf(u'=');
        const QStringView name = eq < 0 ? param : param.left(eq);
        if (name.compare(u"ext", Qt::CaseInsensitive) != 0)
            continue; // phone-context, isub and unknown parameters do not change what we dial
        Result<QString> ext = normalizeExtension(eq < 0 ? QString() : percentDecoded(param.mid(eq + 1)));
        if (!ext)
            return ext.error();
        request.extension = ext.take();
    }
    return request;
}

Result<CallRequest> parseCordialUrl(QStringView arg)
{
    // "cordial://call?..." (host "call") or "cordial:call?..." (path "call").
    const QUrl url(arg.toString());
    const bool isCall = url.isValid()
        && ((url.host() == u"call" && (url.path().isEmpty() || url.path() == u"/"))
            || (url.host().isEmpty() && url.path() == u"call"));
    if (!isCall)
        return invalid(CallRequest::tr("The link is not a Cordial call link."), arg.toString().left(80));

    const QUrlQuery query(url);
    const QString rawNumber = query.queryItemValue(u"number"_s, QUrl::FullyDecoded);
    if (rawNumber.isEmpty())
        return invalid(CallRequest::tr("The link does not contain a phone number."));
    Result<QString> number = normalizeNumber(rawNumber, !rawNumber.trimmed().startsWith(u'+'));
    if (!number)
        return number.error();

    CallRequest request;
    request.number = number.take();
    if (query.hasQueryItem(u"ext"_s)) {
        Result<QString> ext = normalizeExtension(query.queryItemValue(u"ext"_s, QUrl::FullyDecoded));
        if (!ext)
            return ext.error();
        request.extension = ext.take();
    }
    if (query.hasQueryItem(u"channel"_s)) {
        const QString key = query.queryItemValue(u"channel"_s, QUrl::FullyDecoded).trimmed().toLower();
        const std::optional<Channel> channel = ChannelInfo::fromKey(key);
        if (!channel)
            return invalid(
                CallRequest::tr("The link names an unknown channel “%1”.").arg(BidiText::leftToRight(key.left(40))));
        request.channel = *channel;
    }
    QString hint = query.queryItemValue(u"customer"_s, QUrl::FullyDecoded);
    if (hint.isEmpty())
        hint = query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    request.customerHint = hint.simplified().left(MaxHintLength);
    return request;
}

} // namespace

Result<CallRequest> CallRequest::parse(QStringView arg)
{
    if (arg.size() > MaxInputLength)
        return invalid(tr("The link is too long to be a call request."));
    const QStringView text = arg.trimmed();
    if (text.isEmpty())
        return invalid(tr("The link does not contain a phone number."));

    if (startsWithScheme(text, u"tel"))
        return parseTelBody(text.mid(4));
    if (startsWithScheme(text, u"callto"))
        return parseTelBody(text.mid(7));
    if (startsWithScheme(text, u"cordial"))
        return parseCordialUrl(text);

    // A plain number as typed or pasted: "+34 933 123 456", "(040) 2345-6789".
    Result<QString> number = normalizeNumber(text, false);
    if (!number)
        return number.error();
    CallRequest request;
    request.number = number.take();
    return request;
}
