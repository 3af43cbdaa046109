-- Staff booking on someone's behalf, and the catalogue written by admins only.
--
-- 1. Caseworkers and lane leads book for a person too, but only services of their own lane (a
--    KIM caseworker books KIM intake, not an ABH permit); the front desk books any service, as it
--    routes requests to every lane. STEERING and ADMIN never book. The rule lives in one
--    function used by the insert policy and by book_into_case(), so the two cannot drift apart.
--    The app checks the same in lib/booking/book-on-behalf.ts to answer with 404 early; these
--    policies hold even if that check is forgotten.
CREATE FUNCTION app_may_book_for(service uuid) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT (SELECT app_role()) = 'FRONT_DESK'
            OR ((SELECT app_is_lane_staff()) AND service_lane(service) = (SELECT app_lane())) $$;

DROP POLICY booking_staff_insert ON "Booking";
CREATE POLICY booking_staff_insert ON "Booking" FOR INSERT WITH CHECK (
  app_may_book_for("serviceId") AND "bookedById" = (SELECT app_user_id()) AND "onBehalf"
  AND "personId" IS NULL AND "requestId" IS NULL);

-- Same body as in 20261125060000_booking_security except who may call it and whose booking it
-- links: the staff member who booked it, within app_may_book_for(). CREATE OR REPLACE keeps
-- the owner and the EXECUTE grants.
CREATE OR REPLACE FUNCTION book_into_case(
    p_booking uuid, p_given_latin text, p_family_latin text, p_search_name text, p_name_key text,
    p_topic text, p_channel "RequestChannel", p_summary text, p_duplicate_note text)
  RETURNS TABLE (person_id uuid, case_file_id uuid, request_id uuid, file_number text, person_created boolean, possible_duplicates integer)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    b record;
    v_person uuid;
    v_file uuid;
    v_number text;
    v_request uuid;
    v_created boolean := false;
    v_exact integer;
    v_similar integer := 0;
    v_key text := sorted_words(p_name_key);
  BEGIN
    IF (SELECT app_role()) IS NULL OR (SELECT app_role()) NOT IN ('BOOKING', 'FRONT_DESK', 'CASEWORKER', 'LANE_LEAD') THEN
      RAISE EXCEPTION 'book_into_case: not allowed' USING ERRCODE = '42501';
    END IF;
    SELECT bk.*, s.lane INTO b FROM "Booking" bk JOIN "Service" s ON s.id = bk."serviceId"
     WHERE bk.id = p_booking AND bk."status" = 'CONFIRMED' AND bk."personId" IS NULL AND bk."birthDate" IS NOT NULL
       AND ((app_role() = 'BOOKING' AND bk."code" = app_booking_code() AND bk."birthDate" = app_booking_birth_date())
         OR (app_may_book_for(bk."serviceId") AND bk."bookedById" = app_user_id()))
       FOR UPDATE OF bk;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'book_into_case: no such booking' USING ERRCODE = 'P0002';
    END IF;

    -- the same newcomer booking two services at once must not become two persons
    PERFORM pg_advisory_xact_lock(hashtextextended('book_into_case|' || v_key || '|' || b."birthDate"::text, 0));

    SELECT count(*), min(p.id::text)::uuid INTO v_exact, v_person
      FROM "Person" p WHERE p."birthDate" = b."birthDate" AND sorted_words(p."nameKey") = v_key;
    IF v_exact <> 1 THEN
      v_person := NULL;
      IF v_exact = 0 THEN
        SELECT count(*) INTO v_similar FROM "Person" p
         WHERE p."birthDate" = b."birthDate"
           AND (similarity(p."searchName", p_search_name) > 0.4 OR similarity(p."nameKey", p_name_key) > 0.4);
      ELSE
        v_similar := v_exact;
      END IF;
      INSERT INTO "Person" ("givenName", "familyName", "givenNameLatin", "familyNameLatin", "searchName", "nameKey",
                            "birthDate", "language", "phone", "email")
        VALUES (b."givenName", b."familyName", p_given_latin, p_family_latin, p_search_name, p_name_key,
                b."birthDate", b."language", b."phone", b."email")
        RETURNING id INTO v_person;
      v_created := true;
    END IF;

    SELECT f.id, f."fileNumber" INTO v_file, v_number FROM "CaseFile" f WHERE f."personId" = v_person;
    IF v_file IS NULL THEN
      INSERT INTO "CaseFile" ("fileNumber", "personId") VALUES (next_file_number(), v_person)
        RETURNING id, "fileNumber" INTO v_file, v_number;
    END IF;

    INSERT INTO "Request" ("caseFileId", "channel", "topic", "summary", "status", "createdById")
      VALUES (v_file, p_channel, p_topic,
              CASE WHEN v_similar > 0 THEN p_summary || E'\n' || p_duplicate_note ELSE p_summary END,
              'ROUTED', app_user_id())
      RETURNING id INTO v_request;
    INSERT INTO "RequestRoute" ("requestId", "caseFileId", "lane", "routedById") VALUES (v_request, v_file, b.lane, app_user_id());
    -- as open_case_lane() does; that function admits staff roles only, this is the public path
    INSERT INTO "CaseLane" ("caseFileId", "lane") VALUES (v_file, b.lane)
      ON CONFLICT ("caseFileId", "lane") DO UPDATE SET "status" = 'OPEN', "closedAt" = NULL
      WHERE "CaseLane"."status" = 'CLOSED';

    UPDATE "Booking" SET "personId" = v_person, "requestId" = v_request WHERE id = p_booking;
    RETURN QUERY SELECT v_person, v_file, v_request, v_number, v_created, v_similar;
  END $$;

-- 2. The catalogue (services, texts, locations, counters, opening rules, closures) is public to
--    read, and einehand_app already holds INSERT/UPDATE/DELETE on it (20261125040000). Until
--    now only app code kept non-admins from changing it; now the database does too: everyone
--    reads, only an ADMIN actor writes. The use cases in lib/catalogue-admin check the role as
--    well (answering 404) and audit every change. Seeds and migrations run as the owner and are
--    not affected.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Location', 'Counter', 'Service', 'ServiceText', 'CounterService', 'OpeningRule', 'Closure'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY catalogue_read ON %I FOR SELECT USING (true)', t);
    EXECUTE format($p$CREATE POLICY catalogue_admin_insert ON %I FOR INSERT WITH CHECK ((SELECT app_role()) = 'ADMIN')$p$, t);
    EXECUTE format($p$CREATE POLICY catalogue_admin_update ON %I FOR UPDATE USING ((SELECT app_role()) = 'ADMIN') WITH CHECK ((SELECT app_role()) = 'ADMIN')$p$, t);
    EXECUTE format($p$CREATE POLICY catalogue_admin_delete ON %I FOR DELETE USING ((SELECT app_role()) = 'ADMIN')$p$, t);
  END LOOP;
END $$;
