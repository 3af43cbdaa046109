-- Queue engine (issue 4, docs/decisions/014-queue-engine.md): queues per location and service
-- or lane, tickets numbered per queue and Berlin day, and an append-only event log for
-- statistics.
--
-- Where the rules live:
--  * Tickets are created only by SECURITY DEFINER functions (issue_walk_in_ticket,
--    check_in_booking, transfer_ticket): the front desk issues tickets for MBE/JMD walk-ins
--    without being able to read them back (DESIGN.md rule 2), a kiosk has no staff user, and a
--    transfer crosses lanes. einehand_app holds no INSERT on Ticket.
--  * Staff change tickets (call, recall, start, finish, no-show, priority) with plain UPDATEs
--    under row-level security: the front desk sees tickets of the public lanes' queues, lane
--    staff those of their own lane.
--  * Every status change becomes a TicketEvent and a NOTIFY on channel ticket_events through
--    one trigger, so no use case can forget either; NOTIFY is delivered on commit only.

CREATE TYPE "TicketStatus" AS ENUM ('WAITING', 'CALLED', 'IN_SERVICE', 'DONE', 'NO_SHOW', 'TRANSFERRED');
CREATE TYPE "TicketPriority" AS ENUM ('DISABILITY', 'SMALL_CHILDREN', 'PREGNANCY', 'SENIOR');
CREATE TYPE "TicketEventKind" AS ENUM ('ISSUED', 'CALLED', 'RECALLED', 'STARTED', 'TRANSFERRED', 'FINISHED', 'NO_SHOW', 'PRIORITY_SET');

CREATE TABLE "Queue" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "locationId" UUID NOT NULL,
    "lane" "Lane" NOT NULL,
    "serviceId" UUID,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Queue_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Queue_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Queue_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Queue_code_check" CHECK ("code" ~ '^[A-Z]{1,3}$')
);
CREATE UNIQUE INDEX "Queue_locationId_code_key" ON "Queue"("locationId", "code");
CREATE INDEX "Queue_locationId_serviceId_idx" ON "Queue"("locationId", "serviceId");

