#pragma once

#include "domain/Channel.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// One step of a call script (greet, clarify, restate, payment, follow-up, offer more help, close).
struct ScriptStep
{
    QString id;    ///< stable key: "greet", "clarify", "restate", "payment", "follow_up", "more_help", "close"
    QString title; ///< short heading, in the script's language
    QString text;  ///< verbiage with {variables}
    bool optional = false;
};

/// The verbiage for one channel in one language, loaded from a data file (not code, not tr()).
struct CallScript
{
    QString language; ///< BCP 47 code of the verbiage ("en", "ur")
    Channel channel = Channel::Phone;
    QList<ScriptStep> steps;
    /// Single lines outside the step order: "apology" (after a hold), "abusive_hold",
    /// "abusive_supervisor", "hold_ask", "transfer_warm", "transfer_cold" (docs/scripts.md).
    QHash<QString, QString> lines;

    const ScriptStep* step(const QString& id) const;
};

/// Fills {variables} in script text. Known variables: ScriptVariable::All (domain/ScriptVariables.h:
/// agent, company, customer, request, the card and follow-up facts...). A {name} outside that list and not given is
/// left as written; a known or given one without a value becomes `placeholder(name)`. Values are
/// wrapped in Unicode first-strong isolates so names and numbers keep their own direction inside
/// right-to-left sentences.
class ScriptRenderer final
{
public:
    using Variables = QHash<QString, QString>;

    /// Replaces each {name} with its value; a variable with no value becomes `placeholder(name)`
    /// so the agent sees what is missing instead of an empty gap.
    static QString render(const QString& text, const Variables& variables);
    /// Shown for a variable without value: "[name]".
    static QString placeholder(const QString& name);
    /// Every variable name the renderer knows (ScriptVariable::All), sorted.
    static QStringList knownVariables();
    /// The {names} used in a text, in order of first use, each once; for checking script files.
    static QStringList variablesIn(const QString& text);
};
