-- Fair draw for scarce services (issue 3 item 6, docs/decisions/011-fair-draw.md): a request
-- window in which people register their need and acceptable dates, a seeded weighted draw,
-- and offers (HELD bookings) that must be confirmed before a deadline.
--
-- Who touches draw rows:
--  * the public, in the booking context (app.role = 'BOOKING'), tied to ONE entry: its entry
--    code (app.draw_entry_code) and the date of birth typed (app.booking_birth_date). It may
--    register (insert) that entry, read it and update it (confirming an offer) — nothing else;
--  * the draw itself (app.role = 'DRAW', a system context like 'BOOKING', used by runDraw and
--    expireOffers, whether an admin, a status page or the periodic job started it): reads and
--    updates the entries and creates offers as HELD bookings without personal data;
--  * ADMIN and the lane staff of the service's lane read entries (counts, offers, confirmations).

CREATE TYPE "DrawWindowStatus" AS ENUM ('OPEN', 'DRAWN', 'CLOSED');
CREATE TYPE "DrawEntryStatus" AS ENUM ('WAITING', 'OFFERED', 'CONFIRMED', 'EXPIRED', 'LOST');

-- No personal data: which slots a draw fills and when; the seed makes the draw re-verifiable.
CREATE TABLE "DrawWindow" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "serviceId" UUID NOT NULL,
    "opensAt" TIMESTAMPTZ(6) NOT NULL,
    "closesAt" TIMESTAMPTZ(6) NOT NULL,
    "slotsFrom" DATE NOT NULL,
    "slotsUntil" DATE NOT NULL,
    "offerHours" INTEGER NOT NULL DEFAULT 48,
    "status" "DrawWindowStatus" NOT NULL DEFAULT 'OPEN',
    "seed" TEXT,
    "drawnAt" TIMESTAMPTZ(6),
    "drawnById" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DrawWindow_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DrawWindow_times" CHECK ("opensAt" < "closesAt" AND "slotsFrom" <= "slotsUntil"),
    CONSTRAINT "DrawWindow_offerHours" CHECK ("offerHours" BETWEEN 1 AND 336),
    CONSTRAINT "DrawWindow_drawn" CHECK ("status" <> 'DRAWN' OR "seed" IS NOT NULL)
);
CREATE INDEX "DrawWindow_serviceId_status_idx" ON "DrawWindow"("serviceId", "status");
ALTER TABLE "DrawWindow" ADD CONSTRAINT "DrawWindow_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DrawWindow" ADD CONSTRAINT "DrawWindow_drawnById_fkey" FOREIGN KEY ("drawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "DrawWindow" ADD CONSTRAINT "DrawWindow_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- One entry per person (personKey = normalised name + date of birth) and window.
CREATE TABLE "DrawEntry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "windowId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "personKey" TEXT NOT NULL,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "language" TEXT NOT NULL DEFAULT 'de',
    "urgentBy" DATE,
    -- nullable like every Prisma list column (schema-drift test); DrawEntry_dates requires it
    "acceptableDates" DATE[],
    "status" "DrawEntryStatus" NOT NULL DEFAULT 'WAITING',
    "drawRank" INTEGER,
    "weight" DOUBLE PRECISION,
    "bookingId" UUID,
    "bookingCode" TEXT,
    "offerStartsAt" TIMESTAMPTZ(6),
    "offerExpiresAt" TIMESTAMPTZ(6),
    "offeredAt" TIMESTAMPTZ(6),
    "confirmedAt" TIMESTAMPTZ(6),
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DrawEntry_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DrawEntry_contact" CHECK ("email" IS NOT NULL OR "phone" IS NOT NULL),
    CONSTRAINT "DrawEntry_dates" CHECK ("acceptableDates" IS NOT NULL AND cardinality("acceptableDates") > 0),
    CONSTRAINT "DrawEntry_offer" CHECK ("status" NOT IN ('OFFERED', 'CONFIRMED') OR ("bookingId" IS NOT NULL AND "offerExpiresAt" IS NOT NULL))
);
CREATE UNIQUE INDEX "DrawEntry_code_key" ON "DrawEntry"("code");
CREATE UNIQUE INDEX "DrawEntry_bookingId_key" ON "DrawEntry"("bookingId");
CREATE UNIQUE INDEX "DrawEntry_windowId_personKey_key" ON "DrawEntry"("windowId", "personKey");
CREATE INDEX "DrawEntry_windowId_status_drawRank_idx" ON "DrawEntry"("windowId", "status", "drawRank");
CREATE INDEX "DrawEntry_status_offerExpiresAt_idx" ON "DrawEntry"("status", "offerExpiresAt");
ALTER TABLE "DrawEntry" ADD CONSTRAINT "DrawEntry_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "DrawWindow"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DrawEntry" ADD CONSTRAINT "DrawEntry_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------- row-level security
CREATE FUNCTION app_draw_entry_code() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.draw_entry_code', true), '') $$;

