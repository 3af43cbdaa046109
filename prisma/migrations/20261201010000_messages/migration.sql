-- Booking messages: an outbox of confirmations, reminders, cancellations and reschedule notices
-- (e-mail and SMS), and the job queue (pg-boss) that sends them. See
-- docs/decisions/010-booking-messages.md.
--
-- Who touches the rows:
--  * the booking use cases (public booking context, front desk) call queue_booking_messages()
--    inside their own transaction: the outbox rows and the queue's jobs commit or roll back
--    with the booking, so a confirmed booking never loses its message. The function reads the
--    booking's contact details itself (definer rights) for exactly the booking the caller may
--    act on, the same rule book_into_case() applies; the app role cannot insert rows directly;
--  * staff read the messages of the bookings they see (app_sees_booking), e.g. "was the
--    reminder sent?";
--  * the worker sends them. It logs in as einehand_jobs, a role of its own (not the app role the
--    internet-facing Next.js process uses, not the owner): it reads bookings and the catalogue
--    and updates message status, nothing else. Its access is a role, not an app.* setting, so
--    no code path in the web process can assume it.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'einehand_jobs') THEN
    -- LOGIN and a password are set at start (lib/jobs/jobs-database.ts) or by the operator
    CREATE ROLE einehand_jobs NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;

CREATE TYPE "BookingMessageKind" AS ENUM ('CONFIRMATION', 'REMINDER', 'CANCELLATION', 'RESCHEDULED');
CREATE TYPE "BookingMessageChannel" AS ENUM ('EMAIL', 'SMS');
-- SKIPPED: a reminder made obsolete by a cancellation or a new time; never sent
CREATE TYPE "BookingMessageStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED', 'SKIPPED');

CREATE TABLE "BookingMessage" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "bookingId" UUID NOT NULL,
    "kind" "BookingMessageKind" NOT NULL,
    "channel" "BookingMessageChannel" NOT NULL,
    "recipient" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    -- the appointment time the message speaks of: a reminder for another time is obsolete
    "startsAt" TIMESTAMPTZ(6) NOT NULL,
    "sendAfter" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "BookingMessageStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(6),
    CONSTRAINT "BookingMessage_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "BookingMessage_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "BookingMessage_bookingId_kind_idx" ON "BookingMessage"("bookingId", "kind");

-- ---------------------------------------------------------------- row-level security
ALTER TABLE "BookingMessage" ENABLE ROW LEVEL SECURITY;
CREATE POLICY booking_message_staff_read ON "BookingMessage" FOR SELECT
  USING (EXISTS (SELECT 1 FROM "Booking" b WHERE b.id = "bookingId" AND app_sees_booking(b."serviceId")));
CREATE POLICY booking_message_jobs_read ON "BookingMessage" FOR SELECT TO einehand_jobs USING (true);
CREATE POLICY booking_message_jobs_update ON "BookingMessage" FOR UPDATE TO einehand_jobs USING (true) WITH CHECK (true);
-- the worker must read the booking a message is about (address, time, code, language)
CREATE POLICY booking_jobs_read ON "Booking" FOR SELECT TO einehand_jobs USING (true);

GRANT SELECT ON "BookingMessage" TO einehand_app;
GRANT USAGE ON SCHEMA public TO einehand_jobs;
GRANT SELECT, UPDATE ON "BookingMessage" TO einehand_jobs;
GRANT SELECT ON "Booking", "Service", "ServiceText", "Counter", "Location" TO einehand_jobs;

