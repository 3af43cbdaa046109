"use client";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { ReferenceCodeField } from "@/components/ui/reference-code-field";
import { useActionForm } from "@/components/desk/use-action-form";
import { formatDayLong, formatSlotTime } from "@/components/catalogue/format";
import { berlinDateOf } from "@/lib/availability/berlin-time";
import type { Locale } from "@/lib/i18n/settings";
import { confirmOfferAction, lookupDrawEntryAction } from "@/lib/draw/public-actions";
import type { DrawEntryView } from "@/lib/draw/schemas";

const when = (locale: Locale, iso: string) => `${formatDayLong(locale, berlinDateOf(new Date(iso)))}, ${formatSlotTime(locale, iso)}`;

/**
 * The status page: entry code + date of birth show the entry (waiting, an offer with its
 * deadline and a confirm button, confirmed with the booking code, expired, not drawn). The date
 * of birth stays in the page, never in a URL.
 */
export function DrawStatusForm({ locale, code }: { locale: Locale; code?: string }) {
  const { t } = useTranslation();
  const [birthDate, setBirthDate] = useState("");
  const { state, dispatch, pending, onSubmit, errorsOf } = useActionForm(lookupDrawEntryAction);
  const entry = state?.ok ? state.data : null;
  return (
    <div className="flex flex-col gap-6">
      <form action={dispatch} onSubmit={onSubmit} className="flex max-w-md flex-col gap-4" noValidate>
        <FormStatus state={state} />
        <ReferenceCodeField label={t("draw:status.code")} hint={t("draw:status.codeHint")} defaultValue={code} errors={errorsOf("code")} />
        <TextField
          label={t("booking:details.birthDate")}
          name="birthDate"
          type="date"
          required
          autoComplete="bday"
          value={birthDate}
          onChange={(e) => setBirthDate(e.target.value)}
          errors={errorsOf("birthDate")}
        />
        <Button type="submit" disabled={pending} className="self-start">
          {t("draw:status.open")}
        </Button>
      </form>
      {entry && <EntryStatus locale={locale} entry={entry} birthDate={birthDate} />}
    </div>
  );
}

function EntryStatus({ locale, entry, birthDate }: { locale: Locale; entry: DrawEntryView; birthDate: string }) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit } = useActionForm(confirmOfferAction);
  const text = {
    WAITING: t("draw:status.WAITING"),
    OFFERED: t("draw:status.OFFERED"),
    CONFIRMED: t("draw:status.CONFIRMED"),
    EXPIRED: t("draw:status.EXPIRED"),
    LOST: t("draw:status.LOST"),
  }[entry.status];
  return (
    <section aria-live="polite" className="flex max-w-2xl flex-col gap-3 rounded border border-slate-300 p-4" data-testid="draw-status">
      <h2 className="text-xl font-semibold">{text}</h2>
      {entry.status === "WAITING" && (
        <>
          <p>{t("draw:status.waitingHint")}</p>
          <p>{t("draw:status.yourDates")}</p>
          <ul className="list-disc ps-6">
            {entry.acceptableDates.map((d) => (
              <li key={d}>{formatDayLong(locale, d)}</li>
            ))}
          </ul>
        </>
      )}
      {entry.offer && (
        <form action={dispatch} onSubmit={onSubmit} className="flex flex-col gap-3">
          <FormStatus state={state} />
          <p>
            {t("draw:status.offerSlot")} <strong>{when(locale, entry.offer.startsAt)}</strong>
          </p>
          <p>
            {t("draw:status.offerDeadline")} <strong>{when(locale, entry.offer.expiresAt)}</strong>
          </p>
          <input type="hidden" name="code" value={entry.code} />
          <input type="hidden" name="birthDate" value={birthDate} />
          <input type="hidden" name="locale" value={locale} />
          <Button type="submit" disabled={pending} className="self-start">
            {t("draw:status.confirm")}
          </Button>
        </form>
      )}
      {entry.status === "CONFIRMED" && entry.bookingCode && (
        <p>
          {t("draw:status.bookingCode")}{" "}
          <a href={`/${locale}/booking?code=${encodeURIComponent(entry.bookingCode)}`} dir="ltr" className="font-mono text-xl text-brand-800 underline">
            {entry.bookingCode}
          </a>
        </p>
      )}
      {entry.status === "EXPIRED" && <p>{t("draw:status.expiredHint")}</p>}
      {entry.status === "LOST" && <p>{t("draw:status.lostHint")}</p>}
    </section>
  );
}