-- the entry the public context works on: its code AND its date of birth, always (an entry
-- carries personal data from the start)
CREATE FUNCTION app_owns_draw_entry(code text, birth date) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT (SELECT app_role()) = 'BOOKING' AND code = (SELECT app_draw_entry_code())
            AND birth = (SELECT app_booking_birth_date()) $$;

CREATE FUNCTION draw_window_lane(w uuid) RETURNS "Lane" LANGUAGE sql STABLE
  AS $$ SELECT s.lane FROM "DrawWindow" dw JOIN "Service" s ON s.id = dw."serviceId" WHERE dw.id = w $$;

CREATE FUNCTION app_sees_draw_entry(w uuid) RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT (SELECT app_role()) = 'ADMIN'
            OR ((SELECT app_is_lane_staff()) AND draw_window_lane(w) = (SELECT app_lane())) $$;

ALTER TABLE "DrawEntry" ENABLE ROW LEVEL SECURITY;
CREATE POLICY draw_entry_public_read ON "DrawEntry" FOR SELECT USING (app_owns_draw_entry("code", "birthDate"));
-- a new entry waits for the draw; offers are made by the draw, never by the entrant
CREATE POLICY draw_entry_public_insert ON "DrawEntry" FOR INSERT WITH CHECK (
  app_owns_draw_entry("code", "birthDate") AND "status" = 'WAITING' AND "bookingId" IS NULL AND "drawRank" IS NULL);
-- the only change an entrant makes: confirming the offer (inside confirmBooking's transaction)
CREATE POLICY draw_entry_public_update ON "DrawEntry" FOR UPDATE
  USING (app_owns_draw_entry("code", "birthDate") AND "status" = 'OFFERED')
  WITH CHECK (app_owns_draw_entry("code", "birthDate") AND "status" = 'CONFIRMED');
CREATE POLICY draw_entry_draw_read ON "DrawEntry" FOR SELECT USING ((SELECT app_role()) = 'DRAW');
CREATE POLICY draw_entry_draw_update ON "DrawEntry" FOR UPDATE USING ((SELECT app_role()) = 'DRAW') WITH CHECK ((SELECT app_role()) = 'DRAW');
CREATE POLICY draw_entry_staff_read ON "DrawEntry" FOR SELECT USING (app_sees_draw_entry("windowId"));

-- the draw's offers: holds without personal data, like the public booking flow's holds; the
-- person's details arrive when the offer is confirmed (confirmBooking, public context)
CREATE POLICY booking_draw_insert ON "Booking" FOR INSERT WITH CHECK (
  (SELECT app_role()) = 'DRAW' AND "status" = 'HELD' AND "holdExpiresAt" IS NOT NULL AND "birthDate" IS NULL
  AND "personKey" IS NULL AND "bookedById" IS NULL AND "personId" IS NULL AND "requestId" IS NULL);

GRANT SELECT, INSERT, UPDATE ON "DrawWindow" TO einehand_app;
GRANT SELECT, INSERT, UPDATE ON "DrawEntry" TO einehand_app;