-- ---------------------------------------------------------------- the outbox entry point
-- Writes the outbox rows for one event of one booking and returns them, for the caller to put
-- on the queue in the same transaction. E-mail when the booking has an address, SMS when it has
-- a mobile number, both when both. Any change makes earlier unsent reminders obsolete; a
-- confirmation or a new time brings a reminder for the day before at 09:00 in Berlin — or in
-- ten minutes when that moment has passed but the appointment is more than two hours away
-- (after the confirmation, which goes at once), or none.
CREATE FUNCTION queue_booking_messages(p_booking uuid, p_event text)
  RETURNS TABLE (message_id uuid, kind "BookingMessageKind", channel "BookingMessageChannel", send_after timestamptz)
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    b record;
    v_kind "BookingMessageKind";
    v_remind timestamptz;
  BEGIN
    v_kind := CASE p_event WHEN 'confirmed' THEN 'CONFIRMATION' WHEN 'cancelled' THEN 'CANCELLATION'
                           WHEN 'rescheduled' THEN 'RESCHEDULED' END;
    IF v_kind IS NULL THEN
      RAISE EXCEPTION 'queue_booking_messages: unknown event %', p_event USING ERRCODE = '22023';
    END IF;
    SELECT bk.* INTO b FROM "Booking" bk
     WHERE bk.id = p_booking
       AND ((app_role() = 'BOOKING' AND bk."code" = app_booking_code() AND bk."birthDate" = app_booking_birth_date())
         OR (app_role() = 'FRONT_DESK' AND bk."bookedById" = app_user_id())
         OR app_sees_booking(bk."serviceId"));
    IF NOT FOUND THEN
      RAISE EXCEPTION 'queue_booking_messages: no such booking' USING ERRCODE = 'P0002';
    END IF;

    UPDATE "BookingMessage" m SET "status" = 'SKIPPED'
     WHERE m."bookingId" = p_booking AND m."kind" = 'REMINDER' AND m."status" = 'QUEUED';

    IF v_kind <> 'CANCELLATION' THEN
      v_remind := ((((b."startsAt" AT TIME ZONE 'Europe/Berlin')::date - 1) + time '09:00') AT TIME ZONE 'Europe/Berlin');
      IF v_remind <= now() THEN
        v_remind := CASE WHEN b."startsAt" - now() > interval '2 hours' THEN now() + interval '10 minutes' END;
      END IF;
    END IF;

    RETURN QUERY
    INSERT INTO "BookingMessage" ("bookingId", "kind", "channel", "recipient", "language", "startsAt", "sendAfter")
    SELECT p_booking, k.kind, c.channel, c.recipient, b."language", b."startsAt", k.send_after
      FROM (VALUES ('EMAIL'::"BookingMessageChannel", nullif(trim(b."email"), '')),
                   ('SMS'::"BookingMessageChannel", nullif(trim(b."phone"), ''))) c(channel, recipient)
     CROSS JOIN (VALUES (v_kind, now()), ('REMINDER'::"BookingMessageKind", v_remind)) k(kind, send_after)
     WHERE c.recipient IS NOT NULL AND k.send_after IS NOT NULL
    RETURNING "id", "BookingMessage"."kind", "BookingMessage"."channel", "sendAfter";
  END $$;

