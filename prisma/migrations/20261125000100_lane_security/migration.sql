-- Enforcement in depth (DESIGN.md §3 rules 1-6): the app connects as einehand_app, which owns
-- nothing and cannot bypass RLS. Every use case sets app.user_id / app.role / app.lane with
-- set_config(..., true) inside its transaction; without them every lane table returns nothing.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'einehand_app') THEN
    CREATE ROLE einehand_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;

CREATE FUNCTION app_role() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.role', true), '') $$;
CREATE FUNCTION app_lane() RETURNS "Lane" LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.lane', true), '')::"Lane" $$;
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

CREATE FUNCTION is_public_lane(l "Lane") RETURNS boolean LANGUAGE sql IMMUTABLE
  AS $$ SELECT l IN ('ABH', 'SOZ', 'KIM') $$;

-- Staff who may see the *public* lanes of a file: the front desk and caseworkers of public bodies.
-- Staff of the independent services (MBE, JMD) see only their own lane.
CREATE FUNCTION app_sees_public_lanes() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT (SELECT app_role()) = 'FRONT_DESK'
            OR ((SELECT app_role()) IN ('CASEWORKER', 'LANE_LEAD') AND is_public_lane((SELECT app_lane()))) $$;

CREATE FUNCTION app_is_lane_staff() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT (SELECT app_role()) IN ('CASEWORKER', 'LANE_LEAD') AND (SELECT app_lane()) IS NOT NULL $$;

-- A consent from `source` to the reader's lane, active now, optionally for one category.
-- Runs with the definer's rights so that the check itself does not depend on Consent's policy.
CREATE FUNCTION app_has_consent(cf uuid, source "Lane", cat "DataCategory") RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM "Consent" c
       WHERE c."caseFileId" = cf AND c."fromLane" = source AND c."toLane" = app_lane()
         AND c."revokedAt" IS NULL AND c."expiresAt" > now()
         AND (cat IS NULL OR cat = ANY (c."categories")))
  $$;

-- May the current reader know that `l` is open on file `cf`?
CREATE FUNCTION app_lane_visible(cf uuid, l "Lane") RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT l = (SELECT app_lane())
            OR (is_public_lane(l) AND (SELECT app_sees_public_lanes()))
            OR ((SELECT app_lane()) IS NOT NULL AND app_has_consent(cf, l, NULL)) $$;

