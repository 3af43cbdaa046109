-- DESIGN.md rule 8: each lane has a retention period after its lane is closed; an expiry job
-- deletes (not just hides) what is due and records that it did.
--  * The period per lane lives in "LaneRetention" (months after CaseLane.closedAt); admins set
--    it, nobody else reads it through the app. The defaults below are starting values for the
--    demo: each institution's data protection officer decides the real ones.
--  * expire_closed_lanes() deletes, for every lane closed longer than its period: the lane's
--    entries (notes, documents, tasks, appointments), the consents from and to it, the
--    referrals from and to it, the routes of requests to it, and the CaseLane row itself (that a
--    counselling lane existed is sensitive too, rule 2). What stays is the front office's part
--    of the file (person, requests) and the audit trail, which records the deletion with counts
--    only — no content. A lane reopened meanwhile (status OPEN) is not touched.
--  * It runs in the job worker (role einehand_jobs), hourly; the app role cannot call it.

CREATE TABLE "LaneRetention" (
    "lane" "Lane" NOT NULL,
    "months" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LaneRetention_pkey" PRIMARY KEY ("lane"),
    CONSTRAINT "LaneRetention_months_check" CHECK ("months" BETWEEN 1 AND 600)
);
INSERT INTO "LaneRetention" ("lane", "months") VALUES ('ABH', 120), ('SOZ', 120), ('KIM', 36), ('MBE', 36), ('JMD', 36);

ALTER TABLE "LaneRetention" ENABLE ROW LEVEL SECURITY;
CREATE POLICY lane_retention_admin_read ON "LaneRetention" FOR SELECT USING ((SELECT app_role()) = 'ADMIN');
CREATE POLICY lane_retention_admin_update ON "LaneRetention" FOR UPDATE
  USING ((SELECT app_role()) = 'ADMIN') WITH CHECK ((SELECT app_role()) = 'ADMIN');
GRANT SELECT, UPDATE ("months", "updatedAt") ON "LaneRetention" TO einehand_app;

CREATE INDEX "CaseLane_closed_idx" ON "CaseLane"("closedAt") WHERE "status" = 'CLOSED';

CREATE FUNCTION expire_closed_lanes(p_limit integer DEFAULT 500)
  RETURNS TABLE (case_file_id uuid, lane "Lane", entries integer, consents integer, referrals integer, routes integer)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE l record;
  BEGIN
    -- SKIP LOCKED: two workers share the work instead of deleting the same lane twice
    FOR l IN SELECT cl.id, cl."caseFileId", cl."lane", cl."closedAt", r."months"
               FROM "CaseLane" cl JOIN "LaneRetention" r ON r."lane" = cl."lane"
              WHERE cl."status" = 'CLOSED' AND cl."closedAt" + make_interval(months => r."months") <= now()
              ORDER BY cl."closedAt" LIMIT p_limit
                FOR UPDATE OF cl SKIP LOCKED
    LOOP
      case_file_id := l."caseFileId"; lane := l."lane";
      DELETE FROM "LaneEntry" e WHERE e."caseFileId" = l."caseFileId" AND e."lane" = l."lane";
      GET DIAGNOSTICS entries = ROW_COUNT;
      DELETE FROM "Consent" c WHERE c."caseFileId" = l."caseFileId" AND (c."fromLane" = l."lane" OR c."toLane" = l."lane");
      GET DIAGNOSTICS consents = ROW_COUNT;
      DELETE FROM "Referral" f WHERE f."caseFileId" = l."caseFileId" AND (f."fromLane" = l."lane" OR f."toLane" = l."lane");
      GET DIAGNOSTICS referrals = ROW_COUNT;
      DELETE FROM "RequestRoute" rr WHERE rr."caseFileId" = l."caseFileId" AND rr."lane" = l."lane";
      GET DIAGNOSTICS routes = ROW_COUNT;
      DELETE FROM "CaseLane" WHERE id = l.id;
      INSERT INTO "AuditEvent" ("actorId", "actorRole", "actorLane", "action", "purpose", "caseFileId", "lane", "consentId", "targetId", "detail", "ip", "prevHash", "hash")
        VALUES (NULL, NULL, NULL, 'retention.expire', 'retention', l."caseFileId", l."lane", NULL, l.id::text,
                jsonb_build_object('closedAt', l."closedAt", 'months', l."months", 'entries', entries, 'consents', consents,
                                   'referrals', referrals, 'routes', routes),
                NULL, '', '');
      RETURN NEXT;
    END LOOP;
  END $$;
REVOKE ALL ON FUNCTION expire_closed_lanes(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION expire_closed_lanes(integer) TO einehand_jobs;
