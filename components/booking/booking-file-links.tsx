import type { ReactNode } from "react";
import { calendarPath, receiptPath } from "@/lib/booking/manage-link";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

/** The calendar file and the PDF receipt of a booking (manage-link token), plus optional further links. */
export async function BookingFileLinks({ locale, code, token, children }: { locale: Locale; code: string; token: string; children?: ReactNode }) {
  const t = await getT(locale);
  return (
    <ul className="flex flex-col gap-2">
      <li>
        <a href={calendarPath(locale, code, token)} className="text-brand-800 underline" download>
          {t("booking:done.calendar")}
        </a>
      </li>
      <li>
        <a href={receiptPath(locale, code, token)} className="text-brand-800 underline">
          {t("booking:done.receipt")}
        </a>
      </li>
      {children}
    </ul>
  );
}
