import "server-only";
import { db } from "@/lib/db";
import { INTL_LOCALE } from "@/lib/i18n/settings";
import type { ListServicesInput, ServiceView } from "./schemas";
import { serviceViewSelect, toServiceView } from "./service-view";

/**
 * The public service catalogue (listServices): active services in institution order, by name in
 * the reader's language. Catalogue tables are public data without row-level security, so there
 * is no actor; nothing here touches a person.
 */
export async function listServices(input: ListServicesInput): Promise<ServiceView[]> {
  const rows = await db.service.findMany({
    where: { active: true, ...(input.lane ? { lane: input.lane } : {}) },
    orderBy: [{ lane: "asc" }, { code: "asc" }],
    select: serviceViewSelect(input.locale),
  });
  const collator = new Intl.Collator(INTL_LOCALE[input.locale]);
  const services = rows.map((r) => toServiceView(r, input.locale));
  // lane order is the enum's (ABH, SOZ, KIM, MBE, JMD); within a lane, alphabetical
  const laneOrder = new Map(rows.map((r, i) => [r.code, i]));
  return services.sort((a, b) => (a.lane === b.lane ? collator.compare(a.name, b.name) : laneOrder.get(a.code)! - laneOrder.get(b.code)!));
}
