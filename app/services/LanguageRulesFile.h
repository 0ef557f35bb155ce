#pragma once

#include "common/Error.h"
#include "domain/LanguageRules.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// Reads a script language's rules file, `<lang>/language.json` (docs/scripts.md, "Language rules").
class LanguageRulesFile final
{
    Q_DECLARE_TR_FUNCTIONS(ScriptLibrary)

public:
    /// Parses the JSON of a rules file; `origin` names the source in error messages.
    static Result<LanguageRules> parse(const QByteArray& json, const QString& origin);
};
