#pragma once

#include "domain/Channel.h"
#include "domain/LanguageRules.h"

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
    /// The language's rules: form of address, fallbacks, elisions, spoken date-time (language.json).
    LanguageRules rules;

    const ScriptStep* step(const QString& id) const;
};

/// A line of script as the agent reads it.
struct RenderedLine
{
    QString text;
    /// Variables the line needs and has no value or fallback for, in order of use; `text` has "…" there.
    QStringList missing;
    bool complete() const { return missing.isEmpty(); }
};

/// Fills {variables} in script text (docs/scripts.md). Known variables: ScriptVariable::All
/// (domain/ScriptVariables.h). A {name} outside that list and not given is left as written. A part
/// in double brackets, "[[{customer}, ]]", is said only when every variable in it has a value; a
/// variable outside such a part without a value says the language's fallback ("us" for {company})
/// or, without one, is reported missing. Values are wrapped in Unicode first-strong isolates so
/// names and numbers keep their own direction inside right-to-left sentences; a raw "[name]" is
/// never shown.
class ScriptRenderer final
{
public:
    using Variables = QHash<QString, QString>;

    /// Renders `text` with `variables` under `rules` (fallbacks, elisions).
    static RenderedLine renderLine(const QString& text, const Variables& variables, const LanguageRules& rules = {});
    /// renderLine(...).text: a missing value shows as "…".
    static QString render(const QString& text, const Variables& variables, const LanguageRules& rules = {});
    /// Shown for a value the line still needs: "…" (never the variable's raw name).
    static QString placeholder(const QString& name);
    /// Every variable name the renderer knows (ScriptVariable::All), sorted.
    static QStringList knownVariables();
    /// The {names} used in a text, in order of first use, each once; for checking script files.
    static QStringList variablesIn(const QString& text);
};
