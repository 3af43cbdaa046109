import type { APIRequestContext } from "@playwright/test";
import { expect } from "./fixtures";

// the shapes /demo/mailbox.json answers with, from the module that writes them
export type { DemoMail, DemoSms } from "@/lib/messages/demo-mailbox";
import type { DemoMail, DemoSms } from "@/lib/messages/demo-mailbox";

/**
 * Waits until the demo's SMTP sink holds an e-mail to `to` whose subject contains `subject`
 * (the worker polls the queue every 2 s), and returns it. For the booking journeys: read the
 * confirmation mail, its manage link and its .ics attachment.
 */
export async function waitForMail(request: APIRequestContext, to: string, subject: string | RegExp): Promise<DemoMail> {
  let found: DemoMail | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (await request.get(`/demo/mailbox.json?to=${encodeURIComponent(to)}`)).json()) as DemoMail[];
        found = mails.find((m) => (typeof subject === "string" ? m.subject.includes(subject) : subject.test(m.subject)));
        return found !== undefined;
      },
      { timeout: 20_000, message: `an e-mail to ${to} with subject ${subject}` },
    )
    .toBe(true);
  return found!;
}

/** Waits until the log SMS provider wrote an SMS to `to` containing `text`, and returns it. */
export async function waitForSms(request: APIRequestContext, to: string, text: string | RegExp): Promise<DemoSms> {
  let found: DemoSms | undefined;
  await expect
    .poll(
      async () => {
        const all = (await (await request.get(`/demo/mailbox.json?channel=sms&to=${encodeURIComponent(to)}`)).json()) as DemoSms[];
        found = all.find((s) => (typeof text === "string" ? s.text.includes(text) : text.test(s.text)));
        return found !== undefined;
      },
      { timeout: 20_000, message: `an SMS to ${to} with ${text}` },
    )
    .toBe(true);
  return found!;
}

/** The .ics attachment of a mail, as text. */
export const calendarOf = (mail: DemoMail) => {
  const ics = mail.attachments.find((a) => a.filename.endsWith(".ics"));
  return ics ? Buffer.from(ics.content, "base64").toString("utf8") : undefined;
};
