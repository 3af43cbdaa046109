import type pg from "pg";
import { queueConfig } from "@/lib/queue/config";
import type { SmsProvider } from "./sms";
import { messageLocales, messageT } from "./translator";

/** QUEUE_SMS_AHEAD: the SMS goes when at most this many tickets wait before the ticket (default 3). */
export function nearSmsAhead(): number {
  const v = Number(process.env.QUEUE_SMS_AHEAD);
  return Number.isInteger(v) && v >= 0 ? v : 3;
}

type Claimed = { ticket_id: string; phone: string; display_number: string; language: string; location_name: string; queue_name: string; service_id: string | null };

/** The service's name per language (the SMS falls back to German, then to the queue's name). */
async function serviceNames(pool: pg.Pool, serviceId: string | null): Promise<Map<string, string>> {
  if (!serviceId) return new Map();
  const { rows } = await pool.query<{ locale: string; name: string }>(`SELECT locale, name FROM "ServiceText" WHERE "serviceId" = $1`, [serviceId]);
  return new Map(rows.map((r) => [r.locale, r.name]));
}

function smsText(c: Claimed, names: Map<string, string>): string {
  return messageLocales(c.language)
    .map((locale) =>
      messageT(locale)("messages:nearTurn.sms", {
        number: c.display_number,
        service: names.get(locale) ?? names.get("de") ?? c.queue_name,
        location: c.location_name,
      }),
    )
    .join("\n");
}

/** Numbers are for this SMS on the ticket's day only (DESIGN.md data minimisation). */
export async function erasePastTicketPhones(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(`SELECT erase_past_ticket_phones() AS n`);
  return rows[0].n;
}

/**
 * The worker's near-turn check for one queue (all when null): claims the waiting tickets with a
 * number that are now near (claim_near_turn_sms(): in one statement, so of two workers racing
 * only one gets a ticket) and sends each its one SMS in the ticket's language. A send that fails
 * hands its claim back and the whole check fails, so the job queue retries it with backoff.
 * Returns how many SMS went out.
 */
export async function sendNearTurnSms(pool: pg.Pool, sms: SmsProvider, queueId: string | null): Promise<number> {
  await erasePastTicketPhones(pool);
  const { rows } = await pool.query<Claimed>(`SELECT * FROM claim_near_turn_sms($1::uuid, $2::int, $3::int)`, [queueId, nearSmsAhead(), queueConfig().dueGraceMinutes]);
  let sent = 0;
  const failures: string[] = [];
  for (const c of rows) {
    try {
      await sms.send(c.phone, smsText(c, await serviceNames(pool, c.service_id)));
      sent++;
    } catch (e) {
      failures.push(e instanceof Error ? e.message : String(e));
      await pool.query(`SELECT release_near_turn_sms($1::uuid)`, [c.ticket_id]);
    }
  }
  if (failures.length > 0) throw new Error(`near-turn SMS failed (${failures.length}): ${failures[0]}`);
  return sent;
}

