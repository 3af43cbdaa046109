import { beforeAll, describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Actor } from "@/lib/auth/actor";
import { issueDevice } from "@/lib/devices/issue-device";
import type { Locale } from "@/lib/i18n/settings";
import { getKioskTicketSlip } from "@/lib/queue/get-kiosk-ticket-slip";
import { issueTicket } from "@/lib/queue/issue-ticket";
import type { KioskContext } from "@/lib/queue/kiosk-context";
import { ticketPdf } from "@/lib/receipts/ticket-pdf";
import { makeActor } from "../factories/staff";
import { admin } from "../setup/admin-db";
import { translator } from "../unit/receipt-fixtures";
import { makeOffice, type Office } from "./queue-arrange";

/** The kiosk's 80 mm PDF ticket: only for the kiosk that issued it; readable in every language. */
let adminActor: Actor;
let office: Office;
let kiosk: KioskContext;
beforeAll(async () => {
  adminActor = await makeActor("ADMIN");
  office = await makeOffice();
  await admin().query(`INSERT INTO "ServiceText" ("serviceId", locale, name, description) VALUES ($1, 'de', 'Aufenthaltstitel verlängern', '-'), ($1, 'uk', 'Продовження дозволу на проживання', '-')`, [office.abh.id]);
  kiosk = await kioskOf(office);
});

async function kioskOf(o: Office): Promise<KioskContext> {
  const d = await issueDevice(adminActor, { kind: "KIOSK", locationId: o.locationId, name: "Kiosk" });
  return { deviceId: d.id, locationId: o.locationId };
}

async function extractText(pdf: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  // wrapped lines join with a space
  return content.items.map((i) => ("str" in i ? i.str : "")).join(" ").replace(/\s+/g, " ");
}

const render = async (ticketId: string, by = kiosk) => {
  const slip = await getKioskTicketSlip(by, ticketId);
  return { slip, pdf: await ticketPdf(slip, { t: await translator(slip.language), tDe: await translator("de"), locale: slip.language }) };
};

describe("the kiosk's PDF ticket", { timeout: 60_000 }, () => {
  for (const language of ["de", "uk", "tr", "ar", "en"] as const satisfies Locale[]) {
    it(`in ${language}: an 80 mm wide PDF with the number, and the display hint in German too`, async () => {
      const ticket = await issueTicket({ locationId: office.locationId, serviceCode: office.abh.code, language }, { kiosk });
      const { slip, pdf } = await render(ticket.ticketId);
      expect(slip).toMatchObject({ displayNumber: ticket.displayNumber, language, location: { address: "Markt 1, 59065 Hamm" } });
      const page = (await PDFDocument.load(pdf)).getPage(0);
      expect(page.getWidth()).toBeCloseTo(226.77, 1);
      const text = await extractText(pdf);
      expect(text).toContain(ticket.displayNumber);
      expect(text).toContain((await translator("de"))("kiosk:slip.watchDisplay"));
      // the service in the ticket's language, else German; and in German for the staff
      const local = language === "uk" ? "Продовження дозволу на проживання" : "Aufenthaltstitel verlängern";
      expect(slip.serviceName).toEqual({ local, de: "Aufenthaltstitel verlängern" });
      if (language === "uk") expect(text).toContain(local);
      if (language === "tr") expect(text).toContain((await translator("tr"))("kiosk:ticket.heading"));
    });
  }

  it("is for the kiosk that issued the ticket only", async () => {
    const ticket = await issueTicket({ locationId: office.locationId, serviceCode: office.abh.code, language: "de" }, { kiosk });
    await expect(getKioskTicketSlip(await kioskOf(office), ticket.ticketId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getKioskTicketSlip(await kioskOf(await makeOffice()), ticket.ticketId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getKioskTicketSlip(kiosk, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
