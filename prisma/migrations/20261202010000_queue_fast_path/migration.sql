-- The counter's hot path in one round trip. call-next and the status changes of a called
-- ticket ran as Prisma interactive transactions (BEGIN, actor settings, lock, update, COMMIT:
-- five round trips, ~10 ms of Node CPU per call and finish); with 20 counters on two cores the
-- queueing for CPU alone broke the 100 ms target. These functions do the same in one statement.
-- They are SECURITY INVOKER: the actor settings they set are what row-level security checks,
-- exactly as withActor's set_config does, and they are transaction-local (the statement's own).

-- The errors the callers translate: EHNCN no such counter, EHBSY counter still busy, EHSTS
-- ticket in the wrong status for this change (P0002: no such ticket / not visible → plain 404).

CREATE FUNCTION app_act_as(p_user text, p_role text, p_lane text) RETURNS void
  LANGUAGE plpgsql VOLATILE
  AS $$ BEGIN
    PERFORM set_config('app.user_id', p_user, true), set_config('app.role', p_role, true),
            set_config('app.lane', coalesce(p_lane, ''), true);
  END $$;

-- ticket_rank() as plain sort keys: the tier alone, then the time (the appointment for tiers 0
-- and 3, the issue time for walk-ins: coalesce picks exactly that), then the number. Sorting
-- 500 waiting tickets by three scalars costs half of sorting them by a composite (record_cmp per
-- comparison); ticket_rank() keeps its meaning and is now built from the same tier.
CREATE FUNCTION ticket_tier(t "Ticket") RETURNS integer LANGUAGE sql STABLE
  AS $$ SELECT CASE
      WHEN t."appointmentAt" IS NOT NULL AND t."appointmentAt" <= now() + make_interval(mins => coalesce(nullif(current_setting('app.queue_grace', true), '')::int, 5))
        THEN 0
      WHEN t."appointmentAt" IS NULL THEN CASE WHEN cardinality(t."priorities") > 0 THEN 1 ELSE 2 END
      ELSE 3
    END $$;
CREATE OR REPLACE FUNCTION ticket_rank(t "Ticket") RETURNS ticket_rank_key LANGUAGE sql STABLE
  AS $$ SELECT ROW(ticket_tier(t), coalesce(t."appointmentAt", t."issuedAt"), t."number")::ticket_rank_key $$;

-- call next: the order of ticket_rank() (as sort keys), SKIP LOCKED so two counters never wait for or take the
-- same ticket, one call at a time per counter (advisory lock: a double click calls one ticket)
CREATE FUNCTION call_next_ticket(p_user text, p_role text, p_lane text, p_counter uuid, p_grace integer)
  RETURNS SETOF "Ticket"
  LANGUAGE plpgsql VOLATILE
  AS $$
  DECLARE v_location uuid; v_lane "Lane"; t "Ticket";
  BEGIN
    PERFORM app_act_as(p_user, p_role, p_lane), set_config('app.queue_grace', p_grace::text, true);
    -- the front desk calls any public lane's tickets (row-level security); lane staff their lane's
    v_lane := CASE WHEN p_role = 'FRONT_DESK' THEN NULL ELSE nullif(p_lane, '')::"Lane" END;
    SELECT c."locationId" INTO v_location FROM "Counter" c WHERE c.id = p_counter AND c.active;
    IF NOT FOUND THEN RAISE EXCEPTION 'no such counter' USING ERRCODE = 'EHNCN'; END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('counter|' || p_counter::text, 0));
    IF EXISTS (SELECT 1 FROM "Ticket" b WHERE b."counterId" = p_counter AND b."status" IN ('CALLED', 'IN_SERVICE')) THEN
      RAISE EXCEPTION 'counter busy' USING ERRCODE = 'EHBSY';
    END IF;
    UPDATE "Ticket" u SET "status" = 'CALLED', "counterId" = p_counter, "calledAt" = now(), "recalls" = 0
     WHERE u.id = (
       SELECT x.id FROM "Ticket" x JOIN "Queue" q ON q.id = x."queueId"
        WHERE x."locationId" = v_location AND x."status" = 'WAITING' AND x."day" = berlin_today()
          AND (v_lane IS NULL OR x."lane" = v_lane)
          AND (q."serviceId" IN (SELECT cs."serviceId" FROM "CounterService" cs WHERE cs."counterId" = p_counter)
               OR (q."serviceId" IS NULL AND q."lane" IN (SELECT s."lane" FROM "CounterService" cs JOIN "Service" s ON s.id = cs."serviceId"
                                                          WHERE cs."counterId" = p_counter)))
        ORDER BY ticket_tier(x), coalesce(x."appointmentAt", x."issuedAt"), x."number"
        LIMIT 1
          FOR UPDATE OF x SKIP LOCKED)
    RETURNING u.* INTO t;
    IF FOUND THEN RETURN NEXT t; END IF;
  END $$;

