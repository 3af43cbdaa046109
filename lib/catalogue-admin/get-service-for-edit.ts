import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { assertCatalogueAdmin } from "./policy";

/** A service with all its fields and texts in every language, for the edit form. */
export async function getServiceForEdit(actor: Actor, code: string) {
  assertCatalogueAdmin(actor);
  const service = await db.service.findUnique({
    where: { code },
    include: { texts: { select: { locale: true, name: true, description: true } } },
  });
  if (!service) throw notFound("service");
  return service;
}

export type ServiceForEdit = Awaited<ReturnType<typeof getServiceForEdit>>;
