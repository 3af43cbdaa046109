import { withActor } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { fromDatabaseError, notFound } from "@/lib/errors";
import { assertCatalogueAdmin, taken } from "./policy";
import { textsOf, type ServiceInput } from "./schemas";

/**
 * Creates a service or changes one. Code and lane are set once: bookings, requests in case files
 * and the need finder refer to them. Changes apply to new bookings; existing ones keep their
 * times (a shorter duration does not move anybody's appointment). Texts are replaced per
 * language: a language left blank falls back to German on the public pages. The allocation
 * (first come or draw) is switched elsewhere (draw administration).
 */
export async function saveService(actor: Actor, input: ServiceInput): Promise<{ id: string; code: string }> {
  assertCatalogueAdmin(actor);
  const fields = {
    durationMinutes: input.durationMinutes,
    bufferMinutes: input.bufferMinutes,
    bookingMode: input.bookingMode,
    minAge: input.minAge ?? null,
    maxAge: input.maxAge ?? null,
    feeCents: input.fee ?? null,
    requiredDocuments: input.requiredDocuments,
    minNoticeMinutes: input.minNoticeMinutes,
    horizonDays: input.horizonDays,
    holdMinutes: input.holdMinutes,
    releaseDelayMinutes: input.releaseDelayMinutes,
    active: input.active,
  };
  const texts = textsOf(input);
  try {
    return await withActor(actor, async (tx) => {
      let service: { id: string; code: string };
      if (input.serviceId) {
        const found = await tx.service.findUnique({ where: { id: input.serviceId }, select: { id: true } });
        if (!found) throw notFound("service");
        service = await tx.service.update({ where: { id: input.serviceId }, data: fields, select: { id: true, code: true } });
      } else {
        service = await tx.service.create({ data: { ...fields, code: input.code!, lane: input.lane! }, select: { id: true, code: true } });
      }
      await tx.serviceText.deleteMany({ where: { serviceId: service.id, locale: { notIn: texts.map((t) => t.locale) } } });
      for (const t of texts) {
        await tx.serviceText.upsert({
          where: { serviceId_locale: { serviceId: service.id, locale: t.locale } },
          create: { serviceId: service.id, ...t },
          update: { name: t.name, description: t.description },
        });
      }
      await recordAudit(tx, actor, {
        action: input.serviceId ? "catalogue.service.update" : "catalogue.service.create",
        targetId: service.id,
        detail: { code: service.code, ...fields, languages: texts.map((t) => t.locale) },
      });
      return service;
    });
  } catch (e) {
    if (fromDatabaseError(e)?.code === "CONFLICT") throw taken("code", "schedule:catalogue.error.codeTaken");
    throw e;
  }
}
