import type { TFunction } from "i18next";
import Link from "next/link";
import { MasterData } from "@/components/persons/master-data";
import type { CounterDesk, TransferTarget } from "@/lib/counter/get-counter-desk";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";
import { TicketControls } from "./ticket-controls";

type Current = NonNullable<CounterDesk["current"]>;

/** The called ticket; the person and request only when row-level security let them through. */
export async function CurrentTicket({ locale, t, current, fileBase, targets }: { locale: Locale; t: TFunction; current: Current; fileBase: string; targets: TransferTarget[] }) {
  const { ticket, person } = current;
  const waited = Math.max(0, Math.floor((new Date(ticket.calledAt ?? Date.now()).getTime() - new Date(ticket.issuedAt).getTime()) / 60_000));
  return (
    <div className="flex flex-col gap-4" data-testid="current-ticket">
      <p className="text-4xl font-bold" dir="ltr">
        {ticket.displayNumber}
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t("console:queue")}</dt>
        <dd>{current.queueName}</dd>
        <dt className="font-medium">{t("console:status")}</dt>
        <dd>{ticket.status === "CALLED" ? t("console:statusCalled") : t("console:statusInService")}</dd>
        <dt className="font-medium">{t("console:waited")}</dt>
        <dd>{t("console:minutes", { count: waited })}</dd>
        {ticket.appointmentAt && (
          <>
            <dt className="font-medium">{t("console:appointment")}</dt>
            <dd>{formatDateTime(locale, ticket.appointmentAt)}</dd>
          </>
        )}
        <dt className="font-medium">{t("console:priorities")}</dt>
        <dd>{ticket.priorities.length ? ticket.priorities.map((p) => t(`console:priority.${p}`)).join(", ") : t("console:none")}</dd>
        {ticket.recalls > 0 && (
          <>
            <dt className="font-medium">{t("console:recalls")}</dt>
            <dd>{ticket.recalls}</dd>
          </>
        )}
      </dl>
      <TicketControls ticketId={ticket.id} status={ticket.status} targets={targets} />
      {person ? (
        <section aria-labelledby="console-person" className="flex flex-col gap-2">
          <h3 id="console-person" className="text-lg font-semibold">
            {t("console:person")}
          </h3>
          <MasterData locale={locale} person={person} openedAt={current.fileOpenedAt ?? person.createdAt} />
          {current.fileNumber && (
            <p>
              <Link href={`${fileBase}/${current.fileNumber}`} className="text-brand-800 underline" data-testid="open-file">
                {t("console:openFile", { fileNumber: current.fileNumber })}
              </Link>
            </p>
          )}
        </section>
      ) : (
        <p className="text-slate-700">{t("console:noPerson")}</p>
      )}
      {current.request && (
        <section aria-labelledby="console-request" className="flex flex-col gap-1">
          <h3 id="console-request" className="text-lg font-semibold">
            {t("console:request")}
          </h3>
          <p>{t(`desk:topic.${current.request.topic}`)}</p>
          {current.request.summary && <p className="whitespace-pre-line">{current.request.summary}</p>}
        </section>
      )}
    </div>
  );
}
