#pragma once

#include "common/Error.h"
#include "domain/CallScript.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// Loads call scripts: built-in ones from ":/scripts/<lang>/<channel>.json", overridden by the
/// organisation's files in `<overrideDir>/<lang>/<channel>.json` (the user's config dir by default),
/// so wording and company name change without a rebuild.
class ScriptLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(ScriptLibrary)

public:
    /// The highest "format" number of script files this build reads (docs/scripts.md).
    static constexpr int FormatVersion = 1;

    /// `overrideDir` empty = QStandardPaths::AppConfigLocation + "/scripts".
    explicit ScriptLibrary(QString overrideDir = {});

    /// Languages with a built-in or override script, as BCP 47 codes.
    QStringList languages() const;
    /// The script for a language and channel; falls back to the same language's phone script, then to
    /// English. A malformed override file is an Error naming the file and the problem.
    Result<CallScript> load(const QString& language, Channel channel) const;
    /// The rules of a script language (`<lang>/language.json`, the organisation's file first; the
    /// primary language's for "hi-IN"): form of address, fallbacks, elisions, spoken date-time, with
    /// the salutations of every language recognised. Empty rules when the language has none.
    Result<LanguageRules> rules(const QString& language) const;
    /// The organisation's company name from `<overrideDir>/company.txt`, empty when unset.
    QString companyOverride() const;

    /// Parses script JSON (used for files and tests). `origin` names the source in error messages.
    static Result<CallScript> parse(const QByteArray& json, const QString& origin);

    /// Step ids every shipped script has, in order (V1–V3); "payment" and "follow_up" are optional.
    static QStringList requiredSteps();
    /// Line ids every shipped script has: apology, hold_ask, abusive_hold, abusive_supervisor,
    /// transfer_warm, transfer_cold.
    static QStringList requiredLines();

private:
    /// The rules file of exactly `language`, override first; empty rules when neither exists.
    Result<LanguageRules> rulesOf(const QString& language) const;

    QString m_overrideDir;
};
