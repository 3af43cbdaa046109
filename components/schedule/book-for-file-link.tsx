import Link from "next/link";
import type { TFunction } from "i18next";
import type { Locale } from "@/lib/i18n/settings";

/**
 * From a case file page to the staff booking form with the person's details filled in. Render
 * it only for actors with "booking.onBehalf"; the form re-reads the file under their rights.
 */
export function BookForFileLink({ locale, t, fileNumber }: { locale: Locale; t: TFunction; fileNumber: string }) {
  return (
    <Link href={`/${locale}/desk/book?${new URLSearchParams({ file: fileNumber })}`} className="text-brand-800 underline" data-testid="book-for-file">
      {t("schedule:book.fromFile")}
    </Link>
  );
}