-- one row per queue and Berlin day: UPDATE … RETURNING hands out numbers without gaps, in the
-- issuing transaction (a rolled-back issue gives its number back)
CREATE TABLE "TicketSequence" (
    "queueId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "TicketSequence_pkey" PRIMARY KEY ("queueId", "day"),
    CONSTRAINT "TicketSequence_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES "Queue"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE "Ticket" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "queueId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "lane" "Lane" NOT NULL,
    "visitId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "displayNumber" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "bookingId" UUID,
    "appointmentAt" TIMESTAMPTZ(6),
    "late" BOOLEAN NOT NULL DEFAULT false,
    "personId" UUID,
    "priorities" "TicketPriority"[] DEFAULT ARRAY[]::"TicketPriority"[],
    "status" "TicketStatus" NOT NULL DEFAULT 'WAITING',
    "recalls" INTEGER NOT NULL DEFAULT 0,
    "counterId" UUID,
    "transferredFromId" UUID,
    "issuedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "calledAt" TIMESTAMPTZ(6),
    "startedAt" TIMESTAMPTZ(6),
    "finishedAt" TIMESTAMPTZ(6),
    "language" TEXT NOT NULL DEFAULT 'de',
    "phone" TEXT,
    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Ticket_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES "Queue"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Ticket_transferredFromId_fkey" FOREIGN KEY ("transferredFromId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- numbers are unique per queue and day among issued tickets (transferredFromId NULL, and NULLs
-- count as equal here); a transferred-in ticket carries the number of the queue it came from
CREATE UNIQUE INDEX "Ticket_queueId_day_number_transferredFromId_key" ON "Ticket"("queueId", "day", "number", "transferredFromId") NULLS NOT DISTINCT;
CREATE INDEX "Ticket_locationId_status_idx" ON "Ticket"("locationId", "status");
CREATE INDEX "Ticket_queueId_status_idx" ON "Ticket"("queueId", "status");
CREATE INDEX "Ticket_visitId_idx" ON "Ticket"("visitId");
CREATE INDEX "Ticket_bookingId_idx" ON "Ticket"("bookingId");

CREATE TABLE "TicketEvent" (
    "id" BIGSERIAL NOT NULL,
    "ticketId" UUID NOT NULL,
    "visitId" UUID NOT NULL,
    "event" "TicketEventKind" NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "counterId" UUID,
    "userId" UUID,
    "deviceId" TEXT,
    "queueId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "lane" "Lane" NOT NULL,
    "serviceId" UUID,
    CONSTRAINT "TicketEvent_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "TicketEvent_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "TicketEvent_ticketId_idx" ON "TicketEvent"("ticketId");
CREATE INDEX "TicketEvent_lane_at_idx" ON "TicketEvent"("lane", "at");

-- ---------------------------------------------------------------- context
CREATE FUNCTION app_kiosk_location() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT CASE WHEN (SELECT app_role()) = 'KIOSK' THEN nullif(current_setting('app.kiosk_location', true), '')::uuid END $$;
CREATE FUNCTION app_kiosk_device() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT CASE WHEN (SELECT app_role()) = 'KIOSK' THEN nullif(current_setting('app.kiosk_device', true), '') END $$;
CREATE FUNCTION berlin_today() RETURNS date LANGUAGE sql STABLE
  AS $$ SELECT (now() AT TIME ZONE 'Europe/Berlin')::date $$;

-- the same rule as app_sees_booking(): the desk sees the public lanes, lane staff their own lane
CREATE FUNCTION app_sees_ticket(l "Lane") RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT ((SELECT app_role()) = 'FRONT_DESK' AND is_public_lane(l))
            OR ((SELECT app_is_lane_staff()) AND l = (SELECT app_lane())) $$;

-- who may put a ticket into a queue: a kiosk of the queue's location, the desk for every lane
-- (it routes to MBE/JMD without reading back), lane staff into their own lane's queues
CREATE FUNCTION app_may_issue(q "Queue") RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT ((SELECT app_role()) = 'KIOSK' AND q."locationId" = (SELECT app_kiosk_location()))
            OR (SELECT app_role()) = 'FRONT_DESK'
            OR ((SELECT app_is_lane_staff()) AND q."lane" = (SELECT app_lane())) $$;

-- ---------------------------------------------------------------- events and notifications
CREATE FUNCTION ticket_record_event() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    kind "TicketEventKind";
    note text;
    q record;
    counter_name text;
  BEGIN
    IF TG_OP = 'INSERT' THEN
      kind := 'ISSUED';
    ELSIF NEW."status" IS DISTINCT FROM OLD."status" THEN
      kind := CASE NEW."status"
        WHEN 'CALLED' THEN 'CALLED' WHEN 'IN_SERVICE' THEN 'STARTED' WHEN 'DONE' THEN 'FINISHED'
        WHEN 'NO_SHOW' THEN 'NO_SHOW' WHEN 'TRANSFERRED' THEN 'TRANSFERRED' END::"TicketEventKind";
      IF kind IS NULL THEN
        RAISE EXCEPTION 'ticket % cannot go from % to %', NEW.id, OLD."status", NEW."status" USING ERRCODE = '23514';
      END IF;
    ELSIF NEW."recalls" > OLD."recalls" THEN
      kind := 'RECALLED';
    ELSIF NEW."priorities" IS DISTINCT FROM OLD."priorities" THEN
      kind := 'PRIORITY_SET';
    ELSE
      RETURN NEW;
    END IF;
    SELECT * INTO q FROM "Queue" WHERE id = NEW."queueId";
    INSERT INTO "TicketEvent" ("ticketId", "visitId", "event", "at", "counterId", "userId", "deviceId", "queueId", "locationId", "lane", "serviceId")
      VALUES (NEW.id, NEW."visitId", kind, clock_timestamp(), NEW."counterId", app_user_id(), app_kiosk_device(), NEW."queueId", NEW."locationId", NEW."lane", q."serviceId");

    note := CASE kind WHEN 'CALLED' THEN 'called' WHEN 'RECALLED' THEN 'recalled' WHEN 'FINISHED' THEN 'finished'
                      WHEN 'NO_SHOW' THEN 'no_show' WHEN 'TRANSFERRED' THEN 'transferred' END;
    IF note IS NOT NULL THEN
      SELECT c."name" INTO counter_name FROM "Counter" c WHERE c.id = NEW."counterId";
      -- the waiting-room display's feed (helper-live); sent by PostgreSQL on commit only
      PERFORM pg_notify('ticket_events', json_build_object(
        'type', note, 'locationId', NEW."locationId", 'ticketId', NEW.id, 'displayNumber', NEW."displayNumber",
        'counterName', counter_name, 'language', NEW."language",
        'at', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text);
    END IF;

    -- the appointment behind a checked-in ticket ends with the ticket's first stop
    IF TG_OP = 'UPDATE' AND NEW."bookingId" IS NOT NULL AND kind IN ('FINISHED', 'TRANSFERRED', 'NO_SHOW') THEN
      UPDATE "Booking" SET "status" = CASE kind WHEN 'NO_SHOW' THEN 'NO_SHOW'::"BookingStatus" ELSE 'COMPLETED'::"BookingStatus" END
       WHERE id = NEW."bookingId" AND "status" = 'CHECKED_IN';
    END IF;
    RETURN NEW;
  END $$;
CREATE TRIGGER ticket_record_event AFTER INSERT OR UPDATE ON "Ticket" FOR EACH ROW EXECUTE FUNCTION ticket_record_event();

-- identity, place and number of a ticket never change after issue
CREATE FUNCTION ticket_fixed_columns() RETURNS trigger LANGUAGE plpgsql
  AS $$ BEGIN
    IF (NEW."queueId", NEW."locationId", NEW."lane", NEW."visitId", NEW."number", NEW."displayNumber", NEW."day", NEW."bookingId", NEW."issuedAt")
       IS DISTINCT FROM (OLD."queueId", OLD."locationId", OLD."lane", OLD."visitId", OLD."number", OLD."displayNumber", OLD."day", OLD."bookingId", OLD."issuedAt") THEN
      RAISE EXCEPTION 'ticket identity is fixed' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END $$;
CREATE TRIGGER ticket_fixed_columns BEFORE UPDATE ON "Ticket" FOR EACH ROW EXECUTE FUNCTION ticket_fixed_columns();

CREATE FUNCTION ticket_event_append_only() RETURNS trigger LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION 'TicketEvent is append-only' USING ERRCODE = '42501'; END $$;
CREATE TRIGGER ticket_event_append_only BEFORE UPDATE OR DELETE ON "TicketEvent"
  FOR EACH ROW EXECUTE FUNCTION ticket_event_append_only();
CREATE TRIGGER ticket_event_no_truncate BEFORE TRUNCATE ON "TicketEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION ticket_event_append_only();

-- ---------------------------------------------------------------- waiting estimate
-- tickets ahead (same order as call-next) × the mean service time of the queue's last 10
-- finished tickets today, else the service's duration, else 10 minutes
CREATE FUNCTION ticket_wait_estimate(p_ticket uuid, OUT ahead integer, OUT minutes integer)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE t "Ticket"; per_ticket numeric;
  BEGIN
    SELECT * INTO t FROM "Ticket" WHERE id = p_ticket;
    SELECT count(*) INTO ahead FROM "Ticket" x
     WHERE x."queueId" = t."queueId" AND x."status" = 'WAITING' AND x.id <> t.id
       AND ticket_rank(x) < ticket_rank(t);
    SELECT avg(extract(epoch FROM (f."finishedAt" - coalesce(f."startedAt", f."calledAt")))) / 60 INTO per_ticket
      FROM (SELECT * FROM "Ticket" d WHERE d."queueId" = t."queueId" AND d."day" = t."day" AND d."status" = 'DONE'
             AND d."calledAt" IS NOT NULL ORDER BY d."finishedAt" DESC LIMIT 10) f;
    IF per_ticket IS NULL THEN
      SELECT s."durationMinutes" INTO per_ticket FROM "Queue" q JOIN "Service" s ON s.id = q."serviceId" WHERE q.id = t."queueId";
    END IF;
    minutes := ceil(ahead * coalesce(per_ticket, 10))::integer;
  END $$;

-- The call order, one definition for call-next and the estimate: due appointments (by their
-- time), then walk-ins (with a priority flag first, then by issue time — a transferred ticket
-- keeps the issue time of its visit), then early arrivals whose appointment is not due yet.
-- The grace (minutes before the appointment it counts as due) comes from app.queue_grace.
-- A composite compares field by field, cheaper to build and sort than a formatted text key.
CREATE TYPE ticket_rank_key AS (tier integer, at timestamptz, number integer);
CREATE FUNCTION ticket_rank(t "Ticket") RETURNS ticket_rank_key LANGUAGE sql STABLE
  AS $$ SELECT CASE
      WHEN t."appointmentAt" IS NOT NULL AND t."appointmentAt" <= now() + make_interval(mins => coalesce(nullif(current_setting('app.queue_grace', true), '')::int, 5))
        THEN ROW(0, t."appointmentAt", t."number")::ticket_rank_key
      WHEN t."appointmentAt" IS NULL
        THEN ROW(CASE WHEN cardinality(t."priorities") > 0 THEN 1 ELSE 2 END, t."issuedAt", t."number")::ticket_rank_key
      ELSE ROW(3, t."appointmentAt", t."number")::ticket_rank_key
    END $$;

-- ---------------------------------------------------------------- issuing
-- Not callable by the app: the wrappers below decide who may issue what.
CREATE FUNCTION issue_ticket_internal(
    p_queue uuid, p_language text, p_priorities "TicketPriority"[], p_phone text,
    p_booking uuid, p_appointment timestamptz, p_late boolean, p_person uuid)
  RETURNS uuid
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE q "Queue"; v_day date := berlin_today(); v_number integer; v_id uuid;
  BEGIN
    SELECT * INTO q FROM "Queue" WHERE id = p_queue AND active;
    IF NOT FOUND THEN RAISE EXCEPTION 'no such queue' USING ERRCODE = 'P0002'; END IF;
    INSERT INTO "TicketSequence" ("queueId", "day", "last") VALUES (q.id, v_day, 1)
      ON CONFLICT ("queueId", "day") DO UPDATE SET "last" = "TicketSequence"."last" + 1
      RETURNING "last" INTO v_number;
    INSERT INTO "Ticket" ("queueId", "locationId", "lane", "visitId", "number", "displayNumber", "day", "bookingId",
                          "appointmentAt", "late", "personId", "priorities", "language", "phone")
      VALUES (q.id, q."locationId", q."lane", gen_random_uuid(), v_number, q."code" || '-' || lpad(v_number::text, 3, '0'), v_day,
              p_booking, p_appointment, p_late, p_person, coalesce(p_priorities, ARRAY[]::"TicketPriority"[]), p_language, p_phone)
      RETURNING id INTO v_id;
    RETURN v_id;
  END $$;

CREATE FUNCTION issue_walk_in_ticket(p_queue uuid, p_language text, p_priorities "TicketPriority"[], p_phone text)
  RETURNS uuid
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE q "Queue";
  BEGIN
    SELECT * INTO q FROM "Queue" WHERE id = p_queue AND active;
    IF NOT FOUND OR NOT app_may_issue(q) THEN RAISE EXCEPTION 'no such queue' USING ERRCODE = 'P0002'; END IF;
    -- priority flags are staff's call; a kiosk issues plain tickets
    IF (SELECT app_role()) = 'KIOSK' AND cardinality(p_priorities) > 0 THEN
      RAISE EXCEPTION 'kiosk cannot set priorities' USING ERRCODE = '42501';
    END IF;
    RETURN issue_ticket_internal(q.id, p_language, p_priorities, p_phone, NULL, NULL, false, NULL);
  END $$;

-- What a kiosk or the desk may learn of a ticket it issued (never names): no RLS read needed.
CREATE FUNCTION issued_ticket_view(p_ticket uuid)
  RETURNS TABLE (ticket_id uuid, display_number text, queue_name text, queue_code text, status "TicketStatus",
                 late boolean, appointment_at timestamptz, ahead integer, wait_minutes integer, language text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    RETURN QUERY SELECT t.id, t."displayNumber", q."name", q."code", t."status", t."late", t."appointmentAt", e.ahead, e.minutes, t."language"
      FROM "Ticket" t JOIN "Queue" q ON q.id = t."queueId", ticket_wait_estimate(t.id) e
     WHERE t.id = p_ticket AND t."day" = berlin_today() AND t."status" = 'WAITING'
       AND (app_may_issue(q) OR app_sees_ticket(t."lane"));
  END $$;

-- ---------------------------------------------------------------- check-in
-- Finds today's booking at the location and turns it into a ticket. Identity: a kiosk needs the
-- booking code AND the date of birth, or name + date of birth (the person key); the front desk
-- may check in by code alone after looking at an ID document. Outcome:
--  ON_TIME (ticket with its appointment time), LATE (more than p_late minutes late: a walk-in
--  ticket flagged late), TOO_EARLY (more than p_early minutes early: nothing changes),
--  ALREADY (checked in before: the same ticket), NOT_FOUND (wrong code, date of birth, day or
--  location — one answer for all, so the kiosk reveals nothing).
CREATE FUNCTION check_in_booking(p_location uuid, p_code text, p_birth date, p_person_key text,
                                 p_early integer, p_late integer, p_language text)
  RETURNS TABLE (outcome text, ticket_id uuid, starts_at timestamptz)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE b record; q "Queue"; v_ticket uuid; v_late boolean;
  BEGIN
    IF NOT ((app_role() = 'KIOSK' AND p_location = app_kiosk_location()) OR app_role() = 'FRONT_DESK') THEN
      RAISE EXCEPTION 'check_in_booking: not allowed' USING ERRCODE = '42501';
    END IF;
    IF p_code IS NULL AND p_person_key IS NULL THEN
      RAISE EXCEPTION 'check_in_booking: code or person key' USING ERRCODE = '22023';
    END IF;
    IF p_code IS NOT NULL AND p_birth IS NULL AND app_role() <> 'FRONT_DESK' THEN
      RETURN QUERY SELECT 'NOT_FOUND'::text, NULL::uuid, NULL::timestamptz; RETURN;
    END IF;
    SELECT bk.id, bk."serviceId", bk."startsAt", bk."status", bk."personId", s.lane INTO b
      FROM "Booking" bk JOIN "Counter" c ON c.id = bk."counterId" JOIN "Service" s ON s.id = bk."serviceId"
     WHERE c."locationId" = p_location AND bk."status" IN ('CONFIRMED', 'CHECKED_IN')
       AND (bk."startsAt" AT TIME ZONE 'Europe/Berlin')::date = berlin_today()
       AND CASE WHEN p_code IS NOT NULL THEN bk."code" = p_code AND (p_birth IS NULL OR bk."birthDate" = p_birth)
                ELSE bk."personKey" = p_person_key END
     ORDER BY (bk."status" = 'CONFIRMED') DESC, bk."startsAt"
     LIMIT 1
       FOR UPDATE OF bk;
    IF NOT FOUND THEN
      RETURN QUERY SELECT 'NOT_FOUND'::text, NULL::uuid, NULL::timestamptz; RETURN;
    END IF;
    IF b."status" = 'CHECKED_IN' THEN
      SELECT t.id INTO v_ticket FROM "Ticket" t WHERE t."bookingId" = b.id ORDER BY t."issuedAt" LIMIT 1;
      RETURN QUERY SELECT 'ALREADY'::text, v_ticket, b."startsAt"; RETURN;
    END IF;
    IF now() < b."startsAt" - make_interval(mins => p_early) THEN
      RETURN QUERY SELECT 'TOO_EARLY'::text, NULL::uuid, b."startsAt"; RETURN;
    END IF;
    SELECT * INTO q FROM "Queue" x WHERE x."locationId" = p_location AND x.active
       AND (x."serviceId" = b."serviceId" OR (x."serviceId" IS NULL AND x."lane" = b.lane))
     ORDER BY (x."serviceId" IS NULL), x."code" LIMIT 1;
    IF NOT FOUND THEN RAISE EXCEPTION 'no queue for the booking' USING ERRCODE = 'P0002'; END IF;
    v_late := now() > b."startsAt" + make_interval(mins => p_late);
    v_ticket := issue_ticket_internal(q.id, p_language, NULL, NULL, b.id,
                                      CASE WHEN v_late THEN NULL ELSE b."startsAt" END, v_late, b."personId");
    UPDATE "Booking" SET "status" = 'CHECKED_IN' WHERE id = b.id;
    RETURN QUERY SELECT CASE WHEN v_late THEN 'LATE' ELSE 'ON_TIME' END, v_ticket, b."startsAt";
  END $$;

-- ---------------------------------------------------------------- transfer
-- One visit, several stops: the ticket leaves its queue and a WAITING ticket with the same
-- visit and display number enters the target queue at the place of its first issue. Caller:
-- staff who see the ticket (row-level security decides, checked here explicitly); the target
-- may be another lane's queue at the same location.
CREATE FUNCTION transfer_ticket(p_ticket uuid, p_queue uuid) RETURNS uuid
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE t "Ticket"; q "Queue"; v_id uuid;
  BEGIN
    SELECT * INTO t FROM "Ticket" WHERE id = p_ticket AND app_sees_ticket("lane") AND "status" IN ('CALLED', 'IN_SERVICE') FOR UPDATE;
    IF NOT FOUND THEN RAISE EXCEPTION 'no such ticket' USING ERRCODE = 'P0002'; END IF;
    SELECT * INTO q FROM "Queue" WHERE id = p_queue AND active AND "locationId" = t."locationId" AND id <> t."queueId";
    IF NOT FOUND THEN RAISE EXCEPTION 'no such queue' USING ERRCODE = 'P0002'; END IF;
    UPDATE "Ticket" SET "status" = 'TRANSFERRED', "finishedAt" = now() WHERE id = t.id;
    INSERT INTO "Ticket" ("queueId", "locationId", "lane", "visitId", "number", "displayNumber", "day", "personId",
                          "priorities", "language", "phone", "transferredFromId", "issuedAt")
      VALUES (q.id, q."locationId", q."lane", t."visitId", t."number", t."displayNumber", t."day", t."personId",
              t."priorities", t."language", t."phone", t.id, t."issuedAt")
      RETURNING id INTO v_id;
    RETURN v_id;
  END $$;

-- ---------------------------------------------------------------- overview
-- Counts per queue of a location for the desk and lane leads: numbers, no tickets, no persons —
-- that a counselling queue has three people waiting reveals nobody (DESIGN.md rule 2).
CREATE FUNCTION queue_overview(p_location uuid)
  RETURNS TABLE (queue_id uuid, code text, name text, lane "Lane", waiting integer, longest_wait_seconds integer,
                 no_shows integer, done integer, open_counters text[])
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    IF app_role() IS NULL OR app_role() NOT IN ('FRONT_DESK', 'LANE_LEAD') THEN
      RAISE EXCEPTION 'queue_overview: not allowed' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
      SELECT q.id, q."code", q."name", q."lane",
             (SELECT count(*)::int FROM "Ticket" t WHERE t."queueId" = q.id AND t."status" = 'WAITING'),
             (SELECT extract(epoch FROM now() - min(t."issuedAt"))::int FROM "Ticket" t WHERE t."queueId" = q.id AND t."status" = 'WAITING'),
             (SELECT count(*)::int FROM "Ticket" t WHERE t."queueId" = q.id AND t."day" = berlin_today() AND t."status" = 'NO_SHOW'),
             (SELECT count(*)::int FROM "Ticket" t WHERE t."queueId" = q.id AND t."day" = berlin_today() AND t."status" = 'DONE'),
             -- a counter is open while it serves a ticket or called one in the last 15 minutes
             coalesce((SELECT array_agg(DISTINCT c."name" ORDER BY c."name") FROM "TicketEvent" e JOIN "Counter" c ON c.id = e."counterId"
                        WHERE e."queueId" = q.id AND e."at" > now() - interval '15 minutes' AND e."event" IN ('CALLED', 'RECALLED', 'STARTED')), ARRAY[]::text[])
        FROM "Queue" q WHERE q."locationId" = p_location AND q.active
       ORDER BY q."code";
  END $$;

-- ---------------------------------------------------------------- row-level security and grants
ALTER TABLE "Queue" ENABLE ROW LEVEL SECURITY;
CREATE POLICY queue_read ON "Queue" FOR SELECT USING (true);
CREATE POLICY queue_admin_insert ON "Queue" FOR INSERT WITH CHECK ((SELECT app_role()) = 'ADMIN');
CREATE POLICY queue_admin_update ON "Queue" FOR UPDATE USING ((SELECT app_role()) = 'ADMIN') WITH CHECK ((SELECT app_role()) = 'ADMIN');
GRANT SELECT, INSERT, UPDATE ON "Queue" TO einehand_app;

ALTER TABLE "Ticket" ENABLE ROW LEVEL SECURITY;
-- app_sees_ticket() written out: the (SELECT …) settings become one-time init plans instead of a
-- function call per row, which call-next's scan over every waiting ticket would pay (profiled:
-- 28 µs per row before, 500 waiting tickets = 14 ms per call)
CREATE POLICY ticket_staff_read ON "Ticket" FOR SELECT USING (
  ((SELECT app_role()) = 'FRONT_DESK' AND is_public_lane("lane"))
  OR ((SELECT app_is_lane_staff()) AND "lane" = (SELECT app_lane())));
-- staff call, recall, start, finish and set priorities; STEERING, ADMIN and kiosks never update
CREATE POLICY ticket_staff_update ON "Ticket" FOR UPDATE
  USING (((SELECT app_role()) = 'FRONT_DESK' AND is_public_lane("lane")) OR ((SELECT app_is_lane_staff()) AND "lane" = (SELECT app_lane())))
  WITH CHECK (((SELECT app_role()) = 'FRONT_DESK' AND is_public_lane("lane")) OR ((SELECT app_is_lane_staff()) AND "lane" = (SELECT app_lane())));
GRANT SELECT, UPDATE ON "Ticket" TO einehand_app;

ALTER TABLE "TicketEvent" ENABLE ROW LEVEL SECURITY;
-- statistics: lane leads read their lane's events, steering all (no names, no persons)
CREATE POLICY ticket_event_read ON "TicketEvent" FOR SELECT USING (
  (SELECT app_role()) = 'STEERING' OR ((SELECT app_role()) = 'LANE_LEAD' AND "lane" = (SELECT app_lane())));
GRANT SELECT ON "TicketEvent" TO einehand_app;

REVOKE ALL ON FUNCTION issue_ticket_internal(uuid, text, "TicketPriority"[], text, uuid, timestamptz, boolean, uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION issue_walk_in_ticket(uuid, text, "TicketPriority"[], text) FROM PUBLIC;
REVOKE ALL ON FUNCTION issued_ticket_view(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION check_in_booking(uuid, text, date, text, integer, integer, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION transfer_ticket(uuid, uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION queue_overview(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION ticket_wait_estimate(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION issue_walk_in_ticket(uuid, text, "TicketPriority"[], text) TO einehand_app;
GRANT EXECUTE ON FUNCTION issued_ticket_view(uuid) TO einehand_app;
GRANT EXECUTE ON FUNCTION check_in_booking(uuid, text, date, text, integer, integer, text) TO einehand_app;
GRANT EXECUTE ON FUNCTION transfer_ticket(uuid, uuid) TO einehand_app;
GRANT EXECUTE ON FUNCTION queue_overview(uuid) TO einehand_app;