REVOKE ALL ON FUNCTION queue_booking_messages(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION queue_booking_messages(uuid, text) TO einehand_app;

-- ---------------------------------------------------------------- the job queue (pg-boss)
-- pg-boss 10.4.2's own schema (version 24), exactly PgBoss.getConstructionPlans('pgboss')
-- without its BEGIN/COMMIT (the migration runner wraps this file in one transaction);
-- tests/integration/booking-messages.test.ts fails when the installed pg-boss builds another
-- schema: an upgrade then needs a new migration with PgBoss.getMigrationPlans(). Created here,
-- with owner rights, so that neither the app role nor the worker's role may run DDL.
SELECT pg_advisory_xact_lock(
      ('x' || encode(sha224((current_database() || '.pgboss.pgboss')::bytea), 'hex'))::bit(64)::bigint
  );
    
    CREATE SCHEMA IF NOT EXISTS pgboss
  ;

    CREATE TYPE pgboss.job_state AS ENUM (
      'created',
      'retry',
      'active',
      'completed',
      'cancelled',
      'failed'
    )
  ;

    CREATE TABLE pgboss.version (
      version int primary key,
      maintained_on timestamp with time zone,
      cron_on timestamp with time zone,
      monitored_on timestamp with time zone
    )
  ;

    CREATE TABLE pgboss.queue (
      name text,
      policy text,
      retry_limit int,
      retry_delay int,
      retry_backoff bool,
      expire_seconds int,
      retention_minutes int,
      dead_letter text REFERENCES pgboss.queue (name),
      partition_name text,
      created_on timestamp with time zone not null default now(),
      updated_on timestamp with time zone not null default now(),
      PRIMARY KEY (name)
    )
  ;

    CREATE TABLE pgboss.schedule (
      name text REFERENCES pgboss.queue ON DELETE CASCADE,
      cron text not null,
      timezone text,
      data jsonb,
      options jsonb,
      created_on timestamp with time zone not null default now(),
      updated_on timestamp with time zone not null default now(),
      PRIMARY KEY (name)
    )
  ;

    CREATE TABLE pgboss.subscription (
      event text not null,
      name text not null REFERENCES pgboss.queue ON DELETE CASCADE,
      created_on timestamp with time zone not null default now(),
      updated_on timestamp with time zone not null default now(),
      PRIMARY KEY(event, name)
    )
  ;

    CREATE TABLE pgboss.job (
      id uuid not null default gen_random_uuid(),
      name text not null,
      priority integer not null default(0),
      data jsonb,
      state pgboss.job_state not null default('created'),
      retry_limit integer not null default(2),
      retry_count integer not null default(0),
      retry_delay integer not null default(0),
      retry_backoff boolean not null default false,
      start_after timestamp with time zone not null default now(),
      started_on timestamp with time zone,
      singleton_key text,
      singleton_on timestamp without time zone,
      expire_in interval not null default interval '15 minutes',
      created_on timestamp with time zone not null default now(),
      completed_on timestamp with time zone,
      keep_until timestamp with time zone NOT NULL default now() + interval '14 days',
      output jsonb,
      dead_letter text,
      policy text
    ) PARTITION BY LIST (name)
  ;
ALTER TABLE pgboss.job ADD PRIMARY KEY (name, id);
CREATE TABLE pgboss.archive (LIKE pgboss.job);
ALTER TABLE pgboss.archive ADD PRIMARY KEY (name, id);
ALTER TABLE pgboss.archive ADD archived_on timestamptz NOT NULL DEFAULT now();
CREATE INDEX archive_i1 ON pgboss.archive(archived_on);

    CREATE FUNCTION pgboss.create_queue(queue_name text, options json)
    RETURNS VOID AS
    $$
    DECLARE
      table_name varchar := 'j' || encode(sha224(queue_name::bytea), 'hex');
      queue_created_on timestamptz;
    BEGIN

      WITH q as (
      INSERT INTO pgboss.queue (
        name,
        policy,
        retry_limit,
        retry_delay,
        retry_backoff,
        expire_seconds,
        retention_minutes,
        dead_letter,
        partition_name
      )
      VALUES (
        queue_name,
        options->>'policy',
        (options->>'retryLimit')::int,
        (options->>'retryDelay')::int,
        (options->>'retryBackoff')::bool,
        (options->>'expireInSeconds')::int,
        (options->>'retentionMinutes')::int,
        options->>'deadLetter',
        table_name
      )
      ON CONFLICT DO NOTHING
      RETURNING created_on
      )
      SELECT created_on into queue_created_on from q;

      IF queue_created_on IS NULL THEN
        RETURN;
      END IF;

      EXECUTE format('CREATE TABLE pgboss.%I (LIKE pgboss.job INCLUDING DEFAULTS)', table_name);

      EXECUTE format('ALTER TABLE pgboss.%1$I ADD PRIMARY KEY (name, id)', table_name);
      EXECUTE format('ALTER TABLE pgboss.%1$I ADD CONSTRAINT q_fkey FOREIGN KEY (name) REFERENCES pgboss.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED', table_name);
      EXECUTE format('ALTER TABLE pgboss.%1$I ADD CONSTRAINT dlq_fkey FOREIGN KEY (dead_letter) REFERENCES pgboss.queue (name) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED', table_name);
      EXECUTE format('CREATE UNIQUE INDEX %1$s_i1 ON pgboss.%1$I (name, COALESCE(singleton_key, '''')) WHERE state = ''created'' AND policy = ''short''', table_name);
      EXECUTE format('CREATE UNIQUE INDEX %1$s_i2 ON pgboss.%1$I (name, COALESCE(singleton_key, '''')) WHERE state = ''active'' AND policy = ''singleton''', table_name);
      EXECUTE format('CREATE UNIQUE INDEX %1$s_i3 ON pgboss.%1$I (name, state, COALESCE(singleton_key, '''')) WHERE state <= ''active'' AND policy = ''stately''', table_name);
      EXECUTE format('CREATE UNIQUE INDEX %1$s_i4 ON pgboss.%1$I (name, singleton_on, COALESCE(singleton_key, '''')) WHERE state <> ''cancelled'' AND singleton_on IS NOT NULL', table_name);
      EXECUTE format('CREATE INDEX %1$s_i5 ON pgboss.%1$I (name, start_after) INCLUDE (priority, created_on, id) WHERE state < ''active''', table_name);

      EXECUTE format('ALTER TABLE pgboss.%I ADD CONSTRAINT cjc CHECK (name=%L)', table_name, queue_name);
      EXECUTE format('ALTER TABLE pgboss.job ATTACH PARTITION pgboss.%I FOR VALUES IN (%L)', table_name, queue_name);
    END;
    $$
    LANGUAGE plpgsql;
  ;

    CREATE FUNCTION pgboss.delete_queue(queue_name text)
    RETURNS VOID AS
    $$
    DECLARE
      table_name varchar;
    BEGIN
      WITH deleted as (
        DELETE FROM pgboss.queue
        WHERE name = queue_name
        RETURNING partition_name
      )
      SELECT partition_name from deleted INTO table_name;

      EXECUTE format('DROP TABLE IF EXISTS pgboss.%I', table_name);
    END;
    $$
    LANGUAGE plpgsql;
  ;
INSERT INTO pgboss.version(version) VALUES ('24');

-- one queue for every message; a failed send is retried 5 times with backoff (30 s, 1 min,
-- 2 min, ...); an attempt running over 5 minutes counts as failed. A job must start within 14
-- days of its due time; the worker's maintenance archives finished jobs.
SELECT pgboss.create_queue('booking-message', '{"policy":"standard","retryLimit":5,"retryDelay":30,"retryBackoff":true,"expireInSeconds":300}');

-- the app role only puts jobs on the queue (one INSERT joined with the queue's settings); it
-- cannot read jobs
GRANT USAGE ON SCHEMA pgboss TO einehand_app;
GRANT SELECT ON pgboss.queue TO einehand_app;
GRANT INSERT ON pgboss.job TO einehand_app;
-- the worker fetches, completes, retries, archives and purges jobs
GRANT USAGE ON SCHEMA pgboss TO einehand_jobs;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO einehand_jobs;
