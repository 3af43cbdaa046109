-- A queue's name in a language: the catalogue text of its service in that language (staff work
-- in five languages, the kiosk in all of them); a general queue of a lane, and a service without
-- a text in that language, keep the name the admin gave the queue.
CREATE FUNCTION queue_label(p_queue uuid, p_locale text) RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT coalesce(st."name", q."name") FROM "Queue" q
          LEFT JOIN "ServiceText" st ON st."serviceId" = q."serviceId" AND st."locale" = p_locale
         WHERE q.id = p_queue $$;
REVOKE ALL ON FUNCTION queue_label(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION queue_label(uuid, text) TO einehand_app;

-- the kiosk's ticket slip names the queue in the language the person chose at the kiosk
CREATE OR REPLACE FUNCTION issued_ticket_view(p_ticket uuid)
  RETURNS TABLE (ticket_id uuid, display_number text, queue_name text, queue_code text, status "TicketStatus",
                 late boolean, appointment_at timestamptz, ahead integer, wait_minutes integer, language text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    RETURN QUERY SELECT t.id, t."displayNumber", queue_label(q.id, t."language"), q."code", t."status", t."late", t."appointmentAt", e.ahead, e.minutes, t."language"
      FROM "Ticket" t JOIN "Queue" q ON q.id = t."queueId", ticket_wait_estimate(t.id) e
     WHERE t.id = p_ticket AND t."day" = berlin_today() AND t."status" = 'WAITING'
       AND (app_may_issue(q) OR app_sees_ticket(t."lane"));
  END $$;
