-- "Send me an SMS when my turn is near" and the kiosk's PDF ticket (issue 4, item 1).
--
--  * A kiosk may give a phone number only to a ticket it issued itself, today, still WAITING:
--    set_ticket_phone() checks the ISSUED event's device (recorded by ticket_record_event from
--    app.kiosk_device). Nobody else changes the number: the app role's UPDATE grant on Ticket
--    (for staff's status changes) stops at "phone" (ticket_phone_guard).
--  * Which ticket gets the SMS is decided by claim_near_turn_sms(): one INSERT … SELECT …
--    ON CONFLICT DO NOTHING RETURNING into TicketNearSms (primary key = ticket), so two workers
--    claiming at once never both get a ticket. The claim is a row of its own, not a column of
--    Ticket, and has no foreign key: stamping the ticket (or checking a key on it) would lock
--    the ticket row, and call-next (FOR UPDATE SKIP LOCKED) would pass over the next ticket
--    while a claim held it.
--  * Why a pg-boss job and not the worker LISTENing on ticket_events: the job row is written in
--    the transaction that moves the queue (a call, a priority, a transfer, a number given), so
--    it commits with it and waits in Postgres while no worker runs; a NOTIFY sent while the
--    worker restarts is gone. The job only says "look at queue X"; the claim decides.
--  * Data minimisation: numbers are erased after their day (erase_past_ticket_phones(), run by
--    the worker at each claim and hourly).

CREATE TABLE "TicketNearSms" (
    "ticketId" UUID NOT NULL,
    "claimedAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TicketNearSms_pkey" PRIMARY KEY ("ticketId")
);
-- the worker's functions only (definer rights); nobody reads it directly
ALTER TABLE "TicketNearSms" ENABLE ROW LEVEL SECURITY;
-- the claim and the trigger look only at waiting tickets with a number
CREATE INDEX "Ticket_phone_waiting_idx" ON "Ticket"("queueId") WHERE "phone" IS NOT NULL AND "status" = 'WAITING';
CREATE INDEX "Ticket_phone_day_idx" ON "Ticket"("day") WHERE "phone" IS NOT NULL;

-- ---------------------------------------------------------------- the job queue
-- policy "short": at most one job per queue waits to start (singleton key = queue id), so a
-- busy morning of calls does not pile up jobs; one that is running does not block the next.
SELECT pgboss.create_queue('ticket-near-sms', '{"policy":"short","retryLimit":5,"retryDelay":30,"retryBackoff":true,"expireInSeconds":120}');

CREATE FUNCTION enqueue_near_sms_check(p_queue uuid) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = public
  AS $$
    INSERT INTO pgboss.job ("name", "data", "singleton_key", "retry_limit", "retry_delay", "retry_backoff", "expire_in", "keep_until", "policy")
    SELECT q.name, json_build_object('queueId', p_queue)::jsonb, p_queue::text, q.retry_limit, q.retry_delay, q.retry_backoff,
           q.expire_seconds * interval '1 second', now() + interval '14 days', q.policy
      FROM pgboss.queue q WHERE q.name = 'ticket-near-sms'
    ON CONFLICT DO NOTHING
  $$;

-- A ticket leaving the waiting line (called, no longer waiting), a new priority or a ticket
-- transferred in moves others forward: look at the queue — but only when someone there waits
-- for an SMS, so call-next pays nothing (and 20 counters never queue on the job's key) when
-- nobody gave a number.
CREATE FUNCTION ticket_near_sms_trigger() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    IF EXISTS (SELECT 1 FROM "Ticket" x WHERE x."queueId" = NEW."queueId" AND x."phone" IS NOT NULL AND x."status" = 'WAITING'
                AND NOT EXISTS (SELECT 1 FROM "TicketNearSms" n WHERE n."ticketId" = x.id)) THEN
      PERFORM enqueue_near_sms_check(NEW."queueId");
    END IF;
    RETURN NULL;
  END $$;
CREATE TRIGGER ticket_near_sms_on_change AFTER UPDATE ON "Ticket" FOR EACH ROW
  WHEN (OLD."status" = 'WAITING' AND (NEW."status" <> 'WAITING' OR NEW."priorities" IS DISTINCT FROM OLD."priorities"))
  EXECUTE FUNCTION ticket_near_sms_trigger();
CREATE TRIGGER ticket_near_sms_on_insert AFTER INSERT ON "Ticket" FOR EACH ROW
  WHEN (NEW."status" = 'WAITING')
  EXECUTE FUNCTION ticket_near_sms_trigger();

-- Only set_ticket_phone() (definer rights) changes the number; the app role's UPDATE is for
-- staff's status changes. current_user is the caller's role outside definer functions, their
-- owner inside.
CREATE FUNCTION ticket_phone_guard() RETURNS trigger LANGUAGE plpgsql
  AS $$ BEGIN
    IF current_user = 'einehand_app' AND NEW."phone" IS DISTINCT FROM OLD."phone" THEN
      RAISE EXCEPTION 'ticket phone is set by its kiosk only' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END $$;
CREATE TRIGGER ticket_phone_guard BEFORE UPDATE ON "Ticket" FOR EACH ROW EXECUTE FUNCTION ticket_phone_guard();

-- ---------------------------------------------------------------- the kiosk
-- Did this kiosk (app.kiosk_device, at its location) issue this ticket today? Its ISSUED event
-- says which device did (check-in and walk-in alike).
CREATE FUNCTION app_kiosk_issued(t "Ticket") RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT app_role() = 'KIOSK' AND t."locationId" = app_kiosk_location() AND t."day" = berlin_today()
           AND EXISTS (SELECT 1 FROM "TicketEvent" e WHERE e."ticketId" = t.id AND e."event" = 'ISSUED' AND e."deviceId" = app_kiosk_device()) $$;

-- The number for the near-turn SMS, on the kiosk's own just-issued waiting ticket. False for
-- every other ticket (another kiosk's, yesterday's, called) — the caller answers 404.
CREATE FUNCTION set_ticket_phone(p_ticket uuid, p_phone text) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE t "Ticket";
  BEGIN
    SELECT * INTO t FROM "Ticket" x WHERE x.id = p_ticket AND x."status" = 'WAITING';
    IF NOT FOUND OR NOT app_kiosk_issued(t) OR nullif(trim(p_phone), '') IS NULL THEN RETURN false; END IF;
    -- the status again: a counter may have called it since the look above
    UPDATE "Ticket" SET "phone" = trim(p_phone) WHERE id = t.id AND "status" = 'WAITING';
    IF NOT FOUND THEN RETURN false; END IF;
    -- already near? the worker sends at once
    PERFORM enqueue_near_sms_check(t."queueId");
    RETURN true;
  END $$;

-- What the kiosk's PDF ticket shows, for the kiosk that issued it (today) only: no name.
CREATE FUNCTION kiosk_ticket_slip(p_ticket uuid)
  RETURNS TABLE (display_number text, queue_name text, service_id uuid, location_name text, location_address text,
                 issued_at timestamptz, status "TicketStatus", ahead integer, wait_minutes integer, language text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    RETURN QUERY SELECT t."displayNumber", q."name", q."serviceId", l."name", l."address", t."issuedAt", t."status",
                        CASE WHEN t."status" = 'WAITING' THEN e.ahead ELSE 0 END, CASE WHEN t."status" = 'WAITING' THEN e.minutes ELSE 0 END,
                        t."language"
      FROM "Ticket" t JOIN "Queue" q ON q.id = t."queueId" JOIN "Location" l ON l.id = t."locationId", ticket_wait_estimate(t.id) e
     WHERE t.id = p_ticket AND t."transferredFromId" IS NULL AND app_kiosk_issued(t);
  END $$;

-- ---------------------------------------------------------------- the worker
-- Claims, in one statement, every waiting ticket of the queue (all queues when NULL) with a
-- number and no SMS yet that has at most p_ahead tickets before it (ticket_rank, the order of
-- call-next, with the due-appointment grace p_grace), and returns what the SMS says. A
-- concurrent claimer of the same ticket waits on its key and then inserts nothing.
CREATE FUNCTION claim_near_turn_sms(p_queue uuid, p_ahead integer, p_grace integer)
  RETURNS TABLE (ticket_id uuid, phone text, display_number text, language text, location_name text, queue_name text, service_id uuid)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    PERFORM set_config('app.queue_grace', p_grace::text, true);
    RETURN QUERY
      WITH claimed AS (
        INSERT INTO "TicketNearSms" ("ticketId")
        SELECT x.id FROM "Ticket" x
         WHERE (p_queue IS NULL OR x."queueId" = p_queue) AND x."phone" IS NOT NULL
           AND x."status" = 'WAITING' AND x."day" = berlin_today()
           AND NOT EXISTS (SELECT 1 FROM "TicketNearSms" n WHERE n."ticketId" = x.id)
           AND (SELECT count(*) FROM "Ticket" y WHERE y."queueId" = x."queueId" AND y."status" = 'WAITING' AND y.id <> x.id
                  AND ticket_rank(y) < ticket_rank(x)) <= p_ahead
        ON CONFLICT ("ticketId") DO NOTHING
        RETURNING "ticketId"
      )
      SELECT t.id, t."phone", t."displayNumber", t."language", l."name", q."name", q."serviceId"
        FROM claimed c JOIN "Ticket" t ON t.id = c."ticketId" JOIN "Location" l ON l.id = t."locationId" JOIN "Queue" q ON q.id = t."queueId";
  END $$;

-- A claimed SMS that could not be sent goes back, for the job's retry to claim again.
CREATE FUNCTION release_near_turn_sms(p_ticket uuid) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = public
  AS $$ DELETE FROM "TicketNearSms" WHERE "ticketId" = p_ticket $$;

-- Numbers are for this SMS today only.
CREATE FUNCTION erase_past_ticket_phones() RETURNS integer
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE n integer;
  BEGIN
    UPDATE "Ticket" SET "phone" = NULL WHERE "phone" IS NOT NULL AND "day" < berlin_today();
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
  END $$;

REVOKE ALL ON FUNCTION enqueue_near_sms_check(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION app_kiosk_issued("Ticket") FROM PUBLIC;
REVOKE ALL ON FUNCTION set_ticket_phone(uuid, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION kiosk_ticket_slip(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION claim_near_turn_sms(uuid, integer, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION release_near_turn_sms(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION erase_past_ticket_phones() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION set_ticket_phone(uuid, text) TO einehand_app;
GRANT EXECUTE ON FUNCTION kiosk_ticket_slip(uuid) TO einehand_app;
GRANT EXECUTE ON FUNCTION claim_near_turn_sms(uuid, integer, integer) TO einehand_jobs;
GRANT EXECUTE ON FUNCTION release_near_turn_sms(uuid) TO einehand_jobs;
GRANT EXECUTE ON FUNCTION erase_past_ticket_phones() TO einehand_jobs;
