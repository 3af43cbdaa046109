-- DESIGN.md rule 2: knowing that a counselling lane exists is itself sensitive.
-- 1. Public-lane staff (ABH, SOZ, KIM) used to see every person. A file with only an MBE/JMD
--    lane then showed them master data and nothing else, which tells them the person is in
--    counselling. They now see a person only when a public lane was ever opened on the file,
--    or when a consent towards their lane is active. The front desk keeps seeing everyone (it
--    registers people), independent services only their own clients.
ALTER TABLE "Person" ADD COLUMN "hasPublicLane" BOOLEAN NOT NULL DEFAULT false;

UPDATE "Person" p SET "hasPublicLane" = true
  WHERE EXISTS (SELECT 1 FROM "CaseFile" f JOIN "CaseLane" l ON l."caseFileId" = f.id
                 WHERE f."personId" = p.id AND is_public_lane(l.lane));

-- maintained by the database, so no code path can forget it (lanes are opened by several)
CREATE FUNCTION mark_public_lane() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    UPDATE "Person" p SET "hasPublicLane" = true
      FROM "CaseFile" f, new_lanes n
     WHERE n."caseFileId" = f.id AND f."personId" = p.id AND is_public_lane(n.lane) AND NOT p."hasPublicLane";
    RETURN NULL;
  END $$;
CREATE TRIGGER mark_public_lane AFTER INSERT ON "CaseLane"
  REFERENCING NEW TABLE AS new_lanes FOR EACH STATEMENT EXECUTE FUNCTION mark_public_lane();

-- an active consent from any lane of the person's file towards the reader's lane
CREATE FUNCTION app_person_consented(person uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT EXISTS (SELECT 1 FROM "CaseFile" f JOIN "Consent" c ON c."caseFileId" = f.id
                        WHERE f."personId" = person AND c."toLane" = app_lane()
                          AND c."revokedAt" IS NULL AND c."expiresAt" > now()) $$;

ALTER POLICY person_read ON "Person" USING (
  (SELECT app_role()) = 'FRONT_DESK'
  OR ((SELECT app_sees_public_lanes()) AND "hasPublicLane")
  OR ((SELECT app_is_lane_staff()) AND (app_is_client("id") OR app_person_consented("id"))));

-- a file is visible exactly when its person is (Person's policy applies inside the subquery)
ALTER POLICY casefile_read ON "CaseFile" USING (EXISTS (SELECT 1 FROM "Person" p WHERE p.id = "personId"));

-- 2. A revoked or expired consent from an independent service must not keep telling the
--    receiving public body that the person is in counselling: the receiving lane sees only
--    active consents from MBE/JMD; the granting lane keeps the full history.
ALTER POLICY consent_read ON "Consent" USING (
  "fromLane" = (SELECT app_lane())
  OR ("toLane" = (SELECT app_lane()) AND (is_public_lane("fromLane") OR ("revokedAt" IS NULL AND "expiresAt" > now()))));

-- Revocation by the receiving lane makes the row invisible to it, which an ordinary UPDATE
-- under RLS refuses; this function revokes for staff of either lane, once.
CREATE FUNCTION revoke_consent(consent uuid, at timestamptz) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE n integer;
  BEGIN
    IF NOT (SELECT app_is_lane_staff()) THEN
      RAISE EXCEPTION 'revoke_consent: not allowed' USING ERRCODE = '42501';
    END IF;
    UPDATE "Consent" SET "revokedAt" = at, "revokedById" = app_user_id()
     WHERE id = consent AND "revokedAt" IS NULL AND app_lane() IN ("fromLane", "toLane");
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n = 1;
  END $$;
GRANT EXECUTE ON FUNCTION revoke_consent(uuid, timestamptz) TO einehand_app;

-- replaced by the policies above
DROP FUNCTION app_person_visible(uuid);