-- Does the person have a lane of the reader's institution (independent services' clients)?
CREATE FUNCTION app_is_client(person uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT EXISTS (SELECT 1 FROM "CaseFile" f JOIN "CaseLane" l ON l."caseFileId" = f.id
                        WHERE f."personId" = person AND l.lane = app_lane()) $$;

CREATE FUNCTION app_person_visible(person uuid) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT (SELECT app_sees_public_lanes()) OR ((SELECT app_is_lane_staff()) AND app_is_client(person)) $$;

CREATE FUNCTION request_has_routes(req uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT EXISTS (SELECT 1 FROM "RequestRoute" r WHERE r."requestId" = req) $$;

-- Opens (or re-opens) a lane on a file. Routing and referrals open lanes of *other*
-- institutions, whose rows the caller must not be able to read back afterwards.
CREATE FUNCTION open_case_lane(cf uuid, l "Lane") RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    IF (SELECT app_role()) IS NULL OR (SELECT app_role()) NOT IN ('FRONT_DESK', 'CASEWORKER', 'LANE_LEAD') THEN
      RAISE EXCEPTION 'open_case_lane: not allowed' USING ERRCODE = '42501';
    END IF;
    INSERT INTO "CaseLane" ("caseFileId", "lane") VALUES (cf, l)
      ON CONFLICT ("caseFileId", "lane") DO UPDATE SET "status" = 'OPEN', "closedAt" = NULL
      WHERE "CaseLane"."status" = 'CLOSED';
  END $$;

-- ---------------------------------------------------------------- row-level security
ALTER TABLE "Person" ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_read ON "Person" FOR SELECT USING (app_person_visible("id"));
CREATE POLICY person_insert ON "Person" FOR INSERT WITH CHECK ((SELECT app_role()) = 'FRONT_DESK');
CREATE POLICY person_update ON "Person" FOR UPDATE USING ((SELECT app_role()) = 'FRONT_DESK');

ALTER TABLE "CaseFile" ENABLE ROW LEVEL SECURITY;
CREATE POLICY casefile_read ON "CaseFile" FOR SELECT USING (app_person_visible("personId"));
CREATE POLICY casefile_insert ON "CaseFile" FOR INSERT WITH CHECK ((SELECT app_role()) = 'FRONT_DESK');

ALTER TABLE "CaseLane" ENABLE ROW LEVEL SECURITY;
CREATE POLICY caselane_read ON "CaseLane" FOR SELECT USING (app_lane_visible("caseFileId", "lane"));
CREATE POLICY caselane_update ON "CaseLane" FOR UPDATE
  USING ("lane" = (SELECT app_lane()) AND (SELECT app_is_lane_staff()))
  WITH CHECK ("lane" = (SELECT app_lane()));

ALTER TABLE "Request" ENABLE ROW LEVEL SECURITY;
-- Visible while unrouted to the front desk; once routed, to whoever may see one of its lanes.
CREATE POLICY request_read ON "Request" FOR SELECT USING (
  ((SELECT app_role()) = 'FRONT_DESK' AND NOT request_has_routes("id"))
  OR EXISTS (SELECT 1 FROM "RequestRoute" r WHERE r."requestId" = "Request"."id"));
CREATE POLICY request_insert ON "Request" FOR INSERT WITH CHECK (
  (SELECT app_role()) = 'FRONT_DESK' OR (SELECT app_is_lane_staff()));
CREATE POLICY request_update ON "Request" FOR UPDATE USING (
  (SELECT app_role()) = 'FRONT_DESK' OR (SELECT app_is_lane_staff()));

ALTER TABLE "RequestRoute" ENABLE ROW LEVEL SECURITY;
CREATE POLICY route_read ON "RequestRoute" FOR SELECT USING (app_lane_visible("caseFileId", "lane"));
CREATE POLICY route_insert ON "RequestRoute" FOR INSERT WITH CHECK (
  (SELECT app_role()) = 'FRONT_DESK' OR (SELECT app_is_lane_staff()));
CREATE POLICY route_update ON "RequestRoute" FOR UPDATE USING ("lane" = (SELECT app_lane()));

ALTER TABLE "LaneEntry" ENABLE ROW LEVEL SECURITY;
CREATE POLICY entry_read ON "LaneEntry" FOR SELECT USING (
  "lane" = (SELECT app_lane())
  OR ((SELECT app_lane()) IS NOT NULL AND app_has_consent("caseFileId", "lane", "category")));
CREATE POLICY entry_insert ON "LaneEntry" FOR INSERT WITH CHECK (
  "lane" = (SELECT app_lane()) AND (SELECT app_is_lane_staff()));
CREATE POLICY entry_update ON "LaneEntry" FOR UPDATE
  USING ("lane" = (SELECT app_lane()) AND (SELECT app_is_lane_staff()))
  WITH CHECK ("lane" = (SELECT app_lane()));

ALTER TABLE "Consent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY consent_read ON "Consent" FOR SELECT USING (
  "fromLane" = (SELECT app_lane()) OR "toLane" = (SELECT app_lane()));
CREATE POLICY consent_insert ON "Consent" FOR INSERT WITH CHECK (
  "fromLane" = (SELECT app_lane()) AND (SELECT app_is_lane_staff()));
CREATE POLICY consent_update ON "Consent" FOR UPDATE USING (
  ("fromLane" = (SELECT app_lane()) OR "toLane" = (SELECT app_lane())) AND (SELECT app_is_lane_staff()));

ALTER TABLE "Referral" ENABLE ROW LEVEL SECURITY;
CREATE POLICY referral_read ON "Referral" FOR SELECT USING (
  "fromLane" = (SELECT app_lane()) OR "toLane" = (SELECT app_lane()));
CREATE POLICY referral_insert ON "Referral" FOR INSERT WITH CHECK (
  "fromLane" = (SELECT app_lane()) AND (SELECT app_is_lane_staff())
  -- leaving an independent service needs a consent towards the target lane
  AND (is_public_lane("fromLane")
       OR ("consentId" IS NOT NULL AND EXISTS (
             SELECT 1 FROM "Consent" c WHERE c."id" = "consentId" AND c."caseFileId" = "Referral"."caseFileId"
               AND c."fromLane" = "Referral"."fromLane" AND c."toLane" = "Referral"."toLane"
               AND c."revokedAt" IS NULL AND c."expiresAt" > now()))));

-- ---------------------------------------------------------------- audit: append-only hash chain
CREATE FUNCTION audit_chain() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE previous text;
  BEGIN
    -- one appender at a time, and ids handed out in lock order, so the chain never forks
    PERFORM pg_advisory_xact_lock(7345001);
    NEW."id" := nextval(pg_get_serial_sequence('"AuditEvent"', 'id'));
    NEW."occurredAt" := date_trunc('microseconds', clock_timestamp());
    SELECT a."hash" INTO previous FROM "AuditEvent" a ORDER BY a."id" DESC LIMIT 1;
    NEW."prevHash" := coalesce(previous, repeat('0', 64));
    NEW."hash" := encode(sha256(convert_to(audit_payload(NEW), 'UTF8')), 'hex');
    RETURN NEW;
  END $$;

-- The exact text that is hashed; scripts/verify-audit.ts rebuilds it independently.
CREATE FUNCTION audit_payload(e "AuditEvent") RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT concat_ws('|', e."prevHash", e."id"::text,
             to_char(e."occurredAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
             coalesce(e."actorId"::text, ''), coalesce(e."actorRole", ''), coalesce(e."actorLane"::text, ''),
             e."action", e."purpose", coalesce(e."caseFileId"::text, ''), coalesce(e."lane"::text, ''),
             coalesce(e."consentId"::text, ''), coalesce(e."targetId", ''), e."detail"::text, coalesce(e."ip", '')) $$;

CREATE TRIGGER audit_chain BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_chain();

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION 'AuditEvent is append-only' USING ERRCODE = '42501'; END $$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_insert ON "AuditEvent" FOR INSERT WITH CHECK (true);
-- Lane leads read their lane's trail; admins the trail of admin changes (no case content).
CREATE POLICY audit_read ON "AuditEvent" FOR SELECT USING (
  ((SELECT app_role()) = 'LANE_LEAD' AND "lane" = (SELECT app_lane()))
  OR ((SELECT app_role()) = 'ADMIN' AND "caseFileId" IS NULL AND "lane" IS NULL));

-- ---------------------------------------------------------------- grants
GRANT USAGE ON SCHEMA public TO einehand_app;
GRANT SELECT ON "Institution" TO einehand_app;
GRANT SELECT, INSERT, UPDATE ON "User" TO einehand_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "LoginThrottle" TO einehand_app;
GRANT SELECT, INSERT, UPDATE ON "Person", "CaseFile", "CaseLane", "Request", "RequestRoute",
  "LaneEntry", "Consent", "Referral" TO einehand_app;
GRANT SELECT, INSERT ON "AuditEvent" TO einehand_app;
GRANT USAGE ON SEQUENCE "CaseFile_number_seq", "AuditEvent_id_seq" TO einehand_app;
GRANT EXECUTE ON FUNCTION open_case_lane(uuid, "Lane") TO einehand_app;
