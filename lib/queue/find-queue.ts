import type { Tx } from "@/lib/db";
import type { Lane } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";

/**
 * The queue at a location for a service (its code) or, for a lane, the lane's general queue
 * (serviceId NULL), else the lane's first queue by code. Queues are public to read.
 */
export async function findQueue(tx: Tx, locationId: string, target: { serviceCode?: string; lane?: Lane }): Promise<{ id: string; name: string }> {
  const rows = target.serviceCode
    ? await tx.$queryRaw<{ id: string; name: string }[]>`SELECT q.id, q.name FROM "Queue" q JOIN "Service" s ON s.id = q."serviceId"
        WHERE q."locationId" = ${locationId}::uuid AND q.active AND s.code = ${target.serviceCode} LIMIT 1`
    : await tx.$queryRaw<{ id: string; name: string }[]>`SELECT q.id, q.name FROM "Queue" q
        WHERE q."locationId" = ${locationId}::uuid AND q.active AND q.lane = ${target.lane}::"Lane"
        ORDER BY (q."serviceId" IS NULL) DESC, q.code LIMIT 1`;
  if (!rows[0]) throw new AppError("NOT_FOUND", "no queue", { messageKey: "queue:error.noQueue" });
  return rows[0];
}
