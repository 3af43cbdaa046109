-- DESIGN.md rule 2 names counts: the front desk's and a public lane lead's queue overview no
-- longer shows MBE and JMD queues (it did, "counts reveal nobody" — but with three people in the
-- waiting room, "1 waiting for MBE" can). A lane lead sees the public lanes' queues and their own.
CREATE OR REPLACE FUNCTION queue_overview(p_location uuid)
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
        FROM "Queue" q
       WHERE q."locationId" = p_location AND q.active
         AND (is_public_lane(q."lane") OR (app_role() = 'LANE_LEAD' AND q."lane" = app_lane()))
       ORDER BY q."code";
  END $$;
