"use client";
import { useActionState, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { checkInAtKiosk } from "@/lib/kiosk/kiosk-actions";
import { bookingCodeOf } from "@/lib/kiosk/booking-code-of";
import { KioskAlert } from "./kiosk-alert";
import { KioskInput } from "./kiosk-input";
import { KioskTicket } from "./kiosk-ticket";
import { canScanQr } from "./qr-reader";
import { QrScanner } from "./qr-scanner";

type Method = "qr" | "code" | "name";

const tab = (active: boolean) =>
  `min-h-16 flex-1 rounded border-2 px-4 text-xl font-medium ${active ? "border-brand-700 bg-brand-700 text-white" : "border-brand-700 bg-white text-brand-800"}`;

/**
 * Check-in for a booked appointment: QR code (where the browser can read one), booking code,
 * or name — always with the date of birth. A scanned code fills the code field; the person
 * still confirms with the date of birth.
 */
export function KioskCheckIn({ locale, startHref }: { locale: string; startHref: string }) {
  const { t } = useTranslation();
  const [state, action, pending] = useActionState(checkInAtKiosk, null);
  const [method, setMethod] = useState<Method>("code");
  const [code, setCode] = useState("");
  const [scanned, setScanned] = useState(false);
  const [qr, setQr] = useState(false);
  useEffect(() => setQr(canScanQr()), []);
  const onRead = useCallback((text: string) => {
    setCode(bookingCodeOf(text));
    setScanned(true);
    setMethod("code");
  }, []);

  if (state?.ok) return <KioskTicket ticket={state.data} alreadyCheckedIn={state.data.alreadyCheckedIn} startHref={startHref} />;
  const err = (field: string) => (state && !state.ok && state.fieldErrors?.[field]?.[0] ? t(state.fieldErrors[field][0]) : undefined);

  return (
    <>
      <h1 className="mb-6 text-4xl font-semibold">{t("kiosk:checkIn.heading")}</h1>
      <div role="group" aria-label={t("kiosk:checkIn.method")} className="mb-8 flex flex-wrap gap-3">
        {qr && (
          <button type="button" aria-pressed={method === "qr"} className={tab(method === "qr")} onClick={() => setMethod("qr")}>
            {t("kiosk:checkIn.byQr")}
          </button>
        )}
        <button type="button" aria-pressed={method === "code"} className={tab(method === "code")} onClick={() => setMethod("code")}>
          {t("kiosk:checkIn.byCode")}
        </button>
        <button type="button" aria-pressed={method === "name"} className={tab(method === "name")} onClick={() => setMethod("name")}>
          {t("kiosk:checkIn.byName")}
        </button>
      </div>
      {method === "qr" && <QrScanner onRead={onRead} />}
      {method !== "qr" && (
        <form action={action} key={method}>
          <input type="hidden" name="language" value={locale} />
          {method === "code" ? (
            <>
              {scanned && <p className="mb-4 rounded bg-green-100 p-3" role="status">{t("kiosk:checkIn.scanned")}</p>}
              <KioskInput name="code" label={t("kiosk:checkIn.byCode")} hint={t("kiosk:checkIn.codeHint")} required autoComplete="off" dir="ltr"
                value={code} onChange={(e) => setCode(e.target.value)} error={err("code")} />
            </>
          ) : (
            <>
              <KioskInput name="givenName" label={t("kiosk:checkIn.givenName")} required autoComplete="off" error={err("givenName")} />
              <KioskInput name="familyName" label={t("kiosk:checkIn.familyName")} required autoComplete="off" error={err("familyName")} />
            </>
          )}
          <KioskInput name="birthDate" type="date" label={t("kiosk:checkIn.birthDate")} required autoComplete="off" error={err("birthDate")} />
          {state && !state.ok && (
            <KioskAlert>{t(state.messageKey)}</KioskAlert>
          )}
          <button type="submit" disabled={pending} className="min-h-16 w-full rounded bg-brand-700 text-2xl font-semibold text-white disabled:opacity-60">
            {t("kiosk:checkIn.submit")}
          </button>
        </form>
      )}
    </>
  );
}
