#include "storage/SchemaTeamMode.h"

#include <iterator>

namespace {
constexpr SqlDialect PostgresOnly = SqlDialect::PostgresOnly;

// Team mode (issue 15): teams, who belongs to them and who supervises them, on both backends. On
// PostgreSQL the database itself enforces who reads what (docs/team-mode.md): three group roles
// (cluster-wide, created when missing; creating them needs CREATEROLE), grants, row-level security
// keyed on current_user = agents.login, an append-only event log that only cordial_admin may change,
// a function through which administrators and supervisors add people, and a NOTIFY on every change of
// customers, interactions and calls so that other instances refresh what they show.
const SchemaStep Steps[] = {
    u"CREATE TABLE teams ("
    u" id {ID},"
    u" name TEXT NOT NULL UNIQUE)",
    u"CREATE TABLE team_members ("
    u" team_id BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,"
    u" agent_id BIGINT NOT NULL REFERENCES agents (id) ON DELETE CASCADE,"
    u" PRIMARY KEY (team_id, agent_id))",
    u"CREATE INDEX team_members_agent ON team_members (agent_id)",
    u"CREATE TABLE team_supervisors ("
    u" team_id BIGINT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,"
    u" agent_id BIGINT NOT NULL REFERENCES agents (id) ON DELETE CASCADE,"
    u" PRIMARY KEY (team_id, agent_id))",
    u"CREATE INDEX team_supervisors_agent ON team_supervisors (agent_id)",

    // Group roles: supervisors are agents too, administrators are supervisors too. Two databases being
    // set up at once may both find a role missing: the second one's CREATE then fails and is ignored.
    { PostgresOnly,
        u"DO $$ DECLARE r TEXT; BEGIN "
        u"FOREACH r IN ARRAY ARRAY['cordial_agent', 'cordial_supervisor', 'cordial_admin'] LOOP "
        u"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN "
        u"BEGIN EXECUTE format('CREATE ROLE %I NOLOGIN', r); "
        u"IF r = 'cordial_supervisor' THEN GRANT cordial_agent TO cordial_supervisor; END IF; "
        u"IF r = 'cordial_admin' THEN GRANT cordial_supervisor TO cordial_admin; END IF; "
        u"EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; "
        u"END IF; END LOOP; END $$" },

    // Who is signed in, and whom they may see: themselves; a supervisor also the members of the teams
    // they supervise. Administrators see everything (cordial_is_admin).
    { PostgresOnly,
        u"CREATE FUNCTION cordial_me() RETURNS BIGINT LANGUAGE sql STABLE AS $$ "
        u"SELECT id FROM agents WHERE login = current_user AND active $$" },
    { PostgresOnly,
        u"CREATE FUNCTION cordial_is_admin() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$ "
        u"SELECT pg_has_role(current_user, 'cordial_admin', 'MEMBER') $$" },
    { PostgresOnly,
        u"CREATE FUNCTION cordial_visible_agents() RETURNS SETOF BIGINT LANGUAGE sql STABLE AS $$ "
        u"SELECT id FROM agents WHERE login = current_user AND active "
        u"UNION SELECT m.agent_id FROM agents me JOIN team_supervisors s ON s.agent_id = me.id "
        u"JOIN team_members m ON m.team_id = s.team_id "
        u"WHERE me.login = current_user AND me.active AND pg_has_role(current_user, 'cordial_supervisor', 'MEMBER') $$" },
    { PostgresOnly,
        u"CREATE FUNCTION cordial_supervised_teams() RETURNS SETOF TEXT LANGUAGE sql STABLE AS $$ "
        u"SELECT t.name FROM agents me JOIN team_supervisors s ON s.agent_id = me.id JOIN teams t ON t.id = s.team_id "
        u"WHERE me.login = current_user AND me.active AND pg_has_role(current_user, 'cordial_supervisor', 'MEMBER') $$" },

    // Privileges: every table to agents, then taken back where an agent has no business. Tables that
    // hold an agent's own work are further limited by row-level security below.
    { PostgresOnly, u"GRANT USAGE ON SCHEMA public TO cordial_agent" },
    { PostgresOnly, u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO cordial_agent" },
    { PostgresOnly, u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO cordial_agent" },
    { PostgresOnly,
        u"REVOKE INSERT, UPDATE, DELETE ON schema_meta, agents, transfer_targets, teams, team_members, "
        u"team_supervisors FROM cordial_agent" },
    { PostgresOnly, u"REVOKE UPDATE, DELETE ON call_events, call_facts, customer_audit FROM cordial_agent" },
    { PostgresOnly, u"REVOKE DELETE ON customers, interactions, calls, payment_read_backs, follow_ups FROM cordial_agent" },
    { PostgresOnly, u"GRANT ALL ON ALL TABLES IN SCHEMA public TO cordial_admin" },
    { PostgresOnly, u"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO cordial_admin" },

    // Row-level security (the owner of the tables, who migrates, is not subject to it).
    { PostgresOnly, u"ALTER TABLE calls ENABLE ROW LEVEL SECURITY" },
    { PostgresOnly,
        u"CREATE POLICY calls_read ON calls FOR SELECT USING ((SELECT cordial_is_admin()) "
        u"OR agent_id IN (SELECT cordial_visible_agents()))" },
    { PostgresOnly,
        u"CREATE POLICY calls_insert ON calls FOR INSERT WITH CHECK ((SELECT cordial_is_admin()) "
        u"OR agent_id = (SELECT cordial_me()))" },
    { PostgresOnly,
        u"CREATE POLICY calls_update ON calls FOR UPDATE USING ((SELECT cordial_is_admin()) "
        u"OR agent_id = (SELECT cordial_me())) WITH CHECK ((SELECT cordial_is_admin()) OR agent_id = (SELECT cordial_me()))" },
    { PostgresOnly, u"CREATE POLICY calls_delete ON calls FOR DELETE USING ((SELECT cordial_is_admin()))" },

    { PostgresOnly, u"ALTER TABLE call_events ENABLE ROW LEVEL SECURITY" },
    { PostgresOnly, u"CREATE POLICY call_events_read ON call_events FOR SELECT USING (call_id IN (SELECT id FROM calls))" },
    { PostgresOnly,
        u"CREATE POLICY call_events_insert ON call_events FOR INSERT WITH CHECK ((SELECT cordial_is_admin()) "
        u"OR call_id IN (SELECT id FROM calls WHERE agent_id = (SELECT cordial_me())))" },
    { PostgresOnly, u"CREATE POLICY call_events_update ON call_events FOR UPDATE USING ((SELECT cordial_is_admin()))" },
    { PostgresOnly, u"CREATE POLICY call_events_delete ON call_events FOR DELETE USING ((SELECT cordial_is_admin()))" },
    // The append-only trigger of migration 4 now lets administrators correct or remove events.
    { PostgresOnly,
        u"CREATE OR REPLACE FUNCTION call_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        u"BEGIN IF pg_has_role(current_user, 'cordial_admin', 'MEMBER') THEN "
        u"IF TG_OP = 'UPDATE' THEN RETURN NEW; END IF; RETURN OLD; END IF; "
        u"RAISE EXCEPTION 'call_events is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation'; END $$" },

    { PostgresOnly, u"ALTER TABLE notes ENABLE ROW LEVEL SECURITY" },
    { PostgresOnly,
        u"CREATE POLICY notes_read ON notes FOR SELECT USING ((SELECT cordial_is_admin()) "
        u"OR agent_id IN (SELECT cordial_visible_agents()) OR call_id IN (SELECT id FROM calls))" },
    { PostgresOnly,
        u"CREATE POLICY notes_write ON notes FOR ALL USING ((SELECT cordial_is_admin()) OR agent_id = (SELECT cordial_me()) "
        u"OR call_id IN (SELECT id FROM calls WHERE agent_id = (SELECT cordial_me())))" },

    { PostgresOnly, u"ALTER TABLE call_drafts ENABLE ROW LEVEL SECURITY" },
    { PostgresOnly,
        u"CREATE POLICY call_drafts_own ON call_drafts FOR ALL USING ((SELECT cordial_is_admin()) "
        u"OR call_id IN (SELECT id FROM calls WHERE agent_id = (SELECT cordial_me())))" },

    { PostgresOnly, u"ALTER TABLE payment_read_backs ENABLE ROW LEVEL SECURITY" },
    { PostgresOnly,
        u"CREATE POLICY payment_read_backs_read ON payment_read_backs FOR SELECT USING (call_id IN (SELECT id FROM calls))" },
    { PostgresOnly,
        u"CREATE POLICY payment_read_backs_insert ON payment_read_backs FOR INSERT WITH CHECK ((SELECT cordial_is_admin()) "
        u"OR call_id IN (SELECT id FROM calls WHERE agent_id = (SELECT cordial_me())))" },
    { PostgresOnly,
        u"CREATE POLICY payment_read_backs_admin ON payment_read_backs FOR UPDATE USING ((SELECT cordial_is_admin()))" },
    { PostgresOnly,
        u"CREATE POLICY payment_read_backs_remove ON payment_read_backs FOR DELETE USING ((SELECT cordial_is_admin()))" },

    { PostgresOnly, u"ALTER TABLE call_facts ENABLE ROW LEVEL SECURITY" },
    { PostgresOnly,
        u"CREATE POLICY call_facts_read ON call_facts FOR SELECT USING ((SELECT cordial_is_admin()) "
        u"OR agent_id IN (SELECT cordial_visible_agents()) OR team IN (SELECT cordial_supervised_teams()))" },
    { PostgresOnly,
        u"CREATE POLICY call_facts_insert ON call_facts FOR INSERT WITH CHECK ((SELECT cordial_is_admin()) "
        u"OR agent_id = (SELECT cordial_me()))" },
    { PostgresOnly, u"CREATE POLICY call_facts_update ON call_facts FOR UPDATE USING ((SELECT cordial_is_admin()))" },
    { PostgresOnly, u"CREATE POLICY call_facts_delete ON call_facts FOR DELETE USING ((SELECT cordial_is_admin()))" },

    // Follow-ups are promises to a customer: every agent reads them (the customer's history names
    // them); an agent changes only their own or those of their calls.
    { PostgresOnly, u"ALTER TABLE follow_ups ENABLE ROW LEVEL SECURITY" },
    { PostgresOnly, u"CREATE POLICY follow_ups_read ON follow_ups FOR SELECT USING (TRUE)" },
    { PostgresOnly, u"CREATE POLICY follow_ups_insert ON follow_ups FOR INSERT WITH CHECK (TRUE)" },
    { PostgresOnly,
        u"CREATE POLICY follow_ups_update ON follow_ups FOR UPDATE USING ((SELECT cordial_is_admin()) "
        u"OR owner_agent_id IN (SELECT cordial_visible_agents()) "
        u"OR call_id IN (SELECT id FROM calls WHERE agent_id = (SELECT cordial_me())))" },
    { PostgresOnly, u"CREATE POLICY follow_ups_delete ON follow_ups FOR DELETE USING ((SELECT cordial_is_admin()))" },

    // Adding a person: a login role with its password, its group, CONNECT on this database, the agents
    // row and the teams. Administrators add anyone; supervisors add agents to teams they supervise.
    // Runs as the owner of the schema (who may create roles), so nobody else needs CREATEROLE.
    { PostgresOnly,
        u"CREATE FUNCTION cordial_add_person(p_login TEXT, p_name TEXT, p_role TEXT, p_teams TEXT[], p_password TEXT) "
        u"RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$ "
        u"DECLARE v_id BIGINT; v_caller TEXT := session_user; BEGIN "
        u"IF p_role NOT IN ('agent', 'supervisor', 'admin') THEN "
        u"RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = 'invalid_parameter_value'; END IF; "
        u"IF p_login !~ '^[a-z_][a-z0-9_.-]*$' OR length(p_login) > 63 THEN "
        u"RAISE EXCEPTION 'invalid login %', p_login USING ERRCODE = 'invalid_name'; END IF; "
        u"IF NOT (v_caller = current_user OR pg_has_role(v_caller, 'cordial_admin', 'MEMBER') "
        u"OR (p_role = 'agent' AND pg_has_role(v_caller, 'cordial_supervisor', 'MEMBER') "
        u"AND cardinality(p_teams) > 0 AND NOT EXISTS (SELECT FROM unnest(p_teams) wanted(name) "
        u"WHERE wanted.name NOT IN (SELECT t.name FROM agents me JOIN team_supervisors s ON s.agent_id = me.id "
        u"JOIN teams t ON t.id = s.team_id WHERE me.login = v_caller AND me.active)))) THEN "
        u"RAISE EXCEPTION 'not allowed to add %', p_login USING ERRCODE = 'insufficient_privilege'; END IF; "
        u"IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_login) THEN "
        u"RAISE EXCEPTION 'role % exists', p_login USING ERRCODE = 'duplicate_object'; END IF; "
        u"EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_password, 'cordial_' || p_role); "
        u"EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), p_login); "
        u"INSERT INTO teams (name) SELECT DISTINCT unnest(p_teams) ON CONFLICT (name) DO NOTHING; "
        u"INSERT INTO agents (name, login, role, department) VALUES (p_name, p_login, p_role, COALESCE(p_teams[1], '')) "
        u"ON CONFLICT (login) DO UPDATE SET name = excluded.name, role = excluded.role, "
        u"department = excluded.department, active = TRUE RETURNING id INTO v_id; "
        u"IF p_role = 'agent' THEN INSERT INTO team_members (team_id, agent_id) "
        u"SELECT id, v_id FROM teams WHERE name = ANY (p_teams) ON CONFLICT DO NOTHING; "
        u"ELSE INSERT INTO team_supervisors (team_id, agent_id) "
        u"SELECT id, v_id FROM teams WHERE name = ANY (p_teams) ON CONFLICT DO NOTHING; END IF; "
        u"RETURN v_id; END $$" },
    { PostgresOnly, u"REVOKE ALL ON FUNCTION cordial_add_person(TEXT, TEXT, TEXT, TEXT[], TEXT) FROM PUBLIC" },
    { PostgresOnly,
        u"GRANT EXECUTE ON FUNCTION cordial_add_person(TEXT, TEXT, TEXT, TEXT[], TEXT) TO cordial_supervisor" },

    // Changes other instances show without a restart: the table and the row's customer, as
    // "customers:42", on channel cordial_changes (delivered at commit, duplicates folded).
    { PostgresOnly,
        u"CREATE FUNCTION cordial_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
        u"DECLARE r RECORD; v_customer BIGINT; BEGIN "
        u"IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; "
        u"IF TG_TABLE_NAME = 'customers' THEN v_customer := r.id; ELSE v_customer := r.customer_id; END IF; "
        u"PERFORM pg_notify('cordial_changes', TG_TABLE_NAME || ':' || COALESCE(v_customer, 0)); "
        u"RETURN NULL; END $$" },
    { PostgresOnly,
        u"CREATE TRIGGER customers_notify AFTER INSERT OR UPDATE OR DELETE ON customers "
        u"FOR EACH ROW EXECUTE FUNCTION cordial_notify_change()" },
    { PostgresOnly,
        u"CREATE TRIGGER interactions_notify AFTER INSERT OR UPDATE OR DELETE ON interactions "
        u"FOR EACH ROW EXECUTE FUNCTION cordial_notify_change()" },
    { PostgresOnly,
        u"CREATE TRIGGER calls_notify AFTER INSERT OR UPDATE OR DELETE ON calls "
        u"FOR EACH ROW EXECUTE FUNCTION cordial_notify_change()" },
};

} // namespace

const SchemaStep* const SchemaTeamMode::steps = Steps;
const std::size_t SchemaTeamMode::count = std::size(Steps);
