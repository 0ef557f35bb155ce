#pragma once

#include "domain/Customer.h"

#include <QString>

class SqlStatement;

/// The columns of a customer row as the repository and the search read them (table alias "c").
namespace CustomerRow {
/// "c.id, c.salutation, ..., c.last_contact_ms": ColumnCount columns.
const QString& columns();
constexpr int ColumnCount = 13;
/// Index of c.last_contact_ms in columns().
constexpr int LastContactColumn = 12;
Customer read(const SqlStatement& q);
} // namespace CustomerRow
