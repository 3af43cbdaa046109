import type { TFunction } from "i18next";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { Button } from "@/components/ui/button";

/** Ends every session of this account on every device, this one included. */
export function SignOutEverywhereForm({ locale, t }: { locale: string; t: TFunction }) {
  return (
    <form action={signOutEverywhereAction} className="flex flex-col gap-3">
      <p>{t("account:sessions.hint")}</p>
      <input type="hidden" name="locale" value={locale} />
      <Button type="submit" variant="secondary" className="self-start">
        {t("account:sessions.signOutEverywhere")}
      </Button>
    </form>
  );
}
