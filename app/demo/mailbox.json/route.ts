import type { NextRequest } from "next/server";
import { readDemoMails, readDemoSms } from "@/lib/messages/demo-mailbox";
import { isDemo } from "@/lib/messages/demo-mode";

/**
 * Demo only (404 otherwise): the demo mailbox as JSON, newest first, for end-to-end tests that
 * read what the portal sent. ?to= filters by recipient (part of the address or number).
 *   GET /demo/mailbox.json?to=…              → [{id, to, subject, date, text, html, attachments: [{filename, contentType, content (base64)}]}]
 *   GET /demo/mailbox.json?channel=sms&to=…  → [{id, to, text, date}]
 */
export async function GET(request: NextRequest) {
  if (!isDemo()) return new Response(null, { status: 404 });
  const to = request.nextUrl.searchParams.get("to") ?? undefined;
  const body = request.nextUrl.searchParams.get("channel") === "sms" ? await readDemoSms({ to }) : await readDemoMails({ to });
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}
