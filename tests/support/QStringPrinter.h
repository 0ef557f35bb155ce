#pragma once

#include <QString>

#include <ostream>

// Lets GoogleTest print QString values as UTF-8 text in failure messages instead of raw bytes.
inline void PrintTo(const QString& value, std::ostream* os)
{
    *os << '"' << value.toStdString() << '"';
}
