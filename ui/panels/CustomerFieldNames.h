#pragma once

#include "domain/CustomerFields.h"

#include <QCoreApplication>
#include <QString>

/// The fields of a card as the reader's language names them: captions of the editor, rows of the merge
/// dialog, lines of the audit trail.
class CustomerFieldNames final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerFieldNames)

public:
    /// "Given name", without a colon.
    static QString name(CustomerField field);
    /// The name as a form caption ("Given name:").
    static QString caption(CustomerField field);
    /// A stored field key ("given_name") named; the key itself when unknown.
    static QString nameOfKey(const QString& key);
};
