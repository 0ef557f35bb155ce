#pragma once

#include "DataGenerator.h"

#include <QList>
#include <QString>
#include <QStringList>

/// The queries the keystroke replay types, by kind, taken from customers the generator made (so they
/// exist at every size) plus fixed ones from the issue ("jordi puig").
struct BenchQuery
{
    QString kind; ///< "word", "two-words", "hindi", "telugu", "urdu", "turkish", "phone", "email"
    QString text;
};

class BenchQueries final
{
public:
    /// Queries for a database generated with `seed` holding `customers` customers.
    static QList<BenchQuery> make(quint64 seed, qint64 customers);
    /// Every prefix of `text` as typed one character at a time (spaces included), the whole text last.
    static QStringList keystrokes(const QString& text);
    /// Indices (0-based) of up to `count` customers spread evenly over the database.
    static QList<qint64> spread(qint64 customers, int count);
};
