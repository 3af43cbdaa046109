-- Steering figures (DESIGN.md §2 and §3 rules 2 and 4). STEERING has no row-level access to any
-- case table, so these SECURITY DEFINER functions are its only way in: they return counts, never
-- a row about a person, and only for the public lanes ABH, SOZ and KIM. Nothing from the
-- independent counselling services (MBE, JMD) is counted, not even the fact that a lane exists.
-- Small cells are suppressed in lib/steering/suppress-small-cells.ts before anything is shown.

-- Open public lanes per district of the person ('' = district not recorded).
CREATE FUNCTION steering_open_lanes_by_district()
  RETURNS TABLE (district text, lane "Lane", n integer)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  #variable_conflict use_column
  BEGIN
    IF (SELECT app_role()) IS DISTINCT FROM 'STEERING' THEN
      RAISE EXCEPTION 'steering figures: not allowed' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
      SELECT coalesce(btrim(p."district"), '')::text, l."lane", count(*)::integer
        FROM "CaseLane" l
        JOIN "CaseFile" f ON f."id" = l."caseFileId"
        JOIN "Person" p ON p."id" = f."personId"
       WHERE l."status" = 'OPEN' AND l."lane" IN ('ABH', 'SOZ', 'KIM')
       GROUP BY 1, 2;
  END $$;

-- Requests per topic and calendar month (Europe/Berlin), for the last p_months months including
-- the current one. Counted are exactly the requests a public body may see: those routed to at
-- least one public lane, and those not routed at all (still at the front desk or referred out
-- to the asylum office) unless staff of an independent service recorded them. A request routed
-- only to MBE and/or JMD is never counted.
CREATE FUNCTION steering_requests_by_topic_month(p_months integer)
  RETURNS TABLE (topic text, month text, n integer)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
  AS $$
  #variable_conflict use_column
  DECLARE since timestamptz;
  BEGIN
    IF (SELECT app_role()) IS DISTINCT FROM 'STEERING' THEN
      RAISE EXCEPTION 'steering figures: not allowed' USING ERRCODE = '42501';
    END IF;
    since := (date_trunc('month', now() AT TIME ZONE 'Europe/Berlin')
              - make_interval(months => least(greatest(p_months, 1), 24) - 1)) AT TIME ZONE 'Europe/Berlin';
    RETURN QUERY
      SELECT r."topic", to_char(r."createdAt" AT TIME ZONE 'Europe/Berlin', 'YYYY-MM'), count(*)::integer
        FROM "Request" r
       WHERE r."createdAt" >= since
         AND (EXISTS (SELECT 1 FROM "RequestRoute" x WHERE x."requestId" = r."id" AND x."lane" IN ('ABH', 'SOZ', 'KIM'))
              OR (NOT EXISTS (SELECT 1 FROM "RequestRoute" x WHERE x."requestId" = r."id")
                  AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = r."createdById" AND u."lane" IN ('MBE', 'JMD'))))
       GROUP BY 1, 2;
  END $$;

-- Functions are executable by PUBLIC by default: only the app role may call these.
REVOKE ALL ON FUNCTION steering_open_lanes_by_district() FROM PUBLIC;
REVOKE ALL ON FUNCTION steering_requests_by_topic_month(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION steering_open_lanes_by_district() TO einehand_app;
GRANT EXECUTE ON FUNCTION steering_requests_by_topic_month(integer) TO einehand_app;
