#pragma once

#include <Qt>

/// Item data roles shared by Cordial's models, beyond Qt's own.
enum ModelRole : int {
    RawValueRole = Qt::UserRole + 1, ///< unformatted value: QDateTime in UTC, keys, bools
    IdRole,                          ///< database id of the row's record
};
