"use client";
import { useTranslation } from "react-i18next";
import type { IssuedTicket } from "@/lib/queue/schemas";
import { NearSmsForm } from "./near-sms-form";

/**
 * The ticket slip: the number big, queue, estimated wait, what to do now. Printing uses the
 * 80 mm receipt layout (@page in globals-free print CSS below); the rest of the screen hides.
 * "PDF" fetches the same slip as an 80 mm PDF (only for this kiosk, which issued the ticket) as
 * a download, so the kiosk stays on this screen and its inactivity reset keeps working. Below,
 * the optional near-turn SMS.
 */
export function KioskTicket({ ticket, alreadyCheckedIn, startHref }: { ticket: IssuedTicket; alreadyCheckedIn?: boolean; startHref: string }) {
  const { t, i18n } = useTranslation();
  const time = ticket.appointmentAt
    ? new Intl.DateTimeFormat(i18n.language, { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" }).format(new Date(ticket.appointmentAt))
    : null;
  return (
    <section aria-labelledby="ticket-heading" className="kiosk-ticket rounded-lg border-4 border-brand-700 bg-white p-8 text-center">
      <style>{"@media print { @page { size: 80mm auto; margin: 4mm } body * { visibility: hidden } .kiosk-ticket, .kiosk-ticket * { visibility: visible } .kiosk-ticket { position: absolute; inset-inline-start: 0; top: 0; width: 72mm; border: 0; padding: 0 } }"}</style>
      <h1 id="ticket-heading" className="text-2xl font-semibold">{t("kiosk:ticket.heading")}</h1>
      <p data-testid="ticket-number" className="my-6 text-8xl font-bold tracking-wider" dir="ltr">
        {ticket.displayNumber}
      </p>
      <p className="text-2xl">{t("kiosk:ticket.queue", { queue: ticket.queueName })}</p>
      {time && <p className="mt-2">{t("kiosk:ticket.appointment", { time })}</p>}
      <p className="mt-2">{t("kiosk:ticket.ahead", { n: ticket.waitingAhead })}</p>
      <p className="mt-2">{t("kiosk:ticket.wait", { minutes: ticket.estimatedWaitMinutes })}</p>
      {alreadyCheckedIn && <p className="mt-4 font-medium">{t("kiosk:ticket.already")}</p>}
      {ticket.late && <p className="mt-4 rounded bg-amber-100 p-3 font-medium">{t("kiosk:ticket.late")}</p>}
      <p className="mt-6 text-2xl font-semibold">{t("kiosk:ticket.pleaseWait")}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-4 print:hidden">
        <button type="button" onClick={() => window.print()} className="min-h-16 rounded bg-brand-700 px-8 text-xl font-medium text-white">
          {t("kiosk:ticket.print")}
        </button>
        <a href={`/${i18n.language}/kiosk/tickets/${ticket.ticketId}/ticket.pdf`} download={`ticket-${ticket.displayNumber}.pdf`}
          className="inline-flex min-h-16 items-center rounded border-2 border-brand-700 bg-white px-8 text-xl font-medium text-brand-800">
          {t("kiosk:ticket.pdf")}
        </a>
        <a href={startHref} className="inline-flex min-h-16 items-center rounded border-2 border-brand-700 bg-white px-8 text-xl font-medium text-brand-800">
          {t("kiosk:ticket.done")}
        </a>
      </div>
      <NearSmsForm ticketId={ticket.ticketId} />
    </section>
  );
}
