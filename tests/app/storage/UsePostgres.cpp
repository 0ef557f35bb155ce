#include "support/TempDatabase.h"

// Linked only into cordial_pg_tests: the same test sources then run against PostgreSQL.
namespace {
const bool s_selected = [] {
    TempDatabase::setUsePostgres(true);
    return true;
}();
} // namespace
