-- Booking security: row-level security on Booking, the public booking context, the sweep that
-- ends expired holds and delayed releases, the step into the case model, and rate limits.
--
-- Who touches Booking rows:
--  * the public (no staff user) through lib/booking/* with app.role = 'BOOKING' — a system
--    context, not a User role. It is tied to ONE booking: app.booking_code (the code the caller
--    holds) and app.booking_birth_date (the date of birth the caller typed). A row with personal
--    data is visible only when both match, so a forgotten filter in app code cannot list
--    anybody's booking, and a code alone never shows a person's data;
--  * staff: the front desk books on someone's behalf and sees bookings of the public lanes'
--    services; caseworkers and lane leads see the bookings of their own lane's services.
--    Bookings of MBE/JMD services stay invisible to the front desk (DESIGN.md rule 2: knowing
--    that a person seeks counselling is itself sensitive); it may still create them, the way it
--    routes requests to MBE/JMD without reading them back.
--  * availability reads intervals without personal data through its own SECURITY DEFINER
--    function (catalogue migration), never through these policies.

-- ---------------------------------------------------------------- the public booking context
CREATE FUNCTION app_booking_code() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.booking_code', true), '') $$;
CREATE FUNCTION app_booking_birth_date() RETURNS date LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.booking_birth_date', true), '')::date $$;

CREATE FUNCTION service_lane(service uuid) RETURNS "Lane" LANGUAGE sql STABLE
  AS $$ SELECT s.lane FROM "Service" s WHERE s.id = service $$;

-- the booking the public context works on: its code, and its date of birth once there is one
CREATE FUNCTION app_owns_booking(code text, birth date) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT (SELECT app_role()) = 'BOOKING' AND code = (SELECT app_booking_code())
            AND (birth IS NULL OR birth = (SELECT app_booking_birth_date())) $$;

CREATE FUNCTION app_sees_booking(service uuid) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT ((SELECT app_role()) = 'FRONT_DESK' AND is_public_lane(service_lane(service)))
            OR ((SELECT app_is_lane_staff()) AND service_lane(service) = (SELECT app_lane())) $$;

-- ---------------------------------------------------------------- row-level security on Booking
ALTER TABLE "Booking" ENABLE ROW LEVEL SECURITY;

CREATE POLICY booking_public_read ON "Booking" FOR SELECT USING (app_owns_booking("code", "birthDate"));
-- the public creates holds and bookings (never linked to a person or a staff member by itself:
-- book_into_case() links them) and the placeholders that keep a vacated slot until release
CREATE POLICY booking_public_insert ON "Booking" FOR INSERT WITH CHECK (
  (SELECT app_role()) = 'BOOKING' AND "bookedById" IS NULL AND "personId" IS NULL AND "requestId" IS NULL
  AND "status" IN ('HELD', 'CONFIRMED', 'RELEASING')
  AND ("birthDate" IS NULL OR app_owns_booking("code", "birthDate")));
CREATE POLICY booking_public_update ON "Booking" FOR UPDATE
  USING (app_owns_booking("code", "birthDate"))
  WITH CHECK (app_owns_booking("code", "birthDate") AND "bookedById" IS NULL);

CREATE POLICY booking_staff_read ON "Booking" FOR SELECT USING (app_sees_booking("serviceId"));
CREATE POLICY booking_staff_insert ON "Booking" FOR INSERT WITH CHECK (
  (SELECT app_role()) = 'FRONT_DESK' AND "bookedById" = (SELECT app_user_id()) AND "onBehalf"
  AND "personId" IS NULL AND "requestId" IS NULL);
CREATE POLICY booking_staff_update ON "Booking" FOR UPDATE
  USING (app_sees_booking("serviceId")) WITH CHECK (app_sees_booking("serviceId"));

GRANT SELECT, INSERT, UPDATE ON "Booking" TO einehand_app;

-- ---------------------------------------------------------------- sweep: holds and releases end on time
-- Capacity counts HELD and RELEASING rows until their status changes, so the booking use cases
-- call this before they try a slot: one indexed UPDATE, no timer needed. SKIP LOCKED: parallel
-- callers never wait for, or deadlock on, each other's sweeps. Definer rights: it must reach
-- every booking, which no caller may read.
CREATE FUNCTION sweep_bookings() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE n integer;
  BEGIN
    UPDATE "Booking" b
       SET "status" = CASE WHEN b."status" = 'HELD' THEN 'EXPIRED'::"BookingStatus" ELSE 'CANCELLED'::"BookingStatus" END
     WHERE b.id IN (SELECT x.id FROM "Booking" x
                     WHERE (x."status" = 'HELD' AND x."holdExpiresAt" <= now())
                        OR (x."status" = 'RELEASING' AND x."releaseAt" <= now())
                       FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
  END $$;

-- ---------------------------------------------------------------- into the case model
-- The readable file number EH-<year>-<6 digits>, as registerPerson builds it; one definition
-- for every path that opens a file.
CREATE FUNCTION next_file_number() RETURNS text LANGUAGE sql VOLATILE
  AS $$ SELECT 'EH-' || to_char(now() AT TIME ZONE 'Europe/Berlin', 'YYYY') || '-' || lpad(nextval('"CaseFile_number_seq"')::text, 6, '0') $$;

-- name keys compare as sets of words: "Hassan Ali" and "Ali Hassan" are the same key
CREATE FUNCTION sorted_words(s text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT coalesce(string_agg(w, ' ' ORDER BY w), '') FROM regexp_split_to_table(trim(s), '\s+') w WHERE w <> '' $$;

-- Why a SECURITY DEFINER function and not a 'BOOKING' policy on Person, CaseFile, Request,
-- RequestRoute and CaseLane: finding the person means reading persons by name and date of
-- birth, which the anonymous public must never be able to do. Policies would have to let the
-- context SELECT persons (and a forgotten filter would list them); this function reads them
-- itself and hands back only ids. It serves exactly one confirmed, not yet linked booking that
-- the caller owns (the public context's code and date of birth, or the front desk member who
-- booked it), and it never merges silently: one exact match (same name key as a set of words,
-- same date of birth) is reused; several exact matches, or only similar names, give a new
-- person and a hint for the front desk in the request's summary.
CREATE FUNCTION book_into_case(
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
    IF (SELECT app_role()) IS NULL OR (SELECT app_role()) NOT IN ('BOOKING', 'FRONT_DESK') THEN
      RAISE EXCEPTION 'book_into_case: not allowed' USING ERRCODE = '42501';
    END IF;
    SELECT bk.*, s.lane INTO b FROM "Booking" bk JOIN "Service" s ON s.id = bk."serviceId"
     WHERE bk.id = p_booking AND bk."status" = 'CONFIRMED' AND bk."personId" IS NULL AND bk."birthDate" IS NOT NULL
       AND ((app_role() = 'BOOKING' AND bk."code" = app_booking_code() AND bk."birthDate" = app_booking_birth_date())
         OR (app_role() = 'FRONT_DESK' AND bk."bookedById" = app_user_id()))
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

-- The case file of a booking the public context owns, for its audit rows (the context cannot
-- read Request).
CREATE FUNCTION booking_case_file(p_booking uuid) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT r."caseFileId" FROM "Booking" b JOIN "Request" r ON r.id = b."requestId"
         WHERE b.id = p_booking AND app_owns_booking(b."code", b."birthDate") $$;

REVOKE ALL ON FUNCTION sweep_bookings() FROM PUBLIC;
REVOKE ALL ON FUNCTION book_into_case(uuid, text, text, text, text, text, "RequestChannel", text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION booking_case_file(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sweep_bookings() TO einehand_app;
GRANT EXECUTE ON FUNCTION book_into_case(uuid, text, text, text, text, text, "RequestChannel", text, text) TO einehand_app;
GRANT EXECUTE ON FUNCTION booking_case_file(uuid) TO einehand_app;

-- ---------------------------------------------------------------- rate limits
-- Fixed windows per key (per IP, per person), shared by every app instance. Keys are HMACs,
-- so neither addresses nor names are stored here.
CREATE TABLE "BookingRateLimit" (
    "key" TEXT NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BookingRateLimit_pkey" PRIMARY KEY ("key")
);
GRANT SELECT, INSERT, UPDATE, DELETE ON "BookingRateLimit" TO einehand_app;
