-- Availability reads which times are taken on the counters serving a service. Booking rows hold
-- personal data and are protected by row-level security, but the public slot pages (no actor)
-- must still see *that* a counter is busy. This function runs with its owner's rights and
-- returns only the counter and the blocked time range: no person, no service, no code.
--
-- "Blocking now" matches the exclusion constraint Booking_no_overlap (live statuses), except
-- for rows whose time has run out: a hold past holdExpiresAt and a cancelled slot past its
-- releaseAt (delayed re-release) no longer block. The booking engine treats those rows the
-- same way (it expires them before it inserts), so a slot shown as free can really be taken.
--
-- The lower bound on "startsAt" lets the (counterId, startsAt) index bound the scan on both
-- ends; it assumes no booking blocks a counter for more than a day (appointments are minutes).
CREATE FUNCTION booked_intervals(service uuid, range_from timestamptz, range_to timestamptz)
  RETURNS TABLE (counter_id uuid, starts_at timestamptz, blocked_until timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT b."counterId", b."startsAt", b."blockedUntil"
      FROM "Booking" b
     WHERE b."counterId" IN (SELECT cs."counterId" FROM "CounterService" cs WHERE cs."serviceId" = service)
       AND b."startsAt" >= range_from - interval '1 day'
       AND b."startsAt" < range_to
       AND b."blockedUntil" > range_from
       AND b."status" IN ('HELD', 'CONFIRMED', 'RELEASING', 'CHECKED_IN')
       AND NOT (b."status" = 'HELD' AND b."holdExpiresAt" IS NOT NULL AND b."holdExpiresAt" <= now())
       AND NOT (b."status" = 'RELEASING' AND b."releaseAt" IS NOT NULL AND b."releaseAt" <= now())
  $$;

REVOKE ALL ON FUNCTION booked_intervals(uuid, timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION booked_intervals(uuid, timestamptz, timestamptz) TO einehand_app;
