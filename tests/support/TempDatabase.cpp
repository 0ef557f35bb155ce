// Placeholder until the storage suite lands; replaced by the storage implementation.
#include "support/TempDatabase.h"

TempDatabase::TempDatabase() = default;
TempDatabase::~TempDatabase() = default;

bool TempDatabase::usesPostgres()
{
    return false;
}
