-- DESIGN.md rule 2: nothing from MBE or JMD reaches steering, counts and dashboards included.
-- The ticket event log fed steering every lane; steering now reads the public lanes' events
-- only (the queue statistics report stands on this policy). A lane lead still reads their own
-- lane's, MBE and JMD leads included.
DROP POLICY ticket_event_read ON "TicketEvent";
CREATE POLICY ticket_event_read ON "TicketEvent" FOR SELECT USING (
  ((SELECT app_role()) = 'STEERING' AND is_public_lane("lane"))
  OR ((SELECT app_role()) = 'LANE_LEAD' AND "lane" = (SELECT app_lane())));