-- the changes of a called ticket at the counter: start, finish, recall (no-show after
-- p_no_show_after recalls), no-show; the trigger records the event and notifies the display
CREATE FUNCTION change_called_ticket(p_user text, p_role text, p_lane text, p_ticket uuid, p_action text, p_no_show_after integer)
  RETURNS SETOF "Ticket"
  LANGUAGE plpgsql VOLATILE
  AS $$
  DECLARE t "Ticket";
  BEGIN
    PERFORM app_act_as(p_user, p_role, p_lane);
    SELECT * INTO t FROM "Ticket" WHERE id = p_ticket FOR UPDATE;
    IF NOT FOUND THEN RAISE EXCEPTION 'no such ticket' USING ERRCODE = 'P0002'; END IF;
    IF NOT (t."status" = 'CALLED' OR (p_action = 'finish' AND t."status" = 'IN_SERVICE')) THEN
      RAISE EXCEPTION 'ticket is %', t."status" USING ERRCODE = 'EHSTS';
    END IF;
    CASE
      WHEN p_action = 'start' THEN
        UPDATE "Ticket" SET "status" = 'IN_SERVICE', "startedAt" = now() WHERE id = p_ticket RETURNING * INTO t;
      WHEN p_action = 'finish' THEN
        UPDATE "Ticket" SET "status" = 'DONE', "finishedAt" = now(), "startedAt" = coalesce("startedAt", "calledAt")
         WHERE id = p_ticket RETURNING * INTO t;
      WHEN p_action = 'no_show' OR (p_action = 'recall' AND t."recalls" >= p_no_show_after) THEN
        UPDATE "Ticket" SET "status" = 'NO_SHOW', "finishedAt" = now() WHERE id = p_ticket RETURNING * INTO t;
      WHEN p_action = 'recall' THEN
        UPDATE "Ticket" SET "recalls" = "recalls" + 1, "calledAt" = now() WHERE id = p_ticket RETURNING * INTO t;
      ELSE
        RAISE EXCEPTION 'unknown ticket action %', p_action USING ERRCODE = '22023';
    END CASE;
    RETURN NEXT t;
  END $$;

REVOKE ALL ON FUNCTION app_act_as(text, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION call_next_ticket(text, text, text, uuid, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION change_called_ticket(text, text, text, uuid, text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_act_as(text, text, text) TO einehand_app;
GRANT EXECUTE ON FUNCTION call_next_ticket(text, text, text, uuid, integer) TO einehand_app;
GRANT EXECUTE ON FUNCTION change_called_ticket(text, text, text, uuid, text, integer) TO einehand_app;

-- "is this counter still serving someone?" is asked on every call; without it the check read
-- every ticket the office ever issued
CREATE INDEX "Ticket_active_counter_idx" ON "Ticket"("counterId") WHERE "status" IN ('CALLED', 'IN_SERVICE');
