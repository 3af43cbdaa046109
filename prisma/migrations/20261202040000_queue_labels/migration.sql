-- A queue's name in a language: the catalogue text of its service in that language (staff work
-- in five languages, the kiosk in all of them); a general queue of a lane, and a service without
-- a text in that language, keep the name the admin gave the queue.
CREATE FUNCTION queue_label(p_queue uuid, p_locale text) RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT coalesce(st."name", q."name") FROM "Queue" q
          LEFT JOIN "ServiceText" st ON st."serviceId" = q."serviceId" AND st."locale" = p_locale
         WHERE q.id = p_queue $$;
REVOKE ALL ON FUNCTION queue_label(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION queue_label(uuid, text) TO einehand_app;
