#include "domain/CardDataGuard.h"

#include "domain/CardMasker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

bool isKeyMember(const QString& name)
{
    return name.endsWith(u"uid", Qt::CaseInsensitive) || name == u"number";
}

std::atomic<QtMessageHandler> s_nextHandler {nullptr};

void maskingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString masked = CardDataGuard::outbound(message);
    if (const QtMessageHandler next = s_nextHandler.load())
        next(type, context, masked);
}

} // namespace

QString CardDataGuard::outbound(const QString& text)
{
    return CardMasker::maskCardNumbers(text);
}

QJsonValue CardDataGuard::outbound(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return outbound(value.toString());
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(outbound(item));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out = value.toObject();
        for (auto it = out.begin(); it != out.end(); ++it) {
            if (!isKeyMember(it.key()))
                it.value() = outbound(it.value());
        }
        return out;
    }
    default:
        return value;
    }
}

QString CardDataGuard::outboundJson(const QString& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return outbound(json);
    const QJsonValue masked = outbound(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    const QJsonDocument out = masked.isArray() ? QJsonDocument(masked.toArray()) : QJsonDocument(masked.toObject());
    return QString::fromUtf8(out.toJson(QJsonDocument::Compact));
}

QtMessageHandler CardDataGuard::installLogFilter()
{
    const QtMessageHandler previous = qInstallMessageHandler(maskingHandler);
    // Qt's default handler is returned as a real function, so forwarding to it keeps stderr output.
    s_nextHandler.store(previous);
    return previous;
}
