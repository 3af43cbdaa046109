-- Devices in the office (waiting-room displays, kiosks) and the display's recent calls.
--
-- 1. A device signs in with a long random token that an admin issues once; only its SHA-256 is
--    stored. Devices are no staff: the app never lists them outside the admin's page (row-level
--    security: ADMIN only), and a device proves itself through device_by_token(), which answers
--    for exactly one unrevoked token and nothing else — the app role cannot enumerate tokens.
CREATE TYPE "DeviceKind" AS ENUM ('DISPLAY', 'KIOSK');

CREATE TABLE "Device" (
  "id"         uuid NOT NULL DEFAULT gen_random_uuid(),
  "kind"       "DeviceKind" NOT NULL,
  "locationId" uuid NOT NULL,
  "name"       text NOT NULL,
  "tokenHash"  text NOT NULL,
  "createdAt"  timestamptz(6) NOT NULL DEFAULT now(),
  "revokedAt"  timestamptz(6),
  "lastSeenAt" timestamptz(6),
  CONSTRAINT "Device_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Device_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Device_tokenHash_key" ON "Device"("tokenHash");
CREATE INDEX "Device_locationId_idx" ON "Device"("locationId");

ALTER TABLE "Device" ENABLE ROW LEVEL SECURITY;
CREATE POLICY device_admin_read ON "Device" FOR SELECT USING ((SELECT app_role()) = 'ADMIN');
CREATE POLICY device_admin_insert ON "Device" FOR INSERT WITH CHECK ((SELECT app_role()) = 'ADMIN');
CREATE POLICY device_admin_update ON "Device" FOR UPDATE USING ((SELECT app_role()) = 'ADMIN') WITH CHECK ((SELECT app_role()) = 'ADMIN');
GRANT SELECT, INSERT, UPDATE ON "Device" TO einehand_app;

-- The one door for a device: its token's hash and the kind of page it opens. Marks the device
-- as seen (at most once a minute, so a display's reconnects do not write on every request).
CREATE FUNCTION device_by_token(p_hash text, p_kind "DeviceKind")
  RETURNS TABLE (id uuid, kind "DeviceKind", location_id uuid, name text)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    RETURN QUERY
      UPDATE "Device" d SET "lastSeenAt" = CASE
          WHEN d."lastSeenAt" IS NULL OR d."lastSeenAt" < now() - interval '1 minute' THEN now() ELSE d."lastSeenAt" END
       WHERE d."tokenHash" = p_hash AND d."kind" = p_kind AND d."revokedAt" IS NULL
      RETURNING d."id", d."kind", d."locationId", d."name";
  END $$;
REVOKE ALL ON FUNCTION device_by_token(text, "DeviceKind") FROM PUBLIC;
GRANT EXECUTE ON FUNCTION device_by_token(text, "DeviceKind") TO einehand_app;

-- 2. What a waiting-room display shows after a reload: the calls of the day, filled by each app
--    instance's listener from the ticket_events notifications (lib/live). Only what the screen
--    shows anyway — ticket number, counter, language of the announcement — never a name or a
--    booking, so no row-level security; every instance writes the same call, so the unique key
--    makes the second write a no-op.
CREATE TABLE "DisplayCall" (
  "id"            uuid NOT NULL DEFAULT gen_random_uuid(),
  "locationId"    uuid NOT NULL,
  "ticketId"      uuid NOT NULL,
  "type"          text NOT NULL,
  "displayNumber" text NOT NULL,
  "counterName"   text,
  "language"      text NOT NULL,
  "at"            timestamptz(6) NOT NULL,
  CONSTRAINT "DisplayCall_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "DisplayCall_ticketId_type_at_key" ON "DisplayCall"("ticketId", "type", "at");
CREATE INDEX "DisplayCall_locationId_at_idx" ON "DisplayCall"("locationId", "at");
GRANT SELECT, INSERT, DELETE ON "DisplayCall" TO einehand_app;
