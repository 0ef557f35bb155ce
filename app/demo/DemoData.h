#pragma once

#include "common/Error.h"

class Clock;
class Database;

/// Fills an empty database with believable multilingual demo data: a few dozen customers with
/// Devanagari, Telugu, Urdu and Catalan names and histories across every channel, agents and
/// transfer targets. Deterministic (fixed seed) so screenshots and tests repeat.
class DemoData final
{
public:
    /// Does nothing and returns false when the database already has customers.
    static Result<bool> populateIfEmpty(Database& db, const Clock& clock);
};
