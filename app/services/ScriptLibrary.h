#pragma once

#include "common/Error.h"
#include "domain/CallScript.h"

#include <QString>
#include <QStringList>

/// Loads call scripts: built-in ones from ":/scripts/<lang>/<channel>.json", overridden by the
/// organisation's files in `<overrideDir>/<lang>/<channel>.json` (the user's config dir by default),
/// so wording and company name change without a rebuild.
class ScriptLibrary final
{
public:
    /// `overrideDir` empty = QStandardPaths::AppConfigLocation + "/scripts".
    explicit ScriptLibrary(QString overrideDir = {});

    /// Languages with a built-in or override script, as BCP 47 codes.
    QStringList languages() const;
    /// The script for a language and channel; falls back to the same language's phone script, then to
    /// English. A malformed override file is an Error naming the file and the problem.
    Result<CallScript> load(const QString& language, Channel channel) const;
    /// The organisation's company name from `<overrideDir>/company.txt`, empty when unset.
    QString companyOverride() const;

    /// Parses script JSON (used for files and tests). `origin` names the source in error messages.
    static Result<CallScript> parse(const QByteArray& json, const QString& origin);

private:
    QString m_overrideDir;
};
