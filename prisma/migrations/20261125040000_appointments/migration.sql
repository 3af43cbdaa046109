-- Appointments: service catalogue, counters and their opening rules, closures, bookings.
-- The catalogue is public information (no row-level security). Bookings hold personal data;
-- their policies follow in the booking migration.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE "LocationKind" AS ENUM ('MAIN', 'NEIGHBOURHOOD');
CREATE TYPE "BookingMode" AS ENUM ('ONLINE', 'DESK_ONLY', 'WALK_IN');
CREATE TYPE "Allocation" AS ENUM ('FIRST_COME', 'DRAW');
CREATE TYPE "BookingStatus" AS ENUM ('HELD', 'CONFIRMED', 'RELEASING', 'CANCELLED', 'EXPIRED', 'CHECKED_IN', 'NO_SHOW', 'COMPLETED');

CREATE TABLE "Location" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "kind" "LocationKind" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Location_code_key" ON "Location"("code");

CREATE TABLE "Counter" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "locationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Counter_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Counter_locationId_name_key" ON "Counter"("locationId", "name");

CREATE TABLE "Service" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "lane" "Lane" NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "bufferMinutes" INTEGER NOT NULL DEFAULT 0,
    "bookingMode" "BookingMode" NOT NULL,
    "allocation" "Allocation" NOT NULL DEFAULT 'FIRST_COME',
    "minAge" INTEGER,
    "maxAge" INTEGER,
    "feeCents" INTEGER,
    "requiredDocuments" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "minNoticeMinutes" INTEGER NOT NULL DEFAULT 120,
    "horizonDays" INTEGER NOT NULL DEFAULT 60,
    "holdMinutes" INTEGER NOT NULL DEFAULT 10,
    "releaseDelayMinutes" INTEGER NOT NULL DEFAULT 60,
    "active" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Service_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Service_duration_positive" CHECK ("durationMinutes" > 0 AND "bufferMinutes" >= 0)
);
CREATE UNIQUE INDEX "Service_code_key" ON "Service"("code");

CREATE TABLE "ServiceText" (
    "serviceId" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    CONSTRAINT "ServiceText_pkey" PRIMARY KEY ("serviceId", "locale")
);

CREATE TABLE "CounterService" (
    "counterId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    CONSTRAINT "CounterService_pkey" PRIMARY KEY ("counterId", "serviceId")
);
CREATE INDEX "CounterService_serviceId_idx" ON "CounterService"("serviceId");

CREATE TABLE "OpeningRule" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "counterId" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "validFrom" DATE,
    "validUntil" DATE,
    CONSTRAINT "OpeningRule_pkey" PRIMARY KEY ("id"),
    -- ISO weekday 1 = Monday … 7 = Sunday; minutes after local midnight (Europe/Berlin)
    CONSTRAINT "OpeningRule_valid" CHECK ("weekday" BETWEEN 1 AND 7 AND "startMinute" >= 0 AND "endMinute" <= 1440 AND "startMinute" < "endMinute")
);
CREATE INDEX "OpeningRule_counterId_idx" ON "OpeningRule"("counterId");

CREATE TABLE "Closure" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "locationId" UUID,
    "counterId" UUID,
    "startsAt" TIMESTAMPTZ(6) NOT NULL,
    "endsAt" TIMESTAMPTZ(6) NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "Closure_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Closure_target" CHECK (("locationId" IS NULL) <> ("counterId" IS NULL) AND "startsAt" < "endsAt")
);
CREATE INDEX "Closure_locationId_startsAt_idx" ON "Closure"("locationId", "startsAt");
CREATE INDEX "Closure_counterId_startsAt_idx" ON "Closure"("counterId", "startsAt");

CREATE TABLE "Booking" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "serviceId" UUID NOT NULL,
    "counterId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(6) NOT NULL,
    "endsAt" TIMESTAMPTZ(6) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(6) NOT NULL,
    "status" "BookingStatus" NOT NULL DEFAULT 'HELD',
    "holdExpiresAt" TIMESTAMPTZ(6),
    "releaseAt" TIMESTAMPTZ(6),
    "personKey" TEXT,
    "givenName" TEXT,
    "familyName" TEXT,
    "birthDate" DATE,
    "email" TEXT,
    "phone" TEXT,
    "language" TEXT NOT NULL DEFAULT 'de',
    "onBehalf" BOOLEAN NOT NULL DEFAULT false,
    "bookedById" UUID,
    "personId" UUID,
    "requestId" UUID,
    "rescheduledFromId" UUID,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMPTZ(6),
    "cancelledAt" TIMESTAMPTZ(6),
    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Booking_times" CHECK ("startsAt" < "endsAt" AND "endsAt" <= "blockedUntil"),
    -- Capacity by the database, never by check-then-insert: live bookings (held, confirmed,
    -- checked in, or cancelled but not yet released) never overlap on one counter.
    CONSTRAINT "Booking_no_overlap" EXCLUDE USING gist ("counterId" WITH =, tstzrange("startsAt", "blockedUntil") WITH &&)
      WHERE ("status" IN ('HELD', 'CONFIRMED', 'RELEASING', 'CHECKED_IN'))
);
CREATE UNIQUE INDEX "Booking_code_key" ON "Booking"("code");
CREATE INDEX "Booking_serviceId_startsAt_idx" ON "Booking"("serviceId", "startsAt");
CREATE INDEX "Booking_counterId_startsAt_idx" ON "Booking"("counterId", "startsAt");
CREATE INDEX "Booking_status_holdExpiresAt_idx" ON "Booking"("status", "holdExpiresAt");
-- One active booking per person (normalised name + date of birth) and service.
CREATE UNIQUE INDEX "Booking_one_active_per_person" ON "Booking"("serviceId", "personKey")
  WHERE "status" IN ('HELD', 'CONFIRMED') AND "personKey" IS NOT NULL;

ALTER TABLE "Counter" ADD CONSTRAINT "Counter_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ServiceText" ADD CONSTRAINT "ServiceText_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CounterService" ADD CONSTRAINT "CounterService_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "CounterService" ADD CONSTRAINT "CounterService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "OpeningRule" ADD CONSTRAINT "OpeningRule_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Closure" ADD CONSTRAINT "Closure_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Closure" ADD CONSTRAINT "Closure_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The catalogue is read by everyone; admins change it through the app role (audited in app code).
GRANT SELECT, INSERT, UPDATE, DELETE ON "Location", "Counter", "Service", "ServiceText", "CounterService", "OpeningRule", "Closure" TO einehand_app;
