#pragma once

#include "storage/Database.h"

#include <QString>

#include <memory>

/// A large SQLite database for benchmarks, generated once (deterministically) and then reused:
/// `customers` customers with multilingual names, plus one customer with a long history.
class BenchDatabase final
{
public:
    static constexpr int HeavyHistoryRows = 100'000;

    /// Opens `path`, generating its content first when it does not hold `customers` customers.
    static std::unique_ptr<Database> openOrGenerate(const QString& path, int customers);
    /// The customer with HeavyHistoryRows interactions.
    static qint64 heavyCustomerId(Database& db);
};
