#include "common/Error.h"

#include <QStringBuilder>

QString Error::fullText() const
{
    if (detail.isEmpty())
        return message;
    return message % u"\n(" % detail % u')';
}
