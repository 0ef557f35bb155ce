#pragma once

#include <QJsonValue>
#include <QString>
#include <QtGlobal>

/// The one way free text leaves memory (F8, V4, rule 6 of the guide). Storage binds every text
/// through outbound(), the call journal passes its records through outboundJson(), and the log
/// handler installed by installLogFilter() masks every message: a new table, file or log line
/// cannot hold a card number because its author forgot a call. What the agent sees while typing is
/// masked separately by the editors (it is for the agent's eyes, and undoable).
namespace CardDataGuard {

/// `text` with every card number and typed security code masked (CardMasker::maskCardNumbers).
QString outbound(const QString& text);

/// `value` with every string inside masked, at any depth. Members whose name ends in "uid" (any case:
/// program-made keys) and "number" (the caller's phone number) are left as they are: masking them
/// would break the record's identity. Strings are masked as values, so a card split by a line break
/// (written "\n" in JSON text) is still found.
QJsonValue outbound(const QJsonValue& value);

/// A JSON object or array in compact text, masked as outbound(QJsonValue). Text that is not JSON is
/// masked as plain text.
QString outboundJson(const QString& json);

/// Routes every Qt log message through outbound() before the handler that was installed, and
/// returns that handler (to restore it). Installed once by the program at start-up.
QtMessageHandler installLogFilter();

} // namespace CardDataGuard
