"use client";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import QRCode from "qrcode";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm } from "@/components/desk/use-action-form";
import { issueDeviceAction } from "@/lib/devices/actions";
import { DEVICE_HOME } from "@/lib/devices/device-home";

type Props = { locale: string; locations: { id: string; name: string }[] };

/** Issues a display or kiosk token and shows it once, as a pairing link and QR code to open on the device. */
export function IssueDeviceForm({ locale, locations }: Props) {
  const { t } = useTranslation();
  const { state, dispatch, pending, onSubmit, errorsOf } = useActionForm(issueDeviceAction);
  const [qr, setQr] = useState<string | null>(null);
  const issued = state?.ok ? state.data : null;
  const pairUrl = issued && typeof window !== "undefined" ? `${window.location.origin}/${locale}/${DEVICE_HOME[issued.kind]}/pair?token=${issued.token}` : null;
  useEffect(() => {
    if (!pairUrl) return setQr(null);
    QRCode.toDataURL(pairUrl, { margin: 1, width: 240 }).then(setQr, () => setQr(null));
  }, [pairUrl]);
  return (
    <div className="flex flex-col gap-4">
      <form action={dispatch} onSubmit={onSubmit} className="flex flex-wrap items-end gap-4" noValidate>
        <SelectField
          label={t("display:devices.kind")}
          name="kind"
          errors={errorsOf("kind")}
          options={[
            { value: "DISPLAY", label: t("display:devices.kindDisplay") },
            { value: "KIOSK", label: t("display:devices.kindKiosk") },
          ]}
        />
        <SelectField label={t("display:devices.location")} name="locationId" errors={errorsOf("locationId")} options={locations.map((l) => ({ value: l.id, label: l.name }))} />
        <TextField label={t("display:devices.name")} name="name" required maxLength={80} errors={errorsOf("name")} />
        <Button type="submit" disabled={pending}>
          {t("display:devices.issue")}
        </Button>
      </form>
      <FormStatus state={state} />
      {issued && pairUrl && (
        <div role="status" className="flex flex-wrap gap-6 rounded border border-amber-700 bg-amber-50 p-4" data-testid="issued-device">
          <div className="flex max-w-xl flex-col gap-2">
            <p className="font-semibold">{t("display:devices.issuedOnce")}</p>
            <p>{t("display:devices.openOnDevice")}</p>
            <a href={pairUrl} className="break-all text-brand-800 underline" dir="ltr">
              {pairUrl}
            </a>
          </div>
          {qr && <img src={qr} width={240} height={240} alt={t("display:devices.qrAlt")} />}
        </div>
      )}
    </div>
  );
}
