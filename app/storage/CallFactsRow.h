#pragma once

#include "domain/CallFacts.h"

#include <QString>

class SqlStatement;

/// The call_facts columns a reader selects (prefixed with `alias.`) and how a row reads back: one
/// list for every query that shows facts.
namespace CallFactsRow {
QString columns(const QString& alias);
/// Number of columns in columns().
constexpr int ColumnCount = 17;
/// The facts from the row's columns starting at `first`.
CallFacts read(const SqlStatement& q, int first);
} // namespace CallFactsRow
