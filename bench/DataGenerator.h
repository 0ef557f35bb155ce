#pragma once

#include "domain/Customer.h"

#include <QString>
#include <QStringList>

#include <functional>

class Database;

/// Deterministic test data for benchmarks: customers with multilingual names (Catalan/Spanish,
/// English, Hindi, Telugu, Urdu, Turkish), phones written in several national and international
/// forms, e-mails, countries, and a history across all channels with some calls and their events.
/// Customer `index` (0-based) depends only on the seed and the index, so benchmarks can rebuild any
/// customer (and its phone in another form) without reading the database.
class DataGenerator final
{
public:
    struct Options
    {
        qint64 customers = 1000;
        qint64 interactions = 10000;
        quint64 seed = 14;
        /// Customer 0 gets this many history entries (scrolling a long history); 0 = as the others.
        qint64 heavyHistory = 10000;
        /// One interaction in this many is a phone call stored with its event log (CallRepository).
        int callEvery = 100;
        qint64 customersPerTransaction = 20000;
    };

    explicit DataGenerator(quint64 seed);

    /// Customer `index` as the generator inserts it (id 0, lastContactUtc left invalid).
    Customer customer(qint64 index) const;
    /// The main phone of customer `index` in every form the generator knows, the stored one first:
    /// E.164 spaced, E.164 compact, national with trunk 0, 00-prefix, `(0)` form, Devanagari digits...
    QStringList phoneForms(qint64 index) const;
    /// The ISO region of customer `index`.
    QString country(qint64 index) const;

    /// Inserts `options.customers` customers and `options.interactions` interactions into an empty
    /// database through CustomerRepository, InteractionRepository and CallRepository, in large
    /// transactions. `progress` is called after each transaction with (customers, interactions) done.
    /// Returns an empty string on success, else the error text.
    static QString generate(Database& db, const Options& options,
        const std::function<void(qint64, qint64)>& progress = {});

private:
    quint64 hash(qint64 index, quint64 field) const;

    quint64 m_seed;
};
