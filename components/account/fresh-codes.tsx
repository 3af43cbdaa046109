"use client";
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { RecoveryCodes } from "./recovery-codes";

const ShowCodes = createContext<(codes: string[]) => void>(() => {});
/** For forms that produce new recovery codes: hands them to the surrounding FreshCodes. */
export const useShowFreshCodes = () => useContext(ShowCodes);

/**
 * Holds freshly generated recovery codes above the page content and then refreshes the page,
 * so the status below is current while the codes (never stored in plain) stay on screen: this
 * component keeps its place in the tree, and with it its state, across the refresh.
 */
export function FreshCodes({ locale, children }: { locale: string; children: ReactNode }) {
  const { t } = useTranslation();
  const router = useRouter();
  const [codes, setCodes] = useState<string[] | null>(null);
  const heading = useRef<HTMLDivElement>(null);
  const show = useCallback(
    (fresh: string[]) => {
      setCodes(fresh);
      router.refresh();
    },
    [router],
  );
  useEffect(() => {
    if (codes) heading.current?.focus();
  }, [codes]);
  return (
    <ShowCodes value={show}>
      {codes && (
        <div ref={heading} tabIndex={-1} className="mb-6 flex flex-col gap-3 focus:outline-2 focus:outline-brand-700">
          <RecoveryCodes codes={codes} />
          <div className="flex flex-wrap gap-3">
            <Link href={`/${locale}/staff`} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
              {t("account:recovery.continue")}
            </Link>
            <button type="button" onClick={() => setCodes(null)} className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50">
              {t("account:recovery.hide")}
            </button>
          </div>
        </div>
      )}
      {children}
    </ShowCodes>
  );
}
