#pragma once

#include "storage/SchemaHistory.h"

#include <cstddef>

/// Migration 7, team mode: teams on both backends; on PostgreSQL the group roles cordial_agent,
/// cordial_supervisor and cordial_admin, their grants, row-level security keyed on current_user =
/// agents.login, the function that adds people (cordial_add_person) and the change notifications
/// (channel cordial_changes). docs/team-mode.md states the rules.
struct SchemaTeamMode
{
    static const SchemaStep* const steps;
    static const std::size_t count;
};
